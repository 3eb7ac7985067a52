import { describe, it, expect } from 'vitest';
import { datesIn, numericOrderOf, numericOrderOfCountry, withYear } from '../../src/parse/dates.ts';

const first = (text: string, lang: string | null = 'en') => datesIn(text, lang)[0];

describe('datesIn', () => {
  it('reads a full English date', () => {
    expect(first('Nov. 19, 2019 8:03 am ET')).toMatchObject({ kind: 'full', day: '2019-11-19' });
  });
  it('splits a year glued to the time or to the next word', () => {
    expect(first('NOV 20 20194:29 AM')).toMatchObject({ kind: 'full', day: '2019-11-20' });
    expect(first('21:17 18.11.2019Get short URL', 'ru')).toMatchObject({ kind: 'full', day: '2019-11-18' });
  });
  it('reads year-first dotted dates', () => {
    expect(first('2019. 11. 20. 09:54', null)).toMatchObject({ kind: 'full', day: '2019-11-20' });
  });
  it('reads dotted day-month-year dates in the European order, also when day and month are both up to 12', () => {
    expect(first('Published 11.04.2025, 14:20')).toMatchObject({ kind: 'full', day: '2025-04-11' });
    expect(first('05.01.2018', 'ru')).toMatchObject({ kind: 'full', day: '2018-01-05' });
    // An impossible month is not turned into a date.
    expect(first('Version 31.13.2020 notes')?.day).not.toBe('2020-13-31');
  });
  it('reads an English date whose day has a stop before the month\'s name, as Central European sites write it', () => {
    expect(first('21. Sep 2020 at 14:39', 'en')).toMatchObject({ kind: 'full', day: '2020-09-21' });
    expect(first('Erstellt: 21. September 2019', 'de')).toMatchObject({ kind: 'full', day: '2019-09-21' });
  });
  it('reads a dotted day month first where the page writes days so, and leaves it open where only an American clock tells', () => {
    expect(datesIn('10.8.2020 11:00 AM', 'en', undefined, 'month-first')[0]).toMatchObject({ kind: 'full', day: '2020-10-08' });
    expect(first('10.8.2020 11:00 AM')).toMatchObject({ kind: 'ambiguous' });
    expect(first('10.8.2020 11:00')).toMatchObject({ kind: 'full', day: '2020-08-10' });
    expect(first('22.8.2020 11:00 AM')).toMatchObject({ kind: 'full', day: '2020-08-22' });
  });
  it('reads a dotted day with spaces after its dots', () => {
    expect(first('8. 5. 2019', 'de')).toMatchObject({ kind: 'full', day: '2019-05-08' });
  });
  it('reads a day, a month name and a year run together with dots', () => {
    expect(first('3.mar.2024 às 10h42', 'pt')).toMatchObject({ kind: 'full', day: '2024-03-03' });
    expect(first('Updated 14.Nov.2019')).toMatchObject({ kind: 'full', day: '2019-11-14' });
  });
  it.each([
    ['4 days ago', 'en'],
    ['vor 4 Tagen', 'de'],
    ['4 дня назад', 'ru'],
    ['4 дні тому', 'uk'],
    ['il y a 4 jours', 'fr'],
    ['4 giorni fa', 'it'],
    ['há 4 dias', 'pt'],
    ['hace 4 días', 'es'],
  ])('reads "%s" (%s) as relative, counted back from the reference day', (text, lang) => {
    expect(datesIn(text, lang, new Date(Date.UTC(2024, 2, 7, 12)))[0]).toMatchObject({ kind: 'relative', day: '2024-03-03' });
  });
  it('marks all-number dates whose day and month could swap as ambiguous', () => {
    expect(first('04/03/2023')).toMatchObject({ kind: 'ambiguous' });
    expect(first('17/03/2023', 'pt')).toMatchObject({ kind: 'full', day: '2023-03-17' });
    expect(first('04/03/2023 10:42 GMT')).toMatchObject({ kind: 'ambiguous' });
  });
  it('reads all-number dates day first in languages chrono has no parser for, which write them so', () => {
    expect(first('Senin, 06/01/2020 14:32 WIB', 'id')).toMatchObject({ kind: 'full', day: '2020-01-06' });
    expect(first('Opublikowano 04/03/2023', 'pl')).toMatchObject({ kind: 'full', day: '2023-03-04' });
  });
  it("reads an all-number date in the order the page's other dates settle", () => {
    expect(datesIn('11/10/2019 by Jane Roe', 'en', undefined, 'month-first')[0]).toMatchObject({ kind: 'full', day: '2019-11-10' });
    expect(datesIn('11/10/2019 by Jane Roe', 'en', undefined, 'day-first')[0]).toMatchObject({ kind: 'full', day: '2019-10-11' });
    expect(datesIn('11/10/2019 by Jane Roe', 'en', undefined, null)[0]).toMatchObject({ kind: 'ambiguous' });
  });
  it.each([
    ['12/10/2019 06:32 PM EST', '2019-12-10'],
    ['9/12/2019 12:40 AM PT', '2019-09-12'],
    ['03/04/2024, 7:05 a.m. CDT', '2024-03-04'],
  ])('reads "%s", timed in a US zone, month first', (text, day) => {
    expect(first(text)).toMatchObject({ kind: 'full', day });
  });
  it('tells a day without its year apart', () => {
    expect(first('KESTRA, March 3 (Reuters) -')).toMatchObject({ kind: 'yearless', month: 3, dayOfMonth: 3 });
  });
  it('reads a month named before a two-digit day on a page that writes all-number days first', () => {
    expect(datesIn('April 11 (Reuters) -', 'en', undefined, 'day-first')[0]).toMatchObject({ kind: 'yearless', month: 4, dayOfMonth: 11 });
    expect(datesIn('KESTRA, April 11 -', 'pl')[0]).toMatchObject({ kind: 'yearless', month: 4, dayOfMonth: 11 });
  });
  it('ignores spans that name no day', () => {
    expect(datesIn('the money will arrive within a week', 'en').filter((d) => d.kind !== 'relative')).toEqual([]);
  });
  it('completes a year-less day, refusing impossible ones', () => {
    const d = first('March 3')!;
    expect(withYear(d, 2023)).toBe('2023-03-03');
    expect(withYear({ ...d, month: 2, dayOfMonth: 29 }, 2023)).toBeNull();
  });
});

