/** A hash of Dateline's own source files: what a cache must be invalidated by when the code changes. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const versions = new Map<string, string>();

/** Hash of every .ts, .mjs, .json, .css and .js file under the given project folders. */
export function codeVersion(folders: string[]): string {
  const id = folders.join('\n');
  const known = versions.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|mjs|js|json|css)$/.test(entry.name)) hash.update(`${path.slice(PROJECT_ROOT.length)}\n`).update(readFileSync(path));
    }
  };
  for (const folder of folders) walk(join(PROJECT_ROOT, folder));
  const version = hash.digest('hex');
  versions.set(id, version);
  return version;
}
