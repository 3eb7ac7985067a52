/**
 * Deterministic generator of a large synthetic raw-news archive for the
 * performance benchmark: 40 fictional outlets (4 of them wire agencies),
 * each with its own consistent page-copy style, articles dated 2014–2025
 * with uneven volume, ~600-word bodies wrapped in realistic page furniture
 * (navigation, section label, repeated headline, byline, date line or wire
 * dateline, "Read also" lines, photo captions, share lines, footers).
 *
 * Everything comes from an inline seeded PRNG (mulberry32): no Math.random,
 * no clock. Article i depends only on (seed, i) plus the file names used
 * before it, so `articlesOf(1000)` is a prefix of `articlesOf(10000)`.
 *
 *   import { articlesOf, writeRawArchive } from './generate-archive.ts';
 *   writeRawArchive('/dev/shm/raw', articlesOf(100_000));   // streams to disk
 *
 * Or from the shell:
 *   npx tsx tests/bench/generate-archive.ts raw  N DIR [SEED]   # raw files + outlets.json
 *   npx tsx tests/bench/generate-archive.ts hugo N DIR [SEED]   # the Hugo baseline site
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHugoSite } from './hugo-baseline.ts';

export { writeHugoSite };

export interface GeneratedArticle {
  /** File name inside the flat raw folder (may contain spaces). */
  file: string;
  /** The whole raw file text, furniture included. */
  raw: string;
  /** Name of the publishing outlet, as listed in outlets.json. */
  outlet: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  headline: string;
  /** Clean body paragraphs (the first carries the wire dateline when there is one). */
  body: string[];
}

