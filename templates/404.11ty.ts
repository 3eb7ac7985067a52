/** Served by static hosts for missing pages. */
import { html } from '../src/site/html.ts';
import { layout, urlFor } from './layout.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: '404.html' };

export function render({ dateline }: { dateline: SiteModel }): string {
  const { site } = dateline;
  return layout({ site, title: 'Page not found', body: html`<h1>Page not found</h1><p>This page is not in the archive. Start from the <a href="${urlFor(site, '/')}">timeline</a> or the <a href="${urlFor(site, '/sources/')}">list of sources</a>.</p>` });
}
