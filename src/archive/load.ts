/**
 * Articles folder -> one outcome per file. Every file found is accounted
 * for: parsed, or skipped/rejected with a reason. Links are not followed, so
 * a link in the folder cannot publish a file from elsewhere on the disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { OutletRegistry, builtInOutlets, registryFileProblem, type Outlet, type RegistryFile } from '../outlets/registry.ts';
import { ParseCache } from './parse-cache.ts';
import { ParsePool, parseJob, type ParseJob } from './parse-files.ts';
import type { Problem } from '../parse/types.ts';
import type { FileOutcome } from './types.ts';

/** A user's additions to the outlet registry, read from the articles folder. */
export const USER_REGISTRY_FILE = 'outlets.json';

export interface LoadOptions {
  articlesDir: string;
  /** Files larger than this are refused (bytes). */
  maxBytes: number;
  onProgress?: (done: number, total: number) => void;
  /** Where parsed files are remembered between builds; none when absent. */
  cache?: ParseCache;
  /** Parsing threads; 0 or absent = one per core. */
  threads?: number;
}

export interface Loaded {
  outcomes: FileOutcome[];
  /** The outlets the files were parsed with (built-in plus the folder's outlets.json). */
  user: UserRegistry;
  /** Files parsed in this run, and files whose parse came from the cache. */
  parsed: number;
  cached: number;
}

export interface SkippedEntry {
  file: string;
  rule: string;
  why: string;
}

/** A version-control, tooling or other hidden folder (or file): never read as articles. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Files below `abs`, links not followed; used to say how much a skipped folder holds. */
function countFiles(abs: string): number {
  let count = 0;
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.isSymbolicLink()) count += countFiles(join(abs, entry.name));
    else count += 1;
  }
  return count;
}

/** Every regular file below `dir`, as sorted `/`-separated relative paths, plus the entries that are not. */
export function listFiles(dir: string): { files: string[]; others: SkippedEntry[] } {
  const files: string[] = [];
  const others: SkippedEntry[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      const rel = relative(dir, path).split(sep).join('/');
      if (entry.isSymbolicLink()) others.push({ file: rel, rule: 'input/not-a-file', why: 'It is a symbolic link; links are not followed. Copy the file itself into the articles folder.' });
      else if (entry.isDirectory()) {
        // A version-control or tooling folder is one report entry, not thousands.
        if (isHiddenName(entry.name)) {
          const count = countFiles(path);
          others.push({
            file: `${rel}/`,
            rule: 'input/hidden-folder',
            why: `A ${entry.name === 'node_modules' ? 'node_modules' : 'hidden'} folder holding ${count} ${count === 1 ? 'file' : 'files'}; its files are not read as articles. Move any article out of it to publish it.`,
          });
        } else walk(path);
      } else if (entry.isFile()) files.push(rel);
      else others.push({ file: rel, rule: 'input/not-a-file', why: 'It is not a regular file.' });
    }
  };
  walk(dir);
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byPath), others: others.sort((a, b) => byPath(a.file, b.file)) };
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface UserRegistry {
  registry: OutletRegistry;
  /** The user's own outlets, added to the built-in ones. */
  outlets: Outlet[];
  /** Hash of those outlets: a parse depends on them. */
  hash: string;
  problems: Problem[];
}

function userRegistry(outlets: Outlet[], problems: Problem[]): UserRegistry {
  return { registry: new OutletRegistry([...builtInOutlets(), ...outlets]), outlets, hash: createHash('sha256').update(JSON.stringify(outlets)).digest('hex'), problems };
}

/** The registry `dateline parse` and build use for a folder: built-in outlets plus the folder's outlets.json. */
export function registryFor(dir: string): UserRegistry {
  return readUserRegistry(dir, existsSync(join(dir, USER_REGISTRY_FILE)) ? [USER_REGISTRY_FILE] : []);
}

