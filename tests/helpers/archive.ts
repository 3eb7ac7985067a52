/**
 * Shared helpers for tests that need files on disk: a throwaway articles
 * folder, a recursive listing of an output tree, and a checker for the
 * internal links of a generated site.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

const created: string[] = [];

/** A fresh, empty folder under the system temp folder; removed by `cleanupTemp()`. */
export function makeTempDir(prefix = 'dateline-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Write `files` (paths relative to the folder, `/`-separated) into a fresh temp folder and return its path. */
export function makeArchive(files: Record<string, string | Buffer>, dir: string = makeTempDir('dateline-articles-')): string {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, ...name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Remove every folder made by `makeTempDir`/`makeArchive` so far. */
export function cleanupTemp(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir`, as sorted `/`-separated relative paths (dot files included). */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Escape text the way an HTML page must show it (independent of the code under test). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Every href="..." and src="..." value in a page, entity-decoded. */
export function linksIn(page: string): string[] {
  return [...page.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)].map((m) =>
    (m[1] ?? '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

/** Is the link one that must resolve inside the site (not external, not a same-page anchor)? */
export function isInternal(link: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(link);
}

/**
 * The file in `outDir` that an internal link from page `pagePath` (relative
 * path of the page in the output) points at, or null when the link leaves
 * the base path.
 */
export function targetOf(link: string, pagePath: string, basePath = '/'): string | null {
  const path = link.replace(/[#?].*$/, '');
  // Relative links resolve against the page's address on the server: base path + its place in the output.
  const absolute = path.startsWith('/') ? path : new URL(path, `http://site${basePath}${pagePath.split('/').map(encodeURIComponent).join('/')}`).pathname;
  if (!absolute.startsWith(basePath)) return null;
  let rel = decodeURIComponent(absolute.slice(basePath.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return rel;
}

export interface LinkCheck {
  /** How many internal links were checked. */
  checked: number;
  /** "page -> link" for each link that does not resolve to a file in the output. */
  broken: string[];
}

/** Check that every internal href/src on every HTML page in `outDir` resolves to a file in `outDir`. */
export function checkLinks(outDir: string, basePath = '/'): LinkCheck {
  const broken: string[] = [];
  let checked = 0;
  for (const page of listTree(outDir).filter((f) => f.endsWith('.html'))) {
    for (const link of linksIn(readFileSync(join(outDir, page), 'utf8'))) {
      if (!isInternal(link)) continue;
      checked++;
      const target = targetOf(link, page, basePath);
      const abs = target === null ? null : join(outDir, ...target.split('/'));
      if (abs === null || !existsSync(abs) || !statSync(abs).isFile()) broken.push(`${page} -> ${link}`);
    }
  }
  return { checked, broken };
}

/** The text between the first `start` marker and the next `end` marker after it ('' when absent). */
export function between(text: string, start: string, end: string): string {
  const i = text.indexOf(start);
  if (i < 0) return '';
  const j = text.indexOf(end, i + start.length);
  return j < 0 ? text.slice(i) : text.slice(i, j + end.length);
}
