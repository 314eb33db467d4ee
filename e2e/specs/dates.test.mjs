// Positions over time in the page: the date control, links that carry the date, Back and
// Forward, an unrecorded date, the "over time" chart and table, "What changed", the embed's pinned
// date, and a snapshot that fails to load. Figures are compared with the command-line tool's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, openPage, useSite } from '../lib/browser.mjs';
import { modelReport, verdictsOf } from '../lib/model.mjs';

const site = useSite();
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const PARTIES = ['ukraine', 'russia', 'united-states', 'europe'];
const WORDS = { 'Would likely sign': 'accept', Undecided: 'uncertain', 'Would likely refuse': 'reject' };

/** The tool's own list of dates and its timeline for a package, oldest first. */
function timeline(pkg) {
  const out = execFileSync('cargo', ['run', '-q', '--bin', 'dealscope', '--', 'timeline', '--package', pkg, '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out).dates;
}

const DATES = timeline('').map((d) => d.as_of);
const LATEST = DATES[DATES.length - 1];

async function openApp(query = '', options = {}) {
  const page = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${site.server.origin}/${query}`);
  await page.getByTestId('card-ukraine').waitFor();
  return page;
}

function shown(page, date) {
  return page.locator(`[data-testid="date-control"][data-shown="${date}"]`).waitFor();
}

async function pageVerdicts(page) {
  const verdicts = {};
  for (const id of PARTIES) {
    verdicts[id] = WORDS[await page.getByTestId(`card-${id}`).getByTestId('verdict').innerText()];
  }
  return verdicts;
}

describe('positions over time', () => {
  test('the page opens on the latest date, and choosing another keeps the package and follows the tool', async () => {
    const page = await openApp('?deal=nato:renounced,territory:freeze');
    await shown(page, LATEST);
    const options = await page.getByTestId('as-of').locator('option').count();
    assert.equal(options, DATES.length, 'one choice per dated snapshot');
    assert.ok(DATES.length >= 6, `six or more snapshots ship (${DATES.length})`);
    assert.equal(new URL(page.url()).searchParams.get('as_of'), null, 'no date in the link means the latest');

    await page.getByTestId('as-of').selectOption({ label: '2 June 2025' });
    await shown(page, '2025-06-02');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('as_of'), '2025-06-02');
    assert.equal(url.searchParams.get('deal'), 'territory:freeze,nato:renounced', 'the package is kept');
    const report = modelReport(['--as-of', '2025-06-02', '--package', 'nato=renounced,territory=freeze']);
    assert.deepEqual(await pageVerdicts(page), verdictsOf(report));
    assert.deepEqual(page.record.errors, []);
  });

  test('a link with a date round-trips, and Back and Forward step through the dates chosen', async () => {
    const page = await openApp(`?as_of=2025-04-30&deal=nato:renounced`);
    await shown(page, '2025-04-30');
    assert.equal(await page.getByTestId('as-of').inputValue(), '0');
    await page.getByTestId('as-of').selectOption({ label: '18 August 2025' });
    await shown(page, '2025-08-18');
    await page.getByTestId('as-of').selectOption({ index: DATES.length - 1 });
    await shown(page, LATEST);
    assert.equal(new URL(page.url()).searchParams.get('as_of'), LATEST, 'a date chosen stays in the link');
    await page.goBack();
    await shown(page, '2025-08-18');
    await page.goBack();
    await shown(page, '2025-04-30');
    assert.equal(new URL(page.url()).searchParams.get('deal'), 'nato:renounced');
    await page.goForward();
    await shown(page, '2025-08-18');
  });

  test('by keyboard alone the date moves with the arrow keys, with visible focus', async () => {
    const page = await openApp();
    await shown(page, LATEST);
    await page.getByTestId('as-of').focus();
    const outline = await page.getByTestId('as-of').evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused date control shows its focus');
    await page.keyboard.press('ArrowUp');
    await shown(page, DATES[DATES.length - 2]);
  });

  test('an unrecorded date shows the latest before it and says so; a bad one says what was wrong', async () => {
    const page = await openApp('?as_of=2025-07-01');
    await shown(page, '2025-06-02');
    assert.match(await page.getByTestId('date-status').innerText(), /No positions were recorded on 1 July 2025; this shows 2 June 2025/);
    const early = await openApp('?as_of=2024-01-01');
    await shown(early, DATES[0]);
    assert.match(await early.getByTestId('date-status').innerText(), /before the first recorded positions/);
    const bad = await openApp('?as_of=%3Cscript%3E');
    await shown(bad, LATEST);
    assert.match(await bad.getByTestId('date-status').innerText(), /'<script>' is not a date/);
    assert.deepEqual(bad.record.errors, []);
  });

  test('this package over time: the table gives the tool\'s figures at every date and follows a click', async () => {
    const page = await openApp('?deal=nato:renounced');
    const table = page.getByTestId('over-time-table');
    await page.locator('.over-time-figures summary').click();
    await page.locator('[data-testid="over-time-table"] td:has-text("loading")').first().waitFor({ state: 'detached' });
    const check = async (pkg) => {
      for (const date of timeline(pkg)) {
        const row = table.locator(`tr[data-as-of="${date.as_of}"]`);
        const cells = row.locator('td');
        for (const [i, party] of date.parties.entries()) {
          const cell = cells.nth(i);
          assert.equal(await cell.getAttribute('data-verdict'), party.verdict, `${party.id} at ${date.as_of}`);
          assert.ok((await cell.innerText()).startsWith(`${party.percent} `), `${party.id} at ${date.as_of}`);
        }
      }
    };
    await check('nato=renounced');
    await page.locator('label[for="opt-territory-cede-donbas"]').click();
    await check('nato=renounced,territory=cede-donbas');
    const chart = page.getByTestId('over-time-chart');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.match(await page.getByTestId('over-time-desc').textContent(), /^Ukraine: 30 April 2025, \S+/);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('what changed lists, per party, the positions that moved, as the tool does', async () => {
    const page = await openApp(`?as_of=2025-12-31`);
    await shown(page, '2025-12-31');
    const text = execFileSync('cargo', ['run', '-q', '--bin', 'dealscope', '--', 'what-changed', '--from', '2025-11-28', '--to', '2025-12-31'], {
      cwd: root,
      encoding: 'utf8',
    });
    // The tool prints each party's name, then one indented line per term that moved.
    const blocks = text.split('\n\n').slice(1);
    for (const [i, id] of PARTIES.entries()) {
      const lines = blocks[i].split('\n').filter((line) => line.startsWith('  '));
      const panel = page.getByTestId(`changed-${id}`);
      await panel.waitFor();
      assert.equal(await panel.locator('li').count(), lines.length, id);
      // Each party is one line saying how many moved; its list opens beneath it.
      const count = lines.length === 0 ? 'no position moved' : `${lines.length} position${lines.length === 1 ? '' : 's'} moved`;
      assert.match(await panel.locator('h3').innerText(), new RegExp(`: ${count}$`), id);
    }
    await page.getByTestId('compare-from').selectOption({ label: '30 April 2025' });
    await page.getByTestId('changed-ukraine').locator('summary').click();
    await page.getByTestId('changed-ukraine').locator('li').first().waitFor();
    assert.ok((await page.getByTestId('changed-ukraine').locator('li').count()) >= 1);
    const link = page.getByTestId('changed-ukraine').locator('li a').first();
    assert.match(await link.getAttribute('href'), /^https:\/\//, 'each change links its source');
  });

  test('the embed opens on the date it was pinned to', async () => {
    const page = await openApp('?embed=1&as_of=2025-06-02&deal=nato:renounced', { bypassCSP: true });
    await shown(page, '2025-06-02');
    const href = new URL(await page.locator('.attribution a').getAttribute('href'));
    assert.equal(href.searchParams.get('as_of'), '2025-06-02');
  });

  test('a date whose file fails to load is named with the reason, and the rest works', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/scenarios/ukraine-2025-06-02.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/?as_of=2025-06-02`);
    await page.getByTestId('date-failures').waitFor();
    assert.match(await page.getByTestId('date-failures').innerText(), /Positions as of 2 June 2025 could not be loaded: the server answered 404/);
    await shown(page, LATEST);
    await page.getByTestId('as-of').selectOption({ label: '18 August 2025' });
    await shown(page, '2025-08-18');
    await context.close();
  });
});
