/**
 * The `dateline` command line, run as a user runs it: `node src/cli/bin.mjs ...`
 * from the project folder. All articles are fictional.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTemp, makeArchive, makeTempDir } from '../helpers/archive.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'src', 'cli', 'bin.mjs');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function dateline(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const KITE = `Town News
Sport
Kite festival fills the dunes above Marrow Bay
By Juno Halvard
August 19, 2023
More than two hundred kites flew above the dunes at Marrow Bay on Saturday for the first festival since the beach car park was rebuilt.
Organiser Petra Quillane said teams had travelled from six towns along the coast, one of them bringing a kite shaped like a blue whale.
"The wind was kind to us all afternoon, which is not something you can order in advance," Quillane said.
© 2023 The Marrow Bay Herald. All rights reserved.
`;

const TRAM = `Tram line to the harbour gets its first new carriages in forty years
By Oren Castellan
February 7, 2024
The first of six new carriages for the harbour tram line arrived by rail on Wednesday and will carry passengers from next month.
The old carriages, built in the early eighties, will be sold to a tramway museum in the hills, the operator said.
Regular riders said they would miss the wooden benches but not the draughts.
© 2024 The Marrow Bay Herald. All rights reserved.
`;

const RECORD_KEYS = ['file', 'headline', 'source', 'date', 'dateCertainty', 'body', 'warnings', 'evidence'];

afterAll(() => cleanupTemp());

describe('dateline help and usage', () => {
  it.each(['--help', '-h', 'help'])('%s prints the usage and exits 0', (flag) => {
    const r = dateline(flag);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
    for (const command of ['build', 'serve', 'parse']) expect(r.stdout).toContain(`dateline ${command}`);
  }, 60_000);

  it.each(['build', 'serve', 'parse'])('%s --help prints that command\'s options and exits 0', (command) => {
    const r = dateline(command, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`dateline ${command}`)).toBe(true);
    expect(r.stdout).toContain('--');
  }, 60_000);

  it('build --help lists the build options', () => {
    const r = dateline('build', '--help');
    for (const option of ['--articles', '--out', '--report', '--base-path', '--strict']) expect(r.stdout).toContain(option);
  }, 60_000);

  it('exits 2 with the usage on stderr for an unknown command', () => {
    const r = dateline('publish-everything');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "publish-everything"');
    expect(r.stderr).toContain('Usage:');
    expect(r.stdout).toBe('');
  }, 60_000);

  it('exits 2 for an unknown option', () => {
    const r = dateline('build', '--colour', 'blue');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--colour');
  }, 60_000);

  it('exits 2 and prints the usage when no command is given', () => {
    const r = dateline();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Usage:');
  }, 60_000);
});

describe('dateline parse', () => {
  const articles = makeArchive({ 'kite.txt': KITE, 'tram.txt': TRAM, 'blank.txt': '' });

  it('--json prints a JSON array with one record per file, in order', () => {
    const r = dateline('parse', join(articles, 'kite.txt'), join(articles, 'tram.txt'), '--articles', articles, '--json');
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(Array.isArray(records)).toBe(true);
    expect(records).toHaveLength(2);
    for (const record of records) for (const key of RECORD_KEYS) expect(record, key).toHaveProperty(key);
    expect(records.map((x) => [x.file, x.headline, x.source, x.date, x.dateCertainty])).toEqual([
      ['kite.txt', 'Kite festival fills the dunes above Marrow Bay', 'The Marrow Bay Herald', '2023-08-19', 'explicit'],
      ['tram.txt', 'Tram line to the harbour gets its first new carriages in forty years', 'The Marrow Bay Herald', '2024-02-07', 'explicit'],
    ]);
    const kite = records[0]!;
    expect(kite.body).toContain('More than two hundred kites flew above the dunes');
    expect(kite.body).not.toContain('All rights reserved');
    expect(Array.isArray(kite.warnings)).toBe(true);
    expect(Object.keys(kite.evidence as object).sort()).toEqual(['body', 'date', 'headline', 'lang', 'source']);
  }, 60_000);

  it('without --json prints YAML front-matter, then the Markdown body', () => {
    const r = dateline('parse', join(articles, 'kite.txt'), '--articles', articles);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('---\n')).toBe(true);
    const parsed = matter(r.stdout);
    expect(parsed.data.headline).toBe('Kite festival fills the dunes above Marrow Bay');
    expect(parsed.data.source).toBe('The Marrow Bay Herald');
    expect(parsed.data.date).toBe('2023-08-19');
    expect(parsed.content).toContain('Organiser Petra Quillane said teams had travelled from six towns');
    expect(parsed.content).not.toContain('headline:');
  }, 60_000);

  it('exits 1 and says why for a file that is not an article', () => {
    const r = dateline('parse', join(articles, 'blank.txt'), '--articles', articles, '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('decode/empty');
    const records = JSON.parse(r.stdout) as Array<{ file: string; error: Array<{ rule: string }> }>;
    expect(records[0]?.file).toBe('blank.txt');
    expect(records[0]?.error.map((p) => p.rule)).toContain('decode/empty');
  }, 60_000);

  it('exits 1 with a clear message for a file that does not exist', () => {
    const missing = join(articles, 'no-such-article.txt');
    const r = dateline('parse', missing);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot read ${missing}`);
    expect(r.stderr).toContain('ENOENT');
  }, 60_000);

  it('exits 2 when no file is named', () => {
    const r = dateline('parse');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('name at least one file');
  }, 60_000);
});

describe('dateline build', () => {
  it('builds the site, writes the report and exits 0', () => {
    const articles = makeArchive({ 'kite.txt': KITE, 'tram.txt': TRAM });
    const work = makeTempDir();
    const out = join(work, 'site');
    const report = join(work, 'reports', 'build.json');
    const r = dateline('build', '--articles', articles, '--out', out, '--report', report);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Built 2 articles from 1 sources');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const written = JSON.parse(readFileSync(report, 'utf8')) as { files: Array<{ file: string; status: string; url: string }> };
    expect(written.files.map((f) => [f.file, f.status])).toEqual([
      ['kite.txt', 'published'],
      ['tram.txt', 'published'],
    ]);
    for (const f of written.files) expect(existsSync(join(out, f.url, 'index.html')), f.url).toBe(true);
  }, 60_000);

  it('--quiet prints nothing on stdout or stderr for a clean build', () => {
    const articles = makeArchive({ 'kite.txt': KITE });
    const out = join(makeTempDir(), 'site');
    const r = dateline('build', '--articles', articles, '--out', out, '--quiet');
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  }, 60_000);

  it('--strict exits 1 when a file has a problem', () => {
    const articles = makeArchive({ 'kite.txt': KITE, 'empty.txt': '' });
    const out = join(makeTempDir(), 'site');
    const r = dateline('build', '--articles', articles, '--out', out, '--strict');
    expect(r.status).toBe(1);
    // The site is still built; --strict only changes the exit code.
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(r.stdout).toContain('empty.txt');
  }, 60_000);

  it('without --strict exits 0 even when a file has a problem', () => {
    const articles = makeArchive({ 'kite.txt': KITE, 'empty.txt': '' });
    const out = join(makeTempDir(), 'site');
    expect(dateline('build', '--articles', articles, '--out', out).status).toBe(0);
  }, 60_000);

  it('--strict exits 0 when the only notes are informational', () => {
    // An undated article with no named publisher gets only 'info' notes.
    const undated = `Volunteers repaint the bandstand in Marrow Park
Volunteers from the park friends' group spent the weekend sanding and repainting the old bandstand in Marrow Park.
The group's chair said the work had been planned for three summers but kept being rained off.
Brass bands are booked for every Sunday afternoon in July, weather permitting.
`;
    const articles = makeArchive({ 'kite.txt': KITE, 'bandstand.txt': undated });
    const work = makeTempDir();
    const report = join(work, 'report.json');
    const r = dateline('build', '--articles', articles, '--out', join(work, 'site'), '--report', report, '--strict');
    const written = JSON.parse(readFileSync(report, 'utf8')) as { files: Array<{ file: string; problems: Array<{ severity: string }> }> };
    const bandstand = written.files.find((f) => f.file === 'bandstand.txt');
    expect(bandstand?.problems.length).toBeGreaterThan(0);
    expect(bandstand?.problems.every((p) => p.severity === 'info')).toBe(true);
    expect(r.status).toBe(0);
  }, 60_000);

  it('exits 1 with a clear message when the articles folder is missing', () => {
    const work = makeTempDir();
    const missing = join(work, 'no-articles-here');
    const out = join(work, 'site');
    const r = dateline('build', '--articles', missing, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(missing);
    expect(r.stderr).toContain('does not exist');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('exits 1 and leaves a foreign non-empty output folder alone', () => {
    const articles = makeArchive({ 'kite.txt': KITE });
    const out = makeArchive({ 'thesis.txt': 'Chapter one.\n' });
    const r = dateline('build', '--articles', articles, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not empty');
    expect(readFileSync(join(out, 'thesis.txt'), 'utf8')).toBe('Chapter one.\n');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 60_000);
});
