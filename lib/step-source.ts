/**
 * Reads what the explainer's MDX files declare without compiling them: `export const meta` and the
 * `<Claim id="…" />` references. Used by the content tests (to name the file and field of an error)
 * and by the command-line tools, which run outside the bundler.
 */
import { stepMetaSchema, type StepMeta } from "./schemas";

export interface ClaimRef {
  id: string;
  figure: boolean;
  line: number;
}

export function readStepMeta(source: string, file: string): StepMeta {
  const match = /^export const meta = (\{[\s\S]*?\});?\s*$/m.exec(source);
  if (!match) throw new Error(`${file}: meta: missing "export const meta = { title, summary }"`);
  let raw: unknown;
  try {
    // The object is written with quoted keys or bare keys; quote bare keys, then parse as JSON.
    raw = JSON.parse(match[1]!.replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":').replace(/,\s*}/, "}"));
  } catch {
    throw new Error(`${file}: meta: must be an object of plain strings`);
  }
  const result = stepMetaSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: meta.${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}

/** `<Quote id="…" />` references, with their line. */
export function findQuoteRefs(source: string): { id: string; line: number }[] {
  return [...source.matchAll(/<Quote\b[^>]*?\bid="([^"]*)"[^>]*\/?>/g)].map((m) => ({
    id: m[1] ?? "",
    line: source.slice(0, m.index).split("\n").length,
  }));
}

export function findClaimRefs(source: string): ClaimRef[] {
  const refs: ClaimRef[] = [];
  const pattern = /<Claim\b([^>]*?)\/?>/g;
  for (const m of source.matchAll(pattern)) {
    const attrs = m[1] ?? "";
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1] ?? "";
    refs.push({ id, figure: /\bfigure\b/.test(attrs), line: source.slice(0, m.index).split("\n").length });
  }
  return refs;
}
