import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/parse/input.ts';

const page = (canonical: string) => `<!DOCTYPE html>\n<html><head><link rel="canonical" href="${canonical}"></head><body><p>The council voted.</p></body></html>`;

describe('readInput', () => {
  it('keeps a declared address that is a valid http(s) one', () => {
    expect(readInput(page('https://kestranherald.example/seawall'), 0).metadata.url?.value).toBe('https://kestranherald.example/seawall');
  });

  it.each(['javascript:alert(1)', 'https://', 'ftp://kestranherald.example/seawall'])('drops a declared address the page could not link: %s', (address) => {
    expect(readInput(page(address), 0).metadata.url).toBeUndefined();
  });
});
