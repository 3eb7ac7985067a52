/** Small pieces shared by several page templates. */
import { html, trusted, type Html } from '../src/site/html.ts';
import { certaintyLabel, formatDay } from '../src/site/format.ts';
import { urlFor, type Page } from './layout.ts';
import type { ArticleRef, DayGroup, TimelineEntry } from '../src/archive/types.ts';

/** Initials make a badge tell outlets apart without relying on colour. */
export function sourceBadge(page: Page, name: string | null, url: string | null): Html {
  if (!name || !url) return html`<span class="badge badge-unknown">Source unknown</span>`;
  const initials = name.replace(/^the\s+/i, '').split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 3).toUpperCase();
  return html`<a class="badge" href="${urlFor(page, url)}"><abbr aria-hidden="true">${initials}</abbr> ${name}</a>`;
}

export function dateLabel(ref: Pick<ArticleRef, 'date' | 'dateCertainty'>): Html {
  if (!ref.date) return html`<span class="date date-none">Undated</span>`;
  const note = ref.dateCertainty === 'explicit' ? '' : html` <span class="certainty">(${certaintyLabel(ref.dateCertainty)})</span>`;
  return html`<time class="date" datetime="${ref.date}">${formatDay(ref.date)}</time>${note}`;
}

function articleItem(page: Page, a: ArticleRef): Html {
  return html`<li><a class="headline" href="${urlFor(page, a.url)}">${a.headline}</a> <span class="meta">${sourceBadge(page, a.source, a.sourceUrl)} ${dateLabel(a)}</span></li>`;
}

export function articleList(page: Page, refs: ArticleRef[]): Html {
  return html`<ul class="articles">${refs.map((a) => articleItem(page, a))}</ul>`;
}

/** Timeline entries: an article, or a story shown once with each outlet's article under it. */
export function timelineEntries(page: Page, entries: TimelineEntry[]): Html {
  return html`<ul class="articles">${entries.map((e) =>
    e.story?.url
      ? html`<li class="story-entry"><a class="headline" href="${urlFor(page, e.story.url)}">${e.story.headline}</a> <span class="story-count">Story: ${e.articles.length} articles from ${new Set(e.articles.map((a) => a.source ?? '?')).size} ${new Set(e.articles.map((a) => a.source ?? '?')).size === 1 ? 'outlet' : 'outlets'}</span><ul class="story-articles">${e.articles.map((a) => articleItem(page, a))}</ul></li>`
      : e.articles.map((a) => articleItem(page, a)),
  )}</ul>`;
}

/** Days, each with its heading (an anchor the article breadcrumbs point at) and entries. */
export function dayList(page: Page, days: DayGroup[], heading: 'h2' | 'h3' = 'h3'): Html {
  return html`${days.map(
    (d) => html`<section class="day" id="d${d.date}">${trusted(`<${heading} class="day-head">`)}<time datetime="${d.date}">${formatDay(d.date)}</time>${trusted(`</${heading}>`)}${timelineEntries(page, d.entries)}</section>`,
  )}`;
}
