// Trunk post-build hook: moves Trunk's inline start-up script into a file of its own, so the
// built page runs under a Content-Security-Policy without 'unsafe-inline' (Trunk has no option
// for this yet). Runs on the staging folder Trunk names in TRUNK_STAGING_DIR.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('externalize-start: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const htmlPath = join(staging, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('externalize-start: no inline module script found in index.html');
  process.exit(1);
}
const code = match[1].trim() + '\n';
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, name), code);
writeFileSync(htmlPath, html.replace(inline, `<script type="module" src="./${name}"></script>`));
console.log(`externalize-start: moved the start-up script to ${name}`);
