/** One page per article, paginated over the parsed records. */
import { html, trusted, type Interpolation } from '../src/site/html.ts';
import { renderMarkdown } from '../src/site/markdown.ts';
import { formatDay, formatMonth } from '../src/site/format.ts';
import { layout, pageAt, publicUrl, urlFor, type Page } from './layout.ts';
import { monthUrl, yearUrl } from '../src/archive/model.ts';
import { articleList, dateLabel, sourceBadge } from './parts.ts';
import type { SiteArticle, SiteModel } from '../src/archive/types.ts';
import { WEAK_CONFIDENCE, type ArticleRecord, type DateCertainty, type Evidence } from '../src/parse/types.ts';

/** What the page says about a date that is not written in the text, from the date's evidence. */
const DATE_NOTES: Record<Exclude<DateCertainty, 'explicit'>, (evidence: string) => Interpolation> = {
  inferred: (text) => html`The date was inferred: ${text}.`,
  bound: (text) => html`The page gives only a later day than the article’s own (“${text}”): it was published on or before that day.`,
  none: () => 'No publication date was found in the text.',
};

export const data = {
  pagination: { data: 'dateline.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (d: { article: SiteArticle }) => `${d.article.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

function evidenceRow(field: string, e: Evidence) {
  return html`<tr><th scope="row">${field}</th><td><code>${e.rule}</code></td><td>${e.line ?? '–'}</td><td>${e.text ?? '–'}</td><td>${Math.round(e.confidence * 100)}%</td></tr>`;
}

/** JSON inside a script element: "<" escaped so no text can close the element. */
function jsonLd(value: unknown) {
  return trusted(`<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`);
}

/** schema.org NewsArticle and Open Graph, for search engines and link previews. */
function metadata(page: Page, article: SiteArticle, description: string) {
  const r = article.record;
  const { site } = page;
  const url = site.origin ? publicUrl(site, article.url) : null;
  return html`${jsonLd({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: r.headline,
    ...(r.date ? { datePublished: r.date } : {}),
    ...(r.source ? { publisher: { '@type': 'Organization', name: r.source } } : {}),
    ...(r.author ? { author: { '@type': 'Person', name: r.author } } : {}),
    ...(r.lang ? { inLanguage: r.lang } : {}),
    ...(r.url ? { isBasedOn: r.url } : {}),
    ...(url ? { url, mainEntityOfPage: url } : {}),
  })}
<meta property="og:type" content="article">
<meta property="og:title" content="${r.headline}">
<meta property="og:description" content="${description}">
<meta property="og:site_name" content="${site.title}">
${url ? html`<meta property="og:url" content="${url}">` : ''}
${r.date ? html`<meta property="article:published_time" content="${r.date}">` : ''}
${r.source ? html`<meta property="article:publisher" content="${r.source}">` : ''}`;
}

/** What a reader should know about the publisher: missing, or only guessed. Notes are not indexed for search. */
function sourceNote(r: ArticleRecord) {
  if (!r.source) return html`<p class="note" data-pagefind-ignore>The text does not name its publisher. Set it with <code>source:</code> front-matter, or put the file in a folder named after the outlet.</p>`;
  if (r.evidence.source.confidence >= WEAK_CONFIDENCE) return '';
  return html`<p class="note" data-pagefind-ignore>The publisher is only a guess from weak evidence${r.evidence.source.line ? ` on line ${r.evidence.source.line}` : ''} (see “Where each field came from”). Confirm it, or set it with <code>source:</code> front-matter.</p>`;
}

/**
 * Pagefind's filters, date sort key (undated sort lowest, so none drops out
 * of sorted results) and result meta: one empty element each, since
 * Pagefind reads one name:value per attribute.
 */
function searchData(r: ArticleRecord) {
  const source = r.source ?? 'Source unknown';
  const fields: Array<[string, string]> = [
    ['filter', `source:${source}`],
    ['filter', `year:${r.date ? r.date.slice(0, 4) : 'Undated'}`],
    ['filter', `language:${r.lang ?? 'unknown'}`],
    ['sort', `date:${r.date ?? '0000-00-00'}`],
    ['meta', `date:${r.date ? formatDay(r.date) : 'Undated'}`],
    ['meta', `source:${source}`],
  ];
  return fields.map(([kind, value]) => html`<span hidden data-pagefind-${kind}="${value}"></span>`);
}

/** "Also published by" (copies of this text) and "Other coverage of this story" (other articles on the event). */
function coverage(page: Page, article: SiteArticle) {
  const copies = new Set(article.alsoPublishedBy.map((a) => a.id));
  const others = article.otherCoverage.filter((a) => !copies.has(a.id));
  return html`${article.alsoPublishedBy.length ? html`<section class="related copies"><h2>Also published by</h2><p>The same text${article.copyOf ? html`, first published by ${article.copyOf.source ?? 'an unknown source'}` : ''}:</p>${articleList(page, article.alsoPublishedBy)}</section>` : ''}
${others.length ? html`<section class="related story"><h2>Other coverage of this story</h2>${articleList(page, others)}</section>` : ''}
${article.story.url ? html`<p class="story-link"><a href="${urlFor(page, article.story.url)}">All ${article.story.size} articles of this story side by side</a></p>` : ''}`;
}

/** What the page shows besides the site's settings: `dateline serve` renders it again only when this changes. */
export const inputs = ({ article }: { article: SiteArticle }) => article;

export function render({ dateline, article }: { dateline: SiteModel; article: SiteArticle }): string {
  const page = pageAt(dateline.site, article.url);
  const r = article.record;
  const u = (p: string) => urlFor(page, p);
  const crumbs = r.date
    ? html`<a href="${u('/')}">Timeline</a> › <a href="${u(yearUrl(r.date.slice(0, 4)))}">${r.date.slice(0, 4)}</a> › <a href="${u(monthUrl(r.date))}">${formatMonth(Number(r.date.slice(0, 4)), Number(r.date.slice(5, 7)))}</a> › <a href="${u(`${monthUrl(article.listedOn!)}#d${article.listedOn}`)}">${formatDay(r.date)}</a>`
    : html`<a href="${u('/')}">Timeline</a> › <a href="${u('/undated/')}">Undated</a>`;
  const dateNote =
    r.dateCertainty === 'explicit'
      ? ''
      : html`<p class="note" data-pagefind-ignore>${DATE_NOTES[r.dateCertainty](r.evidence.date.text ?? '')} Set it with <code>date:</code> front-matter in the raw file.</p>`;
  const description = r.dek ?? `${r.source ?? 'Unknown source'}${r.date ? `, ${formatDay(r.date)}` : ''}`;
  const body = html`<nav class="crumbs" aria-label="Breadcrumb">${crumbs}</nav>
<article lang="${r.lang ?? 'und'}" data-pagefind-body>
<header class="article-head">
${searchData(r)}
<h1>${r.headline}</h1>
${r.dek ? html`<p class="dek">${r.dek}</p>` : ''}
<p class="meta">${sourceBadge(page, r.source, article.sourceUrl)} ${dateLabel(r)}${r.credit ? html` <span class="credit">via ${r.credit}</span>` : ''}${r.author ? html` <span class="author">by ${r.author}</span>` : ''} <a class="raw" href="${u(article.rawUrl)}" data-pagefind-ignore>Original text</a>${r.url ? html` <a class="raw" href="${r.url}" rel="nofollow noopener noreferrer" data-pagefind-ignore>Original page at ${new URL(r.url).host}</a>` : ''}</p>
${dateNote}
${sourceNote(r)}
</header>
<div class="body">${renderMarkdown(r.body)}</div>
</article>
${coverage(page, article)}
<details class="evidence"><summary>Where each field came from</summary>
<table><thead><tr><th scope="col">Field</th><th scope="col">Rule</th><th scope="col">Line</th><th scope="col">Text used</th><th scope="col">Confidence</th></tr></thead>
<tbody>${evidenceRow('Headline', r.evidence.headline)}${evidenceRow('Source', r.evidence.source)}${evidenceRow('Date', r.evidence.date)}${evidenceRow('Body', r.evidence.body)}${evidenceRow('Language', r.evidence.lang)}</tbody></table>
<p>Raw file: <code>${article.file}</code>. Correct a field by adding YAML front-matter at the top of that file.</p>
</details>
<nav class="prevnext" aria-label="Timeline">
${article.prev ? html`<a rel="prev" href="${u(article.prev.url)}">← ${article.prev.headline}</a>` : html`<span></span>`}
${article.next ? html`<a rel="next" href="${u(article.next.url)}">${article.next.headline} →</a>` : html`<span></span>`}
</nav>`;
  return layout({ page, title: r.headline, body, description, head: metadata(page, article, description) });
}
