/**
 * How Eleventy renders the archive: only our TypeScript page templates
 * (11ty.ts, run through tsx) are processed, so no article text ever passes
 * through Liquid, Nunjucks or Markdown front-matter handling; each page kind
 * is one template paginated over the site model.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The part of Eleventy's config API this project uses. */
export interface EleventyConfig {
  addExtension(ext: string | string[], options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addGlobalData(name: string, value: unknown): void;
  setQuietMode(quiet: boolean): void;
}

/** The templates folder, wherever Dateline is run from. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));

/** The page templates' file names, as Eleventy finds them (every *.11ty.ts file), sorted. */
export function templateFiles(dir = TEMPLATES_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.11ty.ts')).sort();
}

export function configureSite(eleventyConfig: EleventyConfig) {
  eleventyConfig.addExtension('11ty.ts', { key: '11ty.js' });
  eleventyConfig.setTemplateFormats(['11ty.ts']);
  eleventyConfig.addPassthroughCopy({ [join(TEMPLATES_DIR, 'assets')]: 'assets' });
  eleventyConfig.setQuietMode(true);
  // The output folder is left to the caller: `dateline build` renders into a staging folder.
  return { dir: { input: TEMPLATES_DIR } };
}
