/**
 * `dateline serve`'s live update: a file added, edited or deleted is
 * published by rewriting only what changed, and the site folder is then
 * byte-identical to a full build of the same folder (search index aside,
 * which the full build that follows rewrites). Also: the page renderer it
 * uses gives exactly Eleventy's pages. All articles are fictional.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions, type BuildResult } from '../../src/cli/build.ts';
import { LiveArchive } from '../../src/cli/live.ts';
import { coverageMemo } from '../../src/archive/coverage.ts';
import { loadTemplates, sitePages } from '../../src/site/pages.ts';
import { cleanupTemp, listTree, makeArchive, makeTempDir } from '../helpers/archive.ts';
import type { Report } from '../../src/archive/types.ts';

const article = (outlet: string, headline: string, date: string, lines: string[]) => `${headline}\nBy Staff Reporter\n${date}\n${lines.join('\n')}\n© 2024 ${outlet}. All rights reserved.\n`;

const FILES = {
  'tide.txt': article('The Harbor Gazette', 'Spring tides flood the lower quay at Port Alden', 'March 4, 2024', [
    'Spring tides pushed sea water over the lower quay at Port Alden on Monday morning, closing the fish market for three hours.',
    'Harbour master Ilse Varga said the tide gauge read forty centimetres above the usual spring high water.',
    'Stallholders moved their ice boxes to the upper quay and reopened shortly after noon.',
  ]),
  'choir.txt': article('Alden Evening Post', 'Town choir wins regional festival with sea shanty medley', 'March 9, 2024', [
    'The Port Alden community choir won the regional festival in Vellmar on Saturday with a medley of old sea shanties.',
    'Conductor Hanne Brisk said the choir had rehearsed in the lifeboat station all winter because the church hall was being rewired.',
    'The prize money will pay for new folders and a bus to the national final in the autumn.',
  ]),
  'road.txt': article('The Harbor Gazette', 'Coast road to close for resurfacing in April', 'March 12, 2024', [
    'The coast road between Port Alden and Marrow Point will close for three weeks in April while it is resurfaced.',
    'The county engineer said a signed diversion would add about twelve minutes to the journey through the hill villages.',
    'Bus services will run to a temporary timetable, which the operator is to publish next week.',
  ]),
};

const BAKERY = article('Alden Evening Post', 'Bakery on Quay Street reopens after fire repairs', 'March 10, 2024', [
  'The bakery on Quay Street reopened on Sunday, eight months after a fire in its flue closed the shop.',
  'Owner Petra Lindgaard said regulars had queued from six in the morning for the first batch of rye loaves.',
  'The repairs were paid for by insurance and a collection organised by neighbouring shops.',
]);

/** Every file of a site folder but the search index (rewritten by the full build) and the build marker. */
function siteFiles(dir: string): Map<string, string> {
  const files = listTree(dir).filter((f) => !f.startsWith('pagefind/') && f !== '.dateline-output');
  return new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('live update (dateline serve)', () => {
  let articlesDir: string;
  let options: BuildOptions;
  let first: BuildResult;
  let live: LiveArchive;

  /** A fresh full build of the articles folder as it is now, in its own folder. */
  async function fullBuild(): Promise<Map<string, string>> {
    const outDir = join(makeTempDir(), 'site');
    await build({ ...options, outDir, reportFile: join(outDir, '..', 'report.json'), cacheDir: null });
    return siteFiles(outDir);
  }

  function expectSameFiles(actual: Map<string, string>, expected: Map<string, string>) {
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [file, text] of expected) expect(actual.get(file), file).toBe(text);
  }

  beforeAll(async () => {
    register();
    articlesDir = makeArchive(FILES);
    const root = makeTempDir();
    options = { articlesDir, outDir: join(root, 'site'), reportFile: join(root, 'report.json'), basePath: '/', title: 'Live test', maxBytes: 1e6, cacheDir: join(root, 'cache'), quiet: true };
    first = await build(options);
    live = await LiveArchive.open(options, coverageMemo(first.report));
  }, 120_000);
  afterAll(cleanupTemp);

  it('renders every page exactly as Eleventy wrote it', async () => {
    const templates = await loadTemplates();
    const pages = [...sitePages(templates, first.model)];
    const written = listTree(options.outDir).filter((f) => /\.(html|xml|json)$/.test(f) && !f.startsWith('pagefind/'));
    expect(pages.map((p) => p.path).sort()).toEqual(written);
    for (const page of pages) expect(page.render(), page.path).toBe(readFileSync(join(options.outDir, page.path), 'utf8'));
  });

  it('publishes a dropped-in file: its page, its listings and the report, as a full build would', async () => {
    writeFileSync(join(articlesDir, 'bakery.txt'), BAKERY);
    const update = live.update(['bakery.txt']);
    expect(update.files).toEqual([{ file: 'bakery.txt', url: '/2024/03/10/bakery-on-quay-street-reopens-after-fire-repairs/', why: null }]);
    expect(update.written).toContain('2024/03/10/bakery-on-quay-street-reopens-after-fire-repairs/index.html');
    // Its neighbours in the timeline link to it; the unrelated story pages are not rewritten.
    expect(update.written).toContain('2024/03/09/town-choir-wins-regional-festival-with-sea-shanty-medley/index.html');
    expect(update.written).not.toContain('2024/03/04/spring-tides-flood-the-lower-quay-at-port-alden/index.html');
    const report = JSON.parse(readFileSync(options.reportFile!, 'utf8')) as Report;
    expect(report.files.find((f) => f.file === 'bakery.txt')?.status).toBe('published');
    expectSameFiles(siteFiles(options.outDir), await fullBuild());
  }, 120_000);

  it('moves an edited article whose headline changed, and removes the old page', async () => {
    writeFileSync(join(articlesDir, 'road.txt'), FILES['road.txt'].replace('Coast road to close for resurfacing in April', 'Coast road resurfacing put back to May'));
    const update = live.update(['road.txt']);
    expect(update.files.map((f) => f.url)).toEqual(['/2024/03/12/coast-road-resurfacing-put-back-to-may/']);
    expect(update.removed).toContain('2024/03/12/coast-road-to-close-for-resurfacing-in-april/index.html');
    expectSameFiles(siteFiles(options.outDir), await fullBuild());
  }, 120_000);

  it('unpublishes a deleted file and drops the folders it leaves empty', async () => {
    unlinkSync(join(articlesDir, 'tide.txt'));
    const update = live.update(['tide.txt']);
    expect(update.files).toEqual([{ file: 'tide.txt', url: null, why: 'deleted' }]);
    expect(update.removed).toContain('2024/03/04/spring-tides-flood-the-lower-quay-at-port-alden/original.txt');
    const report = JSON.parse(readFileSync(options.reportFile!, 'utf8')) as Report;
    expect(report.files.map((f) => f.file)).not.toContain('tide.txt');
    const files = siteFiles(options.outDir);
    expect([...files.keys()].some((f) => f.startsWith('2024/03/04/'))).toBe(false);
    expectSameFiles(files, await fullBuild());
  }, 120_000);

  it('reports a dropped-in file it cannot publish, with what to do', async () => {
    writeFileSync(join(articlesDir, 'huge.txt'), `${FILES['choir.txt']}${'x'.repeat(1_100_000)}`);
    const update = live.update(['huge.txt']);
    expect(update.files[0]!.url).toBeNull();
    expect(update.files[0]!.why).toMatch(/^rejected: .*over the 1\.0 MB limit.*--max-size/);
    const report = JSON.parse(readFileSync(options.reportFile!, 'utf8')) as Report;
    expect(report.files.find((f) => f.file === 'huge.txt')?.status).toBe('rejected');
    expectSameFiles(siteFiles(options.outDir), await fullBuild());
  }, 120_000);

  it('makes the next full build render again instead of trusting the site as up to date', async () => {
    const next = await build(options);
    expect(next.upToDate).toBe(false);
  }, 120_000);
});

