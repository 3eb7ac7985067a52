/**
 * Articles folder -> one outcome per file. Every file found is accounted
 * for: parsed, or skipped/rejected with a reason. Links are not followed, so
 * a link in the folder cannot publish a file from elsewhere on the disk.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFile } from '../parse/article.ts';
import { OutletRegistry, builtInOutlets, registryFileProblem, type RegistryFile } from '../outlets/registry.ts';
import type { Problem } from '../parse/types.ts';
import type { FileOutcome } from './types.ts';

/** A user's additions to the outlet registry, read from the articles folder. */
export const USER_REGISTRY_FILE = 'outlets.json';

export interface LoadOptions {
  articlesDir: string;
  /** Files larger than this are refused (bytes). */
  maxBytes: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Loaded {
  outcomes: FileOutcome[];
  registry: OutletRegistry;
}

export interface SkippedEntry {
  file: string;
  rule: string;
  why: string;
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
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
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

function readUserRegistry(dir: string, files: string[]): { registry: OutletRegistry; problems: Problem[] } {
  if (!files.includes(USER_REGISTRY_FILE)) return { registry: new OutletRegistry(builtInOutlets()), problems: [] };
  try {
    const data = JSON.parse(readFileSync(join(dir, USER_REGISTRY_FILE), 'utf8')) as RegistryFile;
    const why = registryFileProblem(data);
    if (why) throw new Error(why);
    return {
      registry: new OutletRegistry([...builtInOutlets(), ...data.outlets]),
      problems: [{ severity: 'info', rule: 'input/outlet-registry', message: `Read as your outlet registry (${data.outlets.length} outlets added to the built-in ones).` }],
    };
  } catch (error) {
    return {
      registry: new OutletRegistry(builtInOutlets()),
      problems: [{ severity: 'error', rule: 'input/outlet-registry', message: `Your outlet registry could not be read: ${(error as Error).message}. Fix the JSON ({"version": 1, "outlets": [{"name": ..., "kind": "outlet"}]}) and rebuild.` }],
    };
  }
}

export function loadArticles(options: LoadOptions): Loaded {
  const { files, others } = listFiles(options.articlesDir);
  const user = readUserRegistry(options.articlesDir, files);
  const outcomes: FileOutcome[] = others.map(({ file, rule, why }) => ({
    file,
    status: 'skipped',
    record: null,
    contentHash: '',
    problems: [{ severity: 'warning', rule, message: why }],
  }));

  files.forEach((file, done) => {
    options.onProgress?.(done, files.length);
    if (file === USER_REGISTRY_FILE) {
      outcomes.push({ file, status: 'skipped', record: null, contentHash: '', problems: user.problems });
      return;
    }
    if (file.split('/').some((part) => part.startsWith('.'))) {
      outcomes.push({ file, status: 'skipped', record: null, contentHash: '', problems: [{ severity: 'info', rule: 'input/hidden', message: 'Hidden files are not articles and were skipped. Rename the file without the leading dot to publish it.' }] });
      return;
    }
    const path = join(options.articlesDir, file);
    const size = lstatSync(path).size;
    if (size > options.maxBytes) {
      outcomes.push({
        file,
        status: 'rejected',
        record: null,
        contentHash: '',
        problems: [{ severity: 'error', rule: 'input/too-large', message: `The file is ${(size / 1e6).toFixed(1)} MB, over the ${(options.maxBytes / 1e6).toFixed(1)} MB limit. Trim it to the article, or raise the limit with --max-size.` }],
      });
      return;
    }
    const bytes = readFileSync(path);
    const contentHash = hashBytes(bytes);
    const parsed = parseFile(bytes, { file, registry: user.registry });
    outcomes.push(
      parsed.ok
        ? { file, status: 'published', record: parsed.record, problems: parsed.record.warnings, contentHash, encoding: parsed.encoding }
        : { file, status: 'rejected', record: null, problems: parsed.problems, contentHash },
    );
  });
  options.onProgress?.(files.length, files.length);
  outcomes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { outcomes, registry: user.registry };
}
