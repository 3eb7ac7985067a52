/** `dateline` command line: build, serve, parse. */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve, sep, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { parseFile } from '../parse/article.ts';
import { registryFor } from '../archive/load.ts';
import { normalizeBasePath, parseSiteUrl } from '../site/urls.ts';
import { build, BuildError, summary, type BuildOptions } from './build.ts';
import { serve } from './serve.ts';

const HELP: Record<string, string> = {
  main: `dateline: turn raw news-article text files into a browsable, dated static archive.

Usage:
  dateline build [options]        parse articles/ and write the site to _site/
  dateline serve [options]        build, serve with live reload, rebuild on changes
  dateline parse FILE... [--json] show what a raw file parses to
  dateline <command> --help       options of a command
`,
  build: `dateline build [--articles DIR] [--out DIR] [--report FILE] [--base-path /prefix/] [--strict]

  --articles DIR     raw article files (default: articles)
  --out DIR          site output folder, replaced on success (default: _site)
  --report FILE      write a JSON report of every input file
  --base-path PATH   serve the site under a sub-path, e.g. /archive/ (default: /)
  --site-url URL     the address the site is served at, e.g. https://example.org/archive/;
                     makes feed, sitemap and canonical addresses absolute (and sets the base path)
  --title TEXT       site title (default: Dateline)
  --max-size MB      refuse files larger than this (default: 5)
  --cache DIR        remember parsed files here between builds (default: .dateline-cache)
  --no-cache         parse every file again and keep no cache
  --force            render the site even when the output folder already holds it
  --strict           exit 1 if any file has a problem
  --quiet            print nothing but errors
`,
  serve: `dateline serve [--articles DIR] [--out DIR] [--report FILE] [--port N]

Builds, serves the site on http://localhost:PORT with live reload, and
rebuilds when files in the articles folder are added, changed or removed.
Also takes --base-path, --site-url, --title, --max-size and --cache as for build.
`,
  parse: `dateline parse FILE... [--json]

Without --json: prints each file as YAML front-matter plus the Markdown body,
exactly what its page is rendered from. With --json: a JSON array of records
{file, headline, source, date, dateCertainty, body, warnings, evidence, ...}.
  --articles DIR   folder the files belong to, for the outlet-folder convention (default: articles)
`,
};

const BUILD_OPTIONS = {
  articles: { type: 'string', default: 'articles' },
  out: { type: 'string', default: '_site' },
  report: { type: 'string' },
  'base-path': { type: 'string', default: '/' },
  title: { type: 'string', default: 'Dateline' },
  'max-size': { type: 'string', default: '5' },
  'site-url': { type: 'string' },
  cache: { type: 'string', default: '.dateline-cache' },
  'no-cache': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  port: { type: 'string', default: '8080' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP.main!);
    return command ? 0 : 2;
  }
  if (!HELP[command] || command === 'main') {
    process.stderr.write(`dateline: unknown command "${command}".\n\n${HELP.main}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: BUILD_OPTIONS, allowPositionals: command === 'parse' });
  } catch (error) {
    process.stderr.write(`dateline ${command}: ${(error as Error).message}\n\n${HELP[command]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP[command]!);
    return 0;
  }
  const maxMb = Number(values['max-size']);
  if (!(maxMb > 0)) {
    process.stderr.write(`dateline ${command}: --max-size must be a positive number of megabytes.\n`);
    return 2;
  }
  const site = values['site-url'] === undefined ? null : parseSiteUrl(values['site-url']);
  if (values['site-url'] !== undefined && site === null) {
    process.stderr.write(`dateline ${command}: --site-url must be an http(s) address such as https://example.org/archive/.\n`);
    return 2;
  }
  const basePath = normalizeBasePath(values['base-path']);
  if (site && basePath !== '/' && basePath !== site.path) {
    process.stderr.write(`dateline ${command}: --base-path ${basePath} does not match the path of --site-url (${site.path}); give one of them.\n`);
    return 2;
  }
  const options: BuildOptions = {
    articlesDir: values.articles,
    outDir: values.out,
    reportFile: values.report ?? null,
    basePath: site ? site.path : basePath,
    origin: site?.origin ?? null,
    title: values.title,
    maxBytes: maxMb * 1e6,
    cacheDir: values['no-cache'] ? null : values.cache,
    force: values.force,
    quiet: values.quiet,
  };
  try {
    if (command === 'parse') return parseCommand(positionals, values.articles, values.json);
    if (command === 'serve') {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write('dateline serve: --port must be a number from 0 to 65535.\n');
        return 2;
      }
      // The full builds serve runs get the same options; the port is serve's alone.
      const buildArgs = rest.filter((arg, k) => !arg.startsWith('--port') && rest[k - 1] !== '--port');
      await serve(options, port, buildArgs);
      return 0;
    }
    const result = await build(options);
    if (!options.quiet) process.stdout.write(`${summary(result, options.outDir)}\n`);
    const anyProblem = result.searchProblem !== null || result.report.files.some((f) => f.problems.some((p) => p.severity !== 'info'));
    return values.strict && anyProblem ? 1 : 0;
  } catch (error) {
    if (error instanceof BuildError) {
      process.stderr.write(`dateline ${command}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parseCommand(files: string[], articlesDir: string, json: boolean): number {
  if (files.length === 0) {
    process.stderr.write(`dateline parse: name at least one file.\n\n${HELP.parse}`);
    return 2;
  }
  const root = resolve(articlesDir);
  // The same registry a build of that folder uses, its outlets.json included.
  const { registry } = registryFor(root);
  const records: object[] = [];
  let failed = 0;
  for (const file of files) {
    const abs = resolve(file);
    const rel = relative(root, abs);
    const name = !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : basename(abs);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (error) {
      process.stderr.write(`dateline parse: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path.\n`);
      failed++;
      continue;
    }
    const parsed = parseFile(bytes, { file: name, registry });
    if (!parsed.ok) {
      failed++;
      for (const p of parsed.problems.filter((x) => x.severity === 'error')) process.stderr.write(`${file}: ${p.rule}: ${p.message}\n`);
      if (json) records.push({ file: name, error: parsed.problems });
      continue;
    }
    const { body, file: recordFile, ...front } = parsed.record;
    if (json) records.push({ file: recordFile, ...front, body });
    else process.stdout.write(`${matter.stringify(`\n${body}\n`, JSON.parse(JSON.stringify(front)) as object)}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}
