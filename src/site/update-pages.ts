/**
 * Bring a built site folder from one model to the next without rendering
 * it all: the pages `dateline serve` rewrites when an article is added,
 * edited or deleted. Pages are compared with what is on disk, so only pages
 * that really differ are written.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SitePages } from './pages.ts';
import { isInside, writeAtomically } from '../util/fs.ts';
import { sameData } from '../util/same.ts';

export interface PageChanges {
  /** Pages written because they differed, pages and originals removed. */
  written: string[];
  removed: string[];
}

function targetIn(outDir: string, path: string): string {
  const target = resolve(outDir, path);
  if (!isInside(target, outDir) || target === outDir) throw new Error(`Refusing to write ${path} outside the output folder.`);
  return target;
}

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Remove a file and then each folder above it that it leaves empty, as a fresh build would not have them. */
function removeFile(outDir: string, target: string): void {
  rmSync(target, { force: true });
  for (let dir = dirname(target); dir !== outDir && isInside(dir, outDir) && existsSync(dir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
}

/**
 * Rewrite the site in `outDir` (rendered from `before`) for `after`.
 * `changedFiles` are the articles whose raw file changed: their originals
 * are copied again from `articlesDir`.
 */
export function updatePages(options: { outDir: string; articlesDir: string; before: SitePages; after: SitePages; changedFiles: ReadonlySet<string> }): PageChanges {
  const { outDir, before, after } = options;
  const changes: PageChanges = { written: [], removed: [] };
  const sameSite = sameData(before.model.site, after.model.site);

  for (const [path, page] of after.pages) {
    const previous = before.pages.get(path);
    // A page whose template names its inputs is rendered again only when they changed;
    // the others (home, sources, sitemap...) read across the archive and always are.
    if (sameSite && previous?.template === page.template && page.inputs && sameData(previous.inputs!(), page.inputs())) continue;
    const html = page.render();
    const target = targetIn(outDir, path);
    if (readIfExists(target) === html) continue;
    writeAtomically(target, html);
    changes.written.push(path);
  }

  // Originals: copied for changed files and for articles that moved, removed where no article is left.
  const rawBefore = new Map(before.model.articles.map((a) => [a.file, a.rawPath]));
  const rawAfter = new Set<string>();
  for (const a of after.model.articles) {
    rawAfter.add(a.rawPath);
    if (rawBefore.get(a.file) === a.rawPath && !options.changedFiles.has(a.file)) continue;
    const target = targetIn(outDir, a.rawPath);
    writeAtomically(target, readFileSync(join(options.articlesDir, a.file)));
    changes.written.push(a.rawPath);
  }
  const gone = [...[...before.pages.keys()].filter((p) => !after.pages.has(p)), ...[...rawBefore.values()].filter((p) => !rawAfter.has(p))];
  for (const path of gone.sort()) {
    removeFile(outDir, targetIn(outDir, path));
    changes.removed.push(path);
  }
  return changes;
}

