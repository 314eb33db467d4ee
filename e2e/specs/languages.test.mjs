// The page in Ukrainian and Russian: chosen by the link, the page or the browser; nothing left in
// English; the language kept by the link, a reload and the embed; each fits 320 px and passes axe;
// only the language shown is fetched. Verdicts come from the command-line tool, never hard-coded.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, useSite } from '../lib/browser.mjs';
import { modelReport, verdictsOf } from '../lib/model.mjs';

const site = useSite();

const LATEST = 'ukraine-2026-02-18';
const PARTIES = ['ukraine', 'russia', 'united-states', 'europe'];

async function open(query, { locale = 'en-GB', width = 1280, path = '' } = {}) {
  const page = await openPage(site.browser, { viewport: { width, height: 900 }, locale });
  await page.goto(`${site.server.origin}/${path}${query}`);
  await page.getByTestId('card-ukraine').waitFor();
  return page;
}

/** Every run of visible text in the page, with the parts in `<details>` opened first. */
async function textPieces(page) {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const pieces = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, #prerender, code, textarea')) continue;
      // Text that says it is in another language (a source's title as published) is not the
      // page's, nor a name marked not to be translated (an outlet's, as the outlet writes it).
      if (parent.closest('[translate=no]')) continue;
      const marked = parent.closest('[lang]');
      if (marked && marked !== document.documentElement && marked.lang !== document.documentElement.lang) continue;
      const text = node.textContent.trim();
      if (text) pieces.add(text);
    }
    // Text for screen readers and tooltips counts too.
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      for (const attr of ['aria-label', 'title']) if (el.getAttribute(attr)) pieces.add(el.getAttribute(attr).trim());
    }
    return [...pieces];
  });
}

/** Three lowercase Latin words in a row: English prose inside a piece that is otherwise
 * translated (a sentence built around a date or a name differs from the English as a whole). */
const englishRun = /\b[a-z]{2,}[\s,;:]+[a-z]{2,}[\s,;:]+[a-z]{2,}\b/;

/** A piece that may be the same in every language: no English word of three letters or more
 * (names the outlets write in Latin, the party marks and the brand are allowed). */
function mayStay(piece) {
  const allowed = new Set(['Dealscope', 'English', 'Pym', 'AMP']);
  return piece
    .split(/[^A-Za-z]+/)
    .filter((word) => word.length > 2 && /[a-z]/.test(word) && !allowed.has(word)).length === 0;
}

