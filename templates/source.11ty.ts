/** Each outlet's articles, newest first, in pages of a fixed size at stable addresses. */
import { html } from '../src/site/html.ts';
import { formatDay } from '../src/site/format.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { articleList } from './parts.ts';
import type { SiteModel, SourcePage } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'dateline.sourcePages', size: 1, alias: 'listing', addAllPagesToCollections: false },
  permalink: (d: { listing: SourcePage }) => `${d.listing.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

/** What the page shows besides the site's settings: `dateline serve` renders it again only when this changes. */
export const inputs = ({ listing }: { listing: SourcePage }) => listing;

export function render({ dateline, listing }: { dateline: SiteModel; listing: SourcePage }): string {
  const page = pageAt(dateline.site, listing.url);
  const u = (p: string) => urlFor(page, p);
  const { source } = listing;
  const range = source.first && source.last ? html` from ${formatDay(source.first)} to ${formatDay(source.last)}` : '';
  const pager =
    listing.pages > 1
      ? html`<nav class="pager" aria-label="Pages of ${source.name}">${listing.prevUrl ? html`<a rel="prev" href="${u(listing.prevUrl)}">← Newer</a>` : ''} <span>Page ${listing.page} of ${listing.pages}</span> ${listing.nextUrl ? html`<a rel="next" href="${u(listing.nextUrl)}">Older →</a>` : ''}</nav>`
      : '';
  const title = listing.page === 1 ? source.name : `${source.name}, page ${listing.page}`;
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${u('/sources/')}">Sources</a> › ${source.name}</nav>
<h1>${title}</h1>
<p class="lede">${source.count} ${source.count === 1 ? 'article' : 'articles'}${range}. <a href="${u(`${source.url}feed.xml`)}">Atom feed</a> · <a href="${u(`${source.url}feed.json`)}">JSON Feed</a></p>
${pager}
${articleList(page, listing.articles)}
${pager}`;
  const head = html`<link rel="alternate" type="application/atom+xml" title="${source.name} (Atom)" href="${u(`${source.url}feed.xml`)}">`;
  return layout({ page, title, body, head });
}