// ---------------------------------------------------------------- PRNG

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix two 32-bit integers into a well-spread seed. */
function mix(a: number, b: number): number {
  let h = Math.imul((a ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const pick = <T>(r: Rng, a: readonly T[]): T => a[(r() * a.length) | 0] as T;
const int = (r: Rng, lo: number, hi: number): number => lo + ((r() * (hi - lo + 1)) | 0);
const chance = (r: Rng, p: number): boolean => r() < p;

function weighted(r: Rng, weights: readonly number[], total: number): number {
  let x = r() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

const words = (s: string): string[] => s.trim().split(/\s+/);
const lines = (s: string): string[] => s.trim().split('\n').map((x) => x.trim()).filter(Boolean);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
/** "approves" -> "approve", "launches inquiry into" -> "launch inquiry into": agree with a plural subject. */
const plural = (verb: string): string => verb.replace(/^(\S+?)(?:(?<=(?:ch|sh|ss|x))es|s)\b/, '$1');
const isPlural = (subject: string): boolean => /s$/.test(subject) && subject !== 'premier';
const agree = (subject: string, verb: string): string => (isPlural(subject) ? plural(verb) : verb);

// ---------------------------------------------------------------- vocabulary

const FIRST = words(`Anna Ilse Marek Tomas Petra Jonas Hedda Emil Karin Stefan Nadia Paul Lidia Dario Edvin Sara Oskar
  Mira Viktor Lena Aron Greta Milan Ida Rasmus Nora Felix Alma Henrik Vera Lukas Elin Matteo Zofia Adrian Katya Bruno
  Hanna Leon Maja Tobias Clara Nils Irena Pavel Agnes Sven Dora Kasper Selma Ivo Rosa Anders Livia Teodor Ines Jakob
  Marta Filip Olga Gustav Ada Bram Yelena Casimir Frida Dominik Eva Hugo Leila Konrad Nina Otto Sofia Ruben Tilda Samir
  Amira Daniel Ruth Omar Hana Kenji Aiko Ravi Priya Mateus Lucia Diego Carmen Joao Ewa Piotr Grace Thomas Helen Martin`);
const SUR_ON = words('B Br C Ch D Dr F G Gr H K Kr L M N P R S St T V W Z Sk Th Ol Ar El Mar Ves Hal Kor');
const SUR_V = words('a e i o u ae ei ia ou y a e o');
const SUR_C = words('l n r v sk nd rk lm st d b ss tt m nn rg lt z');
const SUR_END = words('en er ic ov ova berg sson ski ard elli o as ey ham ford ez ani ek ing ow sen ius in quist');
const PLACE_END = words('grad mere holt wick burg ford dale vik stad ton ava ora by haven mouth field ven brook moor');

const CITIES = words(`Arvel Velgrad Brenmoor Castavel Dunhollow Eskaby Farrowdale Glenmarch Halvorn Istrana Korvath Lisvane
  Marrowby Norrvik Oskarport Pellinor Quarrin Rhosmere Saltvik Tarnholm Ulvera Vesselby Wyndmoor Yarrowgate Zelhaven
  Belcastle Corrin Delvora Emberlee Fennick Gorsby Harrowfield Kelbrook Lorwen Morvane Ambria Tessany Caldris Orrin
  Selwick Varnby Hollin Marsk Dravica Lunmouth Pernholt Skarra Thessen`);
const COUNTRIES = words('Valdoria Kestrania Corvenia Ambria Estmark Lunaria Drevland Sarvonia Ostrelia Merrand Calvast Norrhaven');

const DESKS = words('Political Diplomatic Economics Environment Health Transport Education Crime Energy Regional Business Technology');
const PHOTO_AGENCIES = ['Arvel Wire Service', 'NPU', 'MNA Photo', 'Pool', 'Handout', 'Lumen Images', 'Stillframe', 'Reuna Pictures'];

interface Topic {
  section: string;
  nouns: string[];
  subjects: string[];
  people: string[];
  issue: string[];
}

const TOPICS: Topic[] = [
  { section: 'Environment', nouns: lines(`reservoir plan
      dam project
      river-sharing deal
      water rationing scheme
      irrigation budget
      flood barrier
      drought plan
      river clean-up programme
      water tariff rise
      wetland protection order`), subjects: words('council ministry engineers farmers regulator government'), people: words('farmers residents anglers households growers'), issue: lines(`falling river levels
      silt in the estuary
      the cost of pumping
      the lack of reliable flow data`) },
  { section: 'Politics', nouns: lines(`coalition agreement
      electoral reform bill
      snap election
      budget vote
      no-confidence motion
      party leadership contest
      constitutional amendment
      regional autonomy plan
      lobbying register
      cabinet reshuffle`), subjects: words('parliament opposition government coalition senate premier'), people: words('voters deputies activists delegates officials'), issue: lines(`low turnout
      party funding
      the role of the upper house
      the cost of living`) },
  { section: 'Business', nouns: lines(`bank merger
      bank levy
      port privatisation
      minimum wage rise
      steel plant sale
      export quota
      interest rate decision
      pension fund overhaul
      corporate tax cut
      bond issue`), subjects: words('regulator bank shareholders board ministry exporters'), people: words('workers investors savers shareholders traders'), issue: lines(`rising borrowing costs
      weak demand abroad
      the strength of the currency
      energy prices`) },
  { section: 'Transport', nouns: lines(`rail link
      tram extension
      bridge repair programme
      airport expansion
      bus fare freeze
      motorway toll
      night train service
      ferry contract
      cycle lane network
      freight terminal`), subjects: words('council operator ministry unions planners commuters'), people: words('commuters passengers drivers cyclists residents'), issue: lines(`ageing rolling stock
      congestion in the city centre
      the shortage of drivers
      late-running services`) },
  { section: 'Health', nouns: lines(`hospital merger
      vaccination campaign
      waiting-list target
      clinic closure
      nurses' pay offer
      drug pricing rule
      ambulance contract
      mental health strategy
      maternity unit
      screening programme`), subjects: words('ministry hospital doctors nurses regulator board'), people: words('patients nurses doctors carers pensioners'), issue: lines(`staff shortages
      long waiting times
      rural access to care
      the cost of new medicines`) },
  { section: 'Climate', nouns: lines(`wind farm
      coal phase-out
      solar subsidy
      grid upgrade
      gas pipeline
      heat pump grant
      nuclear plant extension
      carbon tax
      hydrogen hub
      power price cap`), subjects: words('utility ministry regulator developers council investors'), people: words('households consumers engineers landowners miners'), issue: lines(`winter blackouts
      the price of gas
      delays in connecting to the grid
      local opposition to turbines`) },
  { section: 'Local', nouns: lines(`housing scheme
      rent cap
      social housing target
      tower block demolition
      planning reform
      student housing plan
      empty homes tax
      old town redevelopment
      land sale
      building permit backlog`), subjects: words('council developers tenants mayor planners residents'), people: words('tenants families landlords students residents'), issue: lines(`rising rents
      the shortage of building land
      slow planning decisions
      empty flats in the centre`) },
  { section: 'World', nouns: lines(`border crossing
      trade corridor
      peace process
      sanctions package
      prisoner exchange
      ceasefire monitoring mission
      transit agreement
      visa regime
      airspace closure
      customs deal`), subjects: words('ministers envoys negotiators government observers delegation'), people: words('refugees soldiers truckers diplomats travellers'), issue: lines(`the flow of goods across the border
      the fate of detained crews
      the cost of the blockade
      guarantees for civilians`) },
  { section: 'Crime', nouns: lines(`fraud trial
      corruption inquiry
      police reform
      smuggling case
      court ruling
      prison overcrowding report
      extradition request
      cybercrime unit
      appeal hearing
      witness protection scheme`), subjects: words('prosecutors police court judges investigators defence'), people: words('officers suspects witnesses defendants victims'), issue: lines(`delays in the courts
      the backlog of cases
      the independence of prosecutors
      police numbers`) },
  { section: 'Education', nouns: lines(`school funding formula
      teachers' strike
      university fee rise
      exam reform
      school meals programme
      curriculum review
      school closure plan
      student loan change
      apprenticeship scheme
      language teaching plan`), subjects: words('ministry unions teachers university council parents'), people: words('pupils teachers students parents graduates'), issue: lines(`falling pupil numbers
      teacher shortages
      crumbling school buildings
      the cost of tuition`) },
  { section: 'Sport', nouns: lines(`stadium plan
      cup final
      transfer ban
      league restructuring
      doping inquiry
      marathon route
      national team coach
      broadcasting deal
      ticket price rise
      youth academy`), subjects: words('club federation league board fans coach'), people: words('fans players supporters athletes coaches'), issue: lines(`ticket prices
      the club's debts
      safety at the old ground
      the future of the academy`) },
  { section: 'Culture', nouns: lines(`film festival
      museum extension
      theatre closure
      arts funding review
      heritage listing
      book fair
      opera season
      library cuts
      music venue licence
      public broadcaster budget`), subjects: words('council ministry trustees artists organisers board'), people: words('visitors artists musicians readers audiences'), issue: lines(`falling audiences
      the loss of public funding
      rising venue costs
      the state of the old building`) },
  { section: 'Technology', nouns: lines(`data centre
      broadband rollout
      chip factory
      digital ID scheme
      5G auction
      online safety law
      satellite launch
      cyberattack
      e-voting trial
      app store rules`), subjects: words('regulator startup ministry operator developers government'), people: words('users engineers subscribers developers customers'), issue: lines(`privacy concerns
      patchy rural coverage
      the cost of electricity for servers
      the shortage of engineers`) },
  { section: 'Business', nouns: lines(`harvest forecast
      grain export deal
      fishing quota
      dairy price support
      fertiliser subsidy
      forestry licence
      crop insurance scheme
      farm payment reform
      wine export tariff
      food price inquiry`), subjects: words('farmers ministry cooperative union exporters growers'), people: words('farmers fishermen growers buyers shoppers'), issue: lines(`the late spring frost
      low prices at the farm gate
      the cost of feed
      labour shortages at harvest`) },
];

const REPORT_VERBS = words('said warned argued insisted acknowledged confirmed suggested claimed noted stressed');
const HVERBS = lines(`approves
  rejects
  delays
  backs
  scraps
  defends
  unveils
  halts
  questions
  expands
  cuts funding for
  votes to extend
  calls for review of
  promises to speed up
  launches inquiry into
  pauses
  revives
  signs off on
  blocks
  tightens rules on
  opens talks on
  faces protests over
  clashes with ministers over
  wins court fight over
  loses appeal over
  sets deadline for`);
const ADJS = words('new long-delayed controversial regional national emergency planned disputed revised costly ambitious scaled-back');
/** Adjectives by the phrase they sit in. */
const ADJ_Q = words('serious difficult awkward urgent hard many');
const ADJ_M = words('ambitious expensive contested complex far-reaching divisive');
const ADJ_N = words('painful costly difficult overdue unpopular');
const ADJ_C = words('difficult tense slow long frank');
const FUT = lines(`be delayed until next year
  go ahead as planned
  cost far more than first estimated
  need a fresh vote in parliament
  be reviewed by an independent panel
  be cut back sharply
  create several hundred jobs
  be put to a public consultation
  be funded partly from the regional budget
  face legal challenges`);
const TIMES = lines(`by the end of the year
  within weeks
  before the summer
  over the next three years
  by the spring
  in the coming months
  before the next election
  by the end of the decade`);
const WHEN = lines(`on Monday
  on Tuesday
  on Wednesday
  on Thursday
  on Friday
  over the weekend
  late on Sunday
  earlier this week`);
const PERIODS = lines(`first quarter
  past year
  last six months
  summer months
  previous decade
  winter season`);
const CONNECT = lines(`Meanwhile,
  However,
  At the same time,
  In a separate development,
  By contrast,
  Even so,
  Separately,`);
const QUOTES = lines(`we cannot wait another year for the {N}
  this is a matter for the courts, not for the street
  nobody in {C} was consulted before the decision was taken
  the figures speak for themselves
  we are asking for fairness, not for favours
  the {N} was never properly costed
  our door remains open to talks
  people here have run out of patience
  this is the most serious crisis we have faced in a generation
  we will study the proposal carefully before we respond
  every delay costs us money and trust
  the government has listened, and that is welcome
  we were promised answers and we got none
  the plan is sound but the timetable is not
  families in {C} deserve better than this`);

/** Sentence templates; slots are filled per article (see `fillSlot`). */
const SENTENCES = lines(`{P}, {R}, {V} {W} that the {N} would {FUT} {T}.
  "{Q}," {PL} told reporters in {C}.
  "{Q}," {PL} {V}. "{Q2}."
  The {N} has been debated since {Y0}, when {ORG} first proposed it as a way to deal with {ISSUE}.
  According to figures published by {ORG}, {NUM} {PEOPLE} were affected in the {PERIOD}, up {PCT} percent on the year before.
  Critics say the plan does little to address {ISSUE}, and {ORG} has called for a full review.
  {CONN} {P2}, {R2}, {V} the {N2} was "{ADJN} but necessary".
  The decision follows months of talks between {ORG} and {ORG2}, which broke down twice in {Y1}.
  Officials in {C} estimate the cost at {MONEY}, although independent analysts put it closer to {MONEY2}.
  {PEOPLEC} in {C} and {C2} have held protests outside the offices of {ORG}.
  The {N} is expected to {FUT} {T}, {PL} {V}.
  In {C2}, where the impact of {ISSUE} has been felt most sharply, local leaders {V} they had not been consulted.
  A survey by {CO} found that {PCT} percent of {PEOPLE} supported the {N}, while {PCT2} percent were opposed.
  {ORG} did not respond to a request for comment.
  {CONN} the {N2} in {C2} remains on hold pending a court ruling expected {T}.
  {PL} {V} the government had "{ADJQ} questions to answer" about the {N}.
  The row has become a test for {P2}, who took office in {Y1} promising to fix {ISSUE}.
  It was not immediately clear how the {N} would be paid for.
  Under the current proposal, {NUM} {PEOPLE} in {C} would be covered from {MONTH}, with {C2} to follow later.
  {CO}, which holds the main contract, {V} it was ready to start work {T}.
  {P}, who has followed the issue for years, {V} the {N} was "the most {ADJM} plan in a decade".
  The opposition in {K} has seized on the issue ahead of the vote, accusing ministers of ignoring {ISSUE}.
  Neighbouring {K2} has watched the debate closely, since the {N} could affect its own {N2}.
  {CONN} {NUM} {PEOPLE} signed a petition calling for the {N} to be put on hold.
  The last comparable project, in {C2} in {Y0}, ran {PCT} percent over budget and finished two years late.
  {ORG} {V} {W} it would publish a detailed timetable {T}.
  Speaking at a briefing in {C}, {P2} {V} that talks with {ORG2} were "{ADJC} but constructive".
  A spokesperson for {ORG2} {V}: "{Q}."
  {ORG2} {V} it would "study the proposal carefully" before responding.
  Lawyers for {ORG2} have argued that the {N} breaches rules agreed in {Y0}.
  {PEOPLEC} interviewed in {C} were divided, with some welcoming the {N} and others worried about {ISSUE}.
  The issue is likely to come up again when {ORG} meets {W2}, {PL} {V}.
  Some {PEOPLE} say they have already seen the effects, pointing to {ISSUE} in the {PERIOD}.
  {CONN} the figures for {C2} showed a sharper change, with {NUM} {PEOPLE} affected.
  {OUTLETREF}`);

const ROLES = lines(`the finance minister
  the mayor of {C}
  a spokesperson for {ORG}
  the opposition leader
  the chief executive of {CO}
  the head of {ORG}
  a senior official at {ORG}
  an economist at {CO}
  a professor at the University of {C}
  the regional governor
  a local councillor in {C}
  the leader of the {C} branch of the union`);
const ORG_NOUNS = lines(`City Council
  Regional Authority
  Chamber of Commerce
  Workers' Union
  Audit Office
  Planning Board
  Citizens' Association
  Development Agency`);
const MINISTRIES = words('Finance Interior Transport Health Energy Education Agriculture Justice Environment Economy');
const CO_SUFFIX = lines(`Holdings
  Energy
  Rail
  Logistics
  Group
  Bank
  Research
  Analytics
  Partners
  Construction`);
const MONTHS = words('January February March April May June July August September October November December');
const MON3 = words('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
/** AP style: "Jan.", "Sept.", but March to July in full. */
const MON_AP = words('Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.');
const WEEKDAYS = words('Sunday Monday Tuesday Wednesday Thursday Friday Saturday');
const DEKS = lines(`{PEOPLEC} in {C} fear {ISSUE} as {ORG} weighs its options
  The decision leaves {ORG2} with weeks to respond, and critics say {ISSUE} has been ignored
  {P} says the {N} will {FUT}, but not everyone in {C} is convinced
  Ministers insist the {N} is affordable; {ORG2} is not so sure
  After {Y1}'s false start, supporters hope the {N} can finally move ahead
  Our correspondent in {C} on why the {N} matters well beyond the region`);
const CAPTION_ACTIONS = lines(`speaks to reporters
  arrives for talks
  visits a construction site
  addresses supporters
  leaves a cabinet meeting
  tours a flooded street
  signs the agreement
  attends a rally`);
const SCENES = lines(`A view of the site near {C}
  Protesters gather outside the council offices in {C}
  Workers at a depot on the outskirts of {C}
  Traffic on the main bridge into {C}
  The old harbour in {C}
  Residents queue outside a community centre in {C}`);

// ---------------------------------------------------------------- outlets

export interface OutletStyle {
  cookie: boolean;
  masthead: 'name' | 'upper' | 'none';
  urlLine: 'top' | 'bottom' | null;
  navOnePerLine: boolean;
  navSep: string;
  nav: string[];
  utility: string | null;
  titleSep: string | null;
  sectionFmt: 0 | 1 | 2;
  dek: number;
  bylineFmt: number;
  bylineWithDate: boolean;
  dateFmt: number;
  dateBeforeByline: boolean;
  updated: number;
  share: string | null;
  shareBottom: boolean;
  captionTop: boolean;
  captionPrefix: boolean;
  paraSep: string;
  readAlso: string;
  ads: boolean;
  tags: boolean;
  newsletter: boolean;
  footerLinks: boolean;
  copyright: 'pub' | 'range' | 'capture';
  copyrightWord: boolean;
  wireDash: string;
  wireMonthShort: boolean;
}

export interface OutletSpec {
  name: string;
  aliases: string[];
  domain: string;
  kind: 'wire' | 'outlet';
  /** Dateline token of a wire agency ("AWS"). */
  code?: string;
  weight: number;
  from: number;
  to: number;
  style: OutletStyle;
}

const OUTLET_NAMES = lines(`The Arvel Tribune
  Velgrad Daily Post
  The Brenmoor Herald
  Castavel Courier
  The Dunhollow Gazette
  Eskaby Evening News
  The Farrowdale Chronicle
  Glenmarch Observer
  The Halvorn Times
  Istrana Today
  Korvath Sentinel
  The Lisvane Record
  Marrowby Dispatch
  Norrvik Ledger
  The Oskarport Mirror
  Pellinor Standard
  Quarrin Bulletin
  Rhosmere Examiner
  The Saltvik Advertiser
  Tarnholm Journal
  Ulvera Monitor
  Vesselby Express
  The Wyndmoor Review
  Yarrowgate Weekly
  Zelhaven Insider
  The Ambrian
  Belcastle Star
  Corrin Free Press
  Delvora Daily
  Emberlee Voice
  Fennick Telegraph
  Gorsby Argus
  Harrowfield Citizen
  Kelbrook Clarion
  Lorwen Pioneer
  Morvane Gazette`);
const WIRES: Array<[string, string]> = [
  ['Arvel Wire Service', 'AWS'],
  ['Northern Press Union', 'NPU'],
  ['Meridel News Agency', 'MNA'],
  ['Halvorn Telegraph Agency', 'HTA'],
];
const NAV_POOL = words('World Politics Business Sport Culture Opinion Climate Tech Local Science Health Lifestyle Travel Video Podcasts Markets Regions Weather Obituaries');
const FIRST_YEAR = 2014;
const LAST_YEAR = 2025;
const YEAR_WEIGHTS = [2, 3, 4, 4, 5, 6, 10, 8, 7, 8, 11, 9];
const MONTH_WEIGHTS = [9, 8, 10, 9, 9, 8, 6, 5, 9, 11, 10, 7];

function makeStyle(r: Rng, wire: boolean): OutletStyle {
  const pool = [...NAV_POOL];
  for (let k = pool.length - 1; k > 0; k--) {
    const j = int(r, 0, k);
    [pool[k], pool[j]] = [pool[j]!, pool[k]!];
  }
  const nav = ['Home', ...pool.slice(0, int(r, 4, 8))];
  if (!nav.includes('World')) nav[1] = 'World';
  return {
    cookie: !wire && chance(r, 0.4),
    masthead: chance(r, 0.15) ? 'none' : chance(r, 0.25) ? 'upper' : 'name',
    urlLine: chance(r, 0.15) ? 'top' : chance(r, 0.12) ? 'bottom' : null,
    navOnePerLine: chance(r, 0.35),
    navSep: pick(r, [' | ', ' | ', '  ', ' · ', ' / ']),
    nav,
    utility: chance(r, 0.5) ? pick(r, ['Search  Subscribe  Sign in', 'Sign in | Subscribe', 'Search', 'Log in  Register']) : null,
    titleSep: !wire && chance(r, 0.35) ? pick(r, [' | ', ' - ', ' — ']) : null,
    sectionFmt: pick(r, [0, 0, 1, 2] as const),
    dek: wire ? 0 : pick(r, [0, 0.3, 0.8]),
    bylineFmt: int(r, 0, 3),
    bylineWithDate: !wire && chance(r, 0.2),
    dateFmt: wire ? pick(r, [4, 4, 1, 6]) : int(r, 0, 8),
    dateBeforeByline: chance(r, 0.3),
    updated: chance(r, 0.3) ? 0.4 : 0,
    share: chance(r, 0.8) ? pick(r, ['Share  Tweet  Email', 'Share | Tweet | Email', 'Share\nFacebook\nTwitter\nEmail', 'Share this article\nFacebook\nX\nWhatsApp\nCopy link']) : null,
    shareBottom: chance(r, 0.4),
    captionTop: chance(r, 0.5),
    captionPrefix: chance(r, 0.2),
    paraSep: wire && chance(r, 0.5) ? '\n' : chance(r, 0.15) ? '\n' : '\n\n',
    readAlso: pick(r, ['Read also:', 'Read also:', 'READ MORE:', 'Related:', 'See also:', 'Also read:']),
    ads: chance(r, 0.3),
    tags: chance(r, 0.3),
    newsletter: !wire && chance(r, 0.4),
    footerLinks: chance(r, 0.6),
    copyright: pick(r, ['pub', 'pub', 'range', 'capture']),
    copyrightWord: chance(r, 0.15),
    wireDash: pick(r, [' - ', ' - ', ' — ', ' – ']),
    wireMonthShort: chance(r, 0.5),
  };
}

const domainOf = (name: string) => `${name.replace(/^The /, '').toLowerCase().replace(/[^a-z0-9]/g, '')}.example`;

function buildOutlets(): OutletSpec[] {
  const out: OutletSpec[] = [];
  const all: Array<[string, string | undefined]> = [...OUTLET_NAMES.map((n) => [n, undefined] as [string, undefined]), ...WIRES];
  all.forEach(([name, code], k) => {
    const r = mulberry32(mix(0xda7e11e, k));
    const wire = code !== undefined;
    const bare = name.replace(/^The /, '');
    const aliases = [...(bare !== name ? [bare] : []), name.toUpperCase(), ...(code ? [code] : [])];
    const from = chance(r, 0.7) ? FIRST_YEAR : int(r, 2015, 2020);
    const to = chance(r, 0.8) ? LAST_YEAR : Math.min(LAST_YEAR - 1, from + int(r, 3, 8));
    out.push({
      name,
      aliases,
      domain: domainOf(name),
      kind: wire ? 'wire' : 'outlet',
      ...(code ? { code } : {}),
      // Zipf-like volume; wires publish a lot.
      weight: wire ? 2.2 : 1 / Math.pow(k + 1, 0.6),
      from,
      to,
      style: makeStyle(r, wire),
    });
  });
  return out;
}

/** The 40 outlets, fixed (independent of the seed). */
export const OUTLETS: readonly OutletSpec[] = buildOutlets();
const OUTLET_WEIGHT_TOTAL = OUTLETS.reduce((s, o) => s + o.weight, 0);
const OUTLET_WEIGHTS = OUTLETS.map((o) => o.weight);
const WIRE_OUTLETS = OUTLETS.filter((o) => o.kind === 'wire');

/** outlets.json content, in the shape of articles/outlets.json. */
export function outletsRegistry(): { version: 1; outlets: object[] } {
  return {
    version: 1,
    outlets: OUTLETS.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      domains: [o.domain],
      kind: o.kind,
      lang: 'en',
      ...(o.code ? { dateline: [o.code] } : {}),
    })),
  };
}

// ---------------------------------------------------------------- per-article generation

interface Person {
  first: string;
  last: string;
}

function surname(r: Rng): string {
  const s = pick(r, SUR_ON) + pick(r, SUR_V) + (chance(r, 0.6) ? pick(r, SUR_C) + pick(r, SUR_V).charAt(0) : '') + pick(r, SUR_END);
  return cap(s.toLowerCase());
}
function placeName(r: Rng): string {
  return cap((pick(r, SUR_ON) + pick(r, SUR_V) + pick(r, SUR_C) + pick(r, PLACE_END)).toLowerCase());
}

/** The cast and setting of one article; sentence slots draw from it. */
class Ctx {
  readonly people: Person[];
  readonly roles: string[];
  readonly cities: string[];
  readonly countries: string[];
  readonly orgs: string[];
  readonly companies: string[];
  constructor(
    readonly r: Rng,
    readonly topic: Topic,
    readonly year: number,
    readonly noun: string,
    readonly otherOutlet: string,
  ) {
    this.cities = [pick(r, CITIES), placeName(r), pick(r, CITIES)];
    this.countries = [pick(r, COUNTRIES), pick(r, COUNTRIES)];
    this.people = [0, 1, 2, 3].map(() => ({ first: pick(r, FIRST), last: surname(r) }));
    this.orgs = [
      `the ${this.cities[0]} ${pick(r, ORG_NOUNS)}`,
      `the Ministry of ${pick(r, MINISTRIES)}`,
      `the ${this.cities[1]} ${pick(r, ORG_NOUNS)}`,
    ];
    this.companies = [`${surname(r)} ${pick(r, CO_SUFFIX)}`, `${placeName(r)} ${pick(r, CO_SUFFIX)}`];
    this.roles = [0, 1, 2, 3].map(() => this.fill(pick(r, ROLES)));
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_m, key: string) => this.slot(key));
  }

  private slot(key: string): string {
    const r = this.r;
    const person = (k: number) => this.people[k]!;
    switch (key) {
      case 'P': { const p = person(int(r, 0, 1)); return `${p.first} ${p.last}`; }
      case 'P2': { const p = person(int(r, 2, 3)); return `${p.first} ${p.last}`; }
      case 'PL': return person(int(r, 0, 3)).last;
      case 'R': return this.roles[int(r, 0, 1)]!;
      case 'R2': return this.roles[int(r, 2, 3)]!;
      case 'V': return pick(r, REPORT_VERBS);
      case 'W': return pick(r, WHEN);
      case 'W2': return pick(r, ['next week', 'later this month', 'in the autumn', 'after the holidays', 'on Thursday']);
      case 'N': return chance(r, 0.6) ? this.noun : pick(r, this.topic.nouns);
      case 'N2': return pick(r, this.topic.nouns);
      case 'FUT': return pick(r, FUT);
      case 'T': return pick(r, TIMES);
      case 'Q': return cap(this.fill(pick(r, QUOTES)));
      case 'Q2': return cap(this.fill(pick(r, QUOTES)));
      case 'C': return this.cities[int(r, 0, 1)]!;
      case 'C2': return this.cities[2]!;
      case 'K': return this.countries[0]!;
      case 'K2': return this.countries[1]!;
      case 'ORG': return this.orgs[int(r, 0, 1)]!;
      case 'ORG2': return this.orgs[2]!;
      case 'CO': return this.companies[int(r, 0, 1)]!;
      case 'ISSUE': return pick(r, this.topic.issue);
      case 'PEOPLE': return pick(r, this.topic.people);
      case 'PEOPLEC': return cap(pick(r, this.topic.people));
      case 'PERIOD': return pick(r, PERIODS);
      case 'NUM': return chance(r, 0.5) ? thousands(int(r, 120, 9800)) : `${int(r, 2, 95)},${pad2(int(r, 0, 9))}0`;
      case 'PCT': return String(int(r, 3, 64));
      case 'PCT2': return String(int(r, 5, 40));
      case 'MONEY': return `${int(r, 12, 900)} million crowns`;
      case 'MONEY2': return `${(int(r, 11, 49) / 10).toFixed(1)} billion crowns`;
      case 'Y0': return String(this.year - int(r, 3, 15));
      case 'Y1': return String(this.year - int(r, 1, 3));
      case 'MONTH': return pick(r, MONTHS);
      case 'ADJ': return pick(r, ADJS);
      case 'ADJQ': return pick(r, ADJ_Q);
      case 'ADJM': return pick(r, ADJ_M);
      case 'ADJN': return pick(r, ADJ_N);
      case 'ADJC': return pick(r, ADJ_C);
      case 'CONN': return pick(r, CONNECT);
      case 'OUTLETREF': return `The ${this.companies[0]} plan was first reported by ${this.otherOutlet} in ${this.year - 1}.`;
      default: return key;
    }
  }
}

