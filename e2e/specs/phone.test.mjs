// The page on a phone: each term folded to one row that opens its options, the party cards side
// by side, the charts following every choice, and the page short enough to read (aim: 5,000 px at
// 375 px with the US framework applied). Verdicts come from the command-line tool, never hard-coded.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, useSite } from '../lib/browser.mjs';
import { modelReport } from '../lib/model.mjs';

const site = useSite();

const PARTIES = ['ukraine', 'russia', 'united-states', 'europe'];
const WORDS = { accept: 'Would likely sign', uncertain: 'Undecided', reject: 'Would likely refuse' };

async function openApp({ width = 375, query = '?preset=us-framework', colorScheme = 'light' } = {}) {
  const page = await openPage(site.browser, { viewport: { width, height: 812 }, colorScheme });
  await page.goto(`${site.server.origin}/${query}`);
  await page.getByTestId('card-ukraine').waitFor();
  return page;
}

/** What the standing chart shows for each party: its words and where its mark sits. */
async function standing(page) {
  const rows = {};
  for (const id of PARTIES) {
    const row = page.getByTestId(`standing-${id}`);
    rows[id] = {
      words: await row.locator('strong').innerText(),
      mark: await row.locator('circle.mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('cx')).join()),
    };
  }
  return rows;
}

describe('on a phone', () => {
  test('the page is at most 5,000 px tall at 375 px with the US framework applied (printed)', async () => {
    const page = await openApp();
    await page.getByTestId('over-time').waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`page height at 375 px with the US framework applied: ${height} px (aim: at most 5,000 px)`);
    assert.ok(height <= 5000, `${height} px`);
  });

  test('each term is one row that opens its options from the keyboard; the row, cards and charts follow a choice', async () => {
    const page = await openApp();
    const row = page.getByTestId('open-territory');
    const option = page.locator('label[for="opt-territory-cede-donbas"]');
    assert.equal(await row.getAttribute('aria-expanded'), 'false');
    assert.equal(await option.isVisible(), false, 'options are folded');
    assert.match(await row.innerText(), /Territory[\s\S]*Freeze the front/);

    const before = await standing(page);
    const overTimeBefore = await page.getByTestId('over-time-desc').textContent();
    await row.focus();
    await page.keyboard.press('Enter');
    assert.equal(await row.getAttribute('aria-expanded'), 'true');
    assert.ok(await option.isVisible(), 'options are open');
    // Arrow keys move the choice within the radio group, as in any native radio group.
    await page.locator('#opt-territory-freeze').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('#opt-territory-cede-donbas').checked);
    await page.waitForFunction(() => document.querySelector('[data-testid=open-territory]').innerText.includes('Cede Donbas'));

    const report = modelReport(['--preset', 'us-framework', '--package', 'territory=cede-donbas']);
    const after = await standing(page);
    for (const party of report.parties) {
      assert.equal(after[party.id].words, WORDS[party.verdict], `${party.id}: the chart's words are the model's`);
      const chip = await page.getByTestId('scoreboard').locator(`a[href="#card-${party.id}"]`).innerText();
      assert.match(chip, new RegExp(party.percent.replace(/([<>])/g, '\\$1')), `${party.id}: the chip's chance`);
    }
    assert.notDeepEqual(after, before, 'the standing chart moved');
    assert.notEqual(await page.getByTestId('over-time-desc').textContent(), overTimeBefore, 'the chart over time followed');
  });

  test('the party cards sit side by side and scroll sideways within their row, not the page', async () => {
    const page = await openApp();
    const tops = await page.locator('.card-slot').evaluateAll((slots) => slots.map((s) => Math.round(s.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `one row: ${tops}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'the page itself does not scroll sideways');
    // A verdict chip takes the reader to its card, scrolled into view.
    await page.getByTestId('scoreboard').locator('a[href="#card-europe"]').click();
    await page.waitForFunction(() => {
      const box = document.querySelector('#card-europe').getBoundingClientRect();
      return box.left >= 0 && box.right <= window.innerWidth;
    });
    // The reasons in full are one tap away.
    const more = page.getByTestId('card-europe').locator('details.more');
    await more.locator('summary').click();
    assert.ok(await more.getByTestId('flips').isVisible());
    assert.deepEqual(await axeViolations(page), []);
  });

  test('on a wide screen every option is shown and the folded rows are not', async () => {
    const page = await openApp({ width: 1280 });
    assert.equal(await page.getByTestId('open-territory').isVisible(), false);
    assert.ok(await page.locator('label[for="opt-territory-cede-donbas"]').isVisible());
    const tops = await page.locator('.card-slot').evaluateAll((slots) => slots.map((s) => Math.round(s.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, tops.length, 'the cards stack');
  });
});
