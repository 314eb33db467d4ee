// Perf report: what a reader on a phone waits for, printed on every run (not pass/fail but for
// a guard rail far above the aim). dist/ is served compressed (brotli), as a newsroom should.
// Timings are taken at 1× and 4× CPU slowdown (Chromium's CPU throttling) and click timings are
// also given as a ratio against a plain page of radio buttons measured in the same run, since
// absolute times are noisy on shared machines.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { FLAGS, launch } from './lib/browser.mjs';
import { serveDir } from './lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = process.argv[2] ?? join(here, '..', 'dist');
const CLICKS = 60;
const RATES = [1, 4];
// Guard rails, far above the aims: a change that crosses one is a regression to look at.
const GUARD = { clickRatioP95: 6, finderMs4x: 5000 };
// The shipped date whose room costs the most to count (1.2 million nodes natively).
const LIVE_COUNT_DATE = '2025-11-28';

const site = await serveDir(DIST, { compress: true });
const control = await serveDir(join(here, 'perf'), { compress: true });
const browser = await launch();

// Compress every file once before measuring, so no timing includes the server's compression.
for (const origin of [site.origin, control.origin]) {
  for (const path of ['/', '/control.html']) await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'br' } });
}
for (const file of readdirSync(DIST, { recursive: true })) {
  await fetch(`${site.origin}/${file}`, { headers: { 'accept-encoding': 'br' } });
}

/** A phone-sized page at `rate`× CPU slowdown that records paints, LCP, when the app first shows
 * its cards, and Event Timing entries. */
async function open(rate, url) {
  return openWith(rate, url, async () => {});
}

/** `open`, with `prepare(page)` run before the page is loaded (to route a request, say). */
async function openWith(rate, url, prepare) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    window.__perf = { events: [], lcp: 0, ready: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__perf.events.push({ id: entry.interactionId, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__perf.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver((_, observer) => {
      // Shown: the app has rendered its last stage (it is hidden until then) with the cards.
      if (document.querySelector('[data-testid=card-ukraine]') && !document.documentElement.hasAttribute('data-starting')) {
        window.__perf.ready = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await prepare(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, context };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.ceil(sorted.length * 0.95) - 1] };
}

/** Clicks the two labels in turn, `CLICKS` times, as real input; returns each interaction's
 * Event Timing duration (input to next paint). Interactions under 16 ms get no entry and
 * count as 16, the API's floor. */
async function clickTimes(page, first, second) {
  for (let i = 0; i < CLICKS; i++) {
    await page.click(i % 2 === 0 ? first : second);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await page.waitForTimeout(200);
  const events = await page.evaluate(() => window.__perf.events);
  const byInteraction = new Map();
  for (const { id, duration } of events) if (id) byInteraction.set(id, Math.max(byInteraction.get(id) ?? 0, duration));
  const durations = [...byInteraction.values()];
  while (durations.length < CLICKS) durations.push(16);
  return stats(durations.slice(0, CLICKS));
}

// The test server compresses each file the first time it is asked for: open every page once,
// untimed, so no timing below includes that.
for (const path of ['', 'uk.html', '?lang=uk']) {
  const warm = await open(1, `${site.origin}/${path}`);
  await warm.page.locator('[data-testid=card-ukraine]').waitFor();
  await warm.context.close();
}

const report = { served: 'brotli, from loopback', viewport: '390×844', rates: {} };
for (const rate of RATES) {
  const row = {};
  // Loading: first contentful paint, largest contentful paint, and the app's first cards.
  const { page, context } = await open(rate, `${site.origin}/`);
  await page.locator('[data-testid=card-ukraine]').waitFor();
  await page.waitForTimeout(300);
  const load = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: window.__perf.lcp,
    ready: window.__perf.ready,
  }));
  Object.assign(row, load);
  // In Ukrainian: its own page (prerendered in Ukrainian) and the English page asked for Ukrainian
  // (its English view hidden, the language's words and the opening translation fetched first).
  row.languages = {};
  for (const path of ['uk.html', '?lang=uk']) {
    const opened = await open(rate, `${site.origin}/${path}`);
    await opened.page.locator('[data-testid=card-ukraine]').waitFor();
    // The cards may be found before they are painted: let two frames pass, so the paint is counted.
    await opened.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    row.languages[path] = await opened.page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      ready: window.__perf.ready,
    }));
    await opened.context.close();
  }
  // On a phone each term is folded to one row: open it, as a reader would, before choosing.
  await page.click('[data-testid=open-recognition]');
  row.click = await clickTimes(page, 'label[for="opt-recognition-us-de-jure-crimea"]', 'label[for="opt-recognition-deferred"]');
  await context.close();

  const plain = await open(rate, `${control.origin}/control.html`);
  row.control = await clickTimes(plain.page, 'label[for="g3o1"]', 'label[for="g3o2"]');
  await plain.context.close();
  row.ratio = { p50: row.click.p50 / row.control.p50, p95: row.click.p95 / row.control.p95 };

  // The finder: click to answer, and to the room figure, from every preset of the date shown.
  const probe = await open(rate, `${site.origin}/`);
  await probe.page.locator('[data-testid=card-ukraine]').waitFor();
  const presets = await probe.page.$$eval('button[data-testid^=preset-]', (buttons) =>
    buttons.map((b) => b.dataset.testid.replace(/^preset-/, '')),
  );
  await probe.context.close();
  row.finder = [];
  for (const preset of presets) {
    const { page: p, context: c } = await open(rate, `${site.origin}/?preset=${preset}`);
    await p.locator('[data-testid=card-ukraine]').waitFor();
    const timing = await p.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          const times = {};
          const observer = new MutationObserver(() => {
            if (!times.answer && document.querySelector('[data-testid=finder-stats]')) times.answer = performance.now() - start;
            if (!times.room && document.querySelector('[data-testid=room]')) times.room = performance.now() - start;
            if (times.answer && times.room) {
              observer.disconnect();
              resolve(times);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          setTimeout(() => resolve(times), 20000);
          document.querySelector('[data-testid=find-deal]').click();
        }),
    );
    row.finder.push({ preset, ...timing });
    await c.close();
  }
  // The room counted in the page, as for a file whose numbers were not counted ahead (a newsroom's
  // edit): the costliest shipped date to count, with one number changed.
  {
    const { page: p, context: c } = await openWith(rate, `${site.origin}/?as_of=${LIVE_COUNT_DATE}&preset=us-framework`, async (page) => {
      await page.route(`**/scenarios/ukraine-${LIVE_COUNT_DATE}.json`, async (route) => {
        const response = await route.fetch();
        const scenario = await response.json();
        scenario.parties.find((party) => party.id === 'ukraine').reservation.value += 1;
        await route.fulfill({ response, json: scenario });
      });
    });
    await p.locator(`[data-testid="date-control"][data-shown="${LIVE_COUNT_DATE}"]`).waitFor();
    await p.locator('[data-testid=card-ukraine]').waitFor();
    row.liveRoom = await p.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('[data-testid=room]')) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          document.querySelector('[data-testid=find-deal]').click();
        }),
    );
    await c.close();
  }
  report.rates[`${rate}x`] = row;
}
await browser.close();

