/** One page per article, paginated over the parsed records. */
import { html } from '../src/site/html.ts';
import { renderMarkdown } from '../src/site/markdown.ts';
import { formatDay, formatMonth } from '../src/site/format.ts';
import { layout, urlFor } from './layout.ts';
import { dateLabel, sourceBadge } from './parts.ts';
import type { SiteArticle, SiteModel } from '../src/archive/types.ts';
import type { Evidence } from '../src/parse/types.ts';

export const data = {
  pagination: { data: 'dateline.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (d: { article: SiteArticle }) => `${d.article.url.slice(1)}index.html`,
  eleventyExcludeFromCollections: true,
};

function evidenceRow(field: string, e: Evidence) {
  return html`<tr><th scope="row">${field}</th><td><code>${e.rule}</code></td><td>${e.line ?? '–'}</td><td>${e.text ?? '–'}</td><td>${Math.round(e.confidence * 100)}%</td></tr>`;
}

export function render({ dateline, article }: { dateline: SiteModel; article: SiteArticle }): string {
  const { site } = dateline;
  const r = article.record;
  const u = (p: string) => urlFor(site, p);
  const crumbs = r.date
    ? html`<a href="${u('/')}">Timeline</a> › <a href="${u(`/#y${r.date.slice(0, 4)}`)}">${r.date.slice(0, 4)}</a> › <a href="${u(`/#m${r.date.slice(0, 7)}`)}">${formatMonth(Number(r.date.slice(0, 4)), Number(r.date.slice(5, 7)))}</a> › <a href="${u(`/#d${r.date}`)}">${formatDay(r.date)}</a>`
    : html`<a href="${u('/')}">Timeline</a> › <a href="${u('/#undated')}">Undated</a>`;
  const dateNote =
    r.dateCertainty === 'explicit'
      ? ''
      : html`<p class="note">${r.dateCertainty === 'inferred' ? html`The date was inferred: ${r.evidence.date.text}.` : 'No publication date was found in the text.'} Set it with <code>date:</code> front-matter in the raw file.</p>`;
  const body = html`<nav class="crumbs" aria-label="Breadcrumb">${crumbs}</nav>
<article lang="${r.lang ?? 'und'}">
<header class="article-head">
<h1>${r.headline}</h1>
${r.dek ? html`<p class="dek">${r.dek}</p>` : ''}
<p class="meta">${sourceBadge(site, r.source, article.sourceUrl)} ${dateLabel(r)}${r.credit ? html` <span class="credit">via ${r.credit}</span>` : ''}${r.author ? html` <span class="author">by ${r.author}</span>` : ''} <a class="raw" href="${u(article.rawUrl)}">Original text</a></p>
${dateNote}
${r.source ? '' : html`<p class="note">The text does not name its publisher. Set it with <code>source:</code> front-matter, or put the file in a folder named after the outlet.</p>`}
</header>
<div class="body">${renderMarkdown(r.body)}</div>
</article>
<details class="evidence"><summary>Where each field came from</summary>
<table><thead><tr><th scope="col">Field</th><th scope="col">Rule</th><th scope="col">Line</th><th scope="col">Text used</th><th scope="col">Confidence</th></tr></thead>
<tbody>${evidenceRow('Headline', r.evidence.headline)}${evidenceRow('Source', r.evidence.source)}${evidenceRow('Date', r.evidence.date)}${evidenceRow('Body', r.evidence.body)}${evidenceRow('Language', r.evidence.lang)}</tbody></table>
<p>Raw file: <code>${article.file}</code>. Correct a field by adding YAML front-matter at the top of that file.</p>
</details>
<nav class="prevnext" aria-label="Timeline">
${article.prev ? html`<a rel="prev" href="${u(article.prev.url)}">← ${article.prev.headline}</a>` : html`<span></span>`}
${article.next ? html`<a rel="next" href="${u(article.next.url)}">${article.next.headline} →</a>` : html`<span></span>`}
</nav>`;
  return layout({ site, title: r.headline, body, description: r.dek ?? `${r.source ?? 'Unknown source'}${r.date ? `, ${r.date}` : ''}` });
}
