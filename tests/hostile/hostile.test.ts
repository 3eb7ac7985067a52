/**
 * Hostile and broken input, end to end: the whole catalogue (catalogue.ts)
 * is written into one articles folder and built once with build(), as the
 * CLI does; then every case and every site-wide promise is checked against
 * the report and the HTML written: nothing executes, nothing escapes the
 * output folder, no script reaches a page, every file is accounted for once,
 * and builds are deterministic and atomic.
 */
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type BuildResult } from '../../src/cli/build.ts';
import type { Report, ReportEntry } from '../../src/archive/types.ts';
import { CASES, MAX_BYTES, PWNED_MARKERS, type HostileCase } from './catalogue.ts';
import { register } from 'tsx/esm/api';

const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

// Eleventy imports .eleventy.ts and the 11ty.ts templates itself, with Node's
// loader: register tsx as the CLI (src/cli/bin.mjs) does.
register();

// Lets one build's Eleventy step fail after it has written its pages, to
// check that a failed build leaves the previous site whole. Off by default.
const eleventyStep = vi.hoisted(() => ({ fail: false }));
vi.mock('@11ty/eleventy', async (importOriginal) => {
  const Real = (await importOriginal<typeof import('@11ty/eleventy')>()).default;
  class FailingWhenAsked extends Real {
    override async write(): Promise<unknown> {
      const written = await super.write();
      if (eleventyStep.fail) throw new Error('simulated failure in the Eleventy step');
      return written;
    }
  }
  return { default: FailingWhenAsked };
});

const TIMEOUT = 120_000;

/** Every entry below `dir` (not following links): path -> content hash, or link target. */
function listing(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out.set(r, `-> ${readlinkSync(p)}`);
      else if (st.isDirectory()) {
        out.set(`${r}/`, 'dir');
        walk(p, r);
      } else out.set(r, createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir, '');
  return out;
}