function headlineOf(ctx: Ctx, r: Rng): string {
  const noun = chance(r, 0.35) ? `${pick(r, ADJS)} ${ctx.noun}` : ctx.noun;
  const subj = pick(r, ctx.topic.subjects);
  const city = ctx.cities[0]!;
  switch (int(r, 0, 7)) {
    case 0: return `${city} ${subj} ${agree(subj, pick(r, HVERBS))} ${noun}`;
    case 1: return `${cap(subj)} ${agree(subj, pick(r, HVERBS))} ${noun} as ${pick(r, ['concern', 'anger', 'frustration', 'debate'])} over ${pick(r, ctx.topic.issue)} ${pick(r, ['grows', 'mounts', 'deepens'])}`;
    case 2: return `${cap(noun)} ${pick(r, ['stalls', 'moves ahead', 'wins approval', 'runs into trouble', 'faces new delay'])} in ${city}`;
    case 3: return `${ctx.people[0]!.last} ${pick(r, HVERBS)} ${noun} in ${city}`;
    case 4: return `'${ctx.fill(pick(r, QUOTES)).split(',')[0]!.replace(/^./, (c) => c.toUpperCase())}': ${city} ${subj} ${agree(subj, pick(r, HVERBS))} ${noun}`;
    case 5: return `What the ${noun} means for ${pick(r, [city, ctx.countries[0]!])}`;
    case 6: return `${int(r, 2, 90) * 10} ${pick(r, ctx.topic.people)} ${pick(r, ['affected', 'left waiting', 'to benefit', 'protest'])} as ${city} ${subj} ${agree(subj, pick(r, HVERBS))} ${noun}`;
    default: return `${ctx.countries[0]} and ${ctx.countries[1]} ${pick(r, ['clash over', 'agree on', 'resume talks on', 'trade accusations over'])} ${noun}`;
  }
}

