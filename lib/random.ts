/**
 * A small seeded PRNG so the same class code gives the same quiz on every device and in every
 * language. sfc32 (Chris Doty-Humphrey's "small fast counter", public domain, passes PractRand)
 * seeded through splitmix32 so that neighbouring codes (1234, 1235) give unrelated streams.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

function splitmix32(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a, 32 bits: class codes become seeds, and the dataset its fingerprint (`datasetVersion`). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Any string seed (a class code) becomes a 32-bit number. */
export function seedToNumber(seed: string | number): number {
  return fnv1a(String(seed));
}

export function createRandom(seed: string | number): Random {
  const init = splitmix32(seedToNumber(seed));
  let a = init(),
    b = init(),
    c = init(),
    d = init();
  const nextUint = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) nextUint();

  const random: Random = {
    next: () => nextUint() / 4294967296,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min)
        throw new RangeError(`bad range ${min}..${max}`);
      return min + Math.floor(random.next() * (max - min + 1));
    },
    pick(items) {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[random.int(0, items.length - 1)]!;
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
  return random;
}
