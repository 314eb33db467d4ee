// Launches Debian's Chromium through playwright-core (which never downloads a browser),
// and opens pages that record console errors and every request they make.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, '..', '..', 'dist');
export const ARTIFACTS = join(here, '..', 'artifacts');

// Flags that work as root on a closed network (see README "Toolchain").
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
}

/**
 * A new page in its own context. `page.record` holds console errors, page errors and the
 * URL of every request, for assertions after the page has been used.
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const record = { errors: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') record.errors.push(msg.text());
  });
  page.on('pageerror', (err) => record.errors.push(String(err)));
  page.on('request', (req) => record.requests.push(req.url()));
  page.record = record;
  return page;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the whole page; returns its violations (id, impact, targets). */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(() => window.axe.run(document));
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * For a spec file: serves dist/ on loopback and launches Chromium before its tests, and closes
 * both after. The returned object's `server` and `browser` are set once the tests run.
 */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await serveDir(DIST);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
