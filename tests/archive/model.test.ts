/** buildModel on hand-made outcomes: URLs, order, timeline, sources, duplicates, review. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/archive/model.ts';
import type { ArticleRef, DayGroup, FileOutcome, SiteArticle, SiteModel } from '../../src/archive/types.ts';
import type { ArticleRecord, DateCertainty } from '../../src/parse/types.ts';

const OPTIONS = { title: 'Harbour Archive', basePath: '/' };

interface Spec {
  headline: string;
  date?: string | null;
  certainty?: DateCertainty;
  source?: string | null;
  body?: string;
  headlineRule?: string;
  sourceConfidence?: number;
}

function record(file: string, spec: Spec): ArticleRecord {
  const date = spec.date === undefined ? null : spec.date;
  const certainty = spec.certainty ?? (date ? 'explicit' : 'none');
  const source = spec.source === undefined ? 'The Harbor Gazette' : spec.source;
  return {
    file,
    headline: spec.headline,
    dek: null,
    source,
    credit: null,
    date,
    dateCertainty: certainty,
    dayWithoutYear: null,
    lang: 'en',
    author: null,
    url: null,
    tags: [],
    captured: null,
    body: spec.body ?? `Body of ${spec.headline}, as written in ${file}.`,
    warnings: [],
    evidence: {
      headline: { rule: spec.headlineRule ?? 'headline/title-above-body', line: 1, text: spec.headline, confidence: 0.8 },
      source: source ? { rule: 'source/copyright-line', line: 9, text: `© ${source}`, confidence: spec.sourceConfidence ?? 0.6 } : { rule: 'source/none', line: null, text: null, confidence: 0 },
      date: date ? { rule: 'date/header-line', line: 2, text: date, confidence: 0.9 } : { rule: 'date/none', line: null, text: null, confidence: 0 },
      body: { rule: 'body/densest-run', line: 3, text: 'lines 3-5', confidence: 0.8 },
      lang: { rule: 'lang/eld', line: null, text: 'detected en from the body text', confidence: 0.8 },
    },
  };
}

function published(file: string, spec: Spec): FileOutcome {
  const r = record(file, spec);
  return { file, status: 'published', record: r, problems: [...r.warnings], contentHash: `hash-of-${file}`, encoding: 'utf-8' };
}

function rejected(file: string, rule = 'decode/empty'): FileOutcome {
  return { file, status: 'rejected', record: null, contentHash: '', problems: [{ severity: 'error', rule, message: 'Not an article.' }] };
}

function byFile(model: SiteModel, file: string): SiteArticle {
  const a = model.articles.find((x) => x.file === file);
  if (!a) throw new Error(`${file} has no article`);
  return a;
}

/** A mixed archive: several days, months and years, an undated pair, a duplicate and a rejected file. */
function archive(): FileOutcome[] {
  return [
    published('a/ferry.txt', { headline: 'Ferry service to Gull Island resumes', date: '2023-03-05', source: 'The Harbor Gazette' }),
    published('b/ferry-copy.txt', { headline: 'Ferry service to Gull Island resumes', date: '2023-03-05', source: 'The Harbor Gazette', body: 'Body of Ferry service to Gull Island resumes, as written in a/ferry.txt.' }),
    published('bridge.txt', { headline: 'Harbour bridge reopens after inspection', date: '2023-03-04', source: 'Alden Evening Post' }),
    published('museum.txt', { headline: 'Lighthouse cottage becomes a museum', date: '2023-03-05', source: 'The Harbor Gazette' }),
    published('library.txt', { headline: 'Library extension opens', date: '2023-01-15', source: 'Alden Evening Post' }),
    published('new-year.txt', { headline: 'Fireworks light up the harbour', date: '2022-12-31', source: 'The Harbor Gazette', certainty: 'inferred' }),
    published('rowing.txt', { headline: 'Rowing club gets a new boathouse', date: null, source: null }),
    published('tides.txt', { headline: 'Spring tides expected this weekend', date: null, source: 'The Harbor Gazette' }),
    rejected('photo.png', 'decode/binary'),
    rejected('empty.txt'),
  ];
}

