/**
 * A hash of the code a cache depends on: Dateline's own source files and the
 * installed version of each of its dependencies (a new chrono-node or
 * html-to-text can change what a parse gives just as an edit of ours can).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const versions = new Map<string, string>();

/** Hash of every .ts, .mjs, .json, .css and .js file under the given folders of `root`, and of the installed dependencies. */
export function codeVersion(folders: string[], root = PROJECT_ROOT): string {
  const id = `${root}\n${folders.join('\n')}`;
  const known = versions.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|mjs|js|json|css)$/.test(entry.name)) hash.update(`${path.slice(root.length)}\n`).update(readFileSync(path));
    }
  };
  for (const folder of folders) walk(join(root, folder));
  hash.update(installedDependencies(root).join('\n'));
  const version = hash.digest('hex');
  versions.set(id, version);
  return version;
}

/**
 * "name@version" of each dependency in `root`'s package.json, as installed
 * (looked up in node_modules from `root` upwards, as Node resolves it);
 * "name@missing" when it is not installed.
 */
export function installedDependencies(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {})
    .sort()
    .map((name) => `${name}@${installedVersion(root, name) ?? 'missing'}`);
}

function installedVersion(root: string, name: string): string | null {
  for (let dir = root; ; dir = dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // Not installed at this level: look one folder up.
    }
    if (dirname(dir) === dir) return null;
  }
}
