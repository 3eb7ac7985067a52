/** Every outlet with its article count, date range and activity over the archive's span. */
import { html } from '../src/site/html.ts';
import { sparkline } from '../src/site/chart.ts';
import { formatDay } from '../src/site/format.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: 'sources/index.html' };

export function render({ dateline }: { dateline: SiteModel }): string {
  const { site, sources, stats } = dateline;
  const page = pageAt(site, '/sources/');
  const span = stats.firstDate && stats.lastDate ? { first: stats.firstDate, last: stats.lastDate } : null;
  const body = html`<h1>Sources</h1>
<p class="lede">${sources.length} outlets. Articles whose publisher is unknown are listed on the <a href="${urlFor(page, '/review/')}">review page</a>.</p>
<div class="table-wrap"><table class="sources"><thead><tr><th scope="col">Outlet</th><th scope="col">Articles</th><th scope="col">First</th><th scope="col">Latest</th>${span ? html`<th scope="col">Activity ${span.first.slice(0, 4)}–${span.last.slice(0, 4)}</th>` : ''}</tr></thead>
<tbody>${sources.map(
    (s) => html`<tr><td><a href="${urlFor(page, s.url)}">${s.name}</a></td><td>${s.count}</td><td>${s.first ? html`<time datetime="${s.first}">${formatDay(s.first)}</time>` : '–'}</td><td>${s.last ? html`<time datetime="${s.last}">${formatDay(s.last)}</time>` : '–'}</td>${span ? html`<td>${sparkline(s.articles, span, `Articles per quarter by ${s.name}`)}</td>` : ''}</tr>`,
  )}</tbody></table></div>`;
  return layout({ page, title: 'Sources', body });
}
