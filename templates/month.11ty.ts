/** One page per month (/2022/02/): its articles by day, newest first. */
import { html } from '../src/site/html.ts';
import { formatMonth } from '../src/site/format.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { yearUrl } from '../src/archive/model.ts';
import { dayList } from './parts.ts';
import type { MonthGroup, SiteModel } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'dateline.timeline.months', size: 1, alias: 'month', addAllPagesToCollections: false },
  permalink: (d: { month: MonthGroup }) => `${d.month.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

/** The months before and after in the timeline (newest first). */
function neighbours(dateline: SiteModel, month: MonthGroup) {
  const months = dateline.timeline.months;
  const k = months.indexOf(month);
  return { newer: months[k - 1], older: months[k + 1] };
}

/** What the page shows besides the site's settings: `dateline serve` renders it again only when this changes. */
export function inputs({ dateline, month }: { dateline: SiteModel; month: MonthGroup }) {
  const { newer, older } = neighbours(dateline, month);
  return [month, newer?.key, older?.key];
}

export function render({ dateline, month }: { dateline: SiteModel; month: MonthGroup }): string {
  const page = pageAt(dateline.site, month.url);
  const u = (p: string) => urlFor(page, p);
  const { newer, older } = neighbours(dateline, month);
  const name = formatMonth(month.year, month.month);
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${u('/')}">Timeline</a> › <a href="${u(yearUrl(month.year))}">${month.year}</a> › ${name}</nav>
<h1>${name}</h1>
<p class="lede">${month.count} ${month.count === 1 ? 'article' : 'articles'} on ${month.days.length} ${month.days.length === 1 ? 'day' : 'days'}.</p>
${dayList(page, month.days, 'h2')}
<nav class="prevnext" aria-label="Months">${older ? html`<a rel="prev" href="${u(older.url)}">← ${formatMonth(older.year, older.month)}</a>` : html`<span></span>`}${newer ? html`<a rel="next" href="${u(newer.url)}">${formatMonth(newer.year, newer.month)} →</a>` : html`<span></span>`}</nav>`;
  return layout({ page, title: name, body, description: `${month.count} articles from ${name}.` });
}
