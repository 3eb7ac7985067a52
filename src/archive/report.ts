/**
 * The build report: one entry per input file, in file order, saying what
 * became of it and why. Written as JSON with `--report`.
 */
import type { FileOutcome, Report, SiteModel } from './types.ts';
import { withBase } from '../site/urls.ts';

export function buildReport(outcomes: FileOutcome[], model: SiteModel): Report {
  const urlByFile = new Map(model.articles.map((a) => [a.file, a.url]));
  return {
    files: outcomes.map((o) => {
      const url = urlByFile.get(o.file);
      return {
        file: o.file,
        status: o.status,
        url: url ? withBase(model.site.basePath, url) : null,
        headline: o.record?.headline ?? null,
        source: o.record?.source ?? null,
        date: o.record?.date ?? null,
        dateCertainty: o.record?.dateCertainty ?? null,
        ...(o.duplicateOf ? { duplicateOf: o.duplicateOf } : {}),
        problems: o.problems,
      };
    }),
  };
}
