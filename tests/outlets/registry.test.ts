import { describe, it, expect } from 'vitest';
import { OutletRegistry, defaultOutletRegistry, hostsIn, registryFileProblem } from '../../src/outlets/registry.ts';

const registry = new OutletRegistry([
  { name: 'The Harbor Gazette', aliases: ['Harbor Gazette'], kind: 'outlet', domains: ['harborgazette.example'] },
  { name: 'Harbor', kind: 'outlet' },
  { name: '«Вестник Озера»', aliases: ['Вестник'], kind: 'outlet' },
  { name: 'Meridian Press Agency', aliases: ['MPA'], kind: 'wire', dateline: ['MPA'] },
  { name: 'The Kestra Shimbun', aliases: ['ケストラ新聞'], kind: 'outlet' },
]);
const names = (text: string) => registry.namesIn(text).map((m) => [m.matched, m.index]);

describe('OutletRegistry.namesIn', () => {
  it('finds every name in order with its offset', () => {
    expect(names('By Ana Ruiz, MPA | © The Harbor Gazette')).toEqual([['MPA', 13], ['The Harbor Gazette', 21]]);
  });
  it('prefers the longest name that starts at a place', () => {
    expect(names('Harbor Gazette staff')).toEqual([['Harbor Gazette', 0]]);
  });
  it('matches whole words only', () => {
    expect(names('MPAs, Harbors and HarborGazette; xMPA')).toEqual([]);
    // "Harbor Gazette" is a prefix of these words, not a name in them; "Harbor" is.
    expect(names('Harbor Gazettes')).toEqual([['Harbor', 0]]);
  });
  it('is case-sensitive, so a plain word in lower case is no outlet', () => {
    expect(names('the harbor gazette')).toEqual([]);
  });
  it('finds a name that opens with punctuation, and Cyrillic names', () => {
    expect(names('© 2023 «Вестник Озера». Все права')).toEqual([['«Вестник Озера»', 7]]);
    expect(names('Читайте Вестник')).toEqual([['Вестник', 8]]);
    // Glued to a word before it, the punctuated name does not start there; the plain alias still does.
    expect(names('x«Вестник Озера»')).toEqual([['Вестник', 2]]);
  });
  it('finds a name inside a run of Japanese or Chinese characters, which has no spaces between words', () => {
    // "社" makes the paper's name its company's; "デジタル" its web edition's.
    expect(names('Copyright © ケストラ新聞社')).toEqual([['ケストラ新聞', 12]]);
    expect(names('ケストラ新聞デジタル 今なら無料')).toEqual([['ケストラ新聞', 0]]);
    expect(names('ケストラ新')).toEqual([]);
  });
  it("reads a name's apostrophe typed or typeset", () => {
    const withApostrophe = new OutletRegistry([{ name: "Rower's Weekly", kind: 'outlet' }]);
    expect(withApostrophe.byExactName('Rower’s Weekly')?.name).toBe("Rower's Weekly");
    expect(withApostrophe.namesIn('Follow Rower’s Weekly on Facebook').map((m) => m.matched)).toEqual(['Rower’s Weekly']);
    expect(withApostrophe.nameOpening('Rower’s Weekly Newsletter')?.outlet.name).toBe("Rower's Weekly");
  });
  it('resolves hosts to their outlet through parent domains', () => {
    expect(registry.byHost('www.news.harborgazette.example')?.name).toBe('The Harbor Gazette');
    expect(registry.domainsIn('see harborgazette.example/world')[0]?.outlet.name).toBe('The Harbor Gazette');
  });
  it("finds hosts in a text, but not the name before an e-mail's @, which only looks like one", () => {
    expect(hostsIn('Clare Whitmore, clare.whitmore@harborgazette.example, or www.harborgazette.example').map((m) => m[0])).toEqual(['harborgazette.example', 'www.harborgazette.example']);
  });
  it('reads a name set in capitals at the opening of a text, and only there', () => {
    expect(registry.nameOpening('THE HARBOR GAZETTE')?.outlet.name).toBe('The Harbor Gazette');
    expect(registry.nameOpening('Harbor Gazette newsletters')?.matched).toBe('Harbor Gazette');
    expect(registry.nameOpening('the harbor gazette')).toBeUndefined();
    expect(registry.nameOpening('Read the Harbor Gazette')).toBeUndefined();
  });
});

