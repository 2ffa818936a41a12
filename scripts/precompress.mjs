// Writes brotli (best level) and gzip copies next to the build's /pkg files,
// which the server sends to browsers that accept them (src/infra/assets.rs).
// Run after `cargo leptos build --release --split`; copies older than their file are redone.
// node scripts/precompress.mjs target/site/pkg
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "target/site/pkg";
for (const file of readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f))) {
  const path = join(dir, file);
  const raw = readFileSync(path);
  const fresh = (copy) => {
    try {
      return statSync(copy).mtimeMs >= statSync(path).mtimeMs;
    } catch {
      return false;
    }
  };
  if (!fresh(`${path}.br`)) {
    const size = raw.length > 1_000_000 ? { [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } : {};
    writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, ...size } }));
  }
  if (!fresh(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
  console.log(`${file}: ${raw.length} bytes, brotli ${statSync(`${path}.br`).size}, gzip ${statSync(`${path}.gz`).size}`);
}
