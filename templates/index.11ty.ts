/** Home: the latest coverage, the volume chart, and the way into every year and month. */
import { html } from '../src/site/html.ts';
import { volumeChart } from '../src/site/chart.ts';
import { formatDay, formatMonth } from '../src/site/format.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { monthUrl } from '../src/archive/model.ts';
import { dayList } from './parts.ts';
import type { DayGroup, SiteModel } from '../src/archive/types.ts';

export const data = { permalink: 'index.html' };

/** Articles the home page shows before pointing at the year and month pages. */
const LATEST = 30;

function latestDays(model: SiteModel): DayGroup[] {
  const days: DayGroup[] = [];
  let shown = 0;
  for (const m of model.timeline.months) {
    for (const d of m.days) {
      if (shown >= LATEST) return days;
      days.push(d);
      shown += d.entries.reduce((n, e) => n + e.articles.length, 0);
    }
  }
  return days;
}

export function render({ dateline }: { dateline: SiteModel }): string {
  const { site, timeline, stats } = dateline;
  const page = pageAt(site, '/');
  const u = (p: string) => urlFor(page, p);
  const range = stats.firstDate && stats.lastDate ? html`, ${formatDay(stats.firstDate)} to ${formatDay(stats.lastDate)}` : '';
  const undatedCount = timeline.undated.reduce((n, e) => n + e.articles.length, 0);
  const body = html`<h1>Timeline</h1>
<p class="lede">${stats.articles} articles from ${stats.sources} sources${range}${stats.stories ? html`, in <a href="${u('/stories/')}">${stats.stories} stories</a> told by more than one article` : ''}.</p>
${stats.articles === 0 ? html`<p>No articles yet: add raw article files to the articles folder and rebuild.</p>` : ''}
${volumeChart(dateline.articles, (key) => u(monthUrl(key)), 'Articles per month, coloured by outlet; select a bar to open its month.')}
${timeline.months.length ? html`<section class="latest"><h2>Latest coverage</h2>${dayList(page, latestDays(dateline))}</section>` : ''}
${timeline.years.length ? html`<section class="archive-index"><h2>Every year and month</h2>
<ul class="years">${timeline.years.map(
  (y) => html`<li><a class="year-link" href="${u(y.url)}">${y.year}</a> <small>${y.count}</small>
<ul class="months">${y.months.map((m) => html`<li><a href="${u(m.url)}">${formatMonth(m.year, m.month).split(' ')[0]}</a> <small>${m.count}</small></li>`)}</ul></li>`,
)}</ul></section>` : ''}
${undatedCount ? html`<section class="undated-link"><h2>Undated</h2><p><a href="${u('/undated/')}">${undatedCount} ${undatedCount === 1 ? 'article has' : 'articles have'} no publication date</a>; the review page says how to add one.</p></section>` : ''}`;
  return layout({ page, title: site.title, body, description: `News archive: ${stats.articles} articles from ${stats.sources} sources.` });
}
