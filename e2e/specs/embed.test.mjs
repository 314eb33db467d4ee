// Dealscope embedded in a news page on another origin: the frame sizes itself (our loader and a
// real Pym.js parent), the page runs under a strict CSP, stays on its own origin, and falls back
// to a static summary without JavaScript.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveDir } from '../lib/server.mjs';
import { DIST, axeViolations, launch, openPage } from '../lib/browser.mjs';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-ancestors *";

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));

let app; // the built site, served with the strict CSP
let host; // a news page on another origin
let browser;

/** A host page server on its own port (so its own origin): `/loader` and `/pym`. */
async function serveHost(appOrigin) {
  const pages = {
    '/loader': `<!doctype html><html lang="en"><head><title>News</title></head><body>
      <h1>An article</h1>
      <iframe id="frame" src="${appOrigin}/?embed=1" title="Dealscope" width="100%" height="1400" loading="lazy" style="border:0"></iframe>
      <script src="${appOrigin}/embed.js" async></script>
      <p>After the graphic.</p></body></html>`,
    '/pym': `<!doctype html><html lang="en"><head><title>News</title></head><body>
      <h1>An article</h1><div id="graphic"></div>
      <script src="/pym.v1.min.js"></script>
      <script>window.pymParent = new pym.Parent('graphic', '${appOrigin}/?embed=1', {});</script>
      </body></html>`,
  };
  const server = createServer((req, res) => {
    if (req.url === '/pym.v1.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
    } else if (pages[req.url]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[req.url]);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((d) => server.close(d)) };
}

before(async () => {
  app = await serveDir(DIST, { headers: { 'content-security-policy': CSP } });
  host = await serveHost(app.origin);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

/** Records CSP violations in every frame of pages in this context. */
async function newContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 }, ...options });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

/** Height of the iframe element in the host page, and of the content inside it. */
async function heights(page, frame) {
  const outer = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
  return { outer, inner, scroll };
}

async function waitForFit(page, frame) {
  for (let i = 0; i < 200; i++) {
    const h = await heights(page, frame);
    if (Math.abs(h.outer - h.inner) <= 2) return h;
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  }
  const h = await heights(page, frame);
  assert.fail(`the frame never fit its content: ${JSON.stringify(h)}`);
}

async function embeddedFrame(page) {
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = await handle.contentFrame();
  await frame.getByTestId('card-ukraine').waitFor();
  return frame;
}

describe('embedding', () => {
  for (const kind of ['loader', 'pym']) {
    test(`with ${kind === 'loader' ? 'our embed.js' : 'a real Pym.js parent'}, the frame follows its content both ways`, async () => {
      const context = await newContext();
      const page = await context.newPage();
      const requests = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`${host.origin}/${kind}`);
      const frame = await embeddedFrame(page);
      let h = await waitForFit(page, frame);
      assert.ok(h.scroll <= 1, `no scrollbar inside the frame: ${JSON.stringify(h)}`);

      await frame.getByTestId('method-toggle').click(); // grows
      const grown = await waitForFit(page, frame);
      assert.ok(grown.inner > h.inner + 50, `content grew: ${h.inner} → ${grown.inner}`);
      await frame.getByTestId('method-toggle').click(); // shrinks
      const shrunk = await waitForFit(page, frame);
      assert.ok(shrunk.inner < grown.inner - 50, `content shrank: ${grown.inner} → ${shrunk.inner}`);
      assert.ok(shrunk.scroll <= 1);

      // Messages other than Pym's width are ignored, and do no harm.
      await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage('pymxPYMxgraphicxPYMxheightxPYMx5', '*'));
      await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*'));
      await waitForFit(page, frame);

      const foreign = requests.filter((url) => ![app.origin, host.origin].includes(new URL(url).origin));
      assert.deepEqual(foreign, []);
      const frameRequests = requests.filter((url) => url.startsWith(app.origin) || url.includes('embed=1'));
      assert.ok(frameRequests.length > 0);
      assert.deepEqual(await frame.evaluate(() => window.__violations), []);
      await context.close();
    });
  }

  test('embed mode: no masthead or footer, a link to the full page, a validated theme', async () => {
    // axe-core is injected as an inline script, which the strict CSP (tested below) would block.
    const context = await newContext({ bypassCSP: true });
    const page = await context.newPage();
    page.on('request', (req) => assert.equal(new URL(req.url()).origin, app.origin, req.url()));
    await page.goto(`${app.origin}/?embed=1&theme=dark&deal=nato:renounced&colour=red`);
    await page.getByTestId('card-ukraine').waitFor();
    assert.equal(await page.locator('header.masthead').count(), 0);
    assert.equal(await page.locator('footer').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const link = page.locator('.attribution a');
    assert.equal(await link.getAttribute('target'), '_blank');
    const href = new URL(await link.getAttribute('href'));
    assert.equal(href.searchParams.get('embed'), null);
    assert.equal(href.searchParams.get('theme'), null);
    assert.equal(href.searchParams.get('deal'), 'nato:renounced');
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(`${app.origin}/?embed=1&theme=purple`);
    await page.getByTestId('card-ukraine').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined, 'an invalid theme is ignored');
    await context.close();
  });

  test('under the strict CSP the app works with no violation', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    const response = await page.goto(`${app.origin}/`);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await page.getByTestId('preset-us-framework').click();
    assert.equal(await page.getByTestId('card-ukraine').getByTestId('verdict').innerText(), 'Would likely refuse');
    await page.getByTestId('find-deal').click();
    await page.getByTestId('finder-stats').waitFor();
    await page.getByTestId('embed-toggle').click();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the embed code is a titled, lazy, full-width iframe and our loader', async () => {
    const page = await openPage(browser);
    await page.goto(`${app.origin}/?deal=nato:renounced`);
    await page.getByTestId('embed-toggle').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    // The embed is pinned to the date shown, so a published story keeps its positions.
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;as_of=\d{4}-\d\d-\d\d&amp;deal=nato:renounced" title="Dealscope: [^"]+" width="100%" height="\d+" loading="lazy"/);
    assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  });

  test('the full-page link and the embed code follow the deal as it changes, not one change behind', async () => {
    const context = await newContext({ bypassCSP: true });
    const embedded = await context.newPage();
    await embedded.goto(`${app.origin}/?embed=1&deal=nato:renounced`);
    await embedded.locator('label[for="opt-recognition-deferred"]').click();
    const href = new URL(await embedded.locator('.attribution a').getAttribute('href'));
    assert.equal(href.searchParams.get('deal'), 'recognition:deferred,nato:renounced');

    const page = await context.newPage();
    await page.goto(`${app.origin}/?deal=nato:renounced`);
    await page.getByTestId('embed-toggle').click();
    await page.locator('label[for="opt-recognition-deferred"]').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    assert.match(snippet, /\?embed=1&amp;as_of=\d{4}-\d\d-\d\d&amp;deal=recognition:deferred,nato:renounced"/);
    await context.close();
  });

  test('without JavaScript the static summary and presets show', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.origin}/`);
    const summary = page.locator('.noscript');
    assert.ok(await summary.isVisible());
    const text = await summary.innerText();
    assert.match(text, /needs JavaScript/);
    assert.match(text, /US framework \(17 April 2025\): Ukraine would likely refuse/);
    assert.equal(await summary.locator('a[href="./"]').count(), 1);
    await context.close();
  });
});