function readUserRegistry(dir: string, files: string[]): UserRegistry {
  if (!files.includes(USER_REGISTRY_FILE)) return userRegistry([], []);
  try {
    const data = JSON.parse(readFileSync(join(dir, USER_REGISTRY_FILE), 'utf8')) as RegistryFile;
    const why = registryFileProblem(data);
    if (why) throw new Error(why);
    return userRegistry(data.outlets, [{ severity: 'info', rule: 'input/outlet-registry', message: `Read as your outlet registry (${data.outlets.length} outlets added to the built-in ones).` }]);
  } catch (error) {
    return userRegistry([], [
      { severity: 'error', rule: 'input/outlet-registry', message: `Your outlet registry could not be read: ${(error as Error).message}. Fix the JSON ({"version": 1, "outlets": [{"name": ..., "kind": "outlet"}]}) and rebuild.` },
    ]);
  }
}

/** A listed file's bytes, ready to parse, or its outcome when it is not an article to parse. */
function readArticleFile(articlesDir: string, file: string, maxBytes: number, user: UserRegistry): ParseJob | FileOutcome {
  if (file === USER_REGISTRY_FILE) {
    // Its content decides how every file parses, so it is hashed like an article.
    return { file, status: 'skipped', record: null, contentHash: hashBytes(readFileSync(join(articlesDir, file))), problems: user.problems };
  }
  if (file.split('/').some((part) => part.startsWith('.'))) {
    return { file, status: 'skipped', record: null, contentHash: '', problems: [{ severity: 'info', rule: 'input/hidden', message: 'Hidden files are not articles and were skipped. Rename the file without the leading dot to publish it.' }] };
  }
  const path = join(articlesDir, file);
  const size = lstatSync(path).size;
  if (size > maxBytes) {
    return {
      file,
      status: 'rejected',
      record: null,
      contentHash: '',
      problems: [{ severity: 'error', rule: 'input/too-large', message: `The file is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(1)} MB limit. Trim it to the article, or raise the limit with --max-size.` }],
    };
  }
  const bytes = readFileSync(path);
  return { file, bytes, contentHash: hashBytes(bytes) };
}

/**
 * One changed file read and parsed on its own, as a full load would (for
 * `dateline serve`); null when it is no longer a file of the archive.
 */
export function loadOneArticle(articlesDir: string, file: string, maxBytes: number, user: UserRegistry): FileOutcome | null {
  const path = join(articlesDir, file);
  if (!existsSync(path) || !lstatSync(path).isFile()) return null;
  const found = readArticleFile(articlesDir, file, maxBytes, user);
  if (!('bytes' in found)) return found;
  const { features: _features, ...outcome } = parseJob(found, user.registry);
  return outcome;
}

export async function loadArticles(options: LoadOptions): Promise<Loaded> {
  const { files, others } = listFiles(options.articlesDir);
  const user = readUserRegistry(options.articlesDir, files);
  const cache = options.cache ?? ParseCache.open(null);
  const outcomes: FileOutcome[] = others.map(({ file, rule, why }) => ({
    file,
    status: 'skipped',
    record: null,
    contentHash: '',
    problems: [{ severity: 'warning', rule, message: why }],
  }));

  // Files still to parse go to the parsing threads while the rest are read.
  const keys: string[] = [];
  // Files settled without parsing: from the cache, or refused on reading.
  let settled = 0;
  const pool = new ParsePool({ userOutlets: user.outlets, threads: options.threads ?? 0, onProgress: (done) => options.onProgress?.(settled + done, files.length) });
  for (const file of files) {
    const found = readArticleFile(options.articlesDir, file, options.maxBytes, user);
    if (!('bytes' in found)) {
      outcomes.push(found);
      settled++;
      continue;
    }
    const key = cache.keyOf(file, found.contentHash, user.hash);
    const cached = cache.get(key);
    if (cached) {
      outcomes.push({ ...cached });
      settled++;
    } else {
      keys.push(key);
      pool.add(found);
    }
  }
  options.onProgress?.(settled, files.length);
  const parsed = await pool.finish();
  parsed.forEach((outcome, k) => {
    cache.set(keys[k]!, outcome);
    outcomes.push({ ...outcome });
  });
  cache.saveAndRelease();
  outcomes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { outcomes, user, parsed: keys.length, cached: cache.hits };
}
