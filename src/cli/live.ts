/**
 * The archive `dateline serve` keeps in memory between full builds, so a
 * dropped-in, edited or deleted file is published at once: that file alone
 * is parsed, the model is rebuilt with the copies and stories of the last
 * full build carried over, and only the pages that differ are written,
 * with the report. The full build that follows (in its own thread) finds
 * copies and stories afresh and indexes the search; its site is the one a
 * plain `dateline build` gives. Until then the search page keeps naming the
 * search bundles that build wrote: a live update has no index of its own,
 * and a bundle it named before it exists would break the search.
 */
import { resolve } from 'node:path';
import { loadArticles, loadOneArticle, type UserRegistry } from '../archive/load.ts';
import { ParseCache } from '../archive/parse-cache.ts';
import { buildModel } from '../archive/model.ts';
import { buildReport } from '../archive/report.ts';
import type { CoverageMemo } from '../archive/coverage.ts';
import type { FileOutcome, Report } from '../archive/types.ts';
import { loadTemplates, pagesOf, type PageTemplate, type SitePages } from '../site/pages.ts';
import { updatePages, type PageChanges } from '../site/update-pages.ts';
import { siteData, searchShardsOf } from '../site/data.ts';
import type { SearchShard } from '../site/search-shards.ts';
import type { SiteModel } from '../archive/types.ts';
import { writeAtomically } from '../util/fs.ts';
import { forgetFingerprint, type BuildOptions } from './build.ts';

/** Files by path, as parsed (before the model folds duplicates into them). */
export type Outcomes = ReadonlyMap<string, FileOutcome>;

export interface LiveUpdate extends PageChanges {
  /** What became of each changed file: its page, or why it has none. */
  files: Array<{ file: string; url: string | null; why: string | null }>;
  seconds: number;
}

export class LiveArchive {
  private constructor(
    private readonly options: BuildOptions,
    private readonly user: UserRegistry,
    private outcomes: Map<string, FileOutcome>,
    private memo: CoverageMemo,
    private site: SitePages,
    private readonly templates: PageTemplate[],
    /** The search bundles in the output folder: those of the last full build. */
    private indexed: SearchShard[],
  ) {}

  /** The archive as the full build that just finished left it; `memo` is that build's copies and stories. */
  static async open(options: BuildOptions, memo: CoverageMemo): Promise<LiveArchive> {
    const cache = ParseCache.open(options.cacheDir ? resolve(options.cacheDir) : null);
    const loaded = await loadArticles({ articlesDir: resolve(options.articlesDir), maxBytes: options.maxBytes, cache });
    // Features only serve to find copies and stories, which the full builds do.
    for (const o of loaded.outcomes) delete o.features;
    const outcomes = new Map(loaded.outcomes.map((o) => [o.file, o]));
    const templates = await loadTemplates();
    const model = buildModel(copies(outcomes), modelOptions(options, memo));
    const indexed = searchShardsOf(model, options.searchShardLimits);
    return new LiveArchive(options, loaded.user, outcomes, memo, pagesOf(templates, model, { ...siteData(model), searchShards: indexed }), templates, indexed);
  }

  /** The files as they are now: a full build started now builds from these. */
  snapshot(): Outcomes {
    return new Map(this.outcomes);
  }

  /** Read `files` again (paths relative to the articles folder) and publish what changed. */
  update(files: Iterable<string>): LiveUpdate {
    const started = performance.now();
    const changed = new Set(files);
    const articlesDir = resolve(this.options.articlesDir);
    for (const file of changed) {
      const outcome = loadOneArticle(articlesDir, file, this.options.maxBytes, this.user);
      if (outcome) this.outcomes.set(file, outcome);
      else this.outcomes.delete(file);
      this.memo.delete(file);
    }
    const { pages, report } = this.publish(this.site, changed);
    const urls = new Map(this.site.model.articles.filter((a) => changed.has(a.file)).map((a) => [a.file, a.url]));
    const entries = new Map(report.files.map((f) => [f.file, f]));
    const outcome = [...changed].sort().map((file) => {
      const url = urls.get(file) ?? null;
      const entry = entries.get(file);
      const why = url ? null : entry ? `${entry.status}: ${entry.problems.find((p) => p.severity !== 'info')?.message ?? entry.problems[0]?.message ?? 'see the report'}` : 'deleted';
      return { file, url, why };
    });
    return { ...pages, files: outcome, seconds: (performance.now() - started) / 1000 };
  }

  /**
   * A full build from `builtFrom` has replaced the site: take its copies and
   * stories, and write again what changed while it ran (it did not see that).
   */
  settle(memo: CoverageMemo, builtFrom: Outcomes): PageChanges | null {
    const changed = new Set<string>();
    for (const [file, o] of this.outcomes) if (builtFrom.get(file) !== o) changed.add(file);
    for (const file of builtFrom.keys()) if (!this.outcomes.has(file)) changed.add(file);
    this.memo = new Map([...memo].filter(([file]) => !changed.has(file)));
    const builtModel = buildModel(copies(builtFrom), modelOptions(this.options, memo));
    this.indexed = searchShardsOf(builtModel, this.options.searchShardLimits);
    const built = this.pagesOf(builtModel);
    if (changed.size === 0) {
      this.site = built;
      return null;
    }
    return this.publish(built, changed).pages;
  }

  private pagesOf(model: SiteModel): SitePages {
    return pagesOf(this.templates, model, { ...siteData(model), searchShards: this.indexed });
  }

  private publish(before: SitePages, changed: ReadonlySet<string>): { pages: PageChanges; report: Report } {
    const outcomes = copies(this.outcomes);
    this.site = this.pagesOf(buildModel(outcomes, modelOptions(this.options, this.memo)));
    const { outDir, articlesDir, reportFile } = this.options;
    forgetFingerprint(resolve(outDir));
    const pages = updatePages({ outDir: resolve(outDir), articlesDir: resolve(articlesDir), before, after: this.site, changedFiles: changed });
    const report = buildReport(outcomes, this.site.model);
    if (reportFile) writeAtomically(resolve(reportFile), `${JSON.stringify(report, null, 2)}\n`);
    return { pages, report };
  }
}

function modelOptions(options: BuildOptions, memo: CoverageMemo) {
  return { title: options.title, basePath: options.basePath, origin: options.origin ?? null, coverageFrom: memo };
}

/** Fresh outcome objects in file order: the model marks duplicates on the ones it is given. */
function copies(outcomes: Outcomes): FileOutcome[] {
  return [...outcomes.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((o) => ({ ...o }));
}
