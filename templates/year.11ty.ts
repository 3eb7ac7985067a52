/** One page per year (/2022/): its chart and its articles by month and day, newest first. */
import { html } from '../src/site/html.ts';
import { volumeChart } from '../src/site/chart.ts';
import { formatMonth } from '../src/site/format.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { monthUrl, yearUrl } from '../src/archive/model.ts';
import { dayList } from './parts.ts';
import type { SiteModel, YearGroup } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'dateline.timeline.years', size: 1, alias: 'year', addAllPagesToCollections: false },
  permalink: (d: { year: YearGroup }) => `${d.year.year}/index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ dateline, year }: { dateline: SiteModel; year: YearGroup }): string {
  const page = pageAt(dateline.site, year.url);
  const u = (p: string) => urlFor(page, p);
  const years = dateline.timeline.years.map((y) => y.year);
  const k = years.indexOf(year.year);
  // Newest first: the next year is the one before in the list.
  const [newer, older] = [years[k - 1], years[k + 1]];
  const inYear = dateline.articles.filter((a) => a.date?.startsWith(`${year.year}-`));
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${u('/')}">Timeline</a> › ${year.year}</nav>
<h1>${year.year}</h1>
<p class="lede">${year.count} ${year.count === 1 ? 'article' : 'articles'} in ${year.months.length} ${year.months.length === 1 ? 'month' : 'months'}.</p>
${volumeChart(inYear, (key) => u(monthUrl(key)), `Articles per month in ${year.year}, coloured by outlet.`)}
<nav class="months-nav" aria-label="Months of ${year.year}"><ul>${year.months.map((m) => html`<li><a href="${u(m.url)}">${formatMonth(m.year, m.month)}</a> <small>${m.count}</small></li>`)}</ul></nav>
${year.months.map((m) => html`<section class="month" id="m${m.key}"><h2><a href="${u(m.url)}">${formatMonth(m.year, m.month)}</a> <small>${m.count} articles</small></h2>${dayList(page, m.days)}</section>`)}
<nav class="prevnext" aria-label="Years">${older ? html`<a rel="prev" href="${u(yearUrl(older))}">← ${older}</a>` : html`<span></span>`}${newer ? html`<a rel="next" href="${u(yearUrl(newer))}">${newer} →</a>` : html`<span></span>`}</nav>`;
  return layout({ page, title: String(year.year), body, description: `${year.count} articles from ${year.year}.` });
}
