/**
 * `dateline serve`: build, serve the output with live reload, and rebuild
 * when the articles folder changes (rewriting the report each time).
 */
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { build, summary, type BuildOptions } from './build.ts';

export async function serve(options: BuildOptions, port: number): Promise<void> {
  const outDir = resolve(options.outDir);
  const first = await build(options);
  process.stdout.write(`${summary(first, options.outDir)}\n`);

  const server = EleventyDevServer.getServer('dateline', outDir, { pathPrefix: options.basePath, domDiff: false, showVersion: false });
  server.serve(port);

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      try {
        const result = await build({ ...options, quiet: true });
        process.stdout.write(`Rebuilt: ${result.model.stats.articles} articles (${Object.values(result.seconds).reduce((a, b) => a + b, 0).toFixed(2)}s)\n`);
        server.reload({});
      } catch (error) {
        process.stderr.write(`Rebuild failed: ${(error as Error).message}\n`);
      }
    });
  };
  watch(resolve(options.articlesDir), { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(rebuild, 100);
  });
  process.stdout.write(`Watching ${options.articlesDir} for changes. Press Ctrl+C to stop.\n`);
  await new Promise<void>(() => {});
}
