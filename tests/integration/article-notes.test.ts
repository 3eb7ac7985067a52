/**
 * The notes an article page shows about uncertain fields: a guessed
 * publisher and a missing date are said on the page, and kept out of the
 * search index. And the link to the original page, when the file names it.
 * All articles are fictional.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticlePages } from '../../src/cli/build.ts';
import { loadArticles } from '../../src/archive/load.ts';
import { buildModel } from '../../src/archive/model.ts';
import { cleanupTemp, makeArchive, makeTempDir } from '../helpers/archive.ts';

const OUTLETS = JSON.stringify({ version: 1, outlets: [{ name: 'Kestran Herald', kind: 'outlet' }] });

// Undated, and only the prose says who was told: a weak guess at the publisher.
const TOLD = `Ferry fares to the outer islands will rise in March
Passengers on the three ferry lines to the outer islands will pay a fifth more from the first of March, the island transport board said on Thursday.
"We held the fares for four winters and we cannot hold them any longer," the board's chair told the Kestran Herald on Thursday afternoon.
A monthly pass for island residents will cost the same as before, and children under twelve will still travel free on every crossing.
`;

const SIGNED = `---
url: https://kestranherald.example/harbour?wall=1&survey="spring"
---
Harbour wall survey begins in Kestra
By Ada Morrow
April 3, 2024
Divers began a survey of the old harbour wall at Kestra on Wednesday, the first since the winter storms moved several of its lower stones.
The harbour board said the survey would take three weeks and that the quay would stay open to fishing boats throughout.
© 2024 Kestran Herald. All rights reserved.
`;

// Dated only by its last update.
const UPDATED = `Kestra ferry timetable changes for winter
Updated 6:40 am, Wednesday, November 6, 2024
The winter timetable of the Kestra ferries starts on Monday, with two crossings fewer each day on the northern line and one more late crossing on Fridays.
The island transport board said the changes follow a count of passengers that showed the early crossings almost empty from November to March.
© 2024 Kestran Herald. All rights reserved.
`;

/** The text of every note paragraph on a page, and whether each is kept out of the search index. */
function notes(page: string): Array<{ text: string; ignored: boolean }> {
  return [...page.matchAll(/<p class="note"( data-pagefind-ignore)?>(.*?)<\/p>/gs)].map((m) => ({ text: m[2]!.replace(/<[^>]+>/g, ''), ignored: m[1] !== undefined }));
}

describe('article page notes', () => {
  afterAll(cleanupTemp);

  it('says the publisher is a guess, the date unknown or only the last update, outside the search index; says nothing on a certain page but links its original', async () => {
    register();
    const { outcomes } = await loadArticles({ articlesDir: makeArchive({ 'outlets.json': OUTLETS, 'told.txt': TOLD, 'signed.txt': SIGNED, 'updated.txt': UPDATED }), maxBytes: 1e6 });
    const model = buildModel(outcomes, { title: 'Notes', basePath: '/' });
    const dir = join(makeTempDir(), 'site');
    await renderArticlePages(model, model.articles, dir, true);
    const pageOf = (file: string) => readFileSync(join(dir, model.articles.find((a) => a.file === file)!.url, 'index.html'), 'utf8');

    const told = pageOf('told.txt');
    expect(model.articles.find((a) => a.file === 'told.txt')?.record.source).toBe('Kestran Herald');
    expect(notes(told)).toEqual([
      { text: 'No publication date was found in the text. Set it with date: front-matter in the raw file.', ignored: true },
      { text: 'The publisher is only a guess from weak evidence on line 3 (see “Where each field came from”). Confirm it, or set it with source: front-matter.', ignored: true },
    ]);
    const signed = pageOf('signed.txt');
    expect(notes(signed)).toEqual([]);

    // The original page's address, escaped in the link and given as what the archived copy is based on.
    expect(signed).toContain('<a class="raw" href="https://kestranherald.example/harbour?wall=1&amp;survey=&quot;spring&quot;" rel="nofollow noopener noreferrer" data-pagefind-ignore>Original page at kestranherald.example</a>');
    expect(signed).toContain('"isBasedOn":"https://kestranherald.example/harbour?wall=1&survey=\\"spring\\""');
    expect(told).not.toContain('Original page at');

    // Listed on its updated day, and said to be only that.
    const updated = pageOf('updated.txt');
    expect(model.articles.find((a) => a.file === 'updated.txt')?.url).toMatch(/^\/2024\/11\/06\//);
    expect(notes(updated)).toEqual([
      { text: 'The page gives only a later day than the article’s own (“Updated 6:40 am, Wednesday, November 6, 2024”): it was published on or before that day. Set it with date: front-matter in the raw file.', ignored: true },
    ]);
    expect(updated).toContain('(published on or before)');
  }, 60_000);
});
