/**
 * The sample archive (the repository's own articles/ folder) in a real
 * browser: built with --base-path /archive/, served over HTTP by a small
 * static server, and driven with Debian's chromium through playwright-core.
 *
 * Checks: following the timeline from home to a source page, search with
 * filters and ordering, accessibility (axe-core), phone layout, a page opened
 * from disk, screenshots (tests/screenshots/*-desktop.png, *-phone.png),
 * html-validate on every page, and an HTTP link check of the whole site.
 * Every page a test opens is watched for console errors, page errors, failed
 * requests and error responses; the last test reports them all.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AxeResults } from 'axe-core';
import { HtmlValidate, type Message } from 'html-validate';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/cli/build.ts';
import type { SiteArticle, SiteModel } from '../../src/archive/types.ts';
import { cleanupTemp, linksIn, listTree, makeTempDir } from '../helpers/archive.ts';
import { start, type StaticServer } from '../helpers/static-server.ts';

// build() hands .eleventy.ts and the 11ty.ts templates to Eleventy, which loads them with import().
register();

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BASE = '/archive/';
const TITLE = 'Dateline';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(REPO, 'tests', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };

let out: string;
let model: SiteModel;
let server: StaticServer;
/** The same archive with its search index split into bundles of a few articles, as a large archive's is. */
let splitServer: StaticServer;
let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;

/** "page: what went wrong", for every page opened through watch(). */
const problems: string[] = [];
/** Addresses whose 404 answer is what the test asked for. */
const expected404 = new Set<string>();

/**
 * Is a 404 for `url` one the test asked for? Besides deliberate ones, that is
 * the browser's own request for /favicon.ico at the server root: the site
 * lives under /archive/ and names no icon, so that address is outside it.
 */
function expectedMissing(url: string): boolean {
  return expected404.has(url) || [server, splitServer].some((s) => url === `${s.origin}/favicon.ico`);
}

