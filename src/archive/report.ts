/**
 * The build report: one entry per input file, in file order, saying what
 * became of it and why. Written as JSON with `--report`.
 */
import type { FileOutcome, Report, SiteModel } from './types.ts';
import { withBase } from '../site/urls.ts';

export function buildReport(outcomes: FileOutcome[], model: SiteModel): Report {
  const byFile = new Map(model.articles.map((a) => [a.file, a]));
  const fileById = new Map(model.articles.map((a) => [a.id, a.file]));
  return {
    files: outcomes.map((o) => {
      const article = byFile.get(o.file);
      const url = article?.url;
      // An exact duplicate belongs to the story of the file that has its page.
      const story = (article ?? (o.duplicateOf ? byFile.get(o.duplicateOf) : undefined))?.story.id ?? null;
      const copyOf = article?.copyOf ? fileById.get(article.copyOf.id)! : undefined;
      const duplicateOf = o.duplicateOf ?? copyOf;
      const problems = copyOf
        ? [...o.problems, { severity: 'info' as const, rule: 'archive/republished', message: `Republishes the text of ${copyOf} (${article!.copyOf!.source ?? 'source unknown'}); both keep their pages and link to each other.` }]
        : o.problems;
      return {
        file: o.file,
        status: o.status,
        url: url ? withBase(model.site.basePath, url) : null,
        headline: o.record?.headline ?? null,
        source: o.record?.source ?? null,
        date: o.record?.date ?? null,
        dateCertainty: o.record?.dateCertainty ?? null,
        story,
        ...(duplicateOf ? { duplicateOf } : {}),
        problems,
      };
    }),
  };
}
