/**
 * A page saved from the browser ("Save page as", HTML only) is markup, not
 * the text a copy of the page gives. Such a file is first turned into that
 * text by html-to-text: blocks on lines of their own, no scripts, styles or
 * images, links as their words. The parser then reads it like any copy.
 * What the page declares about itself in its markup (Open Graph and article
 * meta tags, JSON-LD, the canonical link, the saving tool's note of the
 * address and day) is read apart, as metadata: the publisher's own word on
 * its name and the publication time.
 */
import { compile } from 'html-to-text';
import { Parser } from 'htmlparser2';
import type { PageMetadata } from './types.ts';

// A whole page: its doctype, its <html> or <body>. A fragment of markup inside copied text is still text.
const HTML_PAGE = /^\s*(?:<!doctype html|<html[\s>])|<body[\s>]/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_PAGE.test(text.slice(0, 4096));
}

const skip = { format: 'skip' } as const;
// A copy of the page has one line per block: no blank lines around headings and paragraphs, no capitals added.
const oneLine = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

// Compiled once: html-to-text builds its decision tree from the options on every call otherwise.
const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', ...skip },
    { selector: 'svg', ...skip },
    { selector: 'noscript', ...skip },
    { selector: 'template', ...skip },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'table', options: { uppercaseHeaderCells: false } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { ...oneLine, uppercase: false } })),
    ...['p', 'blockquote', 'pre'].map((selector) => ({ selector, options: oneLine })),
    // Blocks html-to-text does not know as blocks, which a browser sets on lines of their own.
    ...['figure', 'figcaption', 'header', 'footer', 'nav', 'section', 'aside', 'main', 'address', 'details', 'summary', 'dt', 'dd'].map((selector) => ({ selector, format: 'block' })),
  ],
});

/** The text a browser shows for an HTML page. */
export function textOfHtml(html: string): string {
  return toText(html);
}

// Meta tags by what they declare, strongest first within each kind.
const META_TAGS: Record<'title' | 'siteName' | 'url' | 'published', string[]> = {
  title: ['og:title', 'twitter:title'],
  siteName: ['og:site_name', 'application-name'],
  url: ['og:url'],
  published: ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'date'],
};
const KIND_OF_META = new Map(Object.entries(META_TAGS).flatMap(([kind, names]) => names.map((name) => [name, kind as keyof typeof META_TAGS])));
// JSON-LD types of an article page.
const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|Report)$/;
// Chrome's "saved from url=(0044)https://…" note, and SingleFile's "url: …" and "saved date: …" lines.
const SAVED_FROM = /saved from url=\(\d+\)(\S+)/;
const SINGLEFILE_URL = /^\s*url:\s*(https?:\/\/\S+)/m;
const SINGLEFILE_DAY = /^\s*saved date:\s*\w{3} (\w{3}) (\d{2}) (\d{4})/m;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What an HTML page declares about itself. Never throws: markup or JSON it cannot read declares nothing. */
export function metadataOfHtml(html: string): PageMetadata {
  const found: PageMetadata = {};
  // Meta tags are ranked by their place in META_TAGS: a stronger one replaces a weaker one found before it.
  const rank = new Map<keyof PageMetadata, number>();
  const declare = (kind: keyof PageMetadata, value: string | undefined, text: string, strength: number) => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (!v || strength >= (rank.get(kind) ?? Infinity)) return;
    rank.set(kind, strength);
    found[kind] = { value: v, text: `${text}: ${v}`, line: null };
  };
  let jsonLd: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const kind = KIND_OF_META.get(key);
          if (kind) declare(kind, attrs.content, key, META_TAGS[kind].indexOf(key));
        } else if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '')) declare('url', attrs.href, 'canonical link', -1);
        else if (name === 'script' && /^application\/ld\+json$/i.test((attrs.type ?? '').trim())) jsonLd = '';
      },
      ontext(text) {
        if (jsonLd !== null) jsonLd += text;
      },
      onclosetag(name) {
        if (name !== 'script' || jsonLd === null) return;
        for (const article of articlesOfJsonLd(jsonLd)) {
          // JSON-LD ranks after the meta tags of its kind, and before any other source of it.
          declare('title', text(article.headline), 'JSON-LD headline', 50);
          declare('published', text(article.datePublished), 'JSON-LD datePublished', 50);
          declare('siteName', text((article.publisher as Record<string, unknown> | undefined)?.name), 'JSON-LD publisher', 50);
          declare('url', text(article.url) ?? text((article.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']) ?? text(article.mainEntityOfPage), 'JSON-LD url', 50);
        }
        jsonLd = null;
      },
      oncomment(data) {
        declare('url', SAVED_FROM.exec(data)?.[1] ?? SINGLEFILE_URL.exec(data)?.[1], 'saved from', 100);
        const day = SINGLEFILE_DAY.exec(data);
        const month = day ? MONTHS.indexOf(day[1]!) + 1 : 0;
        if (day && month) declare('captured', `${day[3]}-${String(month).padStart(2, '0')}-${day[2]}`, 'saved date', 0);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The article objects of a JSON-LD block: at its top, in a list or in an "@graph". */
function articlesOfJsonLd(json: string): Array<Record<string, unknown>> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const out: Array<Record<string, unknown>> = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) out.push(o);
      visit(o['@graph']);
    }
  };
  visit(data);
  return out;
}
