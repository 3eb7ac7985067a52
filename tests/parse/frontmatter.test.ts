/** readFrontMatter: user corrections at the top of a raw file, read as untrusted YAML. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/parse/frontmatter.ts';
import { parseFile } from '../../src/parse/article.ts';

const BODY = 'The lock keeper at Selby Weir retired on Friday after thirty-one years of opening the gates by hand.\n';


describe('readFrontMatter: no front-matter', () => {
  it('returns the text unchanged, with no overrides and no problems', () => {
    expect(readFrontMatter(BODY)).toEqual({ overrides: {}, content: BODY, lineOffset: 0, problems: [] });
  });

  it('ignores a "---" line that is never closed', () => {
    const text = `---\nheadline: Lock keeper retires\n${BODY}`;
    const fm = readFrontMatter(text);
    expect(fm.overrides).toEqual({});
    expect(fm.content).toBe(text);
  });
});

describe('readFrontMatter: allowed keys', () => {
  it('returns each allowed key as an override and the text after the block as content', () => {
    const text = [
      '---',
      'headline: Lock keeper retires after 31 years',
      'source: Selby Weekly',
      'date: 2022-11-04',
      'url: https://selby-weekly.example/lock-keeper',
      'author: Ada Brennick',
      'lang: EN',
      'captured: 2022-11-06',
      '---',
      BODY,
    ].join('\n');
    const fm = readFrontMatter(text);
    expect(fm.problems).toEqual([]);
    expect(fm.overrides).toEqual({
      headline: 'Lock keeper retires after 31 years',
      source: 'Selby Weekly',
      date: '2022-11-04',
      url: 'https://selby-weekly.example/lock-keeper',
      author: 'Ada Brennick',
      lang: 'en',
      captured: '2022-11-06',
    });
    expect(fm.content).toBe(`${BODY}`);
    expect(fm.lineOffset).toBe(9);
  });

  it('accepts a quoted date', () => {
    expect(readFrontMatter(`---\ndate: "2022-11-04"\n---\n${BODY}`).overrides.date).toBe('2022-11-04');
  });

  it('reads tags written as a list', () => {
    const fm = readFrontMatter(`---\ntags: [rivers, retirement]\n---\n${BODY}`);
    expect(fm.overrides.tags).toEqual(['rivers', 'retirement']);
    expect(fm.problems).toEqual([]);
  });

  it('reads tags written as a block list', () => {
    expect(readFrontMatter(`---\ntags:\n  - rivers\n  - locks\n---\n${BODY}`).overrides.tags).toEqual(['rivers', 'locks']);
  });

  it('reads a single tag written as a string', () => {
    expect(readFrontMatter(`---\ntags: rivers\n---\n${BODY}`).overrides.tags).toEqual(['rivers']);
  });

  it('accepts http and https urls and refuses any other scheme', () => {
    expect(readFrontMatter(`---\nurl: http://selby-weekly.example/a\n---\n${BODY}`).overrides.url).toBe('http://selby-weekly.example/a');
    for (const url of ['javascript:alert(1)', 'ftp://selby-weekly.example/a', 'data:text/html,hi', 'selby-weekly.example/a']) {
      const fm = readFrontMatter(`---\nurl: "${url}"\n---\n${BODY}`);
      expect(fm.overrides.url, url).toBeUndefined();
      expect(fm.problems.map((p) => [p.rule, p.line]), url).toEqual([['frontmatter/invalid-value', 2]]);
    }
  });

  it('refuses a headline that is a list rather than text', () => {
    const fm = readFrontMatter(`---\nheadline: [a, b]\n---\n${BODY}`);
    expect(fm.overrides.headline).toBeUndefined();
    expect(fm.problems.map((p) => p.rule)).toEqual(['frontmatter/invalid-value']);
  });

  it('accepts "..." as the closing line', () => {
    expect(readFrontMatter(`---\nsource: Selby Weekly\n...\n${BODY}`).overrides).toEqual({ source: 'Selby Weekly' });
  });
});

describe('readFrontMatter: unknown keys', () => {
  it.each(['permalink', 'layout', 'eleventyComputed'])('reports "%s" with its line and drops it', (key) => {
    const text = `---\nsource: Selby Weekly\n${key}: /elsewhere/\n---\n${BODY}`;
    const fm = readFrontMatter(text);
    expect(fm.overrides).toEqual({ source: 'Selby Weekly' });
    expect(fm.problems).toHaveLength(1);
    expect(fm.problems[0]).toMatchObject({ rule: 'frontmatter/unknown-key', line: 3, severity: 'warning' });
    expect(fm.problems[0]?.message).toContain(key);
    expect(key in fm.overrides).toBe(false);
  });

  it('drops a nested eleventyComputed block too', () => {
    const fm = readFrontMatter(`---\neleventyComputed:\n  permalink: /x/\nheadline: Lock keeper retires\n---\n${BODY}`);
    expect(fm.overrides).toEqual({ headline: 'Lock keeper retires' });
    expect(fm.problems.map((p) => [p.rule, p.line])).toEqual([['frontmatter/unknown-key', 2]]);
  });
});

describe('readFrontMatter: engines other than YAML', () => {
  it('refuses a ---js block and never runs it', () => {
    const g = globalThis as { pwned?: unknown };
    delete g.pwned;
    const fm = readFrontMatter(`---js\n{ headline: (globalThis.pwned = 1, 'x') }\n---\n${BODY}`);
    expect(g.pwned).toBeUndefined();
    expect(fm.overrides).toEqual({});
    expect(fm.problems).toHaveLength(1);
    expect(fm.problems[0]).toMatchObject({ rule: 'frontmatter/engine', line: 1 });
    expect(fm.content).toBe(BODY);
  });

  it.each(['javascript', 'json', 'toml', ' js'])('refuses a ---%s block', (lang) => {
    const fm = readFrontMatter(`---${lang}\n{"headline": "x"}\n---\n${BODY}`);
    expect(fm.overrides).toEqual({});
    expect(fm.problems.map((p) => p.rule)).toEqual(['frontmatter/engine']);
  });

  it('reads a block explicitly marked ---yaml', () => {
    expect(readFrontMatter(`---yaml\nsource: Selby Weekly\n---\n${BODY}`).overrides).toEqual({ source: 'Selby Weekly' });
  });

  it('does not run a YAML !!js tag', () => {
    const g = globalThis as { pwnedYaml?: unknown };
    delete g.pwnedYaml;
    const fm = readFrontMatter(`---\nheadline: !!js/function "function () { globalThis.pwnedYaml = 1 }"\n---\n${BODY}`);
    expect(g.pwnedYaml).toBeUndefined();
    expect(typeof fm.overrides.headline === 'string' || fm.overrides.headline === undefined).toBe(true);
  });
});

describe('readFrontMatter: invalid input', () => {
  it('reports invalid YAML, ignores the block and keeps the content', () => {
    const fm = readFrontMatter(`---\nheadline: [unclosed\n---\n${BODY}`);
    expect(fm.overrides).toEqual({});
    expect(fm.problems.map((p) => p.rule)).toEqual(['frontmatter/invalid-yaml']);
    expect(fm.content).toBe(BODY);
  });

  it.each([
    ['an unquoted colon in a value', `---\nheadline: Lock keeper: thirty-one years\n---\n${BODY}`, 2],
    ['a badly indented key', `---\nheadline: Lock keeper retires\nsource: Selby Weekly\n  date: 2022-11-04\n---\n${BODY}`, 4],
    ['a repeated key', `---\nsource: Selby Weekly\nheadline: Lock keeper retires\nsource: Canal Times\n---\n${BODY}`, 4],
  ])('reports invalid YAML (%s) at the line of the file where the error is', (_what, text, line) => {
    const fm = readFrontMatter(text);
    expect(fm.problems.map((p) => [p.rule, p.line])).toEqual([['frontmatter/invalid-yaml', line]]);
  });

  it('reports a date that is not a date', () => {
    const fm = readFrontMatter(`---\nsource: Selby Weekly\ndate: not-a-date\n---\n${BODY}`);
    expect(fm.overrides).toEqual({ source: 'Selby Weekly' });
    expect(fm.problems.map((p) => [p.rule, p.line])).toEqual([['frontmatter/invalid-value', 3]]);
  });

  it.each(['2023-02-30', '"2023-02-30"', '2023-13-01'])('reports the impossible date %s instead of rolling it over', (written) => {
    const fm = readFrontMatter(`---\ndate: ${written}\n---\n${BODY}`);
    expect(fm.overrides.date).toBeUndefined();
    expect(fm.problems.map((p) => [p.rule, p.line])).toEqual([['frontmatter/invalid-value', 2]]);
  });

  it('reports an impossible captured day', () => {
    const fm = readFrontMatter(`---\ncaptured: 2023-02-29\n---\n${BODY}`);
    expect(fm.overrides.captured).toBeUndefined();
    expect(fm.problems.map((p) => p.rule)).toEqual(['frontmatter/invalid-value']);
  });

  it('accepts the leap day of a leap year', () => {
    expect(readFrontMatter(`---\ndate: 2024-02-29\n---\n${BODY}`).overrides.date).toBe('2024-02-29');
  });

  it('accepts a valid date followed by a YAML comment', () => {
    const fm = readFrontMatter(`---\ndate: 2022-11-04 # from the print edition\n---\n${BODY}`);
    expect(fm.problems).toEqual([]);
    expect(fm.overrides.date).toBe('2022-11-04');
  });

  it('reports a language that is not a language code', () => {
    const fm = readFrontMatter(`---\nlang: Klingon please\n---\n${BODY}`);
    expect(fm.overrides.lang).toBeUndefined();
    expect(fm.problems.map((p) => p.rule)).toEqual(['frontmatter/invalid-value']);
  });
});

describe('front-matter through parseFile', () => {
  const article = (front: string, eol = '\n') =>
    Buffer.from(
      [
        ...front.split('\n'),
        'Lock keeper retires after thirty-one years at Selby Weir',
        'By Ada Brennick',
        'November 4, 2022',
        'The lock keeper at Selby Weir retired on Friday after thirty-one years of opening the gates by hand for barges and pleasure boats.',
        'Boat owners lined the towpath to thank him, and the canal trust presented him with the brass key to the old lock cottage.',
        '"I will miss the river, but not the winter mornings," he said, before handing the windlass to his successor.',
        '© 2022 Selby Weekly. All rights reserved.',
        '',
      ].join(eol),
    );

  it('lets the corrections win, with front-matter evidence', () => {
    const parsed = parseFile(article('---\nsource: Canal Times\ndate: 2022-11-05\nheadline: Selby lock keeper hangs up his windlass\n---'), { file: 'lock.txt' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = parsed.record;
    expect([r.source, r.date, r.dateCertainty, r.headline]).toEqual(['Canal Times', '2022-11-05', 'explicit', 'Selby lock keeper hangs up his windlass']);
    expect([r.evidence.source.rule, r.evidence.date.rule, r.evidence.headline.rule]).toEqual(['front-matter', 'front-matter', 'front-matter']);
    expect(r.body).not.toContain('Canal Times');
  });

  it('applies front-matter in a file with Windows line ends', () => {
    const parsed = parseFile(article('---\nsource: Canal Times\n---', '\r\n'), { file: 'lock.txt' });
    expect(parsed.ok && parsed.record.source).toBe('Canal Times');
  });

  it('keeps what the text says when a correction is invalid, and warns', () => {
    const parsed = parseFile(article('---\ndate: 2022-02-30\npermalink: /index.html\n---'), { file: 'lock.txt' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.date).toBe('2022-11-04');
    expect(parsed.record.evidence.date.rule).not.toBe('front-matter');
    expect(parsed.record.warnings.map((w) => [w.rule, w.line])).toEqual(
      expect.arrayContaining([
        ['frontmatter/invalid-value', 2],
        ['frontmatter/unknown-key', 3],
      ]),
    );
  });

  it('reports body line numbers of the original file, below the block', () => {
    const parsed = parseFile(article('---\nsource: Canal Times\n---'), { file: 'lock.txt' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Line 4 is the headline, 6 the date line, 7 the first paragraph.
    expect(parsed.record.evidence.headline.line).toBe(4);
    expect(parsed.record.evidence.date.line).toBe(6);
    expect(parsed.record.evidence.body.line).toBe(7);
  });
});
