/** Articles without a publication date, in file order. */
import { html } from '../src/site/html.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { timelineEntries } from './parts.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = {
  // Only when there are undated articles; otherwise no page and no link to it.
  pagination: { data: 'dateline.timeline.undated', size: 100000, alias: 'entries', addAllPagesToCollections: false },
  permalink: 'undated/index.html',
  eleventyExcludeFromCollections: true,
};

/** What the page shows besides the site's settings: `dateline serve` renders it again only when this changes. */
export const inputs = ({ entries }: { entries: SiteModel['timeline']['undated'] }) => entries;

export function render({ dateline, entries }: { dateline: SiteModel; entries: SiteModel['timeline']['undated'] }): string {
  const page = pageAt(dateline.site, '/undated/');
  const count = entries.reduce((n, e) => n + e.articles.length, 0);
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${urlFor(page, '/')}">Timeline</a> › Undated</nav>
<h1>Undated</h1>
<p class="lede">${count} ${count === 1 ? 'article' : 'articles'} with no publication date found in the text. Add one with <code>date:</code> front-matter in the raw file; the <a href="${urlFor(page, '/review/')}">review page</a> lists them with their files.</p>
${timelineEntries(page, entries)}`;
  return layout({ page, title: 'Undated', body });
}