function datelinePlace(ctx: Ctx): string {
  return ctx.cities[0]!.toUpperCase();
}

function formatDate(fmt: number, y: number, m: number, d: number, hh: number, mm: number, r: Rng): string {
  const wd = new Date(Date.UTC(y, m, d)).getUTCDay();
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  switch (fmt) {
    case 0: return `Published ${d} ${MONTHS[m]} ${y}, ${pad2(hh)}:${pad2(mm)}`;
    case 1: return `${MONTHS[m]} ${d}, ${y}`;
    case 2: return `${pad2(d)}.${pad2(m + 1)}.${y}`;
    case 3: return `${WEEKDAYS[wd]} ${d} ${MONTHS[m]} ${y} ${pad2(hh)}:${pad2(mm)}`;
    case 4: return `${MONTHS[m]} ${d}, ${y} ${h12}:${pad2(mm)} ${hh < 12 ? 'AM' : 'PM'} ${pick(r, ['UTC', 'GMT'])}`;
    case 5: return `${y}-${pad2(m + 1)}-${pad2(d)} ${pad2(hh)}:${pad2(mm)}`;
    case 6: return `${WEEKDAYS[wd]!.slice(0, 3)} ${d} ${MON3[m]} ${y} ${pad2(hh)}.${pad2(mm)} GMT`;
    case 7: return `${d} ${MONTHS[m]} ${y}`;
    default: return `Posted: ${MON_AP[m]} ${d}, ${y} at ${h12}:${pad2(mm)} ${hh < 12 ? 'a.m.' : 'p.m.'}`;
  }
}

