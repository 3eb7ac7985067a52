/**
 * Baseline for the performance benchmark: the same generated articles as
 * clean Markdown, built with Hugo and indexed with Pagefind. The site is
 * comparable to what Dateline makes: one page per article, a paginated
 * timeline (newest first, 50 a page), a paginated listing per source (a
 * `sources` taxonomy), a home page with the latest 50, and Hugo's default
 * RSS feeds and sitemap.
 *
 *   const site = '/dev/shm/hugo-1k';
 *   writeHugoSite(site, articlesOf(1000));
 *   const t = timeHugoPlusPagefind(site);  // { hugoSeconds, pagefindSeconds, ... }
 *
 * `measureCommand` runs any command under GNU time (/usr/bin/time) for wall
 * time and peak resident memory, so the Dateline side can reuse it.
 * Everything here is synchronous: a benchmark runs one thing at a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedArticle } from './generate-archive.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---------------------------------------------------------------- measuring

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this many milliseconds. */
  timeoutMs?: number;
}

export interface Measurement {
  /** Wall-clock seconds (GNU time %e, 10 ms resolution). */
  seconds: number;
  /**
   * Peak resident set size in MB (GNU time %M). For a command that spawns
   * children this is the largest single process of the tree, not the sum.
   */
  peakMB: number;
  stdout: string;
  stderr: string;
  /** Exit code; null when killed (timeout or signal). */
  code: number | null;
}

const TIME = '/usr/bin/time';

/** Run `cmd args` under /usr/bin/time, measuring wall time and peak RSS. */
export function measureCommand(cmd: string, args: readonly string[], opts: MeasureOptions = {}): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-time-'));
  const out = join(dir, 'time.txt');
  const started = performance.now();
  try {
    const run = spawnSync(TIME, ['-f', '%e %M', '-o', out, cmd, ...args], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      ...(opts.timeoutMs ? { timeout: opts.timeoutMs, killSignal: 'SIGKILL' as const } : {}),
    });
    const wall = (performance.now() - started) / 1000;
    if (run.error) throw new Error(`cannot run ${TIME} ${cmd}: ${run.error.message}`);
    // GNU time writes "Command exited with non-zero status N" before the format line.
    const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const last = text.trim().split('\n').pop() ?? '';
    const m = /^([\d.]+) (\d+)$/.exec(last.trim());
    return {
      seconds: m ? Number(m[1]) : wall,
      peakMB: m ? Number(m[2]) / 1024 : Number.NaN,
      stdout: run.stdout ?? '',
      stderr: run.stderr ?? '',
      code: run.status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the Hugo site

export interface HugoSiteOptions {
  /**
   * Items per RSS feed. Default: Hugo's own default, which in 0.111 is no
   * limit (the home and timeline feeds then hold every article).
   */
  rssLimit?: number;
}

const config = (opts: HugoSiteOptions) => `baseURL = "/"
title = "Hugo baseline"
languageCode = "en"
paginate = 50
${opts.rssLimit !== undefined ? `rssLimit = ${opts.rssLimit}\n` : ''}
[taxonomies]
  source = "sources"

[permalinks]
  articles = "/:year/:month/:day/:slug/"
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} | {{ .Site.Title }}{{ end }}</title>
{{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .RelPermalink }}">
{{ end }}</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav><a href="{{ "/articles/" | relURL }}">Timeline</a> <a href="{{ "/sources/" | relURL }}">Sources</a></nav></header>
{{ block "main" . }}{{ end }}
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<main data-pagefind-body>
<article>
<h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ range .GetTerms "sources" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}
</article>
</main>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<main>
<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages }}
<ol>
{{ range $pager.Pages }}<li>{{ if .Params.sources }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time> {{ end }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ with .Params.sources }} · {{ index . 0 }}{{ end }}</li>
{{ end }}</ol>
{{ template "_internal/pagination.html" . }}
</main>{{ end }}
`,
  'index.html': `{{ define "main" }}<main>
<h1>Latest articles</h1>
<ol>
{{ range first 50 (where .Site.RegularPages "Section" "articles") }}<li><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time> <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ with .Params.sources }} · {{ index . 0 }}{{ end }}</li>
{{ end }}</ol>
<p><a href="{{ "/articles/" | relURL }}">Full timeline</a> · <a href="{{ "/sources/" | relURL }}">All sources</a></p>
</main>{{ end }}
`,
};

