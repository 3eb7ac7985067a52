/**
 * `dateline serve` as a user runs it: it builds, serves over HTTP, publishes
 * a dropped-in file at once, and after the full build that follows the
 * site is byte-identical to a plain `dateline build` of the same folder,
 * search index included. All articles are fictional.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTemp, listTree, makeArchive, makeTempDir } from '../helpers/archive.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'src', 'cli', 'bin.mjs');

const story = (headline: string, date: string, text: string) => `${headline}\nBy Orla Fenwick\n${date}\n${text}\nThe harbour board will publish its full figures at the end of the month.\n© 2024 The Harbor Gazette. All rights reserved.\n`;

const SALT = story('Salt works at Marrow Point reopens for the summer', 'May 2, 2024', 'The old salt works at Marrow Point reopened to visitors on Thursday after a winter of repairs to its boiling house and drying sheds.');
const GULLS = story('Gull count on Tern Island falls for a third year', 'May 6, 2024', 'Volunteers counting nesting gulls on Tern Island found fewer pairs for the third year running, and blamed the loss of sand eels offshore.');

/** Every file of a site folder but the build marker, as text. */
function site(dir: string): Map<string, string> {
  return new Map(listTree(dir).filter((f) => f !== '.dateline-output').map((f) => [f, readFileSync(join(dir, f), 'latin1')]));
}

describe('dateline serve', () => {
  let server: ChildProcess | null = null;
  afterAll(() => {
    server?.kill();
    cleanupTemp();
  });

  it('publishes a dropped-in file at once, then catches up to exactly what a build writes', async () => {
    const articles = makeArchive({ 'salt.txt': SALT });
    const root = makeTempDir();
    const out = join(root, 'site');
    server = spawn(process.execPath, [BIN, 'serve', '--articles', articles, '--out', out, '--cache', join(root, 'cache'), '--port', '0', '--quiet'], { cwd: ROOT });
    const lines: string[] = [];
    const waiters: Array<{ test: RegExp; done: (line: string) => void }> = [];
    createInterface({ input: server.stdout! }).on('line', (line) => {
      lines.push(line);
      const k = waiters.findIndex((w) => w.test.test(line));
      if (k >= 0) waiters.splice(k, 1)[0]!.done(line);
    });
    const said = (test: RegExp) => new Promise<string>((done) => (lines.some((l) => test.test(l)) ? done(lines.find((l) => test.test(l))!) : waiters.push({ test, done })));

    await said(/^Watching /);
    const address = /Server at (http:\/\/localhost:\d+\/)/.exec(await said(/Server at/))![1]!;
    writeFileSync(join(articles, 'gulls.txt'), GULLS);
    const published = await said(/^gulls\.txt: /);
    expect(published).toBe('gulls.txt: published /2024/05/06/gull-count-on-tern-island-falls-for-a-third-year/');
    const page = await fetch(`${address}2024/05/06/gull-count-on-tern-island-falls-for-a-third-year/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Volunteers counting nesting gulls');

    await said(/^Full build done/);
    const built = join(makeTempDir(), 'site');
    const plain = spawnSync(process.execPath, [BIN, 'build', '--articles', articles, '--out', built, '--no-cache', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(plain.status, plain.stderr).toBe(0);
    const [served, expected] = [site(out), site(built)];
    expect([...served.keys()]).toEqual([...expected.keys()]);
    for (const [file, text] of expected) expect(served.get(file), file).toBe(text);

    // A new outlets.json names the gazette's outlet; files dropped in after the next full build parse with it.
    lines.length = 0;
    writeFileSync(join(articles, 'outlets.json'), JSON.stringify({ version: 1, outlets: [{ name: 'Gazette of the Harbor', kind: 'outlet', aliases: ['The Harbor Gazette'] }] }));
    await said(/^Full build done/);
    writeFileSync(join(articles, 'kelp.txt'), story('Kelp farm licence granted off Tern Island', 'May 9, 2024', 'The county granted a licence for a small kelp farm off Tern Island on Thursday, the first of its kind on this stretch of coast.'));
    await said(/^kelp\.txt: published/);
    const report = JSON.parse(readFileSync(join(root, 'cache', `dateline-serve-report-${server.pid}.json`), 'utf8')) as { files: Array<{ file: string; source: string | null }> };
    expect(report.files.find((f) => f.file === 'kelp.txt')?.source).toBe('Gazette of the Harbor');
  }, 180_000);
});
