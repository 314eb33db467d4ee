// Size report: every file in dist/ with raw, gzip and brotli bytes, and what a first view
// transfers (index.html and every file it links). Exits 1 above the budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// A guard rail in brotli bytes for the first view; the product target is far lower.
const FIRST_VIEW_BUDGET = 250_000;

const dist = process.argv[2] ?? 'dist';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const rows = walk(dist)
  .sort()
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });

// A first view loads index.html, what it links (href/src, quoted or not, and inline module
// imports), and the wasm the JS glue fetches.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const linked = new Set(['index.html']);
const references = [
  ...html.matchAll(/(?:href|src)=["']?([^"'\s>#?]+)/g),
  ...html.matchAll(/from\s+["']([^"']+)["']/g),
];
for (const [, url] of references) linked.add(url.replace(/^\.?\//, ''));
for (const row of rows) if (row.file.endsWith('_bg.wasm')) linked.add(row.file);

const pad = (value, width) => String(value).padStart(width);
const width = Math.max(...rows.map((r) => r.file.length), 10);
console.log(`${'file'.padEnd(width)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}  first view`);
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const row of rows) {
  const first = linked.has(row.file);
  if (first) for (const key of Object.keys(total)) total[key] += row[key];
  console.log(
    `${row.file.padEnd(width)} ${pad(row.raw, 9)} ${pad(row.gzip, 9)} ${pad(row.brotli, 9)}  ${first ? 'yes' : ''}`,
  );
}
console.log(`${'first view'.padEnd(width)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
console.log(`budget: ${FIRST_VIEW_BUDGET} bytes brotli for the first view`);
if (total.brotli > FIRST_VIEW_BUDGET) {
  console.error(`size report: first view is ${total.brotli} bytes brotli, over the ${FIRST_VIEW_BUDGET} budget`);
  process.exit(1);
}
