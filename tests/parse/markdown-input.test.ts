import { describe, it, expect } from 'vitest';
import { looksLikeMarkdown, readerHeader, withoutMarkdown } from '../../src/parse/markdown-input.ts';

const doc = (...lines: string[]) => lines.join('\n');
// Three links make a file Markdown; the line under test comes after them.
const LINKS = doc('[News](/news)', '[Sport](/sport)', '[Weather](/weather)');
const rewrite = (line: string) => withoutMarkdown(doc(LINKS, line)).split('\n').at(-1);

describe('Markdown input', () => {
  it('tells a scraper\'s Markdown from copied text', () => {
    expect(looksLikeMarkdown(doc('# Seawall approved', 'By [Ana Ruiz](/ana)', '![quay](/q.jpg)'))).toBe(true);
    expect(looksLikeMarkdown(doc('#1 seed Kestra beat Orsk 3-1 (after extra time).', 'Score: 5 * 3 = 15', 'See [1] and [2] (notes).'))).toBe(false);
  });

  it('leaves text that is not Markdown exactly as it is', () => {
    const text = doc('**Breaking** news from [the] harbour', '# of ships: 40', '* Item');
    expect(withoutMarkdown(text)).toBe(text);
  });

  it('keeps every line, so evidence line numbers still point into the file', () => {
    const text = doc(LINKS, '---', '![photo](/p.jpg)', '', '## Heading');
    expect(withoutMarkdown(text).split('\n')).toHaveLength(text.split('\n').length);
  });

  it.each([
    ['![Image 1: The quay at dawn](https://img.example/quay.jpg)', ''],
    ['![](https://img.example/a.jpg "Quay") Ships wait offshore.', ' Ships wait offshore.'],
    ['repairs would [no longer keep the water out](https://k.example/storm) of the market', 'repairs would no longer keep the water out of the market'],
    ['the [Elde](https://en.wikipedia.example/wiki/Elde_(river)) rose', 'the Elde rose'],
    ['## Kestra council approves seawall ##', 'Kestra council approves seawall'],
    ['# Seawall', 'Seawall'],
    ['* * *', ''],
    ['=====', ''],
    ['> "We will rebuild," she said.', '"We will rebuild," she said.'],
    ['*   [Sport](/sport)', '• Sport'],
    ['**By [Ana Ruiz](/authors/ana)**', 'By Ana Ruiz'],
    ['__Update__: the quay *reopened* today', 'Update: the quay reopened today'],
    ['Score: 5 * 3 = 15', 'Score: 5 * 3 = 15'],
    ['Rates held at 10\\.5% \\(for now\\)', 'Rates held at 10.5% (for now)'],
    ['Run `npm install` first', 'Run npm install first'],
  ])('%s', (line, expected) => {
    expect(rewrite(line)).toBe(expected);
  });

  describe("a reader service's header", () => {
    const header = doc('Title: Seawall approved', '', 'URL Source: https://kestranherald.example/seawall', '', 'Published Time: 2025-03-04T18:20:00+01:00', '', 'Markdown Content:', '# Seawall approved', 'The council voted.');

    it('is read as metadata with its lines in the file, and blanked from the text', () => {
      const { metadata, text } = readerHeader(header, 3);
      expect(metadata).toEqual({
        title: { value: 'Seawall approved', text: 'Title: Seawall approved', line: 4 },
        url: { value: 'https://kestranherald.example/seawall', text: 'URL Source: https://kestranherald.example/seawall', line: 6 },
        published: { value: '2025-03-04T18:20:00+01:00', text: 'Published Time: 2025-03-04T18:20:00+01:00', line: 8 },
      });
      expect(text.split('\n')).toEqual(['', '', '', '', '', '', '', '# Seawall approved', 'The council voted.']);
    });

    it.each([
      ['no "Markdown Content:" line', doc('Title: Seawall approved', 'URL Source: https://k.example/a', 'The council voted.')],
      ['no address', doc('Title: Seawall approved', 'Markdown Content:', 'The council voted.')],
      ['not at the top', doc('Kestran Herald', 'Title: Seawall approved', 'URL Source: https://k.example/a', 'Markdown Content:')],
    ])('is no header with %s', (_why, text) => {
      expect(readerHeader(text, 0)).toEqual({ metadata: {}, text });
    });
  });
});
