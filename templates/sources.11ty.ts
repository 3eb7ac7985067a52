/** Every outlet with its article count and date range. */
import { html } from '../src/site/html.ts';
import { formatDay } from '../src/site/format.ts';
import { layout, urlFor } from './layout.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: 'sources/index.html' };

export function render({ dateline }: { dateline: SiteModel }): string {
  const { site, sources } = dateline;
  const body = html`<h1>Sources</h1>
<p class="lede">${sources.length} outlets. Articles whose publisher is unknown are listed on the review page.</p>
<table class="sources"><thead><tr><th scope="col">Outlet</th><th scope="col">Articles</th><th scope="col">First</th><th scope="col">Latest</th></tr></thead>
<tbody>${sources.map(
    (s) => html`<tr><td><a href="${urlFor(site, s.url)}">${s.name}</a></td><td>${s.count}</td><td>${s.first ? html`<time datetime="${s.first}">${formatDay(s.first)}</time>` : '–'}</td><td>${s.last ? html`<time datetime="${s.last}">${formatDay(s.last)}</time>` : '–'}</td></tr>`,
  )}</tbody></table>`;
  return layout({ site, title: 'Sources', body });
}
