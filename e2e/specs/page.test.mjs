// The release build, served on loopback, opened in Chromium as a reader would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveDir } from '../lib/server.mjs';
import { DIST, artifactPath, axeViolations, launch, openPage } from '../lib/browser.mjs';

let server;
let browser;

before(async () => {
  server = await serveDir(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the app at `width` and waits until the app has rendered its title. */
async function openApp({ width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const page = await openPage(browser, { viewport: { width, height }, colorScheme });
  await page.goto(`${server.origin}/`);
  await page.locator('h1').waitFor();
  return page;
}

describe('the page skeleton', () => {
  test('renders the title, the regions and no console error', async () => {
    const page = await openApp();
    assert.match(await page.locator('h1').innerText(), /Would they sign\?/);
    for (const region of ['concessions', 'verdicts', 'method', 'sources']) {
      assert.equal(await page.getByTestId(region).count(), 1, `region ${region}`);
    }
    for (const landmark of ['banner', 'main', 'contentinfo']) {
      assert.equal(await page.getByRole(landmark).count(), 1, `landmark ${landmark}`);
    }
    assert.deepEqual(page.record.errors, []);
  });

  test('makes no request to any other origin', async () => {
    const page = await openApp();
    await page.waitForLoadState('networkidle');
    const foreign = page.record.requests.filter((url) => new URL(url).origin !== server.origin);
    assert.deepEqual(foreign, []);
    assert.ok(page.record.requests.some((url) => url.endsWith('.wasm')), 'the wasm was loaded');
  });

  test('the method disclosure opens by keyboard', async () => {
    const page = await openApp();
    const toggle = page.getByTestId('method-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.getByTestId('method-body').isVisible());
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violation (${colorScheme}, 1280 px and 375 px)`, async () => {
      for (const width of [1280, 375]) {
        const page = await openApp({ width, colorScheme });
        await page.getByTestId('method-toggle').click();
        assert.deepEqual(await axeViolations(page), [], `${colorScheme} at ${width} px`);
      }
    });
  }

  test('fits a phone without sideways scrolling, and saves screenshots', async () => {
    for (const [name, width] of [['desktop-1280', 1280], ['phone-375', 375], ['narrow-320', 320]]) {
      const page = await openApp({ width, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `no horizontal scroll at ${width} px`);
      await page.screenshot({ path: artifactPath(`${name}.png`), fullPage: true });
    }
  });
});