describe('built-in registry', () => {
  const builtIn = defaultOutletRegistry();
  it('knows outlets added to fill gaps, by domain and by name', () => {
    expect(builtIn.byHost('www.crn.com')?.name).toBe('CRN');
    expect(builtIn.byHost('digg.com')?.name).toBe('Digg');
    expect(builtIn.byExactName('Sioux Falls Argus Leader')?.name).toBe('Argus Leader');
    expect(builtIn.byDateline('Notimex')?.kind).toBe('wire');
  });
  it('knows national outlets of more countries, in their own scripts too', () => {
    expect(builtIn.byHost('www.hankyung.com')?.name).toBe('The Korea Economic Daily');
    expect(builtIn.byExactName('경향신문')?.name).toBe('Kyunghyang Shinmun');
    expect(builtIn.byHost('www.tribunnews.com')?.name).toBe('Tribunnews');
    expect(builtIn.byExactName('東京新聞')?.name).toBe('The Tokyo Shimbun');
    expect(builtIn.byHost('www.ilrestodelcarlino.it')?.name).toBe('Il Resto del Carlino');
    expect(builtIn.byHost('www.wiwo.de')?.name).toBe('WirtschaftsWoche');
    expect(builtIn.byExactName('GaúchaZH')?.name).toBe('GZH');
    expect(builtIn.byExactName('Спорт-Экспресс')?.name).toBe('Sport-Express');
    expect(builtIn.byDateline('Newsis')?.kind).toBe('wire');
  });
  it('knows US local TV stations and papers, health, finance and trade sites, and papers of Africa and Asia', () => {
    expect(builtIn.byHost('www.wpxi.com')?.name).toBe('WPXI');
    expect(builtIn.byHost('www.kare11.com')?.name).toBe('KARE 11');
    expect(builtIn.byHost('www.healthline.com')?.name).toBe('Healthline');
    expect(builtIn.byHost('www.zacks.com')?.name).toBe('Zacks');
    expect(builtIn.byHost('www.thehindubusinessline.com')?.name).toBe('The Hindu BusinessLine');
    expect(builtIn.byHost('reliefweb.int')?.name).toBe('ReliefWeb');
  });
  it('knows a Linux news site and a Japanese music and culture site, by the names its sections print', () => {
    expect(builtIn.byHost('www.phoronix.com')?.name).toBe('Phoronix');
    expect(builtIn.byExactName('音楽ナタリー')?.name).toBe('Natalie');
    expect(builtIn.byHost('natalie.mu')?.name).toBe('Natalie');
  });
  it('knows magazines and sites by the names their mastheads print', () => {
    expect(builtIn.byExactName("Harper's BAZAAR")?.name).toBe("Harper's Bazaar");
    expect(builtIn.byHost('www.elle.com')?.name).toBe('ELLE');
    expect(builtIn.byExactName('Хабр')?.name).toBe('Habr');
    expect(builtIn.byHost('www.kentonline.co.uk')?.name).toBe('KentOnline');
  });
  it("knows the notes that only an outlet's own pages print", () => {
    expect(builtIn.telltaleIn('(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)')?.name).toBe('NDTV');
    expect(builtIn.telltaleIn('This article appeared in the South China Morning Post print edition as: Ferries return')?.name).toBe('South China Morning Post');
    expect(builtIn.telltaleIn('CLICK HERE TO GET THE FOX NEWS APP')?.name).toBe('Fox News');
    expect(builtIn.telltaleIn('The Motley Fool has a disclosure policy.')?.name).toBe('The Motley Fool');
  });
  it("does not take a broadcast network's bare name for its news division", () => {
    // A TV trade paper names "NBC" in every story about its shows.
    expect(builtIn.byExactName('NBC')).toBeUndefined();
    expect(builtIn.byExactName('NBC News')?.name).toBe('NBC News');
  });
  it('tells a site on a subdomain from its host portal', () => {
    expect(builtIn.byHost('jc.ne10.uol.com.br')?.name).toBe('Jornal do Commercio');
    expect(builtIn.byHost('noticias.uol.com.br')?.name).toBe('UOL');
    // The Korean daily and its English edition are two publications on one group's domain.
    expect(builtIn.byHost('news.joins.com')?.name).toBe('JoongAng Ilbo');
    expect(builtIn.byExactName('중앙일보')?.name).toBe('JoongAng Ilbo');
    expect(builtIn.byHost('koreajoongangdaily.joins.com')?.name).toBe('Korea JoongAng Daily');
  });
});

describe('OutletRegistry.telltaleIn', () => {
  const withTelltale = new OutletRegistry([{ name: 'Kestran Herald', kind: 'outlet', telltales: ['Facts first, since 1921'] }]);
  it('names the outlet whose phrase a line holds, in any case', () => {
    expect(withTelltale.telltaleIn('Our standards: FACTS FIRST, SINCE 1921.')?.name).toBe('Kestran Herald');
    expect(withTelltale.telltaleIn('Facts first, they said')).toBeUndefined();
  });
  it('is checked in a user registry file like the other lists', () => {
    expect(registryFileProblem({ outlets: [{ name: 'Kestran Herald', kind: 'outlet', telltales: 'Facts first' }] })).toMatch(/"telltales" must be a list of texts/);
    expect(registryFileProblem({ outlets: [{ name: 'Kestran Herald', kind: 'outlet', telltales: ['Facts first'] }] })).toBeNull();
    expect(registryFileProblem({ outlets: [{ name: 'Kestran Herald', kind: 'outlet', numericDates: 'US' }] })).toMatch(/"numericDates" must be "day-first" or "month-first"/);
    expect(registryFileProblem({ outlets: [{ name: 'Kestran Herald', kind: 'outlet', numericDates: 'month-first' }] })).toBeNull();
  });
});