/** Lighthouse's performance category with its mobile profile (slow 4G and 4× CPU), on Debian's
 * Chromium, against the page served compressed; offline, nothing is fetched. `method` is
 * 'devtools' (the throttling applied while the page loads: what a phone sees) or 'simulate'
 * (Lighthouse's default: a fast load replayed through a model of the slow one). */
async function lighthouseScores(url, method) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...FLAGS],
  });
  try {
    const flags = { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' };
    const { lhr } = await lighthouse(url, flags, { extends: 'lighthouse:default', settings: { throttlingMethod: method } });
    const value = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      si: value('speed-index'),
      cls: value('cumulative-layout-shift'),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}
report.lighthouse = {};
for (const method of ['devtools', 'simulate']) report.lighthouse[method] = await lighthouseScores(`${site.origin}/`, method);

await site.close();
await control.close();

const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`);
console.log(`perf report (dist served ${report.served}, ${report.viewport} viewport)`);
for (const [rate, row] of Object.entries(report.rates)) {
  console.log(`\nat ${rate} CPU`);
  console.log(`  first contentful paint ${ms(row.fcp)}; largest contentful paint ${ms(row.lcp)}; cards shown (interactive) ${ms(row.ready)}`);
  for (const [path, l] of Object.entries(row.languages)) {
    console.log(`  in Ukrainian, /${path}: first contentful paint ${ms(l.fcp)}; cards shown (interactive) ${ms(l.ready)}`);
  }
  console.log(
    `  click → next paint over ${CLICKS} clicks: Dealscope p50 ${ms(row.click.p50)}, p95 ${ms(row.click.p95)}; ` +
      `plain control page p50 ${ms(row.control.p50)}, p95 ${ms(row.control.p95)}; ratio p50 ${row.ratio.p50.toFixed(2)}, p95 ${row.ratio.p95.toFixed(2)}`,
  );
  const answers = row.finder.map((f) => f.answer).filter((v) => v != null);
  const rooms = row.finder.map((f) => f.room).filter((v) => v != null);
  console.log(
    `  find a deal, click → answer, from ${row.finder.length} presets: min ${ms(Math.min(...answers))}, ` +
      `median ${ms(stats(answers).p50)}, max ${ms(Math.max(...answers))}; room figure: median ${ms(stats(rooms).p50)}, max ${ms(Math.max(...rooms))}`,
  );
  for (const f of row.finder) console.log(`    ${f.preset.padEnd(34)} answer ${ms(f.answer).padStart(8)}  room ${ms(f.room).padStart(8)}`);
  console.log(`  room counted in the page (${LIVE_COUNT_DATE} with one number changed, not counted ahead), click → figure: ${ms(row.liveRoom)}`);
}
console.log('\nLighthouse, mobile profile (slow 4G, 4× CPU), performance category');
for (const [method, lh] of Object.entries(report.lighthouse)) {
  const how = method === 'devtools' ? 'throttling applied while loading' : "simulated (Lighthouse's default)";
  console.log(
    `  ${how}: performance ${lh.score}; first contentful paint ${ms(lh.fcp)}, largest contentful paint ${ms(lh.lcp)}, ` +
      `total blocking time ${ms(lh.tbt)}, speed index ${ms(lh.si)}, layout shift ${lh.cls?.toFixed(3) ?? '–'}`,
  );
  for (const warning of lh.warnings ?? []) console.log(`    (Lighthouse: ${warning})`);
}
mkdirSync(join(here, 'artifacts'), { recursive: true });
writeFileSync(join(here, 'artifacts', 'perf.json'), JSON.stringify(report, null, 2));

const slow = report.rates['4x'];
const failures = [];
if (report.rates['1x'].ratio.p95 > GUARD.clickRatioP95) failures.push(`click p95 is ${report.rates['1x'].ratio.p95.toFixed(1)}× the control page's`);
for (const f of slow.finder) if (!(f.answer < GUARD.finderMs4x)) failures.push(`the finder from ${f.preset} took ${ms(f.answer)} at 4×`);
if (failures.length) {
  console.error(`perf report: over a guard rail: ${failures.join('; ')}`);
  process.exit(1);
}
