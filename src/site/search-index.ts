/**
 * The search index: Pagefind reads the built article pages and writes
 * /pagefind/ beside them. Only the article element (data-pagefind-body) is
 * indexed, so listings and the review page never show up as results; its
 * data-pagefind-* attributes give the filters, the date sort key and the
 * result's meta (templates/article.11ty.ts).
 *
 * A large archive is split into several bundles (search-shards.ts). A
 * bundle whose pages would index exactly as in the previous build is copied
 * from it instead (bundleKey), so a new article re-indexes one bundle.
 *
 * Pagefind runs as its own command rather than through its Node API: when
 * its process dies (out of memory on a very large archive), the API's
 * promises never settle and the build would end without a word; a command
 * has an exit status to report.
 *
 * Measured at 10,000 articles on 2 cores: reading the written pages took
 * 14.4 s; feeding the same articles as custom records while Eleventy
 * rendered took 21.9 s for both together, against 4.1 + 14.4 s one after
 * the other. So the article pages are rendered first, then indexed while
 * the listings are written.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchShard } from './search-shards.ts';

export class SearchIndexError extends Error {}

/** Pagefind's own command-line runner, which starts the binary for this platform. */
const PAGEFIND_LIB = dirname(fileURLToPath(import.meta.resolve('pagefind')));
const PAGEFIND_CLI = join(PAGEFIND_LIB, 'runner', 'bin.cjs');
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(PAGEFIND_LIB, '..', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Written into each bundle: a hash of what Pagefind indexed. A later build
 * whose shard hashes the same copies the previous build's bundle instead of
 * indexing again, so adding one article re-indexes only its own bundle.
 */
const BUNDLE_KEY_FILE = 'dateline-bundle-key.txt';

/**
 * What a shard's bundle is made from: Pagefind's version and arguments, and
 * each page's address and article element (the only part it indexes, with
 * the filters and meta it carries). The links around it, which change when
 * a neighbour is added, do not count.
 */
export function bundleKey(siteDir: string, shard: SearchShard, pageUrls: readonly string[]): string {
  const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\n${indexArgs(shard).join(' ')}\n`);
  for (const url of pageUrls) {
    const page = readFileSync(join(siteDir, url, 'index.html'), 'utf8');
    const start = page.indexOf('<article');
    const end = page.indexOf('</article>', start);
    hash.update(`${url}\n${start < 0 || end < 0 ? page : page.slice(start, end)}\n`);
  }
  return hash.digest('hex');
}

/** Pagefind's arguments for a shard, the site folder apart. */
function indexArgs(shard: SearchShard): string[] {
  // One index for every language, so a search and its filters cover the whole archive.
  return ['--glob', shard.glob, '--output-subdir', shard.dir, '--force-language', 'en'];
}

/** Bundles indexed at once: one per core on this 2-core machine, and 2 × 5.5 GB at most (search-shards.ts). */
const CONCURRENT_SHARDS = 2;

/** Index one shard's article pages into its bundle folder; resolves to the number of pages indexed. */
function indexShard(siteDir: string, shard: SearchShard): Promise<number> {
  const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', siteDir, ...indexArgs(shard)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new SearchIndexError(`Pagefind could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      const pages = /Indexed (\d+) pages?/.exec(output);
      if (code === 0 && pages) return resolve(Number(pages[1]));
      const tail = output.trim().split('\n').slice(-3).join(' / ');
      reject(
        new SearchIndexError(
          `Pagefind stopped (${signal ?? `exit code ${code}`}) while indexing the site${tail ? `: ${tail}` : ''}. ` +
            'On a very large archive this is most often the machine running out of memory (Pagefind holds the whole index in memory). The rest of the site does not need it.',
        ),
      );
    });
  });
}

/**
 * Indexes shards as their pages are written, two at a time: the build adds
 * each shard once its article pages are rendered, so Pagefind works on one
 * core while Eleventy renders the next shard on the other. A shard whose
 * bundle in the previous site has the same key is copied from there.
 */
export class SearchIndexer {
  private readonly queue: Array<{ shard: SearchShard; key: string | null }> = [];
  private readonly running = new Set<Promise<void>>();
  private indexed = 0;
  private failure: unknown = null;
  /** Bundles copied from the previous site, not indexed again. */
  reused = 0;

  constructor(
    private readonly siteDir: string,
    private readonly previousSite: string | null = null,
  ) {}

  add(shard: SearchShard, key: string | null = null): void {
    const previous = this.previousSite && key ? join(this.previousSite, shard.dir) : null;
    if (previous && existsSync(join(previous, BUNDLE_KEY_FILE)) && readFileSync(join(previous, BUNDLE_KEY_FILE), 'utf8') === key) {
      cpSync(previous, join(this.siteDir, shard.dir), { recursive: true });
      this.reused++;
      return;
    }
    this.queue.push({ shard, key });
    this.next();
  }

  /** Resolves to the number of pages indexed once every added shard is, or rejects with the first failure. */
  async done(): Promise<number> {
    while (this.running.size > 0) await Promise.all(this.running);
    if (this.failure) throw this.failure;
    return this.indexed;
  }

  private next(): void {
    while (this.running.size < CONCURRENT_SHARDS && this.queue.length > 0 && !this.failure) {
      const { shard, key } = this.queue.shift()!;
      const run: Promise<void> = indexShard(this.siteDir, shard).then(
        (pages) => {
          this.indexed += pages;
          if (key) writeFileSync(join(this.siteDir, shard.dir, BUNDLE_KEY_FILE), key);
        },
        (error: unknown) => {
          // One failed bundle fails the index: start no more.
          this.failure ??= error;
        },
      );
      this.running.add(run);
      void run.finally(() => {
        this.running.delete(run);
        this.next();
      });
    }
  }
}

/** Index the article pages of the site in `siteDir`, shard by shard; returns the number of pages indexed. */
export function writeSearchIndex(siteDir: string, shards: SearchShard[]): Promise<number> {
  const indexer = new SearchIndexer(siteDir);
  for (const shard of shards) indexer.add(shard);
  return indexer.done();
}