function bylineOf(fmt: number, ctx: Ctx, r: Rng, p: Person): string {
  const name = `${p.first} ${p.last}`;
  switch (fmt) {
    case 1: return `By ${name}, ${pick(r, DESKS)} Correspondent`;
    case 2: { const q = ctx.people[2]!; return chance(r, 0.5) ? `By ${name} and ${q.first} ${q.last}` : `By ${name}`; }
    case 3: return chance(r, 0.7) ? `${name} | Staff writer` : `By ${name}`;
    default: return `By ${name}`;
  }
}

const slugWords = (s: string) => s.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);

function fileNameOf(r: Rng, o: OutletSpec, date: string, headline: string, i: number): string {
  const w = slugWords(headline);
  const few = (k: number) => w.slice(0, k).join(' ');
  const slug = (k: number) => w.slice(0, k).join('-');
  const oslug = slugWords(o.name.replace(/^The /, '')).join('-');
  const [y, m, d] = date.split('-');
  const short = o.code ?? o.name.replace(/^The /, '').split(' ')[0]!;
  switch (int(r, 0, 8)) {
    case 0: return `${date}-${oslug}-${slug(int(r, 2, 4))}.txt`;
    case 1: return `${short} - ${few(int(r, 3, 6))}.txt`;
    case 2: return `article ${i + 1}.txt`;
    case 3: return `${oslug.replace(/-/g, '_')}_${y}_${m}_${d}_${w[int(r, 0, Math.min(3, w.length - 1))] ?? 'story'}.txt`;
    case 4: return `${few(int(r, 2, 5))}.txt`;
    case 5: return `${slug(int(r, 3, 7))}-${(1_000_000 + i * 7919).toString(36)}.txt`;
    case 6: return `${short.toLowerCase()} ${d}-${m}-${y} ${few(2)}.txt`;
    case 7: return `${few(int(r, 2, 4))} (scraped).txt`;
    default: return `${oslug}-${slug(int(r, 2, 5))}.txt`;
  }
}

