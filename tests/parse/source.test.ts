import { describe, expect, it } from 'vitest';
import { copyrightHolder, registeredMediaName } from '../../src/parse/fields/source.ts';
import { parseArticle } from '../../src/parse/article.ts';
import { OutletRegistry } from '../../src/outlets/registry.ts';

describe('copyrightHolder', () => {
  it.each([
    ['© 2021 Harbor Ledger Media Inc. All rights reserved.', 'Harbor Ledger Media'],
    ['© 2025 KESTRAN HERALD SRL', 'KESTRAN HERALD'],
    ['Copyright © 2024 Kestran Herald S.p.A.', 'Kestran Herald'],
    ['© 2025 Jornal do Kestra SA', 'Jornal do Kestra'],
    ['© 2025 Kestra Nieuws BV', 'Kestra Nieuws'],
    ['© 2024 The Kestran Times DAC', 'The Kestran Times'],
    ['© Kestrelwatch Pty Ltd. All rights reserved.', 'Kestrelwatch'],
    ['©2020 Kestran Wire L.P. All Rights Reserved', 'Kestran Wire'],
    ['© 2019 Kestra Literacy Project · A 501(c)(3) nonprofit organization', 'Kestra Literacy Project'],
    ['Copyright © 2020 Crumbs & Kestra • All rights reserved', 'Crumbs & Kestra'],
    ['© 2024 Harbor Ledger LP', 'Harbor Ledger'],
    ['© 2024 Harbor Ledger L.L.C.', 'Harbor Ledger'],
    ['© АО «Кестринский вестник». Все права защищены.', 'Кестринский вестник'],
    ['© 2005-2020 Kestra Health Media a Harbor Ventures Company. All rights reserved.', 'Kestra Health Media'],
    ['© Since 2001 Kestrelwatch LLC. All trademarks are the property of their owners.', 'Kestrelwatch'],
  ])('names the company of %s without its legal form', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it.each([
    ['© 2020 Kestra 80 90 – Tutti i diritti riservati', 'Kestra 80 90'],
    ['© 2021 Kestra Channel 6', 'Kestra Channel 6'],
    ['© Kestran Herald 2019. All rights reserved.', 'Kestran Herald'],
  ])('keeps the numbers of a name but not its year: %s', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it('keeps words that are only a legal form elsewhere: "Spa Gazette" is a name', () => {
    expect(copyrightHolder('© 2024 Spa Gazette')).toBe('Spa Gazette');
  });

  it('keeps a name that only opens like a word for a photo or a map ("Maple Hollow")', () => {
    expect(copyrightHolder('© 2019 Maple Hollow Public Library')).toBe('Maple Hollow Public Library');
    expect(copyrightHolder('© 2019 Photographers of Kestra')).toBeNull();
  });

  it("drops a Belgian company's legal form", () => {
    expect(copyrightHolder('© 2019 KESTRA SPRL')).toBe('KESTRA');
  });

  it("names no holder for a link to the site's copyright page", () => {
    expect(copyrightHolder('Copyright Policy')).toBeNull();
    expect(copyrightHolder('Copyright notice')).toBeNull();
    expect(copyrightHolder('Copyright Notices')).toBeNull();
    expect(copyrightHolder('Copyright Information')).toBeNull();
  });

  it('names a holder written in a script without capitals, and still not one in lower case', () => {
    expect(copyrightHolder('Copyright © ケストラ港法律事務所 All Rights Reserved.')).toBe('ケストラ港法律事務所');
    expect(copyrightHolder('© 2024 the harbour board')).toBeNull();
  });

  it('names a brand coined in small letters, with a capital or a figure inside its first word', () => {
    expect(copyrightHolder('© 2019 kestr8. All rights reserved.')).toBe('kestr8');
    expect(copyrightHolder('© 2020 iHarbour Media Inc.')).toBe('iHarbour Media');
    expect(copyrightHolder('© 2024 unless otherwise noted')).toBeNull();
  });
});

describe('registeredMediaName', () => {
  it.each([
    ['Сетевое издание «Кестринский вестник». Свидетельство о регистрации СМИ Эл № ФС 77 – 00000', 'Кестринский вестник'],
    ['© 2005–2019 ООО «Кестра Медиа». Сетевое издание «Деловая газета «Кестра»»', 'Деловая газета «Кестра»'],
    ['Сетевое издание «Кестра.Ру» (kestra.ru) зарегистрировано в Роскомнадзоре.', 'Кестра.Ру'],
    ['Сетевое издание Кестра Новости. 18+', 'Кестра Новости'],
  ])('reads the registered name of %s', (line, name) => {
    expect(registeredMediaName(line)).toBe(name);
  });

  it('reads no name from a line that only speaks of online publications', () => {
    expect(registeredMediaName('Каждое сетевое издание обязано указывать возрастной ценз.')).toBeNull();
  });
});

describe('the publisher among the names on a page', () => {
  // Fictional outlets: a site, a sister site of its group, and a wire agency whose initials are also another body's.
  const registry = new OutletRegistry([
    { name: 'The Meridian', kind: 'outlet' },
    { name: 'Evening Post', kind: 'outlet' },
    { name: 'Kestra Press Agency', aliases: ['KPA'], kind: 'wire' },
    { name: 'MeridianLive', aliases: ['The Meridian Daily'], domains: ['meridianlive.example'], kind: 'outlet' },
    { name: 'The Harbour News', aliases: ['Harbour News'], kind: 'outlet' },
    { name: 'Tidewater Pharma', kind: 'outlet' },
  ]);
  const ARTICLE = [
    'Harbour tolls to rise for the first time in a decade',
    'The Kestra harbour board voted on Monday to raise the tolls paid by cargo ships for the first time in ten years, citing the cost of dredging the outer channel.',
    'Shipping companies said the rise would be passed on to importers, and warned that some smaller lines could move their calls to ports further down the coast.',
    'The board said the new tolls would take effect in April and would be reviewed again after two years.',
  ].join('\n');
  const sourceOf = (text: string) => parseArticle(text, { file: 'a.txt', registry }).source;

  it('is the longer of two names a line may open with, "The" dropped or kept ("The Sun-Times", not "The Sun")', () => {
    const both = new OutletRegistry([...registry.outlets, { name: 'The Tide', kind: 'outlet' }, { name: 'Kestra Tide-Times', aliases: ['Tide-Times'], kind: 'outlet' }]);
    const withFooter = (line: string) => parseArticle(`${ARTICLE}\n${line}\n${line}`, { file: 'a.txt', registry: both }).source;
    expect(withFooter('The Tide-Times Email')).toBe('Kestra Tide-Times');
    expect(withFooter('Contact The Tide')).toBe('The Tide');
  });

  it('is the logo opening the page over another outlet the notice in its footer names, not over a longer name of its own', () => {
    const page = (logo: string, notice: string) => `${logo}\nNews\nSport\n${ARTICLE}\nMore from ${logo}\n${notice}`;
    expect(sourceOf(page('Evening Post', '© 2021 The Harbour News. All rights reserved.'))).toBe('Evening Post');
    // "The Meridian" is the short form of the paper the notice names.
    expect(sourceOf(page('The Meridian', '© 2021 The Meridian Daily. All rights reserved.'))).toBe('MeridianLive');
  });

  it('is the site a sign-up promo names, "The" and all', () => {
    expect(sourceOf(`${ARTICLE}\nSign up for The Meridian newsletter`)).toBe('The Meridian');
  });

  it('is the site whose stories a sign-up offers to deliver, over an outlet an interview was given to', () => {
    const cited = 'The harbour master told the Evening Post that the tolls were overdue.';
    expect(sourceOf(`${ARTICLE}\n${cited}\nGet the day's top stories from The Meridian delivered to your inbox every weekday evening.`)).toBe('The Meridian');
  });

  it('is the site that asks to be followed on a messaging app or news reader', () => {
    expect(sourceOf(`${ARTICLE}\nFollow The Meridian on WhatsApp`)).toBe('The Meridian');
    expect(sourceOf(`${ARTICLE}\nFollow The Meridian on Google News`)).toBe('The Meridian');
  });

  it('is the site whose own stories a link box lists ("Read more from ...:", "Top stories from ...")', () => {
    expect(sourceOf(`${ARTICLE}\nRead more from The Meridian:\nHarbour pilots end their strike\nFerry fares to rise in spring`)).toBe('The Meridian');
    expect(sourceOf(`${ARTICLE}\nTop stories from MeridianLive\nHarbour pilots end their strike\nFerry fares to rise in spring`)).toBe('MeridianLive');
    expect(sourceOf(`${ARTICLE}\nRead More\nTop stories from MeridianLive\nHarbour pilots end their strike\nFerry fares to rise in spring`)).toBe('MeridianLive');
  });

  it("is the site a photo's credit says it was taken by or for, not a wire or an agency's distributor", () => {
    const [title, lead, ...rest] = ARTICLE.split('\n');
    const withCaption = (caption: string) => [title, lead, caption, ...rest].join('\n');
    expect(sourceOf(withCaption('Cargo ships wait outside the harbour on Monday. (Ana Ruiz/The Meridian)'))).toBe('The Meridian');
    expect(sourceOf(withCaption('Cargo ships wait outside the harbour on Monday.Credit...Ana Ruiz for The Meridian'))).toBe('The Meridian');
    expect(sourceOf(withCaption('Photographer: Ana Ruiz/MeridianLive'))).toBe('MeridianLive');
    expect(sourceOf(withCaption('Cargo ships wait outside the harbour on Monday (Image: The Meridian/Ana Ruiz)'))).toBe('The Meridian');
    expect(sourceOf(withCaption('Cargo ships wait outside the harbour on Monday (Image: KPA/Ana Ruiz)'))).toBeNull();
    expect(sourceOf(withCaption('Cargo ships wait outside the harbour on Monday. (Ana Ruiz/KPA)'))).toBeNull();
    expect(sourceOf(withCaption('Cargo ships wait outside the harbour on Monday. Ana Ruiz/The Meridian via Getty Images'))).toBeNull();
    expect(sourceOf(`${ARTICLE}\nAna Ruiz covered the port for the Evening Post before she joined the board as its spokeswoman.`)).toBeNull();
  });

  it('is not an outlet that ends a teaser\'s title after "for" ("… Off Kestra Point for the First Time")', () => {
    const withTime = new OutletRegistry([...registry.outlets, { name: 'Time', kind: 'outlet' }]);
    const teasers = ['Most Read', 'Divers Reach the Wreck Off Kestra Point for the First Time', 'Ferry fares to rise in spring'].join('\n');
    expect(parseArticle(`${ARTICLE}\n${teasers}`, { file: 'a.txt', registry: withTime }).source).toBeNull();
  });

  it('is the site a credit under the article names in another language ("Źródło: ...", "Fonte: ...")', () => {
    expect(sourceOf(`${ARTICLE}\nŹródło: The Meridian`)).toBe('The Meridian');
    expect(sourceOf(`${ARTICLE}\nFonte: MeridianLive`)).toBe('MeridianLive');
  });

  it('is an outlet whose name holds a messenger\'s after a hyphen, as its logo names it ("Star-Telegram")', () => {
    const withTelegram = new OutletRegistry([...registry.outlets, { name: 'Kestra Star-Telegram', kind: 'outlet' }]);
    expect(parseArticle(`Kestra Star-Telegram\nNews\nSport\n${ARTICLE}`, { file: 'a.txt', registry: withTelegram }).source).toBe('Kestra Star-Telegram');
  });

  it('is the outlet a photo credit ends with, before the full stop that closes the caption', () => {
    expect(sourceOf(`${ARTICLE}\nA harbour seal on the outer breakwater. Image by Jane Roe/The Meridian.`)).toBe('The Meridian');
  });

  it('is the whole name of a site set in capitals in its menu ("More From KESTRA WATCH"), not its first word', () => {
    expect(sourceOf(`${ARTICLE}\nMore From KESTRA WATCH\nFerry fares to rise in spring\n© 2020 KESTRA WATCH`)).toBe('KESTRA WATCH');
  });

  it('is the site a promo names after a slogan and a dash ("Stay current - Follow … on Telegram")', () => {
    expect(sourceOf(`${ARTICLE}\nStay current - Follow The Meridian on Telegram`)).toBe('The Meridian');
  });

  it('is the whole name a newsletter promo gives, of more than one word, and not a newsletter\'s own title', () => {
    expect(sourceOf(`${ARTICLE}\nSign up for the Harbour News daily newsletter`)).toBe('The Harbour News');
    const site = (name: string) => parseArticle(`News\n${name}\nSport\n${ARTICLE}\nSign up for the ${name} newsletter`, { file: 'a.txt', registry }).source;
    expect(site('Kestra Insider')).toBe('Kestra Insider');
    expect(site('Kestra Playbook')).toBeNull();
  });

  it('is the site an appeal names in its own voice ("At The Meridian, we …")', () => {
    expect(sourceOf(`${ARTICLE}\n(At The Meridian, we question everything. Play a part in our journalism by becoming a member today.)`)).toBe('The Meridian');
  });

  it('is the outlet a photo is credited to alone, after a label ("(Image: The Meridian)", "Credit: MeridianLive")', () => {
    expect(sourceOf(`${ARTICLE}\nCargo ships wait outside the harbour (Image: The Meridian)`)).toBe('The Meridian');
    expect(sourceOf(`${ARTICLE}\nCredit: MeridianLive`)).toBe('MeridianLive');
  });

  it('is the site whose membership a promo offers ("Become a MeridianLive Member")', () => {
    expect(sourceOf(`${ARTICLE}\nBecome a MeridianLive Member for just $5!`)).toBe('MeridianLive');
  });

  it('is the paper whose print edition a note under the story names', () => {
    expect(sourceOf(`${ARTICLE}\nPublished in The Harbour News, July 27th, 2017.`)).toBe('The Harbour News');
  });

  it("is not a writer's name opening a scraper text over a relative time, read as a masthead", () => {
    expect(sourceOf(`Dana Whitlock\n3 hrs ago\n${ARTICLE}\nDana Whitlock\nDana Whitlock writes about harbours and ferries.`)).toBeNull();
  });

  it("is the site a note on its commenters' or interviewees' views names", () => {
    expect(sourceOf(`${ARTICLE}\nYou must be logged in to comment. Comments are the opinions of their authors and not of The Meridian.`)).toBe('The Meridian');
    expect(sourceOf(`${ARTICLE}\nMeridianLive macht sich Äußerungen seiner Gesprächspartner in Interviews nicht zu eigen.`)).toBe('MeridianLive');
  });

  it('is not an outlet whose name is an everyday phrase, standing alone as a menu label', () => {
    const withMenu = new OutletRegistry([...registry.outlets, { name: 'Latest News', kind: 'outlet', commonPhrase: true }]);
    const menu = ['Latest News', 'Politics', 'Business', 'Sport'].join('\n');
    expect(parseArticle(`${menu}\n${ARTICLE}`, { file: 'a.txt', registry: withMenu }).source).toBeNull();
    expect(parseArticle(`${menu}\n${ARTICLE}\n© 2024 Latest News`, { file: 'a.txt', registry: withMenu }).source).toBe('Latest News');
  });

  it("is the brand a copyright holder's company name opens with, when the page's logo line is that brand", () => {
    expect(sourceOf(`Harbourlight\nNews\nLife\n${ARTICLE}\nHarbourlight\n© 2024 Harbourlight Digital Group. All rights reserved.`)).toBe('Harbourlight');
    expect(sourceOf(`${ARTICLE}\n© 2024 Harbourlight Digital Group. All rights reserved.`)).toBe('Harbourlight Digital');
  });

  it('is not an outlet whose name ends the copyright holder\'s longer one', () => {
    expect(sourceOf(`${ARTICLE}\n© 2019 Harbour Evening Post, S.A.`)).toBe('Harbour Evening Post');
  });

  it('is the site a newsletter opt-in says will write ("... updates from The Meridian")', () => {
    expect(sourceOf(`${ARTICLE}\nI would like to be emailed about offers, events and updates from The Meridian. Read our privacy notice`)).toBe('The Meridian');
  });

  it('is not a sister site in the group\'s list of its sites, when other entries stand between the names', () => {
    expect(sourceOf(`${ARTICLE}\nAbout us\nEvening Post\nPuzzles\nThe Meridian\nVoucher codes\nFollow The Meridian on Twitter`)).toBe('The Meridian');
  });

  it('is not the outlet a recommended link is credited to ("Recommended Reading:" / "Evening Post" / its title)', () => {
    expect(sourceOf(`${ARTICLE}\nRecommended Reading:\nEvening Post\nHarbour pilots end their strike`)).toBeNull();
  });

  it('is not an agency a teaser headline is about ("KPA: ...")', () => {
    expect(sourceOf(`${ARTICLE}\nMost read\nKPA: fuel prices fall in eight regions\nHarbour pilots end their strike`)).toBeNull();
  });

  it('is the employer an author box names after a comma ("Staff Writer, The Meridian.")', () => {
    expect(sourceOf(`${ARTICLE}\nAna Ruiz\nStaff Writer, The Meridian. Covers ports and shipping.`)).toBe('The Meridian');
  });

  it('is the outlet a byline names by its paper and its site together ("The Meridian Daily/MeridianLive"), not two outlets so joined', () => {
    const [title, ...rest] = ARTICLE.split('\n');
    const withByline = (names: string) => [title, `By Ana Ruiz | ${names}`, ...rest].join('\n');
    expect(sourceOf(withByline('The Meridian Daily/MeridianLive'))).toBe('MeridianLive');
    expect(sourceOf(withByline('The Meridian/Evening Post'))).toBeNull();
  });

  it("is not the writer whose own copyright or about page a newsletter or a blog shows", () => {
    const [title, ...rest] = ARTICLE.split('\n');
    // The writer over the date, and the writer in a byline's run of parts.
    expect(sourceOf([title, 'Ana Ruiz', 'Mar 3, 2020', ...rest, '© 2020 Ana Ruiz'].join('\n'))).toBeNull();
    expect(sourceOf([title, 'Published: Oct 14, 2019 by Ana Ruiz · 23 Comments', ...rest, 'Home', 'About Ana Ruiz', 'Recipes', '© 2020 Ana Ruiz'].join('\n'))).toBeNull();
    // Anyone else's is the site's.
    expect(sourceOf([title, 'Mar 3, 2020', ...rest, '© 2020 Kestra Tide Tables'].join('\n'))).toBe('Kestra Tide Tables');
  });

  it("is the site a contributor's note says the views are not those of", () => {
    expect(sourceOf(`${ARTICLE}\nPosts here reflect the contributor's own views, not The Meridian's.`)).toBe('The Meridian');
  });

  it("is the agency whose logo stands over its tagline and the day's date, not a writer so placed", () => {
    const [title, ...rest] = ARTICLE.split('\n');
    expect(sourceOf(['Kestrawire', 'News agency', 'Wednesday, 7 February', title, ...rest, '© 2001–2018 «Kestrawire». All rights reserved.'].join('\n'))).toBe('Kestrawire');
  });

  it("is not a name before the @ of a press contact's e-mail", () => {
    expect(sourceOf(`${ARTICLE}\n-end-\nClare Whitmore\nHeadquarters, Kestra\n555-0110\nclare.whitmore@kestraspace.example`)).not.toBe('Clare');
  });

  it("is the site of the reporter's address under the story", () => {
    expect(sourceOf(`${ARTICLE}\nContact Ana Ruiz at aruiz@meridianlive.example or 555-0114.`)).toBe('MeridianLive');
    expect(sourceOf(`${ARTICLE}\nAna Ruiz can be reached at aruiz@meridianlive.example.`)).toBe('MeridianLive');
  });

  it('is the site someone in the story confirmed something to', () => {
    expect(sourceOf(`${ARTICLE}\nA spokeswoman for the board confirmed to The Meridian that the first ships would pay the new tolls in April.`)).toBe('The Meridian');
  });

  it('is the site someone in the story spoke to, in Portuguese and in Russian', () => {
    const more = new OutletRegistry([...registry.outlets, { name: 'Jornal do Kestra', aliases: ['JK'], kind: 'outlet' }, { name: 'Кестринский вестник', kind: 'outlet' }]);
    const of = (text: string) => parseArticle(text, { file: 'a.txt', registry: more }).source;
    const [title, ...rest] = ARTICLE.split('\n');
    expect(of([title, ...rest, '"Ninguém nos avisou de nada", contou ao JK um dos comerciantes do mercado.'].join('\n'))).toBe('Jornal do Kestra');
    expect(of([title, ...rest, '«Сырья не хватает», – пояснил газете Кестринский вестник ведущий эксперт центра.'].join('\n'))).toBe('Кестринский вестник');
  });

  it("is not an outlet whose name is also one of the site's sections, beside another section in its menu or breadcrumb", () => {
    const menu = ['The Meridian', 'Subscribe', 'Sign in', 'News', 'Harbour News', 'World News', 'Sport'].join('\n');
    const teasers = ['Harbour News', 'Ferry timetable changes from January confirmed by the harbour board'].join('\n');
    expect(sourceOf(`${menu}\n${ARTICLE}\n${teasers}`)).toBe('The Meridian');
  });

  it("is not one of the group's titles its footer lists, though the registry knows only that one", () => {
    const footer = ['About Us', 'Our Brands', 'Tidewater Biotech', 'Tidewater Pharma', 'Tidewater Life Sciences Events', 'Tidewater Wireless'].join('\n');
    expect(sourceOf(`${ARTICLE}\n${footer}`)).toBeNull();
  });

  it("is the site a line pairs with its company's brand over the address, not the company", () => {
    const footer = ['QL | QuaysideOnline', '8 West Quay Street', '© Copyright 2020 QL Media Group Inc. All Rights Reserved.'].join('\n');
    expect(sourceOf(`${ARTICLE}\n${footer}`)).toBe('QuaysideOnline');
  });

  it('is the whole name a search box offers, a domain in capitals too ("Search KESTRA.GOV")', () => {
    expect(sourceOf(`KESTRA.GOV\nSearch KESTRA.GOV\n${ARTICLE}`)).toBe('KESTRA.GOV');
  });

  it("is the site whose logo, app promo or related links name it, not a wire whose initials spell the word after its name or that wrote the story", () => {
    const withApp = new OutletRegistry([...registry.outlets, { name: 'Allied Press Pool', aliases: ['APP'], kind: 'wire' }]);
    const of = (text: string) => parseArticle(text, { file: 'a.txt', registry: withApp }).source;
    expect(of(`${ARTICLE}\nTake Us With You\nTHE MERIDIAN APP`)).not.toBe('Allied Press Pool');
    const [title, ...rest] = ARTICLE.split('\n');
    expect(of(['The Meridian Logo', 'Subscribe', title, 'By Ana Ruiz, KPA', ...rest].join('\n'))).toBe('The Meridian');
    expect(of(`${ARTICLE}\nRELATED STORIES FROM THE MERIDIAN\nFerry timetable changes from January confirmed`)).toBe('The Meridian');
  });

  it("is the employer a writer's bio names with their beat (\"covers the port for The Meridian\")", () => {
    expect(sourceOf(`${ARTICLE}\nAna Ruiz covers the port and the waterfront for The Meridian. She joined the paper in 2016.`)).toBe('The Meridian');
  });

  it("is the site whose contributors' opinions a note says are their own, named in the registry or not", () => {
    const [title, ...rest] = ARTICLE.split('\n');
    const withNote = (name: string) => [title, 'Ana Ruiz', 'Guest Writer', 'Opinions expressed by ' + name + ' contributors are their own.', ...rest].join('\n');
    expect(sourceOf(withNote('The Meridian'))).toBe('The Meridian');
    expect(sourceOf(withNote('Harbour Notes'))).toBe('Harbour Notes');
  });

  it("is the company that signs its posts and holds the copyright with its legal form (\"Kestra Cider Co.\")", () => {
    const [title, ...rest] = ARTICLE.split('\n');
    expect(sourceOf([title, 'Posted by Kestra Cider in News, Releases', ...rest, '© 2019 Kestra Cider Co. · Please drink responsibly.'].join('\n'))).toBe('Kestra Cider');
  });

  it("is not the writer a platform offers more from, whose name stands over their role and the date", () => {
    const header = ['Report this post', 'Ana Ruiz', 'Ana Ruiz', 'Operations Director at Kestra Cold Store | Mentor', 'Published on March 3, 2021'].join('\n');
    expect(sourceOf(`${header}\n${ARTICLE}\nMore from Ana Ruiz`)).toBeNull();
  });
});
