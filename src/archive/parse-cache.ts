/**
 * The parse cache: an unchanged raw file is not parsed again. Entries are
 * keyed by the file's path and content, the user's outlet registry and the
 * parser's code (its source and installed dependency versions), so any
 * change to one of them parses afresh.
 * One file per cache folder, written whole (v8 serialisation keeps Maps and
 * typed arrays), holding only the entries the last build used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeVersion } from '../util/code-version.ts';
import type { ParsedOutcome } from './parse-files.ts';

const CACHE_FILE = 'parse-cache.v8';
/** The code that decides what a parse gives. */
const PARSER_FOLDERS = ['src/parse', 'src/outlets', 'src/archive', 'src/util'];

export class ParseCache {
  private readonly entries: Map<string, ParsedOutcome>;
  private readonly used = new Map<string, ParsedOutcome>();
  hits = 0;
  misses = 0;

  private constructor(
    private readonly dir: string | null,
    private readonly version: string,
    entries: Map<string, ParsedOutcome>,
  ) {
    this.entries = entries;
  }

  /** The cache in `dir` (created on save), or a cache that keeps nothing when `dir` is null. */
  static open(dir: string | null): ParseCache {
    if (dir === null) return new ParseCache(null, '', new Map());
    const version = codeVersion(PARSER_FOLDERS);
    try {
      const stored = deserialize(readFileSync(join(dir, CACHE_FILE))) as { version: string; entries: Map<string, ParsedOutcome> };
      return new ParseCache(dir, version, stored.version === version ? stored.entries : new Map());
    } catch {
      // Missing or unreadable: start empty; it is only a cache.
      return new ParseCache(dir, version, new Map());
    }
  }

  keyOf(file: string, contentHash: string, registryHash: string): string {
    return createHash('sha256').update(`${this.version}\n${registryHash}\n${file}\n${contentHash}`).digest('hex');
  }

  get(key: string): ParsedOutcome | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      this.used.set(key, found);
    } else this.misses++;
    return found;
  }

  set(key: string, outcome: ParsedOutcome): void {
    this.used.set(key, outcome);
  }

  /**
   * Write the entries this build used (entries of removed or changed files
   * drop out), then let go of them all: a large archive's parses are too big
   * to keep twice.
   */
  saveAndRelease(): void {
    if (this.dir !== null) {
      mkdirSync(this.dir, { recursive: true });
      const tmp = join(this.dir, `${CACHE_FILE}.tmp-${process.pid}`);
      writeFileSync(tmp, serialize({ version: this.version, entries: this.used }));
      renameSync(tmp, join(this.dir, CACHE_FILE));
    }
    this.entries.clear();
    this.used.clear();
  }
}
