/** Small pieces shared by several page templates. */
import { html, type Html } from '../src/site/html.ts';
import { certaintyLabel, formatDay } from '../src/site/format.ts';
import { urlFor } from './layout.ts';
import type { ArticleRef, SiteModel } from '../src/archive/types.ts';

type Site = SiteModel['site'];

/** Initials make a badge tell outlets apart without relying on colour. */
export function sourceBadge(site: Site, name: string | null, url: string | null): Html {
  if (!name || !url) return html`<span class="badge badge-unknown">Source unknown</span>`;
  const initials = name.replace(/^the\s+/i, '').split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 3).toUpperCase();
  return html`<a class="badge" href="${urlFor(site, url)}"><abbr aria-hidden="true">${initials}</abbr> ${name}</a>`;
}

export function dateLabel(ref: Pick<ArticleRef, 'date' | 'dateCertainty'>): Html {
  if (!ref.date) return html`<span class="date date-none">Undated</span>`;
  const note = ref.dateCertainty === 'explicit' ? '' : html` <span class="certainty">(${certaintyLabel(ref.dateCertainty)})</span>`;
  return html`<time class="date" datetime="${ref.date}">${formatDay(ref.date)}</time>${note}`;
}

export function articleList(site: Site, refs: ArticleRef[]): Html {
  return html`<ul class="articles">${refs.map(
    (a) => html`<li><a class="headline" href="${urlFor(site, a.url)}">${a.headline}</a> <span class="meta">${sourceBadge(site, a.source, a.sourceUrl)} ${dateLabel(a)}</span></li>`,
  )}</ul>`;
}
