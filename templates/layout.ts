/** The page frame every template renders into. */
import { html, type Html, type Interpolation } from '../src/site/html.ts';
import { withBase } from '../src/site/urls.ts';
import type { SiteModel } from '../src/archive/types.ts';

export interface PageOptions {
  site: SiteModel['site'];
  title: string;
  body: Interpolation;
  description?: string;
  head?: Interpolation;
}

/** A site-absolute path with the base path in front. */
export function urlFor(site: SiteModel['site'], path: string): string {
  return withBase(site.basePath, path);
}

export function layout({ site, title, body, description, head }: PageOptions): string {
  const u = (path: string) => urlFor(site, path);
  const page: Html = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title === site.title ? title : `${title} · ${site.title}`}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
<meta name="generator" content="Dateline">
<link rel="stylesheet" href="${u('/assets/style.css')}">
${head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="${u('/')}">${site.title}</a>
<nav aria-label="Site"><a href="${u('/')}">Timeline</a> <a href="${u('/sources/')}">Sources</a></nav>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer">
<p><a href="${u('/review/')}">Review: fields to check and files not published</a></p>
<p>Built with Dateline from raw article files. Each article links to its original text.</p>
</footer>
</body>
</html>
`;
  return page.value;
}
