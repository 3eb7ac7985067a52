/**
 * End-to-end: a small, messy articles folder through the programmatic
 * build() into a site folder, checked page by page. All articles are fictional.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, BuildError, type BuildOptions, type BuildResult } from '../../src/cli/build.ts';
import type { Report, ReportEntry } from '../../src/archive/types.ts';
import { between, checkLinks, cleanupTemp, escapeText, isInternal, linksIn, listTree, makeArchive, makeTempDir, targetOf } from '../helpers/archive.ts';

const FERRY = `Home
News
Sport
Weather
Ferry service to Gull Island resumes after winter repairs
Islanders welcome the return of the daily crossing
By Tomas Wrenfield
March 3, 2023
The ferry between Port Alden and Gull Island resumed its daily crossings on Friday after three months of repairs to the landing stage at the island harbour.
Harbour master Ilse Varga said the new landing stage could take the larger vessel in all but the worst weather, ending the cancellations that islanders had complained about for years.
"We kept the island supplied by fishing boat for most of the winter, which nobody wants to do again," Varga said.
The first crossing of the morning carried forty passengers, two delivery vans and a flock of sheep returning from winter grazing on the mainland.
© 2023 The Harbor Gazette. All rights reserved.
`;

const LIBRARY = `Library extension opens in Port Alden with a new reading garden
By Mara Quillon
June 14, 2023
The Port Alden public library opened its long-awaited extension on Wednesday, adding a children's wing, a small theatre and a walled reading garden on the old coal yard.
Head librarian Oskar Penhallow said visitor numbers had doubled in the first week of a soft opening earlier this month.
"People come for the garden and stay for the books, which is exactly what we hoped," Penhallow said.
The extension was paid for by a bequest from a retired lighthouse keeper who left his estate to the town on condition that it be spent on reading.
`;

// The text says March 3 and names The Harbor Gazette; the front-matter corrects both.
const CORRECTED = `---
source: Alden Evening Post
date: 2023-04-01
---
Harbour bridge reopens to traffic after spring inspection
By Pim Castellane
March 3, 2023
The swing bridge over Alden harbour reopened to cars and cyclists on Saturday after a two-week inspection found no serious damage to its turning gear.
Engineers replaced two worn bearings and repainted the railings, the harbour board said in a statement.
Local shopkeepers said the closure had cut trade on the quay by almost half during the inspection weeks.
© 2023 The Harbor Gazette. All rights reserved.
`;

const ROWING = `Rowing club celebrates a new boathouse on the estuary
Members of the Alden Rowing Club carried their boats into a new boathouse on the estuary this weekend after years of storing them in a borrowed barn.
Club captain Rhea Dunmore said the building would let the club take on juniors from the town's schools for the first time.
"We have waited a long time for a proper home on the water," Dunmore said, as members raised the club flag above the door.
The boathouse was built by volunteers over two summers with timber donated by a local yard.
`;

const MUSEUM = `Lighthouse keepers' cottage becomes a museum of the coast
By Edda Marrow
May 9, 2023
The old keepers' cottage below the Gull Point lighthouse opened on Tuesday as a museum of coastal life, with rooms of fishing gear, ship models and logbooks.
Volunteers spent two winters cataloguing the objects, most of them lent by families whose grandparents worked the lamp or the boats below it.
"Every object here has a name attached to it, and usually a story," said curator Bo Lindqvist.
© 2023 The Harbor Gazette. All rights reserved.
`;

const MARKUP = `Council publishes its notes on the harbour web page dispute
By Lotte Hazelby
April 20, 2023
Councillors were shown a page that contained the text <script>alert(1)</script> where the harbour timetable should have been, the report said.
The contractor said a template fragment such as {{ 7*7 }} and the marker {% raw %} had been pasted into the page by mistake during testing.
The council said no visitor data had been exposed and the page was fixed the same afternoon.
© 2023 The Harbor Gazette. All rights reserved.
`;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

const FILES: Record<string, string | Buffer> = {
  'ferry.txt': FERRY,
  'ferry_copy.txt': FERRY,
  'harbor-gazette/library.txt': LIBRARY,
  'corrected.txt': CORRECTED,
  'rowing.txt': ROWING,
  'index.txt': MUSEUM,
  'markup.txt': MARKUP,
  'empty.txt': '',
  'photo.png': PNG,
};

interface Expected {
  headline: string;
  source: string | null;
  date: string | null;
}

/** What each published file says about itself. */
const PUBLISHED: Record<string, Expected> = {
  'ferry.txt': { headline: 'Ferry service to Gull Island resumes after winter repairs', source: 'The Harbor Gazette', date: '2023-03-03' },
  'harbor-gazette/library.txt': { headline: 'Library extension opens in Port Alden with a new reading garden', source: 'Harbor Gazette', date: '2023-06-14' },
  'corrected.txt': { headline: 'Harbour bridge reopens to traffic after spring inspection', source: 'Alden Evening Post', date: '2023-04-01' },
  'rowing.txt': { headline: 'Rowing club celebrates a new boathouse on the estuary', source: null, date: null },
  'index.txt': { headline: "Lighthouse keepers' cottage becomes a museum of the coast", source: 'The Harbor Gazette', date: '2023-05-09' },
  'markup.txt': { headline: 'Council publishes its notes on the harbour web page dispute', source: 'The Harbor Gazette', date: '2023-04-20' },
};

