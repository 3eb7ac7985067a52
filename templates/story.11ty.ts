/** One page per story: every outlet's article side by side, oldest first, so it shows who reported first. */
import { html } from '../src/site/html.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { dateLabel, sourceBadge } from './parts.ts';
import type { SiteModel, Story } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'dateline.stories', size: 1, alias: 'story', addAllPagesToCollections: false },
  permalink: (d: { story: Story }) => `${d.story.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

/** What the page shows besides the site's settings: `dateline serve` renders it again only when this changes. */
export const inputs = ({ story }: { story: Story }) => story;

export function render({ dateline, story }: { dateline: SiteModel; story: Story }): string {
  const { site } = dateline;
  const page = pageAt(site, story.url);
  const u = (p: string) => urlFor(page, p);
  const ids = new Map(story.articles.map((a) => [a.id, a]));
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${u('/')}">Timeline</a> › <a href="${u('/stories/')}">Stories</a></nav>
<h1>${story.headline}</h1>
<p class="lede">${story.articles.length} articles from ${story.sources.length} ${story.sources.length === 1 ? 'outlet' : 'outlets'}${story.first ? html`, first reported ${dateLabel({ date: story.first, dateCertainty: 'explicit' })}` : ''}. Grouped by similar content within a few days; check the articles themselves before relying on the grouping.</p>
<ol class="coverage">${story.articles.map(
    (a, k) => html`<li class="coverage-item">
<p class="meta">${sourceBadge(page, a.source, a.sourceUrl)} ${dateLabel(a)}${k === 0 && a.date ? html` <span class="first">first</span>` : ''}</p>
<h2><a href="${u(a.url)}">${a.headline}</a></h2>
${a.copyOf ? html`<p class="note">Republishes the text of ${ids.get(a.copyOf)?.source ?? 'an earlier article'}.</p>` : ''}
<p>${a.lead}</p>
</li>`,
  )}</ol>`;
  return layout({ page, title: story.headline, body, description: `${story.articles.length} articles from ${story.sources.join(', ')}` });
}