describe('numericOrderOf', () => {
  it('says which order a page writes all-number days in, where one of them settles it', () => {
    expect(numericOrderOf(['11/10/2019 by Jane Roe', 'Related', '10/28/2019'])).toBe('month-first');
    expect(numericOrderOf(['Posted 11/10/2019', 'Last week: 28/10/2019'])).toBe('day-first');
    expect(numericOrderOf(['28-10-19 ferry timetable'])).toBe('day-first');
  });
  it('says nothing where no date settles it, or the page mixes both orders', () => {
    expect(numericOrderOf(['11/10/2019', '03/04/2020'])).toBeNull();
    expect(numericOrderOf(['10/28/2019', '28/10/2019'])).toBeNull();
    // A fraction or a score is no date: it has no year.
    expect(numericOrderOf(['The vote was 13/4 in favour.'])).toBeNull();
  });
});

describe('numericOrderOfCountry', () => {
  it("gives the order a country's publications write all-number days in", () => {
    expect(numericOrderOfCountry('US')).toBe('month-first');
    expect(numericOrderOfCountry('GB')).toBe('day-first');
    expect(numericOrderOfCountry('IN')).toBe('day-first');
  });
  it('gives none for a country that mixes orders or writes the year first, or an unknown one', () => {
    expect(numericOrderOfCountry('CA')).toBeNull();
    expect(numericOrderOfCountry('JP')).toBeNull();
    expect(numericOrderOfCountry(null)).toBeNull();
  });
});