const REJECTED: Record<string, string> = { 'empty.txt': 'decode/empty', 'photo.png': 'decode/binary' };

function options(articlesDir: string, outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return { articlesDir, outDir, reportFile: null, basePath: '/', title: 'Harbour Archive', maxBytes: 5e6, quiet: true, ...extra };
}

function entry(report: Report, file: string): ReportEntry {
  const found = report.files.find((f) => f.file === file);
  if (!found) throw new Error(`${file} is not in the report`);
  return found;
}

function urlOf(report: Report, file: string): string {
  const url = entry(report, file).url;
  if (!url) throw new Error(`${file} has no url in the report`);
  return url;
}

/** Site URLs (/YYYY/MM/DD/slug/, /undated/slug/) of the articles a page links to; `pagePath` is the page's place in the output. */
function articleLinks(page: string, pagePath: string): Set<string> {
  const targets = linksIn(page)
    .filter(isInternal)
    .map((l) => targetOf(l, pagePath))
    .filter((t): t is string => t !== null)
    .map((t) => `/${t.replace(/index\.html$/, '')}`);
  return new Set(targets.filter((u) => /^\/(?:\d{4}\/\d{2}\/\d{2}|undated)\/[^/]+\/$/.test(u)));
}

// build() hands .eleventy.ts and the 11ty.ts templates to Eleventy, which
// loads them with Node's own import(); the CLI registers tsx for that
// (src/cli/bin.mjs), and so must a test that calls build() directly.
register();

afterAll(() => cleanupTemp());