describe('live update of an archive whose search index is split', () => {
  /** The bundles the search page queries, as it links them (relative to /search/). */
  function searchBundles(outDir: string): string[] {
    const html = readFileSync(join(outDir, 'search/index.html'), 'utf8');
    return /data-pagefind="([^"]*)"/.exec(html)![1]!.split(' ');
  }
  const onDisk = (outDir: string, bundles: string[]) => bundles.filter((b) => existsSync(join(outDir, 'search', b)));

  it('keeps the search page on the bundles the last full build wrote', async () => {
    register();
    const articlesDir = makeArchive(FILES);
    const root = makeTempDir();
    // Two bundles from four articles on: the fourth, in a new month, makes the next full build split the index.
    const options: BuildOptions = { articlesDir, outDir: join(root, 'site'), reportFile: join(root, 'report.json'), basePath: '/', title: 'Split test', maxBytes: 1e6, cacheDir: null, quiet: true, searchShardLimits: { maxArticles: 2, splitFrom: 4 } };
    const first = await build(options);
    const live = await LiveArchive.open(options, coverageMemo(first.report));
    expect(searchBundles(options.outDir)).toEqual(['../pagefind/pagefind.js']);

    writeFileSync(join(articlesDir, 'bakery.txt'), BAKERY.replace('March 10, 2024', 'April 10, 2024'));
    expect(live.update(['bakery.txt']).files[0]!.url).toBe('/2024/04/10/bakery-on-quay-street-reopens-after-fire-repairs/');
    const before = searchBundles(options.outDir);
    expect(onDisk(options.outDir, before)).toEqual(before);
    expect(before).toEqual(['../pagefind/pagefind.js']);

    // The full build that follows splits the index; later live updates name its bundles.
    const full = await build({ ...options, force: true });
    live.settle(coverageMemo(full.report), live.snapshot());
    writeFileSync(join(articlesDir, 'road.txt'), FILES['road.txt'].replace('three weeks', 'four weeks'));
    live.update(['road.txt']);
    const after = searchBundles(options.outDir);
    expect(after).toEqual(['../pagefind/1/pagefind.js', '../pagefind/2/pagefind.js']);
    expect(onDisk(options.outDir, after)).toEqual(after);
  }, 120_000);
});
