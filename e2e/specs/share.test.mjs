// Share images in the built site: the page's Open Graph image exists where its tags say, is a
// 1200×630 PNG, and has a text equivalent; every proposal has its own image.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, openPage, useSite } from '../lib/browser.mjs';

const site = useSite();

describe('share images', () => {
  test('the og:image is served, 1200×630, with alt text naming the verdicts', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.server.origin}/`);
    const meta = (key) => page.locator(`meta[property="${key}"]`).getAttribute('content');
    const image = await meta('og:image');
    assert.equal(image, 'cards/default.png');
    const response = await page.request.get(`${site.server.origin}/${image}`);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'image/png');
    const png = await response.body();
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.match(await meta('og:image:alt'), /^Dealscope: .* Ukraine would likely (sign|refuse)|Ukraine undecided/);
  });

  test('every proposal of the latest date has its image, listed with its alt text', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'cards', 'cards.json'), 'utf8'));
    assert.ok(index.cards.length > 10, `${index.cards.length} cards`);
    for (const card of index.cards) {
      const png = readFileSync(join(DIST, 'cards', card.png));
      assert.equal(png.subarray(1, 4).toString(), 'PNG', card.id);
      assert.ok(card.alt.length > 40, card.id);
    }
  });
});