describe('build() of a messy archive', () => {
  let articles: string;
  let out: string;
  let reportPath: string;
  let result: BuildResult;
  let report: Report;

  beforeAll(async () => {
    articles = makeArchive(FILES);
    const work = makeTempDir();
    out = join(work, 'site');
    reportPath = join(work, 'report.json');
    result = await build(options(articles, out, { reportFile: reportPath }));
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  }, 60_000);

  it('accounts for every input file exactly once in the report', () => {
    const files = report.files.map((f) => f.file);
    expect([...files].sort()).toEqual(Object.keys(FILES).sort());
    expect(new Set(files).size).toBe(files.length);
  });

  it('gives each file the right status', () => {
    const status = Object.fromEntries(report.files.map((f) => [f.file, f.status]));
    expect(status).toEqual({
      ...Object.fromEntries(Object.keys(PUBLISHED).map((f) => [f, 'published'])),
      ...Object.fromEntries(Object.keys(REJECTED).map((f) => [f, 'rejected'])),
      'ferry_copy.txt': 'duplicate',
    });
  });

  it('points the exact copy at the file that has the page', () => {
    const copy = entry(report, 'ferry_copy.txt');
    expect(copy.duplicateOf).toBe('ferry.txt');
    expect(copy.url).toBeNull();
    expect(entry(report, 'ferry.txt').duplicateOf).toBeUndefined();
  });

  it('reports rejected files with the rule that refused them', () => {
    for (const [file, rule] of Object.entries(REJECTED)) {
      const e = entry(report, file);
      expect(e.url).toBeNull();
      expect(e.problems.map((p) => p.rule)).toContain(rule);
      expect(e.problems.find((p) => p.rule === rule)?.severity).toBe('error');
    }
  });

  it('reports headline, source and date of each published file', () => {
    for (const [file, want] of Object.entries(PUBLISHED)) {
      const e = entry(report, file);
      expect({ file, headline: e.headline, source: e.source, date: e.date }).toEqual({ file, ...want });
    }
  });

  it('gives dated articles /YYYY/MM/DD/<slug>/ URLs and undated ones /undated/<slug>/', () => {
    for (const [file, want] of Object.entries(PUBLISHED)) {
      const url = urlOf(report, file);
      const prefix = want.date ? `/${want.date.replace(/-/g, '/')}/` : '/undated/';
      expect(url.startsWith(prefix), `${file}: ${url}`).toBe(true);
      expect(url.slice(prefix.length)).toMatch(/^[a-z0-9-]+\/$/);
    }
  });

  it('writes a page for each published article with headline, source and date', () => {
    for (const [file, want] of Object.entries(PUBLISHED)) {
      const url = urlOf(report, file);
      const path = join(out, url, 'index.html');
      expect(existsSync(path), path).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page).toContain(`<h1>${escapeText(want.headline)}</h1>`);
      if (want.source) expect(page).toContain(escapeText(want.source));
      if (want.date) expect(page).toContain(`<time class="date" datetime="${want.date}"`);
      else expect(page).not.toMatch(/<time[^>]*datetime=/);
    }
  });

  it('links the home page to every dated article (a small archive is all "latest") and to nothing else', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const expected = new Set(Object.keys(PUBLISHED).filter((f) => PUBLISHED[f]!.date).map((f) => urlOf(report, f)));
    expect(articleLinks(home, 'index.html')).toEqual(expected);
  });

  it('puts the undated article on the undated page, and only it, linked from the home page', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(linksIn(home)).toContain('undated/index.html');
    const lane = readFileSync(join(out, 'undated', 'index.html'), 'utf8');
    expect(articleLinks(lane, 'undated/index.html')).toEqual(new Set([urlOf(report, 'rowing.txt')]));
  });

  it('lists each dated article on its year and month pages, under its day', () => {
    for (const [file, want] of Object.entries(PUBLISHED)) {
      if (!want.date) continue;
      const [y, m] = [want.date.slice(0, 4), want.date.slice(5, 7)];
      const month = readFileSync(join(out, y, m, 'index.html'), 'utf8');
      expect(articleLinks(between(month, `id="d${want.date}"`, '</section>'), `${y}/${m}/index.html`)).toContain(urlOf(report, file));
      expect(articleLinks(readFileSync(join(out, y, 'index.html'), 'utf8'), `${y}/index.html`)).toContain(urlOf(report, file));
    }
  });

  it('writes a page per source that links to its articles', () => {
    const index = readFileSync(join(out, 'sources', 'index.html'), 'utf8');
    const bySource = new Map<string, string[]>();
    for (const [file, want] of Object.entries(PUBLISHED)) {
      if (want.source) bySource.set(want.source, [...(bySource.get(want.source) ?? []), urlOf(report, file)]);
    }
    expect(bySource.size).toBe(3);
    for (const [name, urls] of bySource) {
      const link = new RegExp(`<a href="([^"]+)">${escapeText(name)}</a>`).exec(index);
      expect(link, `sources index links to ${name}`).not.toBeNull();
      const target = targetOf(link![1]!, 'sources/index.html')!;
      const page = readFileSync(join(out, target), 'utf8');
      expect(page).toContain(`<h1>${escapeText(name)}</h1>`);
      expect(articleLinks(page, target)).toEqual(new Set(urls));
    }
  });

  it('lists the rejected files with their reason on the review page', () => {
    const review = readFileSync(join(out, 'review', 'index.html'), 'utf8');
    const items = review.split('<li class="status-').slice(1);
    for (const [file, rule] of Object.entries(REJECTED)) {
      const item = items.find((i) => i.includes(`<code>${file}</code>`));
      expect(item, `${file} on the review page`).toBeDefined();
      expect(item!.startsWith('rejected')).toBe(true);
      expect(item).toContain(rule);
    }
    // The undated article with no source needs a person too.
    expect(items.some((i) => i.includes('<code>rowing.txt</code>'))).toBe(true);
  });

  it('copies each raw original next to its page, byte for byte', () => {
    for (const file of Object.keys(PUBLISHED)) {
      const url = urlOf(report, file);
      const copy = join(out, url, 'original.txt');
      expect(existsSync(copy), copy).toBe(true);
      expect(readFileSync(copy).equals(readFileSync(join(articles, file))), file).toBe(true);
      const page = readFileSync(join(out, url, 'index.html'), 'utf8');
      expect(linksIn(page)).toContain('original.txt');
    }
  });

  it('writes no page for the duplicate or the rejected files', () => {
    const pages = listTree(out).filter((f) => /^(?:\d{4}\/\d{2}\/\d{2}|undated)\/[^/]+\/index\.html$/.test(f));
    expect(pages.length).toBe(Object.keys(PUBLISHED).length);
  });

  it('has no broken internal link on any page', () => {
    const { checked, broken } = checkLinks(out);
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it('lets a front-matter correction win over the text, with front-matter evidence', () => {
    const outcome = result.outcomes.find((o) => o.file === 'corrected.txt');
    expect(outcome?.record?.date).toBe('2023-04-01');
    expect(outcome?.record?.dateCertainty).toBe('explicit');
    expect(outcome?.record?.source).toBe('Alden Evening Post');
    expect(outcome?.record?.evidence.date.rule).toBe('front-matter');
    expect(outcome?.record?.evidence.source.rule).toBe('front-matter');
    const page = readFileSync(join(out, urlOf(report, 'corrected.txt'), 'index.html'), 'utf8');
    expect(page).toContain('datetime="2023-04-01"');
    expect(page).not.toContain('datetime="2023-03-03"');
    // Front-matter keys are not article text.
    expect(between(page, '<div class="body">', '</div>')).not.toContain('source:');
  });

  it('shows markup and template syntax from an article literally', () => {
    const page = readFileSync(join(out, urlOf(report, 'markup.txt'), 'index.html'), 'utf8');
    const body = between(page, '<div class="body">', '</div>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('{{ 7*7 }}');
    expect(body).toContain('{% raw %}');
    expect(body).not.toContain('49');
  });

  it('keeps the timeline as the home page when an article file is named index.txt', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const museum = PUBLISHED['index.txt']!;
    expect(home).not.toContain(`<h1>${escapeText(museum.headline)}</h1>`);
    expect(home).toContain('<h1>Timeline</h1>');
    const url = urlOf(report, 'index.txt');
    expect(url).not.toBe('/');
    expect(articleLinks(home, 'index.html')).toContain(url);
    expect(readFileSync(join(out, url, 'index.html'), 'utf8')).toContain(`<h1>${escapeText(museum.headline)}</h1>`);
  });

  it('marks the folder as Dateline output', () => {
    expect(existsSync(join(out, '.dateline-output'))).toBe(true);
  });

  it('gives a byte-identical site and report when the same input is built again', async () => {
    const work = makeTempDir();
    const out2 = join(work, 'site');
    const report2 = join(work, 'report.json');
    await build(options(articles, out2, { reportFile: report2 }));
    const files = listTree(out);
    expect(listTree(out2)).toEqual(files);
    for (const f of files) expect(readFileSync(join(out2, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    expect(readFileSync(report2, 'utf8')).toBe(readFileSync(reportPath, 'utf8'));
  }, 60_000);
});

describe('build() with a base path', () => {
  const base = '/sub/';
  let out: string;
  let report: Report;

  beforeAll(async () => {
    const articles = makeArchive({ 'ferry.txt': FERRY, 'rowing.txt': ROWING, 'harbor-gazette/library.txt': LIBRARY });
    out = join(makeTempDir(), 'site');
    report = (await build(options(articles, out, { basePath: base }))).report;
  }, 60_000);

  it('links pages by relative paths, except the 404 page, which starts every link with the base path', () => {
    let seen = 0;
    for (const page of listTree(out).filter((f) => f.endsWith('.html'))) {
      for (const link of linksIn(readFileSync(join(out, page), 'utf8')).filter(isInternal)) {
        seen++;
        if (page === '404.html') expect(link.startsWith(base), `${page}: ${link}`).toBe(true);
        else expect(link.startsWith('/'), `${page}: ${link}`).toBe(false);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('writes a feed per source holding only that source\'s dated articles, newest first', () => {
    const feed = JSON.parse(readFileSync(join(out, 'sources', 'the-harbor-gazette', 'feed.json'), 'utf8')) as { title: string; items: Array<{ url: string; authors: Array<{ name: string }>; date_published: string }> };
    expect(feed.title).toContain('The Harbor Gazette');
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.authors).toEqual([{ name: 'The Harbor Gazette' }]);
    const dates = feed.items.map((i) => i.date_published);
    expect(dates).toEqual([...dates].sort().reverse());
    const atom = readFileSync(join(out, 'sources', 'the-harbor-gazette', 'feed.xml'), 'utf8');
    expect(atom.match(/<entry>/g)).toHaveLength(feed.items.length);
  });

  it('puts the base path in feed and sitemap addresses', () => {
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { feed_url: string; items: Array<{ url: string }> };
    expect(feed.feed_url).toBe(`${base}feed.json`);
    for (const item of feed.items) expect(existsSync(join(out, item.url.slice(base.length), 'index.html')), item.url).toBe(true);
    const locs = [...readFileSync(join(out, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(5);
    for (const loc of locs) expect(existsSync(join(out, loc.slice(base.length), 'index.html')), loc).toBe(true);
  });

  it('has no broken internal link once the base path is mapped to the output folder', () => {
    const { checked, broken } = checkLinks(out, base);
    expect(checked).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('reports URLs under the base path, with pages written at the output root', () => {
    for (const f of report.files) {
      expect(f.url?.startsWith(base), f.file).toBe(true);
      expect(existsSync(join(out, f.url!.slice(base.length), 'index.html')), f.file).toBe(true);
    }
  });
});

describe('build() output folder safety', () => {
  it('refuses a non-empty folder Dateline did not make and leaves it untouched', async () => {
    const articles = makeArchive({ 'ferry.txt': FERRY });
    const work = makeTempDir();
    const out = join(work, 'my-documents');
    makeArchive({ 'notes.txt': 'Shopping list: rope, tar, lamp oil.\n', 'letters/aunt.txt': 'Dear aunt,\n' }, out);
    const before = listTree(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);

    await expect(build(options(articles, out))).rejects.toThrow(BuildError);
    await expect(build(options(articles, out))).rejects.toThrow(/not empty/);

    expect(listTree(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])).toEqual(before);
    expect(readdirSync(work)).toEqual([basename(out)]);
  }, 60_000);

  it('replaces its own previous build and drops pages of files that were removed', async () => {
    const articles = makeArchive({ 'ferry.txt': FERRY, 'rowing.txt': ROWING });
    const work = makeTempDir();
    const out = join(work, 'site');
    const first = await build(options(articles, out));
    const rowingUrl = first.report.files.find((f) => f.file === 'rowing.txt')?.url;
    expect(rowingUrl).toMatch(/^\/undated\//);
    expect(existsSync(join(out, rowingUrl!, 'index.html'))).toBe(true);

    rmSync(join(articles, 'rowing.txt'));
    mkdirSync(dirname(join(articles, 'harbor-gazette', 'library.txt')), { recursive: true });
    writeFileSync(join(articles, 'harbor-gazette', 'library.txt'), LIBRARY);
    const second = await build(options(articles, out));

    expect(second.report.files.map((f) => f.file)).toEqual(['ferry.txt', 'harbor-gazette/library.txt']);
    expect(existsSync(join(out, rowingUrl!))).toBe(false);
    const libraryUrl = second.report.files.find((f) => f.file === 'harbor-gazette/library.txt')?.url;
    expect(existsSync(join(out, libraryUrl!, 'index.html'))).toBe(true);
    expect(readdirSync(work)).toEqual(['site']);
  }, 60_000);
});

// One event told three ways: a wire story, the same text republished by a
// paper, and a rival outlet's own account a day later; plus an unrelated story.
const WIRE_BODY = `The regional water board of Alden Vale voted on Tuesday to cap household water use at 120 litres a day from next month, after the driest spring in the valley since records began.
Board chair Marit Solvang said the Alden reservoir had fallen to 31 percent of capacity, and that farms would face separate limits agreed with the growers' union.
Households that exceed the cap will pay a surcharge of four crowns per thousand litres, the board said, with exemptions for homes caring for the sick.
The opposition Valley Greens called the surcharge unfair on large families and said the board had ignored leaks that waste a fifth of the supply.
Engineers will begin repairs to the main Tarrow pipeline next week, which the board says should save about nine million litres a day.`;
const WIRE = `Alden Press Service
Alden Vale caps household water use as reservoir falls to 31 percent
ALDEN, June 3, 2025 (APS) - ${WIRE_BODY}
(Reporting by Pell Andersen)
`;
const REPUBLISHED = `The Tarrow Messenger
Home | Region | Sport
Water cap for Alden Vale households from next month
June 3, 2025
${WIRE_BODY.replace('voted on Tuesday', 'voted on Tuesday evening')}
© 2025 The Tarrow Messenger
`;
const RIVAL = `Valley Voice
Greens slam Alden water surcharge as reservoir hits record low
June 4, 2025
The Valley Greens said on Wednesday that a new surcharge on household water in Alden Vale punished large families, a day after the water board approved a daily cap of 120 litres per person.
Marit Solvang, who chairs the board, defended the plan, saying the Alden reservoir stood at 31 percent and the valley could not wait for rain.
The Greens said a fifth of the supply leaks from the Tarrow pipeline and that repairs should have come first. Households over the cap will pay four crowns per thousand litres.
© 2025 Valley Voice
`;
const CONCERT = `Valley Voice
Choir of Alden fills the old tram depot for midsummer concert
June 4, 2025
Three hundred people crowded into the old tram depot on Wednesday evening as the Alden Choir sang its first midsummer concert in the building since it closed to trams.
Conductor Janne Ravik said the acoustics of the brick hall had surprised everyone, and the choir hopes to return every summer.
Tickets sold out within a day, and the depot's new owners said they would add seating before the next event.
`;

// Folders name the outlets, which the built-in registry does not know.
const [WIRE_FILE, COPY_FILE, RIVAL_FILE, CHOIR_FILE] = ['alden-press-service/aps-water.txt', 'the-tarrow-messenger/water.txt', 'valley-voice/water.txt', 'valley-voice/choir.txt'];

describe('build() with stories and republished copies', () => {
  let out: string;
  let report: Report;

  beforeAll(async () => {
    const articles = makeArchive({ [WIRE_FILE]: WIRE, [COPY_FILE]: REPUBLISHED, [RIVAL_FILE]: RIVAL, [CHOIR_FILE]: CONCERT });
    out = join(makeTempDir(), 'site');
    report = (await build(options(articles, out))).report;
  }, 60_000);

  it('gives the three accounts one story id and the concert its own', () => {
    const story = entry(report, WIRE_FILE).story;
    expect(story).toMatch(/^2025-06-03-/);
    expect(entry(report, COPY_FILE).story).toBe(story);
    expect(entry(report, RIVAL_FILE).story).toBe(story);
    expect(entry(report, CHOIR_FILE).story).not.toBe(story);
  });

  it('reports the republished copy with duplicateOf, and keeps both pages', () => {
    const copy = entry(report, COPY_FILE);
    expect(copy.status).toBe('published');
    expect(copy.duplicateOf).toBe(WIRE_FILE);
    expect(copy.problems.map((p) => p.rule)).toContain('archive/republished');
    expect(entry(report, WIRE_FILE).duplicateOf).toBeUndefined();
    expect(entry(report, RIVAL_FILE).duplicateOf).toBeUndefined();
  });

  it('links each copy to the other as "also published by", and to the rest of the story', () => {
    const pageOf = (file: string) => readFileSync(join(out, urlOf(report, file), 'index.html'), 'utf8');
    const wireUrl = urlOf(report, WIRE_FILE);
    const copyUrl = urlOf(report, COPY_FILE);
    const copyPage = pageOf(COPY_FILE);
    expect(articleLinks(between(copyPage, '<h2>Also published by</h2>', '</section>'), `${copyUrl.slice(1)}index.html`)).toEqual(new Set([wireUrl]));
    expect(articleLinks(between(copyPage, '<h2>Other coverage of this story</h2>', '</section>'), `${copyUrl.slice(1)}index.html`)).toEqual(new Set([urlOf(report, RIVAL_FILE)]));
    const wirePage = pageOf(WIRE_FILE);
    expect(articleLinks(between(wirePage, '<h2>Also published by</h2>', '</section>'), `${wireUrl.slice(1)}index.html`)).toEqual(new Set([copyUrl]));
    expect(pageOf(CHOIR_FILE)).not.toContain('Other coverage of this story');
  });

  it('writes a story page listing the coverage oldest first, the first marked', () => {
    const id = entry(report, WIRE_FILE).story!;
    const page = readFileSync(join(out, 'stories', id, 'index.html'), 'utf8');
    const order = [...page.matchAll(/<h2><a href="([^"]+)">/g)].map((m) => `/${targetOf(m[1]!, `stories/${id}/index.html`)!.replace(/index\.html$/, '')}`);
    expect(order.slice(2)).toEqual([urlOf(report, RIVAL_FILE)]);
    expect(new Set(order.slice(0, 2))).toEqual(new Set([urlOf(report, WIRE_FILE), urlOf(report, COPY_FILE)]));
    expect(page.match(/class="first"/g)).toHaveLength(1);
    expect(page).toContain('Republishes the text of Alden Press Service');
  });

  it('shows the story once on the timeline, with all three articles under it', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home.match(/class="story-entry"/g)).toHaveLength(1);
    const entryHtml = between(home, 'class="story-entry"', '</ul></li>');
    expect(articleLinks(entryHtml, 'index.html')).toEqual(new Set([WIRE_FILE, COPY_FILE, RIVAL_FILE].map((f) => urlOf(report, f))));
  });
});

describe('build() with a parse cache', () => {
  let articles: string;
  let out: string;
  let cacheDir: string;

  beforeAll(() => {
    articles = makeArchive({ 'ferry.txt': FERRY, 'rowing.txt': ROWING, 'harbor-gazette/library.txt': LIBRARY });
    const work = makeTempDir();
    out = join(work, 'site');
    cacheDir = join(work, 'cache');
  });

  it('parses every file on the first build and none on an unchanged second, which renders nothing', async () => {
    const first = await build(options(articles, out, { cacheDir }));
    expect(first.files).toEqual({ parsed: 3, cached: 0 });
    expect(first.upToDate).toBe(false);
    const before = listTree(out).map((f) => [f, readFileSync(join(out, f)).toString('base64')]);
    const second = await build(options(articles, out, { cacheDir }));
    expect(second.files).toEqual({ parsed: 0, cached: 3 });
    expect(second.upToDate).toBe(true);
    expect(second.report).toEqual(first.report);
    expect(listTree(out).map((f) => [f, readFileSync(join(out, f)).toString('base64')])).toEqual(before);
  }, 60_000);

  it('parses only the changed file, and the site shows the change', async () => {
    writeFileSync(join(articles, 'rowing.txt'), ROWING.replace('boathouse', 'clubhouse'));
    const result = await build(options(articles, out, { cacheDir }));
    expect(result.files).toEqual({ parsed: 1, cached: 2 });
    expect(result.upToDate).toBe(false);
    expect(readFileSync(join(out, urlOf(result.report, 'rowing.txt'), 'index.html'), 'utf8')).toContain('clubhouse');
  }, 60_000);

  it('parses everything again when the outlet registry changes, since sources depend on it', async () => {
    writeFileSync(join(articles, 'outlets.json'), JSON.stringify({ version: 1, outlets: [{ name: 'Estuary Rowing News', kind: 'outlet' }] }));
    const result = await build(options(articles, out, { cacheDir }));
    expect(result.files).toEqual({ parsed: 3, cached: 0 });
  }, 60_000);

  it('gives the same site with and without the cache', async () => {
    const fresh = join(makeTempDir(), 'site');
    await build(options(articles, fresh));
    await build(options(articles, out, { cacheDir, force: true }));
    const files = listTree(out);
    expect(listTree(fresh)).toEqual(files);
    for (const f of files) expect(readFileSync(join(fresh, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  }, 60_000);
});

describe('build() of a split search index after one article is added', () => {
  const LIMITS = { maxArticles: 3, splitFrom: 2 };
  const dated = (headline: string, date: string) =>
    `${headline}\nBy Ada Morrow\n${date}\nThe harbour board of Port Alden met on a wet morning to hear about ${headline.toLowerCase()}, and agreed to report back within a month.\nMembers said the town's harbour budget could not carry more than one new project this year, whatever the vote.\n© 2023 The Harbor Gazette. All rights reserved.\n`;

  it('indexes only the bundle the new article joins, and gives the site a full build gives', async () => {
    const articles = makeArchive({
      'jan.txt': dated('Harbour wall survey begins', 'January 10, 2023'),
      'feb.txt': dated('Lighthouse keeper retires', 'February 7, 2023'),
      'mar.txt': dated('New buoys for the channel', 'March 14, 2023'),
      'apr.txt': dated('Ferry fares frozen for the summer', 'April 4, 2023'),
    });
    const out = join(makeTempDir(), 'site');
    const first = await build(options(articles, out, { searchShardLimits: LIMITS }));
    expect(first.searchBundles).toEqual({ total: 2, reused: 0 });

    // January's bundle changes; March and April's keeps its pages, though their neighbours' links move.
    writeFileSync(join(articles, 'jan-2.txt'), dated('Dredger arrives for the winter works', 'January 24, 2023'));
    const second = await build(options(articles, out, { searchShardLimits: LIMITS }));
    expect(second.searchProblem).toBeNull();
    expect(second.searchBundles).toEqual({ total: 2, reused: 1 });

    const fresh = join(makeTempDir(), 'site');
    const full = await build(options(articles, fresh, { searchShardLimits: LIMITS }));
    expect(full.searchBundles).toEqual({ total: 2, reused: 0 });
    const files = listTree(fresh);
    expect(files.filter((f) => f.startsWith('pagefind/2/')).length).toBeGreaterThan(3);
    expect(listTree(out)).toEqual(files);
    for (const f of files) expect(readFileSync(join(out, f)).equals(readFileSync(join(fresh, f))), f).toBe(true);
  }, 120_000);
});
