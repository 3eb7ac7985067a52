/**
 * Atom and JSON Feed documents: one for the whole archive and one per
 * outlet, newest dated articles first. Entry ids are stable across rebuilds
 * and hosts (they name the article, not its address).
 */
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { html } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import type { SiteArticle, SiteModel } from '../archive/types.ts';
import { withBase } from './urls.ts';
import { groupBy } from '../util/group.ts';

/** Entries per feed: enough for a reader to catch up, small enough to fetch often. */
export const FEED_SIZE = 50;

export interface Feed {
  /** Site path without extension: "/feed" or "/sources/<slug>/feed". */
  path: string;
  title: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  articles: SiteArticle[];
}

/** One file to write: a feed in one of the two formats. */
export interface FeedFile {
  feed: Feed;
  format: 'atom' | 'json';
}

export function feedsOf(model: SiteModel): Feed[] {
  const newest = model.articles.filter((a) => a.date).reverse();
  const bySource = groupBy(newest, (a) => a.sourceUrl);
  return [
    { path: '/feed', title: model.site.title, pageUrl: '/', articles: newest.slice(0, FEED_SIZE) },
    ...model.sources.map((s) => ({ path: `${s.url}feed`, title: `${s.name} · ${model.site.title}`, pageUrl: s.url, articles: (bySource.get(s.url) ?? []).slice(0, FEED_SIZE) })),
  ];
}

const address = (site: SiteModel['site'], path: string) => `${site.origin ?? ''}${withBase(site.basePath, path)}`;
const timestamp = (iso: string) => dateToRfc3339(new Date(`${iso}T00:00:00Z`));
const entryId = (a: SiteArticle) => `urn:dateline:article:${a.id}`;

// An article sits in the archive's feed and in its outlet's, each in two formats: its body is rendered once.
const bodyHtmlOf = new WeakMap<SiteArticle, string>();
function bodyHtml(a: SiteArticle): string {
  let found = bodyHtmlOf.get(a);
  if (found === undefined) bodyHtmlOf.set(a, (found = renderMarkdown(a.record.body).value));
  return found;
}

export function atomFeed(site: SiteModel['site'], feed: Feed): string {
  const updated = feed.articles[0]?.date ?? '1970-01-01';
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${feed.title}</title>
<id>urn:dateline:feed:${feed.path}</id>
<link rel="self" type="application/atom+xml" href="${address(site, `${feed.path}.xml`)}"/>
<link rel="alternate" type="text/html" href="${address(site, feed.pageUrl)}"/>
<updated>${timestamp(updated)}</updated>
<generator>Dateline</generator>
${feed.articles.map(
    (a) => html`<entry>
<title>${a.headline}</title>
<id>${entryId(a)}</id>
<link rel="alternate" type="text/html" href="${address(site, a.url)}"/>
<published>${timestamp(a.date!)}</published>
<updated>${timestamp(a.date!)}</updated>
<author><name>${a.source ?? 'Source unknown'}</name></author>
${a.source ? html`<category term="${a.source}"/>` : ''}
${a.record.dek ? html`<summary>${a.record.dek}</summary>` : ''}
<content type="html">${bodyHtml(a)}</content>
</entry>`,
  )}
</feed>
`.value;
}

export function jsonFeed(site: SiteModel['site'], feed: Feed): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: address(site, feed.pageUrl),
      feed_url: address(site, `${feed.path}.json`),
      items: feed.articles.map((a) => ({
        id: entryId(a),
        url: address(site, a.url),
        title: a.headline,
        ...(a.record.dek ? { summary: a.record.dek } : {}),
        content_html: bodyHtml(a),
        date_published: timestamp(a.date!),
        authors: [{ name: a.source ?? 'Source unknown' }],
        ...(a.record.lang ? { language: a.record.lang } : {}),
        ...(a.source ? { tags: [a.source] } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