/** A few heavy news days per seed, on which many outlets publish. */
function spikeDays(seed: number): Array<[number, number, number]> {
  const r = mulberry32(mix(seed, 0x5b1ce));
  return Array.from({ length: 36 }, () => {
    const y = FIRST_YEAR + weighted(r, YEAR_WEIGHTS, 77);
    const m = int(r, 0, 11);
    return [y, m, int(r, 1, 28)];
  });
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const YEAR_TOTAL = YEAR_WEIGHTS.reduce((a, b) => a + b, 0);
const MONTH_TOTAL = MONTH_WEIGHTS.reduce((a, b) => a + b, 0);

function dateFor(r: Rng, o: OutletSpec, spikes: Array<[number, number, number]>): [number, number, number] {
  if (chance(r, 0.12)) {
    const [y, m, d] = pick(r, spikes);
    if (y >= o.from && y <= o.to) return [y, m, Math.min(daysIn(y, m), d + int(r, 0, 2))];
  }
  let y = FIRST_YEAR + weighted(r, YEAR_WEIGHTS, YEAR_TOTAL);
  if (y < o.from || y > o.to) y = int(r, o.from, o.to);
  const m = weighted(r, MONTH_WEIGHTS, MONTH_TOTAL);
  return [y, m, int(r, 1, daysIn(y, m))];
}

/** Generate one article (no file-name de-duplication; see articlesOf). */
function makeArticle(seed: number, i: number, spikes: Array<[number, number, number]>): Omit<GeneratedArticle, 'file'> & { fileRng: Rng; spec: OutletSpec } {
  const r = mulberry32(mix(seed, i));
  const o = OUTLETS[weighted(r, OUTLET_WEIGHTS, OUTLET_WEIGHT_TOTAL)]!;
  const s = o.style;
  const [y, m, d] = dateFor(r, o, spikes);
  const hh = int(r, 5, 22);
  const mi = int(r, 0, 59);
  const date = `${y}-${pad2(m + 1)}-${pad2(d)}`;
  const topic = pick(r, TOPICS);
  let other = pick(r, OUTLETS);
  if (other === o) other = OUTLETS[(OUTLETS.indexOf(o) + 1) % OUTLETS.length]!;
  const ctx = new Ctx(r, topic, y, pick(r, topic.nouns), other.name);
  const headline = cap(headlineOf(ctx, r));

  // Wire copy: a wire's own story, or an outlet running a wire story (8%).
  const carried = o.kind === 'outlet' && chance(r, 0.08) ? pick(r, WIRE_OUTLETS) : null;
  const wire = o.kind === 'wire' ? o : carried;

  // Body: lead paragraph built from the headline's parts, then ~600 words.
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m, d)).getUTCDay()]!;
  const target = int(r, 540, 680);
  const lead = `${cap(ctx.fill(`{ORG} ${pick(r, ['moved to', 'decided to', 'voted to', 'was forced to'])} ${pick(r, ['press ahead with', 'pause', 'rethink', 'expand', 'put a deadline on'])} the ${ctx.noun}`))} on ${weekday}, ${ctx.fill('after weeks of pressure over {ISSUE}, {PL} {V}.')}`;
  const body: string[] = [];
  let count = lead.split(' ').length;
  let para = [lead];
  const sentenceTotal = SENTENCES.length;
  const recent: number[] = [];
  while (count < target) {
    let k = (r() * sentenceTotal) | 0;
    while (recent.includes(k)) k = (k + 1) % sentenceTotal;
    recent.push(k);
    if (recent.length > 6) recent.shift();
    let t = SENTENCES[k]!;
    if (t === '{OUTLETREF}' && !chance(r, 0.3)) t = SENTENCES[0]!;
    const sentence = cap(ctx.fill(t));
    count += sentence.split(' ').length;
    para.push(sentence);
    if (para.length >= int(r, 2, 4)) {
      body.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) body.push(para.join(' '));
  if (wire) {
    const month = wire.style.wireMonthShort ? MON3[m] : MONTHS[m];
    body[0] = `${datelinePlace(ctx)}, ${month} ${d} (${wire.code}) ${wire.style.wireDash.trim()} ${body[0]}`;
  }

  // Furniture around the body.
  const out: string[] = [];
  const url = `https://www.${o.domain}/${topic.section.toLowerCase()}/${y}/${pad2(m + 1)}/${pad2(d)}/${slugWords(headline).slice(0, 8).join('-')}`;
  if (s.urlLine === 'top') out.push(url);
  if (s.cookie) out.push('We use cookies to improve your experience and to show you relevant advertising. By continuing to browse you agree to our use of cookies.', 'Accept all', 'Manage settings');
  if (s.masthead === 'name') out.push(o.name);
  else if (s.masthead === 'upper') out.push(o.name.toUpperCase());
  if (s.utility) out.push(s.utility);
  if (s.navOnePerLine) out.push(...s.nav);
  else out.push(s.nav.join(s.navSep));
  if (s.titleSep) out.push(`${headline}${s.titleSep}${o.name}`);
  const section = topic.section;
  out.push(s.sectionFmt === 0 ? section : s.sectionFmt === 1 ? `News / ${section}` : `NEWS > ${section.toUpperCase()}`);
  out.push(headline);
  if (s.dek && chance(r, s.dek)) out.push(cap(ctx.fill(pick(r, DEKS))));

  const author = ctx.people[1]!;
  let byline: string;
  if (carried) byline = chance(r, 0.6) ? `By ${carried.name}` : `${carried.code} staff`;
  else if (o.kind === 'wire') byline = chance(r, 0.15) ? `By ${o.name}` : bylineOf(s.bylineFmt % 3, ctx, r, author);
  else byline = bylineOf(s.bylineFmt, ctx, r, author);
  const dateLine = formatDate(s.dateFmt, y, m, d, hh, mi, r);
  if (s.bylineWithDate) out.push(`${byline} | ${dateLine}`);
  else if (s.dateBeforeByline) out.push(dateLine, byline);
  else out.push(byline, dateLine);
  if (s.updated && chance(r, s.updated)) out.push(`Updated ${int(r, 2, 11)} hours ago`);
  if (s.share && !s.shareBottom) out.push(s.share);

  const credit = `${pick(r, FIRST)} ${surname(r)}/${pick(r, PHOTO_AGENCIES)}`;
  const captionText = chance(r, 0.6) ? ctx.fill(`{P} ${pick(r, CAPTION_ACTIONS)} in {C} on ${weekday}.`) : `${ctx.fill(pick(r, SCENES))}.`;
  const caption = s.captionPrefix ? `Photo: ${credit}. ${captionText}` : `${captionText} (Photo: ${credit})`;
  if (s.captionTop) out.push(caption);

  const sep = s.paraSep;
  const readAlsoAt = new Set<number>([int(r, 2, Math.max(2, body.length - 2))]);
  if (chance(r, 0.5)) readAlsoAt.add(int(r, 3, Math.max(3, body.length - 1)));
  const captionAt = s.captionTop ? -1 : int(r, 1, 3);
  const adAt = s.ads ? int(r, 2, 5) : -1;
  const middle: string[] = [];
  body.forEach((p, k) => {
    if (k === captionAt) middle.push(caption);
    if (k === adAt) middle.push('Advertisement');
    if (readAlsoAt.has(k)) middle.push(`${s.readAlso} ${cap(headlineOf(new Ctx(r, pick(r, TOPICS), y, pick(r, topic.nouns), other.name), r))}`);
    middle.push(p);
  });
  const tail: string[] = [];
  if (wire) tail.push(`(Reporting by ${author.first} ${author.last} in ${ctx.cities[0]}; Editing by ${ctx.people[3]!.first} ${ctx.people[3]!.last})`);
  if (s.tags) tail.push(`Topics: ${section}, ${ctx.cities[0]}, ${cap(ctx.noun)}`);
  if (s.share && s.shareBottom) tail.push(s.share);
  if (s.newsletter) tail.push(`Sign up for the ${o.name.replace(/^The /, '')} morning briefing`, 'Subscribe');
  if (s.urlLine === 'bottom') tail.push(`Source: ${url}`);
  if (s.footerLinks) tail.push('About us | Contact | Advertise | Careers | Privacy policy | Cookie policy');
  const capture = Math.min(LAST_YEAR, y + int(r, 0, 2));
  const years = s.copyright === 'pub' ? String(y) : s.copyright === 'range' ? `${o.from}–${capture}` : String(capture);
  tail.push(s.copyrightWord ? `Copyright ${years} ${o.name}. All rights reserved.` : `© ${years} ${o.name}. All rights reserved.`);

  const raw = `${out.join('\n')}\n${sep === '\n' ? '' : '\n'}${middle.join(sep)}\n\n${tail.join('\n')}\n`;
  return { raw, outlet: o.name, date, headline, body, fileRng: r, spec: o };
}

