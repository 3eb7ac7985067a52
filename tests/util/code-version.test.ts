import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeVersion, installedDependencies } from '../../src/util/code-version.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project folder with one source file and the dependency `dep` installed at `version`. */
function project(version: string): string {
  const root = `${mkdtempSync(join(tmpdir(), 'dateline-code-version-'))}/`;
  roots.push(root);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { dep: '^1.0.0', absent: '^2.0.0' } }));
  mkdirSync(join(root, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'dep', 'package.json'), JSON.stringify({ name: 'dep', version }));
  return root;
}

describe('codeVersion', () => {
  it('lists each dependency with the version installed, or as missing', () => {
    expect(installedDependencies(project('1.2.3'))).toEqual(['absent@missing', 'dep@1.2.3']);
  });

  it('changes when a dependency is upgraded, with the same source files', () => {
    expect(codeVersion(['src'], project('1.0.0'))).not.toBe(codeVersion(['src'], project('1.0.1')));
  });

  it('is the same for the same source files and dependency versions', () => {
    expect(codeVersion(['src'], project('1.0.0'))).toBe(codeVersion(['src'], project('1.0.0')));
  });

  it('finds the dependencies of the real project', () => {
    expect(installedDependencies(join(import.meta.dirname, '../../'))).toContainEqual(expect.stringMatching(/^chrono-node@\d+\.\d+\.\d+/));
  });
});
