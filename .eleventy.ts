/**
 * Eleventy configuration: wiring only. The parsed archive reaches the
 * templates as the global data `dateline`, supplied by `dateline build`
 * (src/cli/build.ts); page logic lives in src/ and templates/.
 */
import { configureSite, type EleventyConfig } from './src/site/eleventy.ts';

export default function (eleventyConfig: EleventyConfig) {
  return configureSite(eleventyConfig);
}
