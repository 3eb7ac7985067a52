/** Home: the whole archive as a timeline, newest first, undated lane last. */
import { html } from '../src/site/html.ts';
import { formatDay, formatMonth } from '../src/site/format.ts';
import { layout } from './layout.ts';
import { articleList } from './parts.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: 'index.html' };

export function render({ dateline }: { dateline: SiteModel }): string {
  const { site, timeline, stats } = dateline;
  const range = stats.firstDate && stats.lastDate ? html`, ${formatDay(stats.firstDate)} to ${formatDay(stats.lastDate)}` : '';
  const body = html`<h1>Timeline</h1>
<p class="lede">${stats.articles} articles from ${stats.sources} sources${range}.</p>
${timeline.years.length === 0 && timeline.undated.length === 0 ? html`<p>No articles yet: add raw article files to the articles folder and rebuild.</p>` : ''}
${timeline.years.map(
  (y) => html`<section class="year" id="y${y.year}"><h2>${y.year} <small>${y.count} articles</small></h2>
${y.months.map(
  (m) => html`<section class="month" id="m${m.key}"><h3>${formatMonth(m.year, m.month)}</h3>
${m.days.map((d) => html`<section class="day" id="d${d.date}"><h4><time datetime="${d.date}">${formatDay(d.date)}</time></h4>${articleList(site, d.articles)}</section>`)}
</section>`,
)}
</section>`,
)}
${timeline.undated.length ? html`<section class="year undated" id="undated"><h2>Undated <small>${timeline.undated.length} articles</small></h2><p>No publication date was found for these; see the review page to add one.</p>${articleList(site, timeline.undated)}</section>` : ''}`;
  return layout({ site, title: site.title, body, description: `News archive: ${stats.articles} articles from ${stats.sources} sources.` });
}
