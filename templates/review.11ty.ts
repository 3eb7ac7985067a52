/** What needs a person: inferred or missing fields, and files that were not published. */
import { html } from '../src/site/html.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: 'review/index.html' };

export function render({ dateline }: { dateline: SiteModel }): string {
  const { site, review } = dateline;
  const page = pageAt(site, '/review/');
  const body = html`<h1>Review</h1>
<p class="lede">${review.length === 0 ? 'Nothing to review: every file was published with its headline, source and date found in the text.' : `${review.length} files need a look. Fix a field by adding YAML front-matter at the top of the raw file (for example "date: 2022-02-26" or "source: Outlet Name"), then rebuild.`}</p>
<ul class="review">${review.map(
    (item) => html`<li class="status-${item.status}"><p><strong>${item.url ? html`<a href="${urlFor(page, item.url)}">${item.headline ?? item.file}</a>` : item.file}</strong> <span class="status">${item.status}</span></p>
<p class="file"><code>${item.file}</code></p>
<ul>${item.problems.map((p) => html`<li class="${p.severity}"><span class="rule">${p.rule}</span>${p.line ? html` (line ${p.line})` : ''}: ${p.message}</li>`)}</ul></li>`,
  )}</ul>`;
  return layout({ page, title: 'Review', body });
}