/**
 * Stream `n` articles. Only the set of used file names (for de-duplication,
 * "name (2).txt" as a browser would) is kept between articles.
 */
export function* articlesOf(n: number, seed = 1): Generator<GeneratedArticle> {
  const spikes = spikeDays(seed);
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const { fileRng, spec, ...a } = makeArticle(seed, i, spikes);
    let file = fileNameOf(fileRng, spec, a.date, a.headline, i);
    if (file.length > 120) file = `${file.slice(0, 116).trim()}.txt`;
    if (used.has(file)) {
      const stem = file.slice(0, -4);
      let k = 2;
      while (used.has(`${stem} (${k}).txt`)) k++;
      file = `${stem} (${k}).txt`;
    }
    used.add(file);
    yield { file, ...a };
  }
}

/** All `n` articles in memory (fine for thousands; stream with articlesOf for more). */
export function generateArchive(n: number, seed = 1): GeneratedArticle[] {
  return [...articlesOf(n, seed)];
}

/** Write the raw files (flat) and outlets.json into `dir`, streaming. */
export function writeRawArchive(dir: string, articles: Iterable<GeneratedArticle>): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'outlets.json'), `${JSON.stringify(outletsRegistry(), null, 2)}\n`);
  let files = 0;
  let bytes = 0;
  for (const a of articles) {
    writeFileSync(join(dir, a.file), a.raw);
    files++;
    bytes += Buffer.byteLength(a.raw);
  }
  return { files, bytes };
}

// ---------------------------------------------------------------- CLI

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [what, nText, dir, seedText] = process.argv.slice(2);
  const n = Number(nText);
  if ((what !== 'raw' && what !== 'hugo') || !(n > 0) || !dir) {
    process.stderr.write('usage: tsx tests/bench/generate-archive.ts raw|hugo N DIR [SEED]\n');
    process.exit(2);
  }
  const t = performance.now();
  const seed = seedText ? Number(seedText) : 1;
  if (what === 'raw') {
    const { files, bytes } = writeRawArchive(dir, articlesOf(n, seed));
    process.stdout.write(`${files} raw files, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(2)} s -> ${dir}\n`);
  } else {
    const { pages } = writeHugoSite(dir, articlesOf(n, seed));
    process.stdout.write(`Hugo site with ${pages} articles in ${((performance.now() - t) / 1000).toFixed(2)} s -> ${dir}\n`);
  }
}
