/**
 * Every page of the site, straight from the page templates: the same
 * `data` (permalink, pagination) and `render` Eleventy reads, applied the
 * way Eleventy applies them. `serve` uses it to rewrite only the pages a
 * change touches; a test holds its output byte-identical to Eleventy's.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteData, type SiteData } from './data.ts';
import { TEMPLATES_DIR, templateFiles } from './eleventy.ts';
import type { SiteModel } from '../archive/types.ts';

export interface PageData {
  dateline: SiteModel;
  datelineSite: SiteData;
  [alias: string]: unknown;
}

interface Pagination {
  data: string;
  size: number;
  alias: string;
}

export interface PageTemplate {
  /** File name, e.g. "article.11ty.ts". */
  name: string;
  data: { permalink: string | ((data: PageData) => string); pagination?: Pagination };
  render(data: PageData): string;
  /** What a page shows besides the site's settings; pages without it are always rendered again. */
  inputs?(data: PageData): unknown;
}

export interface SitePage {
  template: string;
  /** Output path relative to the site folder: "2024/03/index.html". */
  path: string;
  /** The pagination item (or chunk) the page shows; null for single pages. */
  item: unknown;
  render(): string;
  /** What the page shows besides the site's settings, when its template says; else null. */
  inputs: (() => unknown) | null;
}

/** The page templates, as Eleventy finds them: every *.11ty.ts file in the templates folder. */
export async function loadTemplates(dir = TEMPLATES_DIR): Promise<PageTemplate[]> {
  return Promise.all(
    templateFiles(dir).map(async (name) => {
      const module = (await import(pathToFileURL(join(dir, name)).href)) as Omit<PageTemplate, 'name'>;
      return { name, data: module.data, render: module.render, inputs: module.inputs };
    }),
  );
}

/** A dotted path into the global data: "dateline.timeline.months". */
function lookup(data: PageData, path: string): unknown[] {
  let value: unknown = data;
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return value as unknown[];
}

function inputsOf(template: PageTemplate, data: PageData): (() => unknown) | null {
  const { inputs } = template;
  return inputs ? () => inputs(data) : null;
}

/** The pages of one template: one per pagination chunk (an item when the size is 1), or a single page. */
export function* templatePages(template: PageTemplate, globals: PageData): Generator<SitePage> {
  const { pagination, permalink } = template.data;
  const pathOf = (data: PageData) => (typeof permalink === 'function' ? permalink(data) : permalink);
  if (!pagination) {
    yield { template: template.name, path: pathOf(globals), item: null, render: () => template.render(globals), inputs: inputsOf(template, globals) };
    return;
  }
  const items = lookup(globals, pagination.data);
  for (let k = 0; k < items.length; k += pagination.size) {
    const item = pagination.size === 1 ? items[k] : items.slice(k, k + pagination.size);
    const data: PageData = { dateline: globals.dateline, datelineSite: globals.datelineSite };
    data[pagination.alias] = item;
    yield { template: template.name, path: pathOf(data), item, render: () => template.render(data), inputs: inputsOf(template, data) };
  }
}

/** Every page of the site for `model`; `site` as a full build of it gives, unless told otherwise. */
export function* sitePages(templates: PageTemplate[], model: SiteModel, site: SiteData = siteData(model)): Generator<SitePage> {
  const globals: PageData = { dateline: model, datelineSite: site };
  for (const template of templates) yield* templatePages(template, globals);
}

/** A model and its pages by output path. */
export interface SitePages {
  model: SiteModel;
  pages: Map<string, SitePage>;
}

export function pagesOf(templates: PageTemplate[], model: SiteModel, site?: SiteData): SitePages {
  const pages = new Map<string, SitePage>();
  for (const page of sitePages(templates, model, site)) pages.set(page.path, page);
  return { model, pages };
}
