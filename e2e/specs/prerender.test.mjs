// The page as it opens is in the HTML (prerendered at build time by the same components), so it
// is painted before the app's script runs; the app takes its place without moving anything; an
// address that asks for another view never shows it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, useSite } from '../lib/browser.mjs';
import { modelReport } from '../lib/model.mjs';

const site = useSite();

const WORDS = { accept: 'Would likely sign', uncertain: 'Undecided', reject: 'Would likely refuse' };

/** A page whose wasm is held back until `release()` is called, to look at it before the app runs. */
async function withWasmHeld(query, options = {}) {
  const page = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, ...options });
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.server.origin}/${query}`, { waitUntil: 'domcontentloaded' });
  return { page, release };
}

describe('the prerendered page', () => {
  test('without JavaScript the opening view is there, with the verdicts the model gives', async () => {
    const page = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${site.server.origin}/`);
    const prerendered = page.locator('#prerender');
    assert.ok(await prerendered.isVisible());
    assert.match(await prerendered.locator('.headline').innerText(), /^Every term is open/);
    const report = modelReport([]);
    const shown = await prerendered.locator('.card .verdict-words').allInnerTexts();
    assert.deepEqual(shown, report.parties.map((party) => WORDS[party.verdict]));
    assert.equal(await page.locator('[data-testid]').count(), 0, 'no test hook: only the live app has them');
  });

  test('before the app runs the opening view is painted; then the app takes its place without a shift', async () => {
    const { page, release } = await withWasmHeld('');
    await page.evaluate(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    assert.ok(await page.locator('#prerender h1').isVisible(), 'the heading is painted from the HTML');
    assert.ok(await page.locator('#prerender .card').first().isVisible());
    release();
    await page.getByTestId('card-ukraine').waitFor();
    assert.equal(await page.locator('#prerender').count(), 0, 'the app replaced it');
    assert.equal(await page.locator('main').count(), 1);
    const shift = await page.evaluate(() => window.__shift);
    console.log(`layout shift when the app replaces the prerendered view: ${shift.toFixed(4)}`);
    assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
    assert.deepEqual(page.record.errors, []);
    assert.deepEqual(await axeViolations(page), []);
  });

  for (const query of ['?preset=us-framework', '?deal=nato:renounced', '?as_of=2025-06-02', '?embed=1']) {
    test(`an address that asks for another view never shows the opening one (${query})`, async () => {
      const { page, release } = await withWasmHeld(query);
      assert.equal(await page.locator('#prerender').isVisible(), false);
      release();
      await page.getByTestId('card-ukraine').waitFor();
      assert.equal(await page.locator('#prerender').count(), 0);
    });
  }

  // The gate chooses the language as the app does: the link's, the page's, the browser's.
  for (const [query, locale, shown] of [
    ['', 'uk-UA', false],
    ['?lang=ru', 'en-GB', false],
    ['?lang=en', 'ru-RU', true],
    ['uk.html', 'en-GB', true],
    ['uk.html?lang=en', 'uk-UA', false],
  ]) {
    test(`a reader who will get another language never sees the view in this one (${query || '/'}, ${locale})`, async () => {
      const { page, release } = await withWasmHeld(query, { locale });
      assert.equal(await page.locator('#prerender').isVisible(), shown);
      release();
      await page.getByTestId('card-ukraine').waitFor();
      assert.equal(await page.locator('#prerender').count(), 0);
    });
  }
});
