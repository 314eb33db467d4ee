// The release build, served on loopback, opened in Chromium as a reader would: it loads cleanly,
// stays on its own origin, passes axe-core, and fits from 320 px to 1280 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactPath, axeViolations, openPage, useSite } from '../lib/browser.mjs';

const site = useSite();

/** Opens the app at `width` and waits until the app has rendered its cards. */
async function openApp({ width = 1280, height = 900, colorScheme = 'light', query = '' } = {}) {
  const page = await openPage(site.browser, { viewport: { width, height }, colorScheme });
  await page.goto(`${site.server.origin}/${query}`);
  await page.getByTestId('card-ukraine').waitFor();
  return page;
}

describe('the page', () => {
  test('renders the title, the regions and no console error', async () => {
    const page = await openApp();
    assert.match(await page.locator('h1').innerText(), /Russia–Ukraine peace deal/);
    for (const region of ['headline', 'presets', 'concessions', 'verdicts', 'method']) {
      assert.equal(await page.getByTestId(region).count(), 1, `region ${region}`);
    }
    for (const landmark of ['banner', 'main', 'contentinfo']) {
      assert.equal(await page.getByRole(landmark).count(), 1, `landmark ${landmark}`);
    }
    assert.match(await page.getByTestId('headline').innerText(), /^Every term is open/);
    assert.deepEqual(page.record.errors, []);
  });

  test('makes no request to any other origin', async () => {
    const page = await openApp({ query: '?preset=us-framework' });
    await page.getByTestId('method-toggle').click();
    await page.getByTestId('preset-europe-ukraine').click();
    await page.waitForLoadState('networkidle');
    const foreign = page.record.requests.filter((url) => new URL(url).origin !== site.server.origin);
    assert.deepEqual(foreign, []);
    assert.ok(page.record.requests.some((url) => url.endsWith('.wasm')), 'the wasm was loaded');
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violation (${colorScheme}; 1280 px and 375 px; both views)`, async () => {
      for (const width of [1280, 375]) {
        const page = await openApp({ width, colorScheme, query: '?preset=us-framework&deal=foo:bar' });
        await page.getByTestId('method-toggle').click();
        await page.locator('details.more summary').first().click();
        assert.deepEqual(await axeViolations(page), [], `${colorScheme} at ${width} px, by term`);
        await page.getByTestId('view-by-side').click();
        await page.getByTestId('share').click();
        assert.deepEqual(await axeViolations(page), [], `${colorScheme} at ${width} px, by side`);
      }
    });
  }

  test('fits every width from 320 px without sideways scrolling, and saves screenshots', async () => {
    for (const [name, width] of [['desktop-1280', 1280], ['phone-375', 375], ['narrow-320', 320], ['wide-1440', 1440]]) {
      const page = await openApp({ width, height: 900, query: '?preset=us-framework' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `no horizontal scroll at ${width} px`);
      await page.screenshot({ path: artifactPath(`${name}.png`), fullPage: name !== 'wide-1440' });
    }
    const dark = await openApp({ width: 375, colorScheme: 'dark', query: '?preset=europe-ukraine' });
    await dark.screenshot({ path: artifactPath('phone-375-dark.png') });
  });

  test('respects reduced motion', async () => {
    const page = await openPage(site.browser, { reducedMotion: 'reduce' });
    await page.goto(`${site.server.origin}/`);
    await page.getByTestId('card-ukraine').waitFor();
    const duration = await page.evaluate(() => getComputedStyle(document.querySelector('button')).transitionDuration);
    assert.ok(['0s', '1e-05s'].includes(duration), duration);
  });
});
