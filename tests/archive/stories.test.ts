/** clusterStories on hand-made term weights: the time window, undated articles, other languages, copies. */
import { describe, expect, it } from 'vitest';
import { clusterStories, STORY_OPTIONS, type StoryInput } from '../../src/archive/stories.ts';
import { articleFeatures, nameKey } from '../../src/archive/text-features.ts';

const STRIKE = 'Dock workers at Tallmere walked out over twelve-hour shifts; union organiser Brenna Vasko said 340 members voted for the strike and eleven ships waited at anchor.';
const STRIKE_2 = 'Tallmere dockers strike: organiser Brenna Vasko says 340 members backed the walkout over twelve-hour shifts, leaving eleven ships at anchor.';
const FIRE = 'A wildfire near Corrow forced 2,100 residents from their homes as firefighters battled flames across the dry ridge above the reservoir.';
const ELECTION = 'Voters in Lisk elected a new mayor, Oren Tamsin, who won 58 percent after a campaign about bus fares and housing.';

function item(text: string, date: string | null, extra: Partial<StoryInput> = {}): StoryInput {
  return { date, dayWithoutYear: null, lang: 'en', copyOf: null, ...articleFeatures({ source: null, headline: text.split(/[:;]/)[0]!, body: text }), ...extra };
}

describe('clusterStories', () => {
  it('groups two tellings of one event within days and keeps other events apart', () => {
    const ids = clusterStories([item(STRIKE, '2025-03-03'), item(FIRE, '2025-03-03'), item(STRIKE_2, '2025-03-04'), item(ELECTION, '2025-03-05')]);
    expect(ids[0]).toBe(ids[2]);
    expect(new Set([ids[0], ids[1], ids[3]]).size).toBe(3);
  });

  it('starts a new story for the same words weeks later', () => {
    const ids = clusterStories([item(STRIKE, '2025-03-03'), item(FIRE, '2025-03-04'), item(STRIKE_2, '2025-04-20')]);
    expect(ids[2]).not.toBe(ids[0]);
    const inWindow = clusterStories([item(STRIKE, '2025-03-03'), item(FIRE, '2025-03-04'), item(STRIKE_2, `2025-03-0${3 + STORY_OPTIONS.windowDays}`)]);
    expect(inWindow[2]).toBe(inWindow[0]);
  });

  it('lets an undated article join only a story it closely matches, and only in the week its day without a year allows', () => {
    const base = [item(STRIKE, '2025-03-03'), item(FIRE, '2025-03-03'), item(ELECTION, '2025-03-05')];
    const joined = clusterStories([...base, item(STRIKE_2, null)]);
    expect(joined[3]).toBe(joined[0]);
    const rightWeek = clusterStories([...base, item(STRIKE_2, null, { dayWithoutYear: '--03-04' })]);
    expect(rightWeek[3]).toBe(rightWeek[0]);
    const wrongWeek = clusterStories([...base, item(STRIKE_2, null, { dayWithoutYear: '--05-20' })]);
    expect(new Set(wrongWeek).size).toBe(4);
  });

  it('compares an article in another language by names and numbers', () => {
    const russian = 'Докеры Таллмира объявили забастовку: организатор профсоюза Бренна Васко заявила, что 340 членов проголосовали за стачку, 11 судов ждут на рейде.';
    const ids = clusterStories([item(STRIKE, '2025-03-03'), item(FIRE, '2025-03-03'), item(russian, '2025-03-04', { lang: 'ru' })]);
    expect(ids[2]).toBe(ids[0]);
    const unrelated = 'В Лиске избрали нового мэра: Орен Тамсин получил 58 процентов голосов.';
    const apart = clusterStories([item(STRIKE, '2025-03-03'), item(FIRE, '2025-03-03'), item(unrelated, '2025-03-04', { lang: 'ru' })]);
    expect(new Set(apart).size).toBe(3);
  });

  it('puts a copy in its original story whatever its words', () => {
    const ids = clusterStories([item(STRIKE, '2025-03-03'), item(FIRE, '2025-03-03', { copyOf: 0 })]);
    expect(ids[1]).toBe(ids[0]);
  });
});

describe('nameKey', () => {
  it('gives a name the same skeleton in Latin and transliterated Cyrillic, inflected or not', () => {
    expect(nameKey('Fennick')).toBe(nameKey('Fennike'));
    expect(nameKey('Velgrad')).toBe(nameKey('Velgrade'));
    expect(nameKey('Sarnorail')).toBe(nameKey('Sarnoreil'));
    expect(nameKey('Velgrad')).not.toBe(nameKey('Fennick'));
  });
  it('gives no key to names too short to tell apart', () => {
    expect(nameKey('Ivo')).toBeNull();
  });
});
