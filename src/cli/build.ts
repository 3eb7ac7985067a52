/**
 * `dateline build`: articles folder -> site folder + report.
 * Parse every file, build the site model, let Eleventy render it into a
 * fresh folder, copy the raw originals beside their pages, then swap the new
 * folder in, so a build that fails or is killed leaves the previous site whole.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { loadArticles } from '../archive/load.ts';
import { buildModel } from '../archive/model.ts';
import { buildReport } from '../archive/report.ts';
import type { FileOutcome, Report, SiteModel } from '../archive/types.ts';
import { siteData } from '../site/data.ts';
import { TEMPLATES_DIR } from '../site/eleventy.ts';
import { writeSearchIndex } from '../site/search-index.ts';
import { progress } from './progress.ts';

export interface BuildOptions {
  articlesDir: string;
  outDir: string;
  reportFile: string | null;
  basePath: string;
  title: string;
  maxBytes: number;
  quiet: boolean;
}

export interface BuildResult {
  model: SiteModel;
  report: Report;
  outcomes: FileOutcome[];
  seconds: Record<string, number>;
}

/** Marks a folder as Dateline's output, so a rebuild may replace it. */
const OUTPUT_MARKER = '.dateline-output';
const CONFIG_PATH = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

export class BuildError extends Error {}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Refuse output folders whose replacement would destroy something that is not a previous build. */
export function checkOutDir(outDir: string, articlesDir: string): void {
  if (isInside(articlesDir, outDir)) throw new BuildError(`The output folder ${outDir} contains the articles folder; building there would delete your articles. Choose another --out folder.`);
  if (isInside(outDir, articlesDir)) throw new BuildError(`The output folder ${outDir} is inside the articles folder ${articlesDir}. Choose an --out folder outside it.`);
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, OUTPUT_MARKER))) {
    throw new BuildError(`The output folder ${outDir} is not empty and was not made by Dateline; it is left untouched. Choose an empty or new --out folder, or delete it first.`);
  }
}

async function renderSite(model: SiteModel, outDir: string, quiet: boolean): Promise<void> {
  const elev = new Eleventy(TEMPLATES_DIR, outDir, {
    configPath: CONFIG_PATH,
    quietMode: true,
    config(eleventyConfig: { addGlobalData(name: string, value: unknown): void }) {
      eleventyConfig.addGlobalData('dateline', model);
      eleventyConfig.addGlobalData('datelineSite', siteData(model));
    },
  });
  // Eleventy prints its closing line even in quiet mode; our summary says the same.
  if (quiet) elev.disableLogger();
  await elev.write();
}

function copyOriginals(model: SiteModel, articlesDir: string, outDir: string): void {
  for (const a of model.articles) {
    const target = resolve(outDir, a.rawPath);
    if (!isInside(target, outDir)) throw new BuildError(`Refusing to write ${a.rawPath} outside the output folder.`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(articlesDir, a.file), target);
  }
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const articlesDir = resolve(options.articlesDir);
  const outDir = resolve(options.outDir);
  if (!existsSync(articlesDir)) throw new BuildError(`The articles folder ${articlesDir} does not exist. Create it and put raw article files in it, or point --articles at your folder.`);
  checkOutDir(outDir, articlesDir);
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    seconds[stage] = (now - t) / 1000;
    t = now;
  };

  const bar = progress('Parsing', process.stderr, options.quiet);
  const { outcomes } = loadArticles({ articlesDir, maxBytes: options.maxBytes, onProgress: bar.update });
  bar.done(`Parsed ${outcomes.length} files.`);
  lap('parse');
  const model = buildModel(outcomes, { title: options.title, basePath: options.basePath });
  const report = buildReport(outcomes, model);
  lap('model');

  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await renderSite(model, staging, options.quiet);
    lap('render');
    await writeSearchIndex(staging);
    lap('search');
    copyOriginals(model, articlesDir, staging);
    writeFileSync(join(staging, OUTPUT_MARKER), 'This folder is generated by `dateline build` and replaced on every build.\n');
    const previous = `${outDir}.previous-${process.pid}`;
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  lap('write');
  if (options.reportFile) writeAtomically(resolve(options.reportFile), `${JSON.stringify(report, null, 2)}\n`);
  return { model, report, outcomes, seconds };
}

/** The one-screen summary printed after a build. */
export function summary(result: BuildResult, outDir: string): string {
  const { stats } = result.model;
  const lines = [
    `Built ${stats.articles} articles from ${stats.sources} sources into ${outDir}`,
    stats.firstDate ? `Dates: ${stats.firstDate} to ${stats.lastDate}` : 'Dates: none found',
    `Need review: ${stats.needsReview} (see /review/)`,
    `Duplicates folded: ${stats.duplicates}`,
  ];
  const problems = result.report.files.filter((f) => f.status === 'rejected' || f.problems.some((p) => p.severity === 'error'));
  if (problems.length) {
    lines.push(`Not published: ${problems.length}`);
    for (const f of problems.slice(0, 10)) lines.push(`  ${f.file}: ${f.problems.find((p) => p.severity === 'error')?.message ?? f.status}`);
    if (problems.length > 10) lines.push(`  … and ${problems.length - 10} more (see the report or /review/)`);
  }
  lines.push(`Time: ${Object.entries(result.seconds).map(([k, v]) => `${k} ${v.toFixed(2)}s`).join(', ')}`);
  return lines.join('\n');
}