describe('in Ukrainian and Russian', () => {
  test('no English is left in the uk and ru pages, with every disclosure open (compared with en)', async () => {
    const english = await open('?lang=en&preset=us-framework');
    await english.getByTestId('method-toggle').click();
    await english.getByTestId('find-deal').click();
    await english.getByTestId('room').waitFor({ timeout: 60_000 });
    const en = new Set(await textPieces(english));
    await english.getByTestId('view-by-side').click();
    for (const piece of await textPieces(english)) en.add(piece);
    for (const lang of ['uk', 'ru']) {
      const page = await open(`?lang=${lang}&preset=us-framework`);
      await page.getByTestId('method-toggle').click();
      await page.getByTestId('find-deal').click();
      await page.getByTestId('room').waitFor({ timeout: 60_000 });
      const pieces = await textPieces(page);
      // The other grouping of the terms too.
      await page.getByTestId('view-by-side').click();
      pieces.push(...(await textPieces(page)));
      const left = pieces.filter((piece) => (en.has(piece) && !mayStay(piece)) || englishRun.test(piece));
      assert.deepEqual(left, [], `${lang}: still in English`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.notEqual(await page.title(), await english.title(), `${lang}: the title is translated`);
      assert.deepEqual(page.record.errors, []);
    }
  });

  test('no English is left in the notices, the embed panel, the share status and what changed', async () => {
    // States only a link, a click or a later date reaches: a link part that is ignored, a date with
    // no positions of its own, the embed panel, the share button's answer, and what changed since
    // the date before.
    const states = async (lang) => {
      const page = await open(`?lang=${lang}&as_of=2026-03-01&deal=nato:renounced,foo:bar`);
      await page.getByTestId('link-notice').waitFor();
      await page.getByTestId('date-status').waitFor();
      await page.getByTestId('embed-toggle').click();
      await page.getByTestId('embed-code').waitFor();
      await page.getByTestId('share').click();
      await page.waitForFunction(() => document.querySelector('[data-testid=share-status]').textContent.trim() !== '');
      // What moved since the date before, each party's list opened.
      await page.getByTestId('changed-ukraine').waitFor();
      for (const summary of await page.locator('[data-testid^=changed-] summary').all()) await summary.click();
      await page.locator('[data-testid^=changed-] li').first().waitFor();
      return { page, pieces: await textPieces(page) };
    };
    const english = await states('en');
    const en = new Set(english.pieces);
    // The reached states' words are among those compared.
    for (const id of ['link-notice', 'date-status', 'share-status', 'embed-code', 'what-changed']) {
      const text = await english.page.getByTestId(id).innerText();
      assert.ok([...en].some((piece) => /[a-z]{3}/.test(piece) && text.includes(piece)), id);
    }
    for (const lang of ['uk', 'ru']) {
      const { page, pieces } = await states(lang);
      const left = pieces.filter((piece) => (en.has(piece) && !mayStay(piece)) || englishRun.test(piece));
      assert.deepEqual(left, [], `${lang}: still in English`);
      assert.deepEqual(page.record.errors, []);
    }
  });

  test('the verdicts are the model’s in every language', async () => {
    const expected = verdictsOf(modelReport(['--preset', 'us-framework']));
    for (const lang of ['en', 'uk', 'ru']) {
      const page = await open(`?lang=${lang}&preset=us-framework`);
      for (const id of PARTIES) {
        const card = page.getByTestId(`card-${id}`);
        assert.ok((await card.getAttribute('class')).includes(expected[id]), `${lang} ${id}`);
      }
    }
  });

  test('the browser’s language is used, the link carries it, a reload keeps it, the switch changes it', async () => {
    const page = await open('?preset=us-framework', { locale: 'ru-RU' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    assert.match(page.url(), /[?&]lang=ru(&|$)/, 'the address names the language, so a shared link keeps it');
    // And it is the page built in Russian, so a preview of a shared link (which runs no script)
    // shows the Russian title, summary and image.
    assert.equal(new URL(page.url()).pathname, '/ru.html');
    const preview = await (await fetch(page.url())).text();
    assert.match(preview, /<html lang="?ru"?>/);
    const ogTitle = preview.match(/<meta property="og:title" content="([^"]*)"/)[1];
    assert.match(ogTitle, /[А-Яа-я]{4}/, ogTitle);
    // Share copies that page's link.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.getByTestId('share').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=share-status]').textContent.trim() !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url(), 'the shared link is that page');
    await page.reload();
    await page.getByTestId('card-ukraine').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    // The switch: a link to the same package in English.
    const english = page.getByTestId('lang-en');
    assert.match(await english.getAttribute('href'), /lang=en/);
    assert.match(await english.getAttribute('href'), /deal=/);
    await english.click();
    await page.getByTestId('card-ukraine').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(page.url(), /lang=en/);
    assert.equal(new URL(page.url()).pathname, '/index.html', 'the English page');
    assert.match(await page.getByTestId('headline').innerText(), /[A-Za-z]{4}/);
    await page.reload();
    await page.getByTestId('card-ukraine').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'English survives a reload in a Russian browser');
    assert.equal(await page.getByTestId('lang-en').getAttribute('aria-current'), 'true');
  });

  test('a language the page does not speak is named, and the browser’s is used', async () => {
    const page = await open('?lang=xx', { locale: 'ru-RU' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    assert.match(await page.getByTestId('language-notice').innerText(), /«xx»/, 'named, quoted the language’s way');
  });

  test('the embed code and the embedded page carry the language', async () => {
    const page = await open('?lang=uk&preset=us-framework');
    await page.getByTestId('embed-toggle').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    assert.match(snippet, /uk\.html\?embed=1&amp;lang=uk/, 'the frame is the page built in Ukrainian');
    const embedded = await open('?embed=1&lang=uk&preset=us-framework', { width: 375 });
    assert.equal(await embedded.evaluate(() => document.documentElement.lang), 'uk');
    const full = await embedded.locator('.attribution a').getAttribute('href');
    assert.match(full, /\/uk\.html\?lang=uk/, 'the embed’s link to the full page keeps the language, and its page');
  });

  test('only the language shown is fetched, and a page carries its opening snapshot in its own language', async () => {
    const paths = (page) => page.record.requests.map((url) => new URL(url).pathname);
    // uk.html carries the opening snapshot in Ukrainian: it fetches only its words before the
    // page is shown (the other dates come after), and no English scenario text.
    const ukrainian = await open('', { path: 'uk.html' });
    const ukrainianPaths = paths(ukrainian);
    assert.ok(ukrainianPaths.includes('/i18n/uk.ftl'), ukrainianPaths.join('\n'));
    assert.ok(!ukrainianPaths.some((path) => path.includes(LATEST)), `in the page:\n${ukrainianPaths.join('\n')}`);
    assert.ok(!paths(ukrainian).some((path) => path.includes('/ru')), 'nothing in Russian');
    const carried = await ukrainian.evaluate(() => document.getElementById('dealscope-texts').textContent);
    assert.equal(JSON.parse(carried).lang, 'uk');
    const html = await (await fetch(`${site.server.origin}/uk.html`)).text();
    assert.ok(!html.includes('the model estimates how each party would likely respond'), 'no English in uk.html');
    // The English page asks for Ukrainian: the translation of the opening snapshot is fetched.
    const asked = await open('?lang=uk');
    assert.ok(paths(asked).includes('/i18n/uk.ftl'));
    assert.ok(paths(asked).includes(`/scenarios/uk/${LATEST}.json`));
    // English: nothing at all for the opening (its words are in the wasm, its snapshot in the page).
    const english = await open('');
    const fetched = paths(english);
    assert.ok(!fetched.some((path) => path.startsWith('/i18n/')), 'English words are compiled in');
    assert.ok(!fetched.some((path) => path.endsWith(`${LATEST}.json`)), fetched.join('\n'));
  });

  test('a page that carries its opening snapshot, one that lost or garbled part of it and one that asks for it read the same', async () => {
    // Each built page carries the opening snapshot inline: its skeleton and its texts in the page's
    // language. Take them out (as a page not built by `dealscope prerender` would lack them), or
    // garble them (as a CMS or a proxy might on the way), and the app fetches what it cannot read
    // from the page; the page reads the same.
    const alter = (changes) => async (route) => {
      const response = await route.fetch();
      let body = await response.text();
      for (const [id, change] of changes) {
        const block = new RegExp(`(<script type="application/json" id="${id}">)([\\s\\S]*?)(</script>)`);
        assert.match(body, block, id);
        body = body.replace(block, (_, open, text, close) => (change ? open + change(text) + close : ''));
      }
      await route.fulfill({ response, body });
    };
    const oneTextShort = (text) => {
      const carried = JSON.parse(text);
      carried.texts.pop();
      return JSON.stringify(carried).replace(/</g, '\\u003c');
    };
    const variants = [
      { what: 'without its texts', changes: [['dealscope-texts', null]], file: false },
      { what: 'without either', changes: [['dealscope-skeleton', null], ['dealscope-texts', null]], file: true },
      { what: 'with its skeleton cut short', changes: [['dealscope-skeleton', (text) => text.slice(0, text.length / 2)]], file: true },
      { what: 'with one text fewer', changes: [['dealscope-texts', oneTextShort]], file: true },
    ];
    // Read once every date has arrived (they are fetched after the page shows itself).
    const mainText = async (page) => {
      await page.waitForFunction(() => {
        const rows = [...document.querySelectorAll('[data-testid="over-time-table"] tr[data-as-of]')];
        return rows.length > 1 && rows.every((row) => row.querySelector('td') && !row.querySelector('td:not([data-verdict])'));
      });
      return page.locator('main').innerText();
    };
    const query = '?preset=us-framework';
    for (const [lang, path] of [['en', ''], ['uk', 'uk.html']]) {
      const whole = await open(query, { path });
      const expected = await mainText(whole);
      for (const { what, changes, file } of variants) {
        const page = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
        await page.route(`${site.server.origin}/${path}${query}`, alter(changes));
        await page.goto(`${site.server.origin}/${path}${query}`);
        await page.getByTestId('card-ukraine').waitFor();
        assert.equal(await mainText(page), expected, `${lang} ${what}`);
        const fetched = page.record.requests.map((url) => new URL(url).pathname);
        const wanted = [
          ...(lang === 'en' || file ? [`/scenarios/${LATEST}.json`] : []),
          ...(lang === 'uk' ? [`/scenarios/uk/${LATEST}.json`] : []),
        ];
        for (const want of wanted) assert.ok(fetched.includes(want), `${lang} ${what}: ${want} in ${fetched.join(' ')}`);
        assert.deepEqual(page.record.errors, []);
        await page.close();
      }
    }
    // The English page asked for Ukrainian reads as the Ukrainian page does.
    const asked = await open(`${query}&lang=uk`);
    assert.equal(await mainText(asked), await mainText(await open(query, { path: 'uk.html' })));
  });

  test('each language fits 320 px without sideways scrolling and passes axe, light and dark', async () => {
    for (const lang of ['en', 'uk', 'ru']) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await openPage(site.browser, { viewport: { width: 320, height: 800 }, colorScheme });
        await page.goto(`${site.server.origin}/?lang=${lang}&preset=us-framework`);
        await page.getByTestId('card-ukraine').waitFor();
        for (const details of await page.locator('details').all()) await details.evaluate((d) => (d.open = true));
        await page.getByTestId('open-territory').click();
        // The longest texts: the finder's answers, the embed panel and what changed.
        await page.getByTestId('find-deal').click();
        await page.getByTestId('room').waitFor({ timeout: 60_000 });
        await page.getByTestId('embed-toggle').click();
        await page.getByTestId('embed-code').waitFor();
        await page.getByTestId('changed-ukraine').waitFor();
        for (const summary of await page.locator('[data-testid^=changed-] summary').all()) await summary.click();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.equal(overflow, 0, `${lang} ${colorScheme}: ${overflow} px sideways`);
        assert.deepEqual(await axeViolations(page), [], `${lang} ${colorScheme}`);
        await page.close();
      }
    }
  });

  test('uk.html and ru.html are the page in that language, with and without JavaScript', async () => {
    for (const lang of ['uk', 'ru']) {
      const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
      const plain = await context.newPage();
      await plain.goto(`${site.server.origin}/${lang}.html`);
      assert.equal(await plain.evaluate(() => document.documentElement.lang), lang);
      const summary = await plain.locator('noscript').evaluate((n) => n.textContent);
      assert.ok(!/would likely|Positions as of/.test(summary), `${lang}: the summary is translated`);
      assert.ok(await plain.locator('#prerender').isVisible(), `${lang}: the prerendered view shows`);
      const og = await plain.locator('meta[property="og:image"]').getAttribute('content');
      assert.equal(og, `cards/${lang}/default.png`);
      await context.close();
      // With JavaScript, in an English browser: the page's own language wins over the browser's.
      const page = await open('', { path: `${lang}.html` });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.getByTestId(`lang-${lang}`).getAttribute('aria-current'), 'true');
    }
  });
});
