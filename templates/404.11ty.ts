/** Served by static hosts for missing pages, at any address: links use the base path, not relative paths. */
import { html } from '../src/site/html.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: '404.html' };

export function render({ dateline }: { dateline: SiteModel }): string {
  const page = pageAt(dateline.site, null);
  return layout({
    page,
    title: 'Page not found',
    body: html`<h1>Page not found</h1><p>This page is not in the archive. Start from the <a href="${urlFor(page, '/')}">timeline</a>, the <a href="${urlFor(page, '/sources/')}">list of sources</a> or <a href="${urlFor(page, '/search/')}">search</a>.</p>`,
  });
}
