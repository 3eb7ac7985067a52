/** parseArticle's review notes: what a reader is asked to check, and where. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.ts';
import { OutletRegistry } from '../../src/outlets/registry.ts';

const registry = new OutletRegistry([{ name: 'Kestran Herald', kind: 'outlet', domains: ['kestranherald.example'] }]);

const ARTICLE = `Ferry fares to the outer islands will rise in March
Passengers on the three ferry lines to the outer islands will pay a fifth more from the first of March, the island transport board said on Thursday.
"We held the fares for four winters and we cannot hold them any longer," the board's chair told the Kestran Herald on Thursday afternoon.
A monthly pass for island residents will cost the same as before, and children under twelve will still travel free on every crossing.
`;

describe('parseArticle: review notes', () => {
  it('asks to confirm a publisher found only by weak evidence, pointing at its line', () => {
    const record = parseArticle(ARTICLE, { file: 'fares.txt', registry });
    expect(record.source).toBe('Kestran Herald');
    const note = record.warnings.find((w) => w.rule === 'source/weak');
    expect(note?.line).toBe(3);
    expect(note?.message).toContain('"Kestran Herald" is only a guess (source/interviewed: ""We held the fares for four winters and we cannot hold them any longer," the bo…")');
    expect(note?.message).toContain('`source: Outlet Name`');
  });

  it('does not ask again once front-matter names the publisher', () => {
    const record = parseArticle(`---\nsource: Kestran Herald\n---\n${ARTICLE}`, { file: 'fares.txt', registry });
    expect(record.evidence.source.rule).toBe('front-matter');
    expect(record.warnings.map((w) => w.rule)).not.toContain('source/weak');
  });

  it('says nothing about a publisher named by its copyright line', () => {
    const record = parseArticle(`${ARTICLE}© 2024 Kestran Herald. All rights reserved.\n`, { file: 'fares.txt', registry });
    expect(record.evidence.source.rule).toBe('source/copyright-line');
    expect(record.warnings.map((w) => w.rule)).not.toContain('source/weak');
  });

  it('lists the article on its updated day, marked as a bound, when the page shows only that', () => {
    const record = parseArticle(`Ferry fares to the outer islands will rise in March\nUpdated 6:40 am, Wednesday, March 6, 2024\n${ARTICLE.split('\n').slice(1).join('\n')}`, { file: 'fares.txt', registry });
    expect([record.date, record.dateCertainty]).toEqual(['2024-03-06', 'bound']);
    const note = record.warnings.find((w) => w.rule === 'date/updated-only');
    expect(note?.line).toBe(2);
    expect(note?.message).toContain('updated (2024-03-06), so it was first published on or before that day');
    expect(record.warnings.map((w) => w.rule)).not.toContain('date/unknown');
  });

  it('lists the article on the day of its print edition, marked as a bound, when a note of that is all the dates', () => {
    const record = parseArticle(`${ARTICLE}Published in The Kestran Herald, March 7th, 2024.\n`, { file: 'fares.txt', registry });
    expect([record.date, record.dateCertainty]).toEqual(['2024-03-07', 'bound']);
    const note = record.warnings.find((w) => w.rule === 'date/print-edition');
    expect(note?.message).toContain('printed (2024-03-07), so it was first published on or before that day');
    const study = parseArticle(`${ARTICLE}Published in the spring, the board's report of March 7th, 2024 found the fares too low.\n`, { file: 'fares.txt', registry });
    expect(study.evidence.date.rule).not.toBe('date/print-edition');
  });

  it('says only that the date is unknown when nothing dates the page', () => {
    const record = parseArticle(ARTICLE, { file: 'fares.txt', registry });
    expect(record.warnings.map((w) => w.rule)).toContain('date/unknown');
    expect(record.warnings.map((w) => w.rule)).not.toContain('date/updated-only');
  });
});

describe('parseArticle: the owner in a copyright line', () => {
  const italian = new OutletRegistry([{ name: 'La Gazzetta', aliases: ['Gazzetta'], kind: 'outlet' }]);
  const page = (footer: string) =>
    `Il consiglio di Kestra approva i fondi per la nuova diga\nIl consiglio del porto di Kestra ha votato martedì sera per sbloccare i fondi per una nuova diga lungo la banchina nord.\nGli ingegneri hanno detto al consiglio che il vecchio muro ha perso un terzo della sua resistenza dopo le tempeste invernali.\n${footer}\n`;

  it('is not a registry outlet whose name only opens the owner\'s ("Gazzetta di Kestra")', () => {
    expect(parseArticle(page('Riproduzione riservata © Copyright Gazzetta di Kestra'), { file: 'a.txt', registry: italian }).source).toBe('Gazzetta di Kestra');
  });

  it('is the registry outlet when company words follow its name ("Gazzetta Media Group")', () => {
    expect(parseArticle(page('© 2024 Gazzetta Media Group. Tutti i diritti riservati.'), { file: 'a.txt', registry: italian }).source).toBe('La Gazzetta');
  });

  it('is the registry outlet when several company words follow its name ("Gazzetta Media IP Limited")', () => {
    expect(parseArticle(page('© 2024 Gazzetta Media IP Limited. Tutti i diritti riservati.'), { file: 'a.txt', registry: italian }).source).toBe('La Gazzetta');
  });

  it('is read from inside guillemets', () => {
    expect(parseArticle(page('© 2024 «Кестринский вестник». Все права защищены.'), { file: 'a.txt', registry: italian }).source).toBe('Кестринский вестник');
  });
});

describe('parseArticle: the publisher describing itself', () => {
  const page = (last: string) => `Kestran Herald
Kestra court hears libel case over harbour report
A harbour contractor asked the Kestra district court on Monday to order a correction of a report on the dredging contract, saying it had been wrongly named as the winning bidder.
Lawyers for the contractor said the report had cost it two other contracts this year and asked for damages of 400,000 crowns.
${last}
© 2024 Kestran Herald. All rights reserved.
`;
  it('leaves out a closing paragraph that says what the publisher is', () => {
    const record = parseArticle(page('The Kestran Herald is an independent daily newspaper founded in 1921 and published in Kestra and Holm.'), { file: 'libel.txt', registry });
    expect(record.source).toBe('Kestran Herald');
    expect(record.body).toContain('damages of 400,000 crowns');
    expect(record.body).not.toContain('independent daily newspaper');
  });
  it('keeps a closing paragraph of news about the publisher', () => {
    const record = parseArticle(page('The Kestran Herald has said it stands by its report and will defend the case, which is set to be heard in March.'), { file: 'libel.txt', registry });
    expect(record.body).toContain('stands by its report');
  });
});

describe("parseArticle: all-number days read in the publisher's order", () => {
  const page = (footer: string) => `Ferry fares to the outer islands will rise in March
Published: 05.11.21 , 22:47
Passengers on the three ferry lines to the outer islands will pay a fifth more from the first of March, the island transport board said on Thursday.
A monthly pass for island residents will cost the same as before, and children under twelve will still travel free on every crossing.
${footer}
`;
  const outlets = new OutletRegistry([
    { name: 'Kestra Today', kind: 'outlet', country: 'IL', numericDates: 'month-first' },
    { name: 'Kestra Daily', kind: 'outlet', country: 'FR' },
  ]);

  it("reads them as the outlet writes them, where that is not its country's habit", () => {
    const record = parseArticle(page('© 2021 Kestra Today. All rights reserved.'), { file: 'fares.txt', registry: outlets });
    expect([record.source, record.date, record.dateCertainty]).toEqual(['Kestra Today', '2021-05-11', 'explicit']);
  });

  it('reads them in the country of a publisher named with confidence', () => {
    const record = parseArticle(page('© 2021 Kestra Daily. All rights reserved.'), { file: 'fares.txt', registry: outlets });
    expect([record.date, record.dateCertainty]).toEqual(['2021-11-05', 'explicit']);
  });

  it('leaves them unread where the only outlet named is one the article quotes', () => {
    const record = parseArticle(page('"We will not cut any crossing," the chair told Kestra Daily.'), { file: 'fares.txt', registry: outlets });
    expect(record.source).toBe('Kestra Daily');
    expect(record.dateCertainty).not.toBe('explicit');
  });
});
