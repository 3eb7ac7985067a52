/** File-system helpers shared by the build and the live update. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Write whole or not at all: a reader (a browser, the dev server) never sees half a file. */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