/** Record console errors, uncaught errors, failed requests and error responses of `page`. */
function watch(page: Page): Page {
  const where = () => page.url() || '(blank)';
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium logs every 4xx response, including the 404s a test expects.
    if (expectedMissing(msg.location().url) && /status of 404/.test(msg.text())) return;
    problems.push(`${where()}: console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`${where()}: uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (req) => problems.push(`${where()}: request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !(res.status() === 404 && expectedMissing(res.url()))) problems.push(`${where()}: ${res.status()} for ${res.url()}`);
  });
  return page;
}

async function newPage(context: BrowserContext): Promise<Page> {
  return watch(await context.newPage());
}

/** A page of the built site, by its path under the base path. */
interface SitePage {
  name: string;
  path: string;
  status?: number;
}

/** Open `site` in `context`; waits for search results on the search page. */
async function open(context: BrowserContext, site: SitePage): Promise<Page> {
  const page = await newPage(context);
  const url = `${server.url}${site.path}`;
  if (site.status === 404) expected404.add(url);
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(site.status ?? 200);
  if (site.path.startsWith('search/')) await page.locator('ol.search-results li').first().waitFor({ timeout: 10_000 });
  return page;
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const path = (siteUrl: string) => siteUrl.replace(/^\//, '');

/** The article every page-level check uses: the first with "barge" in its headline (a story, from a known source). */
function sampleArticle(): SiteArticle {
  const article = model.articles.find((a) => /barge/i.test(a.headline) && a.sourceUrl && a.story.url && a.date);
  if (!article) throw new Error('The sample archive has no dated, sourced barge article in a story');
  return article;
}

/** The pages that accessibility and phone-layout checks visit. */
function keyPages(): SitePage[] {
  const article = sampleArticle();
  const year = model.timeline.years[0];
  if (!year) throw new Error('The sample archive has no dated articles');
  return [
    { name: 'home', path: '' },
    { name: 'year', path: `${year.year}/` },
    { name: 'month', path: `${article.date!.slice(0, 4)}/${article.date!.slice(5, 7)}/` },
    { name: 'article', path: path(article.url) },
    { name: 'sources', path: 'sources/' },
    { name: 'source', path: path(article.sourceUrl!) },
    { name: 'stories', path: 'stories/' },
    { name: 'story', path: path(article.story.url!) },
    { name: 'undated', path: 'undated/' },
    { name: 'search', path: 'search/?q=barge' },
    { name: 'review', path: 'review/' },
    { name: '404', path: 'no-such-page/', status: 404 },
  ];
}

/** "19 February 2024" (the site's date format) -> "2024-02-19"; "Undated" -> null. */
function isoOf(label: string): string | null {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(label);
  if (!m) return null;
  const month = months.indexOf(m[2]!) + 1;
  if (month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Source and date of each search result, from its meta line ("Source · 19 February 2024"). */
async function resultMeta(page: Page): Promise<{ source: string; date: string }[]> {
  const lines = await page.locator('ol.search-results li .meta').allTextContents();
  return lines.map((line) => {
    const parts = line.split(' · ');
    return { source: parts.slice(0, -1).join(' · '), date: parts[parts.length - 1] ?? '' };
  });
}

/**
 * Wait until the results list is non-empty and agrees with the status line
 * ("N articles found"; search.js shows 20 at a time), and, when `source` is
 * given, every result's meta line names that source.
 */
async function waitForResults(page: Page, source: string | null): Promise<void> {
  await page.waitForFunction(
    ([want]) => {
      const items = [...document.querySelectorAll('ol.search-results li')];
      const status = document.querySelector('.search-status')?.textContent ?? '';
      const count = Number(/^(\d+) articles? found/.exec(status)?.[1] ?? -1);
      if (items.length === 0 || count < items.length || (count <= 20 && count !== items.length)) return false;
      return want === null || items.every((li) => (li.querySelector('.meta')?.textContent ?? '').startsWith(`${want} · `));
    },
    [source] as const,
    { timeout: 10_000 },
  );
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `chromium not found at ${CHROMIUM}; install it (apt-get install chromium) or set CHROMIUM_PATH`).toBe(true);
  out = join(makeTempDir('dateline-browser-'), 'site');
  const result = await build({ articlesDir: join(REPO, 'articles'), outDir: out, reportFile: null, basePath: BASE, title: TITLE, maxBytes: 5e6, quiet: true });
  model = result.model;
  server = await start(out, BASE);
  const splitOut = join(makeTempDir('dateline-browser-split-'), 'site');
  await build({ articlesDir: join(REPO, 'articles'), outDir: splitOut, reportFile: null, basePath: BASE, title: TITLE, maxBytes: 5e6, quiet: true, searchShardLimits: { maxArticles: 8, splitFrom: 2 } });
  expect(listTree(splitOut).filter((f) => /^pagefind\/\d+\/pagefind\.js$/.test(f)).length).toBeGreaterThan(2);
  splitServer = await start(splitOut, BASE);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const common = { colorScheme: 'light', reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' } as const;
  desktop = await browser.newContext({ ...common, viewport: DESKTOP });
  phone = await browser.newContext({ ...common, viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await splitServer?.close();
  cleanupTemp();
});

describe('the sample archive in chromium', () => {
  it('follows the timeline: home -> year -> month -> article -> source', async () => {
    const page = await newPage(desktop);
    await page.goto(server.url);
    expect(await text(page, 'h1')).toBe('Timeline');
    expect(await page.title()).toBe(TITLE);

    const yearLink = page.locator('a.year-link').first();
    const year = (await yearLink.textContent())?.trim() ?? '';
    expect(year).toMatch(/^\d{4}$/);
    await yearLink.click();
    await page.waitForURL(`${server.url}${year}/index.html`);
    expect(await text(page, 'h1')).toBe(year);
    expect(await page.title()).toBe(`${year} · ${TITLE}`);

    const monthLink = page.locator('.months-nav a').first();
    const month = (await monthLink.textContent())?.trim() ?? '';
    expect(month).toMatch(new RegExp(`^[A-Z][a-z]+ ${year}$`));
    await monthLink.click();
    await page.waitForURL(new RegExp(`^${escapeRe(server.url)}${year}/\\d{2}/index\\.html$`));
    expect(await text(page, 'h1')).toBe(month);
    expect(await page.title()).toBe(`${month} · ${TITLE}`);
    const monthUrl = page.url();

    // The first link to an article page (story entries link to story pages).
    const articleUrl = new RegExp(`^${escapeRe(monthUrl.replace(/index\.html$/, ''))}\\d{2}/[a-z0-9-]+/index\\.html$`);
    const headlines = page.locator('a.headline');
    const hrefs = await headlines.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const k = hrefs.findIndex((h) => articleUrl.test(h));
    expect(k, `no article link on ${monthUrl}`).toBeGreaterThanOrEqual(0);
    const headline = (await headlines.nth(k).textContent())?.trim() ?? '';
    await headlines.nth(k).click();
    await page.waitForURL(articleUrl);
    expect(await text(page, 'h1')).toBe(headline);
    expect(await page.title()).toBe(`${headline} · ${TITLE}`);

    const badge = page.locator('.article-head a.badge');
    const source = await badge.evaluate((a) => (a.lastChild?.textContent ?? '').trim());
    expect(source).not.toBe('');
    await badge.click();
    await page.waitForURL(new RegExp(`^${escapeRe(server.url)}sources/[a-z0-9-]+/index\\.html$`));
    expect(await text(page, 'h1')).toBe(source);
    expect(await page.title()).toBe(`${source} · ${TITLE}`);
    // The source page lists the article we came from.
    expect(await page.locator('a.headline').allTextContents()).toContain(headline);
    await page.close();
  }, 60_000);

  it.each([
    ['one search bundle', () => server],
    ['the search index split into bundles', () => splitServer],
  ])('searches with a source filter and orders results newest first, with %s', async (_, site) => {
    const server = site();
    const page = await newPage(desktop);
    await page.goto(`${server.url}search/`);
    expect(await text(page, 'h1')).toBe('Search');
    // The filters are filled from the index once Pagefind has loaded.
    await page.waitForFunction(() => ((document.querySelector('select[name=source]') as HTMLSelectElement | null)?.options.length ?? 0) > 1, undefined, { timeout: 10_000 });

    await page.fill('#q', 'barge');
    await page.press('#q', 'Enter');
    await waitForResults(page, null);
    expect(page.url()).toBe(`${server.url}search/?q=barge`);
    const all = await resultMeta(page);
    const sources = [...new Set(all.map((r) => r.source))].sort();
    expect(sources.length, `results for "barge" come from one source only: ${sources}`).toBeGreaterThan(1);

    // Filter by the source of the first result: fewer results, all from that source.
    const source = all[0]!.source;
    const options = await page.locator('select[name=source] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain(source);
    await page.selectOption('select[name=source]', source);
    await waitForResults(page, source);
    const filtered = await resultMeta(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.map((r) => r.source)).toEqual(filtered.map(() => source));
    expect(new URL(page.url()).searchParams.get('source')).toBe(source);

    // Newest first, over every source: dates never increase (undated last).
    // One change at a time: each starts a search, and the next waits for its results.
    await page.selectOption('select[name=source]', '');
    await page.waitForURL(`${server.url}search/?q=barge`);
    await page.waitForFunction((n) => document.querySelectorAll('ol.search-results li').length === n, all.length, { timeout: 10_000 });
    await page.selectOption('select[name=sort]', 'newest');
    await page.waitForURL(`${server.url}search/?q=barge&sort=newest`);
    await waitForResults(page, null);
    const dated = (await resultMeta(page)).map((r) => ({ label: r.date, iso: isoOf(r.date) }));
    expect(dated.length).toBe(all.length);
    for (const d of dated) if (d.iso === null) expect(d.label).toBe('Undated');
    const keys = dated.map((d) => d.iso ?? '0000-00-00');
    expect(new Set(keys).size, 'all results share one date; ordering is untested').toBeGreaterThan(1);
    expect(keys).toEqual([...keys].sort().reverse());

    // A result opens its article page under the base path.
    const first = page.locator('ol.search-results li a.headline').first();
    const headline = (await first.textContent())?.trim() ?? '';
    const articleUrl = new RegExp(`^${escapeRe(server.url)}\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+/index\\.html$`);
    expect(await first.evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(articleUrl);
    await first.click();
    await page.waitForURL(articleUrl);
    expect(await text(page, 'h1')).toBe(headline);
    await page.close();
  }, 60_000);

  it('finds the same articles, in the same date order, with the index split into bundles', async () => {
    const answers = async (site: StaticServer, query: string) => {
      const page = await newPage(desktop);
      await page.goto(`${site.url}search/?${query}`);
      await waitForResults(page, null);
      // Every result, not only the first 20.
      while (await page.locator('button.search-more').isVisible()) {
        const shown = await page.locator('ol.search-results li').count();
        await page.click('button.search-more');
        await page.waitForFunction((n) => document.querySelectorAll('ol.search-results li').length > n, shown, { timeout: 10_000 });
      }
      const found = { status: await text(page, '.search-status'), results: await resultMeta(page), headlines: await page.locator('ol.search-results li a.headline').allTextContents() };
      await page.close();
      return found;
    };
    for (const query of ['q=barge&sort=newest', 'q=barge&sort=oldest', 'q=the', 'year=2024&sort=oldest']) {
      const one = await answers(server, query);
      const split = await answers(splitServer, query);
      expect(one.results.length, query).toBeGreaterThan(1);
      expect(split.status, query).toBe(one.status);
      expect([...split.headlines].sort(), query).toEqual([...one.headlines].sort());
      if (query.includes('sort=')) expect(split.results.map((r) => r.date), query).toEqual(one.results.map((r) => r.date));
    }
    // The filters count articles over every bundle.
    const counts = async (site: StaticServer) => {
      const page = await newPage(desktop);
      await page.goto(`${site.url}search/`);
      await page.waitForFunction(() => ((document.querySelector('select[name=year]') as HTMLSelectElement | null)?.options.length ?? 0) > 1, undefined, { timeout: 10_000 });
      const labels = await page.locator('select option').allTextContents();
      await page.close();
      return labels;
    };
    expect(await counts(splitServer)).toEqual(await counts(server));
  }, 120_000);

  it('has no serious or critical axe-core violations, in light and dark colour schemes', async () => {
    const found: string[] = [];
    const minor = new Map<string, Set<string>>();
    for (const scheme of ['light', 'dark'] as const) {
      for (const site of keyPages()) {
        const page = await open(desktop, site);
        await page.emulateMedia({ colorScheme: scheme });
        await page.addScriptTag({ content: AXE_SOURCE });
        const results = await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }),
        );
        for (const v of results.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            for (const node of v.nodes) found.push(`${site.name} (${scheme}): ${v.id} [${v.impact}] ${v.help}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`);
          } else {
            const pages = minor.get(`${v.id} [${v.impact}]`) ?? new Set<string>();
            minor.set(`${v.id} [${v.impact}]`, pages.add(site.name));
          }
        }
        await page.close();
      }
    }
    // Moderate and minor findings do not fail the test, but are worth seeing.
    for (const [rule, pages] of minor) console.info(`axe (not failing): ${rule} on ${[...pages].join(', ')}`);
    expect(found).toEqual([]);
  }, 120_000);

  it('needs no horizontal scrolling on a 375 px wide phone', async () => {
    const wide: string[] = [];
    for (const site of keyPages()) {
      const page = await open(phone, site);
      const m = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        culprits: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)})`),
      }));
      expect(m.innerWidth).toBe(PHONE.width);
      if (m.scrollWidth > m.innerWidth) wide.push(`${site.name}: scrollWidth ${m.scrollWidth} > ${m.innerWidth}; ${m.culprits.join(', ')}`);
      await page.close();
    }
    expect(wide).toEqual([]);
  }, 60_000);

  it('works opened from disk: the stylesheet loads and relative links point at files', async () => {
    const article = sampleArticle();
    const file = join(out, ...path(article.url).split('/').filter(Boolean), 'index.html');
    const page = await newPage(desktop);
    await page.goto(pathToFileURL(file).href);
    expect(await text(page, 'h1')).toBe(article.headline);
    const style = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return { font: body.fontFamily, margin: body.margin, sheets: [...document.styleSheets].map((s) => s.href ?? '') };
    });
    // The browser default is a serif font and an 8px margin; style.css sets system-ui and 0.
    expect(style.font).toMatch(/system-ui/);
    expect(style.margin).toBe('0px');
    expect(style.sheets.some((h) => h.endsWith('/assets/style.css'))).toBe(true);

    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((el) => ({
        raw: el.getAttribute('href') ?? el.getAttribute('src') ?? '',
        url: (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src,
      })),
    );
    const ids = new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id)));
    const broken: string[] = [];
    let checked = 0;
    for (const { raw, url } of links) {
      const target = new URL(url);
      if (target.protocol !== 'file:') continue;
      checked++;
      const hash = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      target.search = '';
      const abs = fileURLToPath(target);
      if (!existsSync(abs) || !statSync(abs).isFile()) {
        broken.push(`${raw}: ${abs} is not a file`);
        continue;
      }
      if (!hash) continue;
      const targetIds = abs === file ? ids : new Set([...readFileSync(abs, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
      if (!targetIds.has(hash)) broken.push(`${raw}: no id "${hash}" in ${abs}`);
    }
    expect(checked).toBeGreaterThan(10);
    expect(broken).toEqual([]);
    await page.close();
  }, 30_000);

  it('writes desktop and phone screenshots of the home, an article and a source page', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const article = sampleArticle();
    const shots = [
      { name: 'home', path: '' },
      { name: 'article', path: path(article.url) },
      { name: 'source', path: path(article.sourceUrl!) },
    ];
    for (const [device, context] of [['desktop', desktop], ['phone', phone]] as const) {
      for (const shot of shots) {
        const page = await open(context, shot);
        await page.evaluate(() => document.fonts.ready);
        const file = join(SCREENSHOTS, `${shot.name}-${device}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
        expect(statSync(file).size).toBeGreaterThan(10_000);
        await page.close();
      }
    }
  }, 60_000);

  it('passes html-validate on every HTML file', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // `<!doctype html>` is how the HTML standard itself writes it; upper case is only a style preference.
        'doctype-style': 'off',
        // Titles are article headlines as the outlets wrote them; the 70-character limit is an SEO heuristic, not validity.
        'long-title': 'off',
        // The chart legend's swatch colours are data (one per outlet, chosen at build time), not styling a stylesheet could hold.
        'no-inline-style': 'off',
        // From html-validate:document (whole pages, not fragments); its require-sri is left out: every resource is same-origin.
        'heading-level': 'error',
        'input-missing-label': 'error',
        'missing-doctype': 'error',
        'no-missing-references': 'error',
      },
    });
    const files = listTree(out).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(40);
    const messages: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(out, file));
      for (const m of report.results.flatMap((r) => r.messages) as Message[]) {
        messages.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
      }
    }
    expect(messages).toEqual([]);
  }, 60_000);

  it('links only to addresses that answer 200 over HTTP, with every #fragment present', async () => {
    type Fetched = { status: number; html: string | null };
    const fetched = new Map<string, Fetched>();
    const get = async (url: string): Promise<Fetched> => {
      let hit = fetched.get(url);
      if (!hit) {
        const res = await fetch(url, { redirect: 'manual' });
        const isHtml = (res.headers.get('content-type') ?? '').startsWith('text/html');
        hit = { status: res.status, html: isHtml ? await res.text() : (await res.arrayBuffer(), null) };
        fetched.set(url, hit);
      }
      return hit;
    };
    const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));

    const missing = `${server.url}no-such-page/`;
    // The 404 page answers any address with status 404, and its base-path links must work from there.
    const queue = [server.url, missing];
    const crawled = new Set(queue);
    const broken: string[] = [];
    let checked = 0;
    while (queue.length) {
      const pageUrl = queue.shift()!;
      const page = await get(pageUrl);
      expect(page.status, pageUrl).toBe(pageUrl === missing ? 404 : 200);
      if (page.html === null) continue;
      for (const link of linksIn(page.html)) {
        const target = new URL(link, pageUrl);
        if (target.protocol !== 'http:' || target.origin !== server.origin) continue;
        checked++;
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${pageUrl} -> ${link}: outside ${BASE}`);
          continue;
        }
        const hash = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        const url = target.href;
        // A fragment of the page itself (the 404 page's skip link) needs no second request.
        const answer = url === pageUrl ? { ...page, status: 200 } : await get(url);
        if (answer.status !== 200) broken.push(`${pageUrl} -> ${link}: HTTP ${answer.status}`);
        else if (hash && !(answer.html !== null && idsOf(answer.html).has(hash))) broken.push(`${pageUrl} -> ${link}: no id "${hash}"`);
        if (answer.html !== null && !crawled.has(url)) {
          crawled.add(url);
          queue.push(url);
        }
      }
    }
    expect(broken).toEqual([]);
    // Every HTML page of the build is reachable by following links (the 404 page through its own address).
    const pages = listTree(out).filter((f) => f.endsWith('.html') && f !== '404.html');
    const reached = new Set([...crawled].map((u) => new URL(u).pathname.slice(BASE.length).replace(/(^|\/)$/, '$1index.html')));
    expect(pages.filter((p) => !reached.has(p))).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  }, 60_000);

  it('saw no console errors, page errors, failed requests or error responses on any page above', () => {
    expect(problems).toEqual([]);
  });
});
