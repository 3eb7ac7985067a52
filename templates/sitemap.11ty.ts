/** sitemap.xml: every HTML page. Addresses are absolute when --site-url is given, as the sitemap protocol asks. */
import { html } from '../src/site/html.ts';
import { publicUrl } from './layout.ts';
import type { SiteData } from '../src/site/data.ts';
import type { SiteModel } from '../src/archive/types.ts';

export const data = { permalink: 'sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ dateline, datelineSite }: { dateline: SiteModel; datelineSite: SiteData }): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${datelineSite.pages.map((p) => html`<url><loc>${publicUrl(dateline.site, p)}</loc></url>
`)}</urlset>
`.value;
}
