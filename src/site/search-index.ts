/**
 * The search index: Pagefind reads the built article pages and writes
 * /pagefind/ beside them. Only the article element (data-pagefind-body) is
 * indexed, so listings and the review page never show up as results; its
 * data-pagefind-* attributes give the filters, the date sort key and the
 * result's meta (templates/article.11ty.ts).
 *
 * A large archive is split into several bundles (search-shards.ts).
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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchShard } from './search-shards.ts';

export class SearchIndexError extends Error {}

/** Pagefind's own command-line runner, which starts the binary for this platform. */
const PAGEFIND_CLI = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Bundles indexed at once: one per core on this 2-core machine, and 2 × 5.5 GB at most (search-shards.ts). */
const CONCURRENT_SHARDS = 2;

/** Index one shard's article pages into its bundle folder; resolves to the number of pages indexed. */
function indexShard(siteDir: string, shard: SearchShard): Promise<number> {
  // One index for every language, so a search and its filters cover the whole archive.
  const args = [PAGEFIND_CLI, '--site', siteDir, '--glob', shard.glob, '--output-subdir', shard.dir, '--force-language', 'en'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
 * core while Eleventy renders the next shard on the other.
 */
export class SearchIndexer {
  private readonly queue: SearchShard[] = [];
  private readonly running = new Set<Promise<void>>();
  private indexed = 0;
  private failure: unknown = null;

  constructor(private readonly siteDir: string) {}

  add(shard: SearchShard): void {
    this.queue.push(shard);
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
      const run: Promise<void> = indexShard(this.siteDir, this.queue.shift()!).then(
        (pages) => {
          this.indexed += pages;
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