function writeCatalogue(articlesDir: string, cases: HostileCase[]): void {
  for (const c of cases) {
    const path = join(articlesDir, c.file);
    mkdirSync(dirname(path), { recursive: true });
    if (c.symlinkTo) symlinkSync(c.symlinkTo, path);
    else writeFileSync(path, c.bytes);
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00A0' };
function decodeEntities(text: string): string {
  return text
    .replace(/&(lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** What a reader sees: tags stripped, entities decoded. Escaped markup in the text survives as text. */
function visibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

/** Tags our templates (pages, build-time SVG charts, the search form) and markdown-it (html off) may write; anything else came from input. */
const ALLOWED_TAGS = new Set(
  ('html head meta title link body a header nav main footer p h1 h2 h3 h4 h5 h6 section small time ul ol li span abbr article div details summary table thead tbody tr th td code pre strong em blockquote hr br img del s ' +
    'figure figcaption svg rect line polyline text form label input select option button noscript mark').split(' '),
);
/** The only links our pages carry in <head>: the stylesheet, the feeds and the canonical address. */
const HEAD_LINK = /^\s+rel="(?:stylesheet" href="(?:\/|(?:\.\.\/)*)assets\/style\.css|alternate" type="application\/(?:atom\+xml|feed\+json)" title="[^"<>]*" href="(?:\/|(?:\.\.\/)*)(?:sources\/[a-z0-9-]+\/)?feed\.(?:xml|json)|canonical" href="https:\/\/[^"<>]*)"\s*$/;
/** Our own scripts: JSON-LD data (valid JSON, no "<" that could end the element) and the search page's module. */
const OWN_SCRIPT = /<script type="application\/ld\+json">([^<]*)<\/script>|<script type="module" src="(?:\.\.\/)+assets\/search\.js"><\/script>/g;

function withoutOwnScripts(html: string): { rest: string; bad: string[] } {
  const bad: string[] = [];
  const rest = html.replace(OWN_SCRIPT, (whole, json: string | undefined) => {
    if (json !== undefined) {
      try {
        JSON.parse(json);
      } catch {
        bad.push(`JSON-LD that is not JSON: ${whole.slice(0, 60)}`);
      }
    }
    return '';
  });
  return { rest, bad };
}
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
/** Attribute names, skipping over quoted values (escaped text inside a value is no attribute). */
const ATTR = /\s([^\s"'>\/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;
const URL_ATTR = /\s(?:href|src|action|formaction|srcset|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** Reasons a written HTML page could run script or load something it should not; empty when safe. */
function unsafeParts(page: string): string[] {
  const { rest: html, bad: found } = withoutOwnScripts(page);
  for (const needle of ['<script', '<iframe', '<style', '<object', '<embed', '<base', '<foreignobject', '<use']) {
    if (html.toLowerCase().includes(needle)) found.push(`raw ${needle}`);
  }
  for (const m of html.matchAll(TAG)) {
    const [tag, name = '', attrs = ''] = m;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) found.push(`tag ${tag}`);
    const names = [...attrs.matchAll(ATTR)].map((a) => (a[1] ?? '').toLowerCase());
    if (names.some((n) => n.startsWith('on'))) found.push(`handler in ${tag}`);
    if (names.includes('http-equiv') || names.includes('srcdoc')) found.push(`http-equiv or srcdoc in ${tag}`);
    if (name.toLowerCase() === 'link' && !HEAD_LINK.test(attrs)) found.push(`link ${tag}`);
    for (const u of attrs.matchAll(URL_ATTR)) {
      // Browsers ignore control characters and whitespace inside a scheme.
      const url = decodeEntities(u[1] ?? u[2] ?? u[3] ?? '').replace(/[\u0000-\u0020\u007F]/g, '').toLowerCase();
      if (/^(?:javascript|vbscript|data|file):/.test(url)) found.push(`url ${url.slice(0, 40)} in ${tag}`);
    }
  }
  return found;
}

function htmlFiles(dir: string): string[] {
  return [...listing(dir).keys()].filter((p) => p.endsWith('.html'));
}

let root = '';
let articlesDir = '';
let outDir = '';
let reportFile = '';
let options: BuildOptions;
let first: BuildResult;
let report: Report;
let before: Map<string, string>;
let afterFirst: Map<string, string>;
let afterSecond: Map<string, string>;
let reportBytes: Buffer;
let secondReportBytes: Buffer;

const entriesFor = (file: string): ReportEntry[] => report.files.filter((f) => f.file === file);
const entry = (file: string): ReportEntry => {
  const found = entriesFor(file);
  expect(found, `report entries for ${JSON.stringify(file)}`).toHaveLength(1);
  return found[0]!;
};
const page = (url: string): string => readFileSync(join(outDir, url, 'index.html'), 'utf8');

beforeAll(async () => {
  for (const marker of PWNED_MARKERS) rmSync(join(tmpdir(), marker), { force: true });
  root = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
  articlesDir = join(root, 'articles');
  outDir = join(root, 'out');
  reportFile = join(root, 'report.json');
  mkdirSync(articlesDir);
  writeCatalogue(articlesDir, CASES);
  before = listing(root);
  options = { articlesDir, outDir, reportFile, basePath: '/', title: 'Hostile archive', maxBytes: MAX_BYTES, quiet: true };

  first = await build(options);
  report = first.report;
  afterFirst = listing(root);
  reportBytes = readFileSync(reportFile);

  // The same folder rendered again over the first output, for determinism.
  await build({ ...options, force: true });
  afterSecond = listing(root);
  secondReportBytes = readFileSync(reportFile);
}, TIMEOUT);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('hostile catalogue: each case', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const e = entry(c.reportedAs ?? c.file);
      expect(e.status).toBe(c.expect);
      const rules = e.problems.map((p) => p.rule);
      for (const rule of c.rules ?? []) expect(rules, `rules reported for ${c.file}`).toContain(rule);
      for (const [rule, line] of Object.entries(c.lines ?? {})) {
        expect(e.problems.filter((p) => p.rule === rule).map((p) => p.line), `line of ${rule}`).toContain(line);
      }
      if (c.report) {
        for (const [k, v] of Object.entries(c.report)) expect(e[k as keyof ReportEntry], `report.${k}`).toEqual(v);
      }

      if (c.expect !== 'published') {
        // Not published: no page, and a reason a person can act on.
        expect(e.url).toBeNull();
        expect(e.problems.length).toBeGreaterThan(0);
        expect(e.problems.every((p) => p.message.length > 20)).toBe(true);
        if (c.expect === 'rejected') expect(e.problems.some((p) => p.severity === 'error')).toBe(true);
        if (c.expect === 'duplicate') {
          expect(e.duplicateOf).toBe(c.duplicateOf);
          expect(e.problems.find((p) => p.rule === 'archive/duplicate')?.message).toContain(c.duplicateOf!);
        }
        return;
      }

      // Published: its own page at a dated or undated address, the original beside it, nothing unsafe.
      expect(e.url).toMatch(/^\/(?:\d{4}\/\d{2}\/\d{2}|undated)\/[a-z0-9-]+\/$/);
      const html = page(e.url!);
      expect(unsafeParts(html)).toEqual([]);
      const text = visibleText(html);
      expect(text).toContain(e.headline!);
      expect(readFileSync(join(outDir, e.url!, 'original.txt')).equals(Buffer.from(c.bytes))).toBe(true);
      for (const s of c.textIncludes ?? []) expect(text, `page of ${c.file}`).toContain(s);
      for (const s of c.textExcludes ?? []) expect(text, `page of ${c.file}`).not.toContain(s);
    });
  }
});

describe('hostile catalogue: the whole archive', () => {
  it('the report has every input file exactly once, and nothing else', () => {
    const reported = report.files.map((f) => f.file).sort();
    const inputs = [...new Set(CASES.map((c) => c.reportedAs ?? c.file))].sort();
    expect(reported).toEqual(inputs);
    expect(new Set(reported).size).toBe(reported.length);
    // The report written to disk is the same report.
    expect((JSON.parse(reportBytes.toString('utf8')) as Report).files).toEqual(report.files);
  });

  it('published articles each have their own address', () => {
    const urls = report.files.filter((f) => f.status === 'published').map((f) => f.url);
    expect(urls.length).toBe(CASES.filter((c) => c.expect === 'published').length);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('no page of the site carries script, handlers, frames or script URLs', () => {
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(CASES.length / 2);
    const unsafe = pages.map((p) => ({ p, found: unsafeParts(readFileSync(join(outDir, p), 'utf8')) })).filter((x) => x.found.length > 0);
    expect(unsafe).toEqual([]);
  });

  it('template syntax is shown literally, never evaluated', () => {
    const e = entry('exec/template-tags.txt');
    const html = page(e.url!);
    expect(visibleText(html)).toContain('{{ 7*7 }}');
    expect(html).not.toContain('49');
    // The headline carries it into the timeline, the title and the review list too.
    expect(visibleText(readFileSync(join(outDir, 'index.html'), 'utf8'))).toContain('Council budget {{ 7*7 }} vote delayed');
    expect(html).toContain('<title>Council budget {{ 7*7 }} vote delayed');
  });

  it('headlines with markup are escaped in the title, the timeline, neighbours, feeds and JSON-LD', () => {
    const e = entry('markup-headline.txt');
    const raw = '<script>alert("headline")</script> Barge <b>seized</b> & "held" <img src=x onerror=alert(3)>';
    const escaped = '&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt; Barge &lt;b&gt;seized&lt;/b&gt; &amp; &quot;held&quot;';
    const html = page(e.url!);
    expect(html).toContain(`<title>${escaped}`);
    expect(html).toContain(`<h1>${escaped}`);
    expect(readFileSync(join(outDir, '2023', '03', 'index.html'), 'utf8')).toContain(escaped);
    expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain(`<title>${escaped}`);
    const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8')) as { items: Array<{ title: string }> };
    expect(feed.items.map((i) => i.title)).toContain(raw);
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
    expect((JSON.parse(ld![1]!) as { headline: string }).headline).toBe(raw);
    const fm = entry('markup-frontmatter.txt');
    const sourcePage = readFileSync(join(outDir, 'sources', 'index.html'), 'utf8');
    expect(visibleText(sourcePage)).toContain('<script>alert(5)</script> Gazette');
    expect(visibleText(page(fm.url!))).toContain('by <img src=x onerror=alert(6)>');
  });

  it('articles saved under reserved names get their own pages; the site pages stay', () => {
    for (const base of ['index', '404', 'feed', 'sitemap', 'search', 'review', 'sources']) {
      const e = entry(`${base}.txt`);
      expect(e.status).toBe('published');
      expect(e.url).toMatch(/^\/(?:\d{4}\/\d{2}\/\d{2}|undated)\//);
      expect(visibleText(page(e.url!))).toContain(`Reserved name ${base} story`);
    }
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('<h1>Timeline</h1>');
    expect(visibleText(home)).toContain('Reserved name index story on the Lenn ferry');
    expect(readFileSync(join(outDir, '404.html'), 'utf8')).toContain('<h1>Page not found</h1>');
    expect(readFileSync(join(outDir, 'review', 'index.html'), 'utf8')).toContain('<h1>Review</h1>');
    expect(readFileSync(join(outDir, 'sources', 'index.html'), 'utf8')).toContain('<h1>Sources</h1>');
    // Only the site's own entries at the top of the output folder.
    const top = readdirSync(outDir).sort();
    expect(top.filter((n) => !/^\d{4}$/.test(n))).toEqual(['.dateline-output', '404.html', 'assets', 'feed.json', 'feed.xml', 'index.html', 'pagefind', 'review', 'search', 'sitemap.xml', 'sources', 'stories', 'undated']);
    expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toContain('<urlset');
    expect(readFileSync(join(outDir, 'search', 'index.html'), 'utf8')).toContain('<h1>Search</h1>');
  });

  it('front-matter code never ran and YAML keys polluted nothing', () => {
    for (const marker of PWNED_MARKERS) expect(existsSync(join(tmpdir(), marker)), marker).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const e of report.files) expect(e.headline ?? '').not.toMatch(/PWNED|COMPUTED/);
  });

  it('nothing is written outside the output folder and the report', () => {
    const outside = (m: Map<string, string>) => new Map([...m].filter(([p]) => !p.startsWith('out/') && p !== 'report.json'));
    expect(outside(afterFirst)).toEqual(before);
    expect(outside(afterSecond)).toEqual(before);
    expect(afterFirst.has('out/')).toBe(true);
    expect(afterFirst.has('report.json')).toBe(true);
    expect(existsSync(join(root, '..', 'outside-the-site'))).toBe(false);
  });

  it('two builds of the same folder are byte-identical', () => {
    const site = (m: Map<string, string>) => [...m].filter(([p]) => p.startsWith('out/'));
    expect(site(afterFirst).length).toBeGreaterThan(CASES.length);
    expect(site(afterSecond)).toEqual(site(afterFirst));
    expect(secondReportBytes.equals(reportBytes)).toBe(true);
  });

  it(
    '`dateline build` on the catalogue exits 0 and reports every file',
    () => {
      const cliOut = join(root, 'cli-out');
      const cliReport = join(root, 'cli-report.json');
      const run = spawnSync(process.execPath, [BIN, 'build', '--articles', articlesDir, '--out', cliOut, '--report', cliReport, '--max-size', String(MAX_BYTES / 1e6), '--quiet'], {
        encoding: 'utf8',
        timeout: TIMEOUT,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const files = (JSON.parse(readFileSync(cliReport, 'utf8')) as Report).files;
      expect(files.map((f) => f.file)).toEqual(report.files.map((f) => f.file));
      for (const f of files.filter((x) => x.status === 'published')) expect(unsafeParts(readFileSync(join(cliOut, f.url!, 'index.html'), 'utf8'))).toEqual([]);
      rmSync(cliOut, { recursive: true, force: true });
      rmSync(cliReport, { force: true });
    },
    TIMEOUT,
  );

  it(
    'a build that fails in the Eleventy step leaves the previous site and report whole',
    async () => {
      const previous = listing(root);
      // Add an article so a successful build would change the site.
      writeFileSync(join(articlesDir, 'late-arrival.txt'), 'Kestran Herald\nLate arrival\nBy Ana Voss\nMarch 9, 2023\n\nA late article that must not appear after a failed build, the editor said.\n');
      eleventyStep.fail = true;
      try {
        await expect(build(options)).rejects.toThrow('simulated failure in the Eleventy step');
      } finally {
        eleventyStep.fail = false;
      }
      const now = listing(root);
      now.delete('articles/late-arrival.txt');
      expect(now).toEqual(previous);
      expect([...now.keys()].filter((p) => /staging|previous/.test(p))).toEqual([]);
    },
    TIMEOUT,
  );
});
