/** One page per outlet, newest first. */
import { html } from '../src/site/html.ts';
import { formatDay } from '../src/site/format.ts';
import { layout, urlFor } from './layout.ts';
import { articleList } from './parts.ts';
import type { SiteModel, SourceSummary } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'dateline.sources', size: 1, alias: 'source', addAllPagesToCollections: false },
  permalink: (d: { source: SourceSummary }) => `${d.source.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ dateline, source }: { dateline: SiteModel; source: SourceSummary }): string {
  const { site } = dateline;
  const range = source.first && source.last ? html` from ${formatDay(source.first)} to ${formatDay(source.last)}` : '';
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${urlFor(site, '/sources/')}">Sources</a> › ${source.name}</nav>
<h1>${source.name}</h1>
<p class="lede">${source.count} ${source.count === 1 ? 'article' : 'articles'}${range}.</p>
${articleList(site, source.articles)}`;
  return layout({ site, title: source.name, body });
}