const slugify = (s: string) =>
  s.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '') || 'article';

/** Markdown-escape the few characters that would change a paragraph's meaning. */
const md = (p: string) => p.replace(/([\\`*_[\]<>#])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ');

/**
 * Write a Hugo site for `articles` into `dir` (config, layouts and
 * content/articles/*.md), streaming. Replaces content/, layouts/, public/
 * and resources/ under `dir` if present.
 */
export function writeHugoSite(dir: string, articles: Iterable<GeneratedArticle>, opts: HugoSiteOptions = {}): { pages: number } {
  for (const sub of ['content', 'layouts', 'public', 'resources']) rmSync(join(dir, sub), { recursive: true, force: true });
  const contentDir = join(dir, 'content', 'articles');
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(join(dir, 'config.toml'), config(opts));
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(dirname(join(dir, 'layouts', file)), { recursive: true });
    writeFileSync(join(dir, 'layouts', file), text);
  }
  writeFileSync(join(dir, 'content', 'articles', '_index.md'), '---\ntitle: "Timeline"\n---\n');
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  writeFileSync(join(dir, 'content', 'sources', '_index.md'), '---\ntitle: "Sources"\n---\n');

  const used = new Set<string>();
  let pages = 0;
  for (const a of articles) {
    const base = `${a.date}-${slugify(a.headline)}`;
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
    used.add(name);
    const front = [
      '---',
      `title: ${JSON.stringify(a.headline)}`,
      `date: ${a.date}`,
      `slug: ${JSON.stringify(name.slice(11))}`,
      `sources: [${JSON.stringify(a.outlet)}]`,
      '---',
      '',
    ].join('\n');
    writeFileSync(join(contentDir, `${name}.md`), `${front}${a.body.map(md).join('\n\n')}\n`);
    pages++;
  }
  return { pages };
}

// ---------------------------------------------------------------- timing

export interface HugoPagefindTiming {
  hugoSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  hugoPeakMB: number;
  pagefindPeakMB: number;
  /** Pages Pagefind reports it indexed (should equal the article count). */
  indexedPages: number | null;
}

/** The Pagefind command: the platform binary from node_modules, else the npm wrapper. */
export function pagefindCommand(): { cmd: string; args: string[] } {
  const bin = join(REPO, 'node_modules', '@pagefind', `${process.platform}-${process.arch}`, 'bin');
  for (const name of ['pagefind', 'pagefind_extended']) {
    if (existsSync(join(bin, name))) return { cmd: join(bin, name), args: [] };
  }
  return { cmd: process.execPath, args: [join(REPO, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs')] };
}

/**
 * Build the site in `siteDir` from scratch with Hugo (public/ and
 * resources/ removed first), then index it with Pagefind. Throws when
 * either command fails.
 */
export function timeHugoPlusPagefind(siteDir: string, opts: { timeoutMs?: number } = {}): HugoPagefindTiming {
  for (const sub of ['public', 'resources']) rmSync(join(siteDir, sub), { recursive: true, force: true });
  const hugo = measureCommand('hugo', ['--quiet', '--minify=false'], { cwd: siteDir, ...opts });
  if (hugo.code !== 0) throw new Error(`hugo failed (${hugo.code}): ${hugo.stderr.slice(-2000)}`);
  const pf = pagefindCommand();
  const pagefind = measureCommand(pf.cmd, [...pf.args, '--site', 'public'], { cwd: siteDir, ...opts });
  if (pagefind.code !== 0) throw new Error(`pagefind failed (${pagefind.code}): ${pagefind.stderr.slice(-2000)}`);
  const indexed = /Indexed (\d+) pages?/i.exec(pagefind.stdout);
  return {
    hugoSeconds: hugo.seconds,
    pagefindSeconds: pagefind.seconds,
    totalSeconds: Math.round((hugo.seconds + pagefind.seconds) * 100) / 100,
    hugoPeakMB: hugo.peakMB,
    pagefindPeakMB: pagefind.peakMB,
    indexedPages: indexed ? Number(indexed[1]) : null,
  };
}
