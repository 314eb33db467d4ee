// Size report: every file in dist/ with raw, gzip and brotli bytes, and what a first view
// transfers (index.html and every file it links). Exits 1 above the budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// A guard rail in brotli bytes for the first view in each language; the product target is far
// lower (100 KB, not met). Raised from 250 KB to 330 KB when the page learned Ukrainian and
// Russian (Fluent and English's messages added about 50 KB to the wasm, and a Ukrainian or Russian
// first view also fetched the opening snapshot's translation beside the English compiled in).
// Lowered to 310 KB when each page came to carry the opening snapshot in its own language only:
// measured 279 KB in English and 298 KB in Ukrainian and Russian on 25 November 2026.
const FIRST_VIEW_BUDGET = 310_000;

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

// A first view loads its page, what it links (href/src, quoted or not, and inline module
// imports; not the other pages it names, such as its other languages), and the wasm the JS glue
// fetches. Each page carries the opening snapshot in its own language inline; in Ukrainian or
// Russian it also fetches that language's messages (English's are in the wasm).
function firstView(page, extra = []) {
  const html = readFileSync(join(dist, page), 'utf8');
  const linked = new Set([page, ...extra]);
  const references = [
    ...html.matchAll(/(?:href|src)=["']?([^"'\s>#?]+)/g),
    ...html.matchAll(/from\s+["']([^"']+)["']/g),
  ];
  for (const [, url] of references) if (!url.endsWith('.html')) linked.add(url.replace(/^\.?\//, ''));
  for (const row of rows) if (row.file.endsWith('_bg.wasm')) linked.add(row.file);
  return linked;
}
const linked = firstView('index.html');
const languages = ['uk', 'ru'].map((lang) => ({
  lang,
  files: firstView(`${lang}.html`, [`i18n/${lang}.ftl`]),
}));

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
let over = total.brotli > FIRST_VIEW_BUDGET;
for (const { lang, files } of languages) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const row of rows) if (files.has(row.file)) for (const key of Object.keys(sum)) sum[key] += row[key];
  const label = `first view, ${lang}`;
  console.log(`${label.padEnd(width)} ${pad(sum.raw, 9)} ${pad(sum.gzip, 9)} ${pad(sum.brotli, 9)}`);
  over ||= sum.brotli > FIRST_VIEW_BUDGET;
}
console.log(`budget: ${FIRST_VIEW_BUDGET} bytes brotli for the first view in each language`);
if (over) {
  console.error(`size report: a first view is over the ${FIRST_VIEW_BUDGET} bytes brotli budget`);
  process.exit(1);
}
