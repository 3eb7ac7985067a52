/** The page frame every template renders into, and how pages link to each other. */
import { html, type Html, type Interpolation } from '../src/site/html.ts';
import { relativeUrl, withBase } from '../src/site/urls.ts';
import type { SiteModel } from '../src/archive/types.ts';

/** The page being rendered: the site, and where the page lives. */
export interface Page {
  site: SiteModel['site'];
  /** Site path of this page ("/2022/03/"); null for a page served at any address (404), which links by base path. */
  url: string | null;
}

export function pageAt(site: SiteModel['site'], url: string | null): Page {
  return { site, url };
}

/** A link from this page to a site path. */
export function urlFor(page: Page, path: string): string {
  return page.url === null ? withBase(page.site.basePath, path) : relativeUrl(page.url, path);
}

/** An address for use outside the page (feeds, canonical links): absolute when the site's origin is known. */
export function publicUrl(site: SiteModel['site'], path: string): string {
  return `${site.origin ?? ''}${withBase(site.basePath, path)}`;
}

export interface PageOptions {
  page: Page;
  title: string;
  body: Interpolation;
  description?: string;
  /** Extra head elements (feeds, Open Graph, JSON-LD). */
  head?: Interpolation;
  lang?: string;
}

export function layout({ page, title, body, description, head }: PageOptions): string {
  const { site } = page;
  const u = (path: string) => urlFor(page, path);
  const out: Html = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title === site.title ? title : `${title} · ${site.title}`}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
<meta name="generator" content="Dateline">
${page.url !== null && site.origin ? html`<link rel="canonical" href="${publicUrl(site, page.url)}">` : ''}
<link rel="stylesheet" href="${u('/assets/style.css')}">
<link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="${u('/feed.xml')}">
<link rel="alternate" type="application/feed+json" title="${site.title} (JSON Feed)" href="${u('/feed.json')}">
${head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="${u('/')}">${site.title}</a>
<nav aria-label="Site"><a href="${u('/')}">Timeline</a> <a href="${u('/sources/')}">Sources</a> <a href="${u('/stories/')}">Stories</a> <a href="${u('/search/')}">Search</a></nav>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer">
<p><a href="${u('/review/')}">Review: fields to check and files not published</a> · <a href="${u('/feed.xml')}">Atom feed</a> · <a href="${u('/feed.json')}">JSON Feed</a></p>
<p>Built with Dateline from raw article files. Each article links to its original text.</p>
</footer>
</body>
</html>
`;
  return out.value;
}