describe('buildModel: URLs', () => {
  it('gives a dated article /YYYY/MM/DD/<slug>/ and its raw copy beside it', () => {
    const model = buildModel([published('ferry.txt', { headline: 'Ferry service to Gull Island resumes', date: '2023-03-05' })], OPTIONS);
    const a = byFile(model, 'ferry.txt');
    expect(a.url).toBe('/2023/03/05/ferry-service-to-gull-island-resumes/');
    expect(a.rawUrl).toBe('/2023/03/05/ferry-service-to-gull-island-resumes/original.txt');
    expect(a.rawPath).toBe('2023/03/05/ferry-service-to-gull-island-resumes/original.txt');
  });

  it('gives an undated article /undated/<slug>/', () => {
    const model = buildModel([published('rowing.txt', { headline: 'Rowing club gets a new boathouse', date: null })], OPTIONS);
    expect(byFile(model, 'rowing.txt').url).toBe('/undated/rowing-club-gets-a-new-boathouse/');
  });

  it('makes a slug of letters, digits and hyphens only', () => {
    const model = buildModel([published('odd.txt', { headline: 'Café “Zur Mühle” reopens: 3 / 4 of staff return?!', date: '2023-05-01' })], OPTIONS);
    expect(byFile(model, 'odd.txt').url).toMatch(/^\/2023\/05\/01\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
  });

  it('gives two different articles with the same headline and date distinct URLs', () => {
    const model = buildModel(
      [
        published('gazette/storm.txt', { headline: 'Storm closes the harbour', date: '2023-10-02', source: 'The Harbor Gazette' }),
        published('post/storm.txt', { headline: 'Storm closes the harbour', date: '2023-10-02', source: 'Alden Evening Post' }),
      ],
      OPTIONS,
    );
    expect(model.articles).toHaveLength(2);
    const urls = model.articles.map((a) => a.url);
    expect(new Set(urls).size).toBe(2);
    for (const url of urls) expect(url.startsWith('/2023/10/02/storm-closes-the-harbour')).toBe(true);
    // The file first in path order keeps the plain slug.
    expect(byFile(model, 'gazette/storm.txt').url).toBe('/2023/10/02/storm-closes-the-harbour/');
  });

  it('gives undated articles with the same headline distinct URLs', () => {
    const model = buildModel(
      [published('x/tide.txt', { headline: 'High tide warning', source: 'A' }), published('y/tide.txt', { headline: 'High tide warning', source: 'B' })],
      OPTIONS,
    );
    expect(new Set(model.articles.map((a) => a.url)).size).toBe(2);
  });

  it('keeps the plain slug for the same headline on different days', () => {
    const model = buildModel(
      [published('mon.txt', { headline: 'Storm closes the harbour', date: '2023-10-02' }), published('tue.txt', { headline: 'Storm closes the harbour', date: '2023-10-03' })],
      OPTIONS,
    );
    expect(model.articles.map((a) => a.url)).toEqual(['/2023/10/02/storm-closes-the-harbour/', '/2023/10/03/storm-closes-the-harbour/']);
  });

  it('gives every article a distinct id', () => {
    const model = buildModel(archive(), OPTIONS);
    expect(new Set(model.articles.map((a) => a.id)).size).toBe(model.articles.length);
  });
});

describe('buildModel: order', () => {
  const model = buildModel(archive(), OPTIONS);

  it('orders articles oldest first, ties by file path, undated last', () => {
    expect(model.articles.map((a) => a.file)).toEqual(['new-year.txt', 'library.txt', 'bridge.txt', 'a/ferry.txt', 'museum.txt', 'rowing.txt', 'tides.txt']);
  });

  it('chains prev and next in that order', () => {
    const files = model.articles.map((a) => a.file);
    model.articles.forEach((a, k) => {
      expect(a.prev?.url ?? null, `prev of ${a.file}`).toBe(k > 0 ? byFile(model, files[k - 1]!).url : null);
      expect(a.next?.url ?? null, `next of ${a.file}`).toBe(k < files.length - 1 ? byFile(model, files[k + 1]!).url : null);
    });
    expect(byFile(model, 'library.txt').prev?.headline).toBe('Fireworks light up the harbour');
    expect(byFile(model, 'library.txt').next?.headline).toBe('Harbour bridge reopens after inspection');
  });
});

describe('buildModel: timeline', () => {
  const { timeline, stories } = buildModel(archive(), OPTIONS);
  const dayArticles = (d: DayGroup): ArticleRef[] => d.entries.flatMap((e) => e.articles);

  it('has no stories among these unrelated articles, so each entry is one article', () => {
    expect(stories).toEqual([]);
    for (const y of timeline.years) for (const m of y.months) for (const d of m.days) for (const e of d.entries) expect(e.articles).toHaveLength(1);
  });

  it('groups dated articles by year, month and day, newest first', () => {
    const shape = timeline.years.map((y) => ({
      year: y.year,
      count: y.count,
      months: y.months.map((m) => ({ key: m.key, month: m.month, count: m.count, days: m.days.map((d) => [d.date, dayArticles(d).length]) })),
    }));
    expect(shape).toEqual([
      {
        year: 2023,
        count: 4,
        months: [
          { key: '2023-03', month: 3, count: 3, days: [['2023-03-05', 2], ['2023-03-04', 1]] },
          { key: '2023-01', month: 1, count: 1, days: [['2023-01-15', 1]] },
        ],
      },
      { year: 2022, count: 1, months: [{ key: '2022-12', month: 12, count: 1, days: [['2022-12-31', 1]] }] },
    ]);
  });

  it('puts each dated article in its own day', () => {
    for (const y of timeline.years) for (const m of y.months) for (const d of m.days) for (const a of dayArticles(d)) expect(a.date).toBe(d.date);
  });

  it('keeps undated articles in a separate lane', () => {
    expect(timeline.undated.flatMap((e) => e.articles).map((a) => a.headline).sort()).toEqual(['Rowing club gets a new boathouse', 'Spring tides expected this weekend']);
    const dated = timeline.years.flatMap((y) => y.months.flatMap((m) => m.days.flatMap(dayArticles)));
    expect(dated.some((a) => a.date === null)).toBe(false);
  });
});

describe('buildModel: sources', () => {
  const model = buildModel(archive(), OPTIONS);

  it('summarises each named source with count and first and last dates', () => {
    const summary = Object.fromEntries(model.sources.map((s) => [s.name, { count: s.count, first: s.first, last: s.last }]));
    expect(summary).toEqual({
      'Alden Evening Post': { count: 2, first: '2023-01-15', last: '2023-03-04' },
      'The Harbor Gazette': { count: 4, first: '2022-12-31', last: '2023-03-05' },
    });
  });

  it('lists a source\'s articles newest first, undated last', () => {
    const gazette = model.sources.find((s) => s.name === 'The Harbor Gazette');
    expect(gazette?.articles.map((a) => a.date)).toEqual(['2023-03-05', '2023-03-05', '2022-12-31', null]);
  });

  it('links each article to its source page', () => {
    for (const a of model.articles) {
      const s = model.sources.find((x) => x.name === a.source);
      expect(a.sourceUrl).toBe(s ? s.url : null);
    }
    for (const s of model.sources) expect(s.url).toBe(`/sources/${s.slug}/`);
  });

  it('leaves articles without a source out of the sources', () => {
    expect(model.sources.flatMap((s) => s.articles).some((a) => a.headline === 'Rowing club gets a new boathouse')).toBe(false);
    expect(byFile(model, 'rowing.txt').sourceUrl).toBeNull();
  });

  it('gives sources whose names slug alike distinct pages', () => {
    const m = buildModel(
      [published('one.txt', { headline: 'One', date: '2023-01-01', source: 'Harbor Gazette' }), published('two.txt', { headline: 'Two', date: '2023-01-02', source: 'Harbor-Gazette' })],
      OPTIONS,
    );
    expect(m.sources).toHaveLength(2);
    expect(new Set(m.sources.map((s) => s.url)).size).toBe(2);
  });
});

describe('buildModel: duplicates', () => {
  it('folds an exact duplicate into the first file, with duplicateOf and a note', () => {
    const outcomes = archive();
    const model = buildModel(outcomes, OPTIONS);
    const copy = outcomes.find((o) => o.file === 'b/ferry-copy.txt')!;
    expect(copy.status).toBe('duplicate');
    expect(copy.duplicateOf).toBe('a/ferry.txt');
    expect(copy.problems.map((p) => [p.rule, p.severity])).toContainEqual(['archive/duplicate', 'info']);
    expect(model.articles.some((a) => a.file === 'b/ferry-copy.txt')).toBe(false);
    expect(model.stats.duplicates).toBe(1);
  });

  it('treats text that differs only in spacing and punctuation as the same article', () => {
    const outcomes = [
      published('one.txt', { headline: 'Storm closes the harbour', date: '2023-10-02', body: 'Boats stayed in port on Monday.\n\nThe quay was shut.' }),
      published('two.txt', { headline: 'Storm closes the harbour!', date: '2023-10-02', body: 'Boats  stayed in port on Monday\n\n\nThe quay was shut' }),
    ];
    const model = buildModel(outcomes, OPTIONS);
    expect(model.articles.map((a) => a.file)).toEqual(['one.txt']);
    expect(outcomes[1]?.duplicateOf).toBe('one.txt');
  });

  it('keeps the same text from two different sources as two articles', () => {
    const body = 'Boats stayed in port on Monday as the storm passed.';
    const model = buildModel(
      [
        published('gazette.txt', { headline: 'Storm closes the harbour', date: '2023-10-02', source: 'The Harbor Gazette', body }),
        published('post.txt', { headline: 'Storm closes the harbour', date: '2023-10-02', source: 'Alden Evening Post', body }),
      ],
      OPTIONS,
    );
    expect(model.articles).toHaveLength(2);
    expect(model.stats.duplicates).toBe(0);
  });

  it('keeps the same headline with a different body as two articles', () => {
    const model = buildModel(
      [
        published('one.txt', { headline: 'Storm closes the harbour', date: '2023-10-02', body: 'Boats stayed in port.' }),
        published('two.txt', { headline: 'Storm closes the harbour', date: '2023-10-02', body: 'The ferry was cancelled.' }),
      ],
      OPTIONS,
    );
    expect(model.articles).toHaveLength(2);
  });
});

describe('buildModel: review', () => {
  const model = buildModel(archive(), OPTIONS);

  it('flags inferred and missing dates, missing sources and file-name headlines', () => {
    const flags = Object.fromEntries(model.articles.map((a) => [a.file, a.needsReview]));
    expect(flags).toEqual({
      'new-year.txt': true, // inferred date
      'library.txt': false,
      'bridge.txt': false,
      'a/ferry.txt': false,
      'museum.txt': false,
      'rowing.txt': true, // no date, no source
      'tides.txt': true, // no date
    });
    const untitled = buildModel([published('notes.txt', { headline: 'notes', date: '2023-01-01', headlineRule: 'headline/file-name' })], OPTIONS);
    expect(untitled.articles[0]?.needsReview).toBe(true);
    const noSource = buildModel([published('n.txt', { headline: 'Quay repaired', date: '2023-01-01', source: null })], OPTIONS);
    expect(noSource.articles[0]?.needsReview).toBe(true);
    const guessedSource = buildModel([published('g.txt', { headline: 'Quay repaired', date: '2023-01-01', sourceConfidence: 0.35 })], OPTIONS);
    expect(guessedSource.articles[0]?.needsReview).toBe(true);
  });

  it('lists articles that need review and rejected files, not clean or duplicate ones', () => {
    const items = Object.fromEntries(model.review.map((r) => [r.file, { status: r.status, url: r.url }]));
    expect(items).toEqual({
      'empty.txt': { status: 'rejected', url: null },
      'photo.png': { status: 'rejected', url: null },
      'new-year.txt': { status: 'published', url: byFile(model, 'new-year.txt').url },
      'rowing.txt': { status: 'published', url: byFile(model, 'rowing.txt').url },
      'tides.txt': { status: 'published', url: byFile(model, 'tides.txt').url },
    });
    expect(model.review.find((r) => r.file === 'photo.png')?.problems.map((p) => p.rule)).toEqual(['decode/binary']);
  });

  it('counts what it built', () => {
    expect(model.stats).toEqual({ articles: 7, sources: 2, stories: 0, firstDate: '2022-12-31', lastDate: '2023-03-05', needsReview: 3, rejected: 2, duplicates: 1 });
  });

  it('carries the title and base path through', () => {
    expect(buildModel([], { title: 'Quay Notes', basePath: '/sub/' }).site).toEqual({ title: 'Quay Notes', basePath: '/sub/', origin: null });
  });
});

describe('buildModel: determinism', () => {
  /** A fixed shuffle, so a failure can be reproduced. */
  function shuffled<T>(list: T[], seed: number): T[] {
    const out = [...list];
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  it('gives the same model for the same outcomes twice', () => {
    expect(buildModel(archive(), OPTIONS)).toStrictEqual(buildModel(archive(), OPTIONS));
  });

  it('keeps the page for the duplicate first in path order, whatever the input order', () => {
    const reversed = archive().reverse();
    const model = buildModel(reversed, OPTIONS);
    expect(model.articles.some((a) => a.file === 'a/ferry.txt')).toBe(true);
    expect(reversed.find((o) => o.file === 'b/ferry-copy.txt')?.duplicateOf).toBe('a/ferry.txt');
  });

  it('lists the review items in the same order whatever the input order', () => {
    const expected = buildModel(archive(), OPTIONS).review.map((r) => r.file);
    expect(buildModel(archive().reverse(), OPTIONS).review.map((r) => r.file)).toEqual(expected);
  });

  it('gives the same model when the outcomes come in reverse order', () => {
    expect(buildModel(archive().reverse(), OPTIONS)).toStrictEqual(buildModel(archive(), OPTIONS));
  });

  it.each([1, 42])('gives the same model when the outcomes are shuffled (seed %i)', (seed) => {
    expect(buildModel(shuffled(archive(), seed), OPTIONS)).toStrictEqual(buildModel(archive(), OPTIONS));
  });
});
