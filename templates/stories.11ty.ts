/** Every story of two or more articles, newest first. */
import { html } from '../src/site/html.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { dateLabel } from './parts.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: 'stories/index.html' };

export function render({ dateline }: { dateline: SiteModel }): string {
  const { site, stories } = dateline;
  const page = pageAt(site, '/stories/');
  const body = html`<h1>Stories</h1>
<p class="lede">${stories.length} events covered by more than one article. Each story lists its coverage side by side, oldest first.</p>
${stories.length === 0 ? html`<p>No two articles in the archive tell the same event yet.</p>` : ''}
<ul class="articles">${stories.map(
    (s) => html`<li><a class="headline" href="${urlFor(page, s.url)}">${s.headline}</a> <span class="meta">${dateLabel({ date: s.first, dateCertainty: 'explicit' })} · ${s.articles.length} articles: ${s.sources.join(', ')}</span></li>`,
  )}</ul>`;
  return layout({ page, title: `Stories — ${site.title}`, body, description: `${stories.length} stories told by several outlets.` });
}
