// Precompressed copies for the static export: `file.br` (brotli 11) and `file.gz` (gzip 9) beside
// every text file worth compressing, so a web server sends them as they are (nginx `gzip_static`,
// `brotli_static`) instead of compressing each response again.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Text files: HTML, scripts, styles, the RSC data (`.txt`), the quiz bundles, SVG. */
const compressible = /\.(html|js|css|json|txt|svg|xml|webmanifest)$/;
/** Below this a compressed copy saves less than a packet: not worth a file. */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes the `.br` and `.gz` copies under `dir`; returns how many files and bytes before and after. */
export function precompress(dir: string) {
  const total = { files: 0, raw: 0, gzip: 0, br: 0 };
  for (const path of files(dir)) {
    if (!compressible.test(path) || statSync(path).size < MIN_BYTES) continue;
    const raw = readFileSync(path);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    total.files++;
    total.raw += raw.length;
    total.gzip += gz.length;
    total.br += br.length;
  }
  return total;
}
