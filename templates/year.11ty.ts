/** One page per year (/2022/): its chart and its articles by month and day, newest first. */
import { html } from '../src/site/html.ts';
import { volumeChart } from '../src/site/chart.ts';
import { formatMonth } from '../src/site/format.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import { monthUrl, yearUrl } from '../src/archive/model.ts';
import { dayList } from './parts.ts';
import { groupBy } from '../src/util/group.ts';
import type { SiteModel, YearGroup } from '../src/archive/types.ts';

export const data = {
  pagination: { data: 'dateline.timeline.years', size: 1, alias: 'year', addAllPagesToCollections: false },
  permalink: (d: { year: YearGroup }) => `${d.year.year}/index.html`,
  eleventyExcludeFromCollections: true,
};

// Each year's charted articles, found in one pass over the archive for all its year pages.
const chartedByModel = new WeakMap<SiteModel, Map<string, Array<{ date: string | null; source: string | null }>>>();

/** The years before and after in the timeline (newest first), and what the year's chart counts. */
function around(dateline: SiteModel, year: YearGroup) {
  const years = dateline.timeline.years.map((y) => y.year);
  const k = years.indexOf(year.year);
  let charted = chartedByModel.get(dateline);
  if (!charted) {
    const dated = dateline.articles.filter((a) => a.date).map(({ date, source }) => ({ date, source }));
    chartedByModel.set(dateline, (charted = groupBy(dated, (a) => a.date!.slice(0, 4))));
  }
  return { newer: years[k - 1], older: years[k + 1], charted: charted.get(String(year.year)) ?? [] };
}

/** What the page shows besides the site's settings: `dateline serve` renders it again only when this changes. */
export function inputs({ dateline, year }: { dateline: SiteModel; year: YearGroup }) {
  const { newer, older, charted } = around(dateline, year);
  return [year, newer, older, charted];
}

export function render({ dateline, year }: { dateline: SiteModel; year: YearGroup }): string {
  const page = pageAt(dateline.site, year.url);
  const u = (p: string) => urlFor(page, p);
  const { newer, older, charted } = around(dateline, year);
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${u('/')}">Timeline</a> › ${year.year}</nav>
<h1>${year.year}</h1>
<p class="lede">${year.count} ${year.count === 1 ? 'article' : 'articles'} in ${year.months.length} ${year.months.length === 1 ? 'month' : 'months'}.</p>
${volumeChart(charted, (key) => u(monthUrl(key)), `Articles per month in ${year.year}, coloured by outlet.`)}
<nav class="months-nav" aria-label="Months of ${year.year}"><ul>${year.months.map((m) => html`<li><a href="${u(m.url)}">${formatMonth(m.year, m.month)}</a> <small>${m.count}</small></li>`)}</ul></nav>
${year.months.map((m) => html`<section class="month" id="m${m.key}"><h2><a href="${u(m.url)}">${formatMonth(m.year, m.month)}</a> <small>${m.count} articles</small></h2>${dayList(page, m.days)}</section>`)}
<nav class="prevnext" aria-label="Years">${older ? html`<a rel="prev" href="${u(yearUrl(older))}">← ${older}</a>` : html`<span></span>`}${newer ? html`<a rel="next" href="${u(yearUrl(newer))}">${newer} →</a>` : html`<span></span>`}</nav>`;
  return layout({ page, title: String(year.year), body, description: `${year.count} articles from ${year.year}.` });
}
