/**
 * Source: the publishing outlet. The rules, strongest first, read the page's
 * furniture (copyright lines, bylines, site-name lines, the wire dateline).
 * Only the last, weak ones read the article's prose, and then only for the
 * newsroom's own requests for comment and interviews, so an outlet that is
 * quoted or cited there ("..., CNN reported") is not taken for the publisher.
 * When nothing names it, the source is null.
 */
import { hostsIn, type OutletRegistry, type Outlet, type OutletMatch } from '../../outlets/registry.ts';
import { foldKey, type Page, type PageLine } from '../page.ts';
import { afterBylineLabel, type LineKind } from '../line-kinds.ts';
import type { BodyRegion } from './body.ts';
import type { Candidate, Declared, PageMetadata } from '../types.ts';
import { groupBy } from '../../util/group.ts';
import { escapeRegExp } from '../../util/escape-regexp.ts';

export interface SourceContext {
  page: Page;
  region: BodyRegion | null;
  registry: OutletRegistry;
  /** The headline's line: a heading names what the article covers, not the site. */
  headlineIndex: number | null;
  metadata: PageMetadata;
}

export interface SourceValue {
  name: string;
  /** A wire agency credited in the byline or dateline, when it is not the publisher. */
  credit: string | null;
}

interface SourceRule {
  name: string;
  find(ctx: SourceContext): Candidate<SourceValue> | null;
}

// A platform, a photo library or a media label ("Photo: ...", "Map data ..."); a media word inside a name is the
// name's own ("Two Backpacks and a Map").
// A hat tip names where the story was found, not who publishes it: "Thanks, Kestra Games Daily.", "Via: The Kestran Herald".
// A platform word joined by a hyphen is part of a name: the Star-Telegram is no messenger.
const NOT_PUBLISHER = /(?<!-)\b(?:wordpress|blogger|blogspot|getty|shutterstock|istock|alamy|ap images|wikimedia|openstreetmap|mapbox|google|youtube|twitter|instagram|facebook|flipboard|pinterest|reddit|linkedin|whatsapp|telegram|tumblr)\b|^(?:photo\w*|foto\w*|фото\p{L}*|image|picture|video|map|graphic)s?(?![\p{L}\p{N}])|^(?:thanks|h\/t|hat[- ]tip|via)\b/iu;

interface Furniture {
  lines: PageLine[];
  byKind: Map<LineKind, PageLine[]>;
}

const furnitureOf = new WeakMap<SourceContext, Furniture>();

/**
 * Lines outside the article prose: the header above the body and the footer below it, and the
 * same lines by kind, so rules after one kind of line ("copyright") need not read the page again.
 * A line without a word names nothing. Computed once per page.
 */
function furnitureOfPage(ctx: SourceContext): Furniture {
  let found = furnitureOf.get(ctx);
  if (!found) {
    const region = ctx.region;
    const lines = ctx.page.lines.filter((l) => l.words > 0 && (!region || l.i < region.start || l.i > region.end || l.kind !== 'text' || !l.prose));
    furnitureOf.set(ctx, (found = { lines, byKind: groupBy(lines, (l) => l.kind) }));
  }
  return found;
}

function furniture(ctx: SourceContext): readonly PageLine[] {
  return furnitureOfPage(ctx).lines;
}

function furnitureOfKind(ctx: SourceContext, kind: LineKind): readonly PageLine[] {
  return furnitureOfPage(ctx).byKind.get(kind) ?? [];
}

/** The article's first four lines, where a dateline opens it. */
function openingLines(ctx: SourceContext): readonly PageLine[] {
  return ctx.region ? ctx.page.lines.slice(ctx.region.start, Math.min(ctx.region.end, ctx.region.start + 3) + 1) : [];
}

/** What follows a navigation prefix on a line: "Kestran Herald" of "Follow Kestran Herald". */
function navRest(line: PageLine): string | null {
  return SITE_NAME_LINE.exec(line.text)?.[1]?.trim() ?? null;
}

/** The copyright lines of the furniture from the foot of the page up, where footers name the owner. */
function copyrightFromFoot(ctx: SourceContext): PageLine[] {
  return [...furnitureOfKind(ctx, 'copyright')].reverse();
}

function candidate(rule: string, line: PageLine, outlet: Outlet | string, confidence: number, credit: string | null = null): Candidate<SourceValue> {
  const name = typeof outlet === 'string' ? outlet : outlet.name;
  return { value: { name, credit: credit === name ? null : credit }, evidence: { rule, line: line.n, text: line.text, confidence } };
}

function declaredCandidate(declared: Declared, outlet: Outlet | string, confidence: number): Candidate<SourceValue> {
  return { value: { name: typeof outlet === 'string' ? outlet : outlet.name, credit: null }, evidence: { rule: 'source/page-metadata', line: declared.line, text: declared.text, confidence } };
}

// Legal forms that follow a company's name (or, in Russian and Ukrainian, open it: "АО «Кестра»"); they never name an outlet on their own.
// So does "all rights reserved", in any language: "© Il Sole 24 Ore Tutti i diritti riservati".
const COMPANY_FORMS = 'inc|llc|llp|lp|ltd|ltda|limited|plc|pty|dac|gmbh|kg|ag|pvt|private|corp(?:oration)?|company|co|sa|srl|sarl|sas|sprl|bvba|bv|nv|ао|ооо|пао|зао|оао|тов|пат';
const LEGAL_FORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:all rights reserved|tutti i diritti riservati|todos os direitos reservados|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|все права защищены|${COMPANY_FORMS})(?![\p{L}\p{N}])\.?`,
  'giu',
);
const DOTTED_LEGAL_FORM = /\s(?:S\.A|S\.p\.A|S\.r\.l|S\.L|B\.V|N\.V|L\.P|L\.L\.C|L\.L\.P)\.?(?=[\s,.|]|$)/gi;

/** Words a company adds to its outlet's name: "Kestran Herald Media Group", "CBS Interactive". */
const COMPANY_WORDS =
  'media(?: group)?|group|holdings|publishing|publications|communications|network|newspapers?|digital|interactive|broadcasting|entertainment|enterprises|international|worldwide|' +
  // an owner of the brand's rights: "Kestran Herald Media IP Limited"
  'ip|brands|properties|' +
  // and in the other languages of the registry's outlets: "PÚBLICO Comunicação Social", "Kestra Verlag", "Groupe Kestra".
  'comunicação social|comunicación|comunicazione|editora|edizioni|éditions|verlag|mediengruppe|medien|grupo|gruppo|groupe';
/** What may follow an outlet's name in its owner's: company words, one or more. */
const COMPANY_REST = new RegExp(`^(?:${COMPANY_WORDS})(?:\\s+(?:${COMPANY_WORDS}))*$`, 'i');
// A company word after an outlet's name of two words or more: "Kestran Herald Media" is the Kestran Herald's company.
const COMPANY_WORD = new RegExp(String.raw`(?<=\S+\s+\S+)\s+(?:${COMPANY_WORDS})$`, 'i');

// Where the rights wording comes first and names the owner after it: "© 1996 - 2024. Todos os direitos reservados a Jornal do Kestra."
const RESERVED_TO = /(?:direitos reservados|derechos reservados|rights reserved|droits réservés|diritti riservati)\s+(?:a|à|ao|por|to|by|pour)\s+([^.|,;©ⓒ\d]{2,60}?)\s*(?:[.|,;]|$)/iu;

// The group that owns the holder, after its name: "© 2020 Kestra Health Media a Harbor Ventures Company".
const OWNER = String.raw`(?:an?|part of)\s+\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s+(?:[Cc]ompany|[Bb]rand|[Pp]ublication|[Bb]usiness|[Ss]ubsidiary|[Dd]ivision)`;
const OWNER_TAIL = new RegExp(String.raw`\s+${OWNER}$`, 'u');
// A notice that names the owner alone: "©2017 a Kestran Media Plc subsidiary".
const OWNER_ONLY = new RegExp(String.raw`(?:[©ⓒ]|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*${OWNER}\s*\.?$`, 'iu');

// A footer's link to the site's copyright page: "Copyright Policy", "Copyright notice".
const COPYRIGHT_PAGE_LINK = /^copyright (?:polic(?:y|ies)|notices?|info(?:rmation)?|infringements?|complaints?|statements?|terms|guidelines)$/i;

// The word an organisation's name ends with, which no person's does: "Brookside Veterinary Hospital", "Riverbend
// Literacy Project".
const ORGANISATION_NAME = /\s(?:hospital|clinic|practice|society|association|foundation|institute|university|college|school|academy|museum|library|church|parish|council|department|office|agency|authority|cent(?:er|re)|club|union|federation|league|trust|project|network|alliance|coalition|company|group|media|news|magazine|journal|studio|farm|brewery|bakery|orchestra|theat(?:er|re)|gallery)$/i;

/**
 * The name is an organisation's: it stands with a company's legal form after it ("Foxhollow Brewing Co.", "Kestra
 * Media, Inc."), or ends with what kind of body it is.
 */
function organisationNamed(text: string, name: string): boolean {
  return ORGANISATION_NAME.test(name) || new RegExp(String.raw`${escapeRegExp(name)},?\s+(?:${COMPANY_FORMS})(?![\p{L}\p{N}])`, 'iu').test(text);
}

/** The organisation a copyright line names: "© 2021 Harbor Ledger Media Inc. All rights reserved." */
export function copyrightHolder(text: string): string | null {
  if (COPYRIGHT_PAGE_LINK.test(text.trim())) return null;
  // Legal forms written with stops ("S.p.A.") would end the name at their first stop.
  text = text.replace(DOTTED_LEGAL_FORM, '');
  const m = RESERVED_TO.exec(text) ?? /(?:[©ⓒ]|\(c\)|copyright)\s*(?:(?:[©ⓒ]|copyright)\s*)?(?:(?:since\s+)?\d{4}\s*(?:[-–]\s*\d{4})?\s*[,|·•]?\s*)?(?:by\s+|copyright\s+)?((?:[^.|,;·•©ⓒ\d]|(?<!\d)\d{1,3}(?!\d)){2,60}?)(?:\s*[.|,;·•]|\s*\d{4}|\s+[-–]\s|\s+all rights|\s+unless otherwise|\s*$)/iu.exec(text);
  // Russian and Ukrainian names stand in guillemets: "© 2024 «Кестринский вестник»".
  const name = (m?.[1] ?? '').replace(OWNER_TAIL, '').replace(LEGAL_FORM, '').replace(/\s+/g, ' ').trim().replace(/^[«“„"]+\s*|\s*[»”"]+$/gu, '');
  if (!name || NOT_PUBLISHER.test(name)) return null;
  const words = name.split(' ');
  // A capital opens a name; a script without capitals (Japanese, Chinese) has none to show; a brand coined in small
  // letters has a capital or a figure inside its first word ("eBay", "my6sense").
  if (words.length > 6 || !/^(?:[\p{Lu}\p{Lo}\p{N}]|\p{Ll}+[\p{Lu}\p{N}])/u.test(name)) return null;
  return name;
}

/**
 * How wires sign the opening of a story, the agency in group 1: "KYIV, Feb 26
 * (Reuters) -" (the place is optional: some pages open with "(Reuters) —",
 * and a story from no one place with its day: "April 11 (Reuters) -"),
 * "Paris (AFP) –", "Madrid, 5 may (EFE).-", "MOSCOW, March 3. /TASS/.",
 * "МОСКВА, 3 мар — РИА Новости." and, on a line of its own, "MADRID, 14
 * (EUROPA PRESS)". A place in capitals may stand before any dash; one in
 * title case only before a dash right after the agency, as a sentence's
 * subject would not.
 */
const WIRE_DATELINES = [
  /^(?:[\p{Lu}][\p{Lu}\p{M} .'’,/-]{1,60}(?:,|\s)\s*[^()]{0,40}?)?\(([^()]{2,40})\)\s*\.?\s*[-–—:]/u,
  /^\p{Lu}\p{Ll}{2,8}\.? \d{1,2} \(([^()]{2,40})\)\s*[-–—]/u,
  /^\p{Lu}[\p{Ll}\p{M}.'’-]+(?:[ -](?:(?:de|da|do|del|di|la|le|am|an|upon|sur) )?\p{Lu}[\p{Ll}\p{M}.'’-]+){0,3}(?:,\s*[^()]{1,30}?)?\s*\(([^()]{2,40})\)\s*\.?\s*[-–—]/u,
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40},\s*[^()]{0,30}?\(([^()]{2,40})\)\s*$/u,
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40},\s*[^/]{1,30}?\s*\/([^/]{2,40})\/\s*[-–—.]?/u,
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40},\s*[^—–]{1,30}?\s+[—–]\s+([^.—–]{2,40})\.(?:\s|$)/u,
];

const wireDatelineToken = (text: string) => WIRE_DATELINES.map((re) => re.exec(text)?.[1]).find((token) => token !== undefined);
// Navigation and promo lines that name the site: "Search SlashGear", "More From the Kestran Herald".
const SITE_NAME_LINE = /^(?:search|about|contact|subscribe to|follow|(?:read )?more from|(?:top|related) stories from|(?:read )?more on|more stories from|latest from|popular on|back to|advertise with|want more|welcome to|watch|(?:keep|stay) up to date with|home|©)\s+(.{2,80})$/i;
// A lone capitalised word ("People", "Variety") is as likely a menu or section label as a logo.
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
const WIRE_INITIALS = /^\p{L}{2,4}$/u;
/** Words as a regex alternation, each with or without its capital: "[Rr]eporter|[Ee]ditor". */
function eitherCase(words: string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}
// A staff bio: "Jane Roe is a reporter for the Kestran Herald.", "Senior editor at Kestran Herald."
// The line opens with the bio ("Jane Roe is a", or the role itself), so a sentence of the prose
// that merely mentions "a reporter for" some outlet does not qualify.
const ROLE = eitherCase(['reporter', 'editor', 'writer', 'correspondent', 'columnist', 'contributor', 'producer', 'journalist', 'critic']);
const STAFF_BIO = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:\([^()]{1,30}\)\s+)?(?:(?:is|was)\s+(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}(?:${ROLE})(?:\s+(?:for|at|with)\s+|,\s+)`, 'u');
// Or with the writer's beat: "Jane Roe covers City Hall and the suburbs for The Kestran Herald."
const BEAT_BIO = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:covers|writes about|reports on)\s+[^.!?]{2,80}?\s+for\s+/u;
// The same bio with the outlet's possessive: "Jane Roe is the Kestran Herald's Washington correspondent."
const STAFF_BIO_OF = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:is|was)\s+(?:the\s+)?(\p{Lu}.{1,50}?)['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:${ROLE})s?\b`, 'u');
// An author box's title after the outlet's name: "Kestran Herald Senior Writer".
const ROLE_AFTER_NAME = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${ROLE})s?$`, 'u');
const ROLE_WORD = new RegExp(String.raw`^(?:${ROLE})s?$`, 'u');
// The credit line under an article: "SOURCE: Kestran Herald and agencies".
const SOURCE_LABEL = /^(?:source|fonte|fuente|quelle|źródło|bron|sumber|kaynak|источник|джерело)\s*:/iu;
// A dateline of a place and an outlet, in either order, before a dash: "Jakarta, CNN Indonesia --", "Liputan6.com, Banyuwangi -".
const OUTLET_DATELINE = /^(\p{L}[\p{L}\p{N} .'’-]{1,40}?),\s+(\p{L}[\p{L}\p{N} .'’-]{1,40}?)\s+(?:--?|–|—)\s/u;
// The place after an agency in a byline: "Reuters, Washington,".
const PLACE_AFTER_OUTLET = /^,\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2},?$/u;
// An opinion piece's disclaimer: "... do not necessarily reflect those of the Kestran Herald."
const NOT_NECESSARILY = /\bnot necessarily (?:reflect|represent)(?: those of| the (?:views?|opinions?|position|editorial (?:stance|policy|line)) of)? (.{2,80})$/i;
// "Posts here reflect the contributor's own views, not Kestran Herald's."
const OWN_VIEWS_NOT = /\bown (?:views|opinions),? not (?:those of )?(.{2,60}?)(?:['’]s?)?\.?$/i;
// "Comments are the opinions of their authors and not of The Kestran Herald."; in German, "Der Kestra-Funk macht sich
// Äußerungen seiner Gesprächspartner nicht zu eigen."
const AUTHORS_NOT_SITE = /\bopinions? of (?:their|its) authors?,? and not (?:of |those of )?(.{2,60}?)\.?$|(?:^|\. )(?:Der |Die |Das )?(\p{Lu}.{1,40}?) macht sich\b.{0,80}\bnicht zu eigen/iu;
// "Opinions expressed by Kestran Herald contributors are their own."
const CONTRIBUTORS_OWN = /^(?:the )?(?:opinions|views) expressed by (.{2,40}?) (?:contributors|writers|columnists|bloggers) are their own\b/i;
// The site that is paid for the links it shows: "Kestran Herald may earn a commission ...".
const AFFILIATE_SUBJECT = /(?:^|[.!?,]\s+)(\p{Lu}[\p{L}\p{N}.'’& -]{1,40}?) (?:may|might|can|could|will|does) (?:earn|receive|get)\b/u;
// Author names before the outlet: "Jane Roe and John Doe, Reuters", "Jane Roe/Reuters", "By Jane Roe | Reuters".
// Each name has two capitalised words at least, so a menu line ("Animals Nature") is no byline.
const PERSON = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}`;
const NAMES_BEFORE_OUTLET = new RegExp(String.raw`^(?:[Bb]y\s+)?${PERSON}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${PERSON})*\s*[,|/–—-]?\s*$`, 'u');
// A newsletter's opt-in box speaks for the site: "I agree that Kestran Herald can send me ...".
const CONSENTS = [
  /^(?:yes,?\s+)?I (?:agree|consent)(?: that)? (.{2,60}?) (?:can|may|will) (?:send|e-?mail|contact) me\b/i,
  // "I would like to be emailed about offers, events and updates from The Kestran Herald."
  /^(?:yes,?\s+)?I(?: would|['’]d) like to (?:be (?:e-?mailed|contacted)|receive|hear)\b.{0,80}? from ((?:the )?\p{Lu}.{1,60}?)(?:[.,;]|$)/iu,
];
// The site's promos for itself: "Follow Kestran Herald on Facebook and Twitter.", "Sign up for the Kestran Herald's
// Morning Brief newsletter", "Download the Kestran Herald app", "Will you support the Kestran Herald's journalism?".
const SITE_PROMOS = [
  /^Follow (.{2,60}?) on (?:Facebook|Twitter|Instagram|YouTube|TikTok|LinkedIn|Threads|Bluesky|Mastodon|X|WhatsApp|Telegram|Google News|Apple News|Flipboard|Snapchat)\b/i,
  // "the" kept with the name, which may be part of it ("Sign up for The Kestran newsletter"); the words between it and
  // "newsletter" are in small letters ("daily", "free"), where a capital still belongs to the name ("Kestran Herald").
  /^(?:[Ss]ign [Uu]p (?:[Ff]or|[Tt]o)|SIGN UP FOR|[Ss]ubscribe [Tt]o|SUBSCRIBE TO|[Gg]et|GET) ((?:[Tt]he |THE )?.{2,60}?)(?:['’][Ss]?)? (?:\p{Ll}[\p{L}-]* ){0,3}(?:[Nn]ewsletters?|NEWSLETTERS?)\b/u,
  /^(?:Download|Get) the (.{2,60}?) app\b/i,
  // "Get the day's top stories from the Kestran Herald delivered to your inbox", or a sign-up box's heading:
  // "Get the latest news from Kestra 7".
  /^Get (?:[\p{L}'’-]+ ){1,6}(?:from|of) ((?:the )?.{2,60}?)(?: (?:delivered|sent|straight|direct(?:ly)?) (?:to|in|into) (?:your )?inbox\b|[.!]?$)/iu,
  /^(?:(?:will|would) you |please )?support ((?:the )?.{2,60}?)['’]s? (?:[\p{L}-]+ ){0,2}journalism\b/iu,
  // Its appeal in its own voice: "(At The Kestran Herald, we question everything. ...)".
  /^\(?At ((?:the )?.{2,60}?), we\b/iu,
  // Its membership: "Become a Kestran Herald Member for just Rs 999!".
  /^Become an? ((?:the )?.{2,40}?) (?:[Mm]ember|[Ss]ubscriber|[Ss]upporter|[Ii]nsider)\b/u,
  // A paywall's note: "Kestran Herald subscribers get unlimited access …", "Members of The Kestra Local get …",
  // "Assine o Kestra e tenha acesso …".
  /^(\p{Lu}.{1,59}?) (?:subscribers|members) (?:get|enjoy)\b/u,
  /^Members of ((?:the )?.{2,60}?) (?:get|enjoy)\b/i,
  /^Assine (?:o |a )?(\p{Lu}.{1,40}?) (?:e|para) /u,
];
// The opening words of such a promo, checked first on a line's key: most lines are none.
// A newsletter's own title, which a menu may list too, not the site's: "Sign up for the Brussels Playbook newsletter".
const NEWSLETTER_TITLE = /\b(?:Playbook|Briefing|Brief|Digest|Roundup|Rundown|Memo|Bulletin|Wrap|Edition)$/i;
// A print-edition note: "Published in The Kestran Herald, July 27th, 2017."
const PRINTED_IN = /^Published in ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?), (?:on )?(?:\p{Lu}\p{Ll}+\.? \d|\d)/u;
// A few words and a dash before a promo: "Stay current - ".
const PROMO_SLOGAN = /^[\p{L}'’!, ]{2,30} [-–—] /u;
const SITE_PROMO_KEY = /^(?:at|become|follow|sign|subscribe|get|download|will|would|please|support|members|assine) | (?:subscribers|members) (?:get|enjoy) /;
// Promos a site makes for itself: its newsletter, its app, its ads, its welcome.
const OWN_PROMOS = [...SITE_PROMOS.slice(1), /^Advertise (?:on|with|in) (.{2,60}?)\.?$/i, /^Welcome to (.{2,60}?)[!.]?$/i];
// A credit to the site's newsroom: "By Kestrelwatch Staff", "Kestran Herald Staff Report".
const STAFF_CREDIT = /^(?:[Bb]y\s+)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+(?:[Nn]ews\s+)?[Ss]taff(?:\s+(?:[Rr]eports?|[Ww]riters?|[Rr]eporters?))?$/u;
// Or the writer's staff job and then the site: "By Jane Roe – Staff Reporter, Kestran Business Journal".
const STAFF_JOB_AT = /[Ss]taff (?:[Rr]eporter|[Ww]riter|[Ee]ditor|[Cc]orrespondent)\s*[,|]\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})$/u;
// Words that open a "... Staff" line without naming a site: "Our Staff", "Editorial Staff".
const NOT_A_SITE = /^(?:our|meet|about|the|editorial|news|sports?|web|digital|online|wire|metro|business|city|local|all|senior|support|medical|white house|campaign)$/i;
// A footer's owner line without a copyright mark: "Kestran Bikes · 2013–2019". The years may run together.
const YEARS_FOOTER = /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,5}) [·•|–—-] (?:19|20)\d\d\s*[-–]?\s*(?:19|20)\d\d(?!\d)/u;
// A US broadcaster's link to its licence file, by call sign or name: "KXYZ Public Inspection File".
const PUBLIC_FILE = /^(.{2,40}?) (?:FCC )?Public (?:Inspection )?File$/;
// A number after a name makes it a channel's ("NBC 5", "FOX 4"), not the network's; a year is no channel.
const CHANNEL_NUMBER = /^\s+\d{1,3}(?!\d)/;

// The newsroom writes of its own reporting: "did not respond to the Kestran Herald's request for comment",
// "a request for comment from Kestran Herald", "Kestran Herald has reached out to the council".
const OWN_REQUEST_KEY = /\bfor comment\b|\breached out\b|\bcontacted\b/;
const OWN_REQUEST_AFTER = /^(?:['’]s?)? (?:requests?|inquir(?:y|ies)|e-?mails?|calls?|messages?) (?:for|seeking) comment\b|^ (?:has|have|had) (?:reached out to|contacted)\b/;
const OWN_REQUEST_BEFORE = /\b(?:requests?|inquir(?:y|ies)) for comment from (?:the )?$/i;
// A sentence that relays another outlet's story ("..., the Kestran Herald reported") cites that outlet.
const RELAYED = /\b(?:reported|reports|according to|told|quoted|cited|said)\b/i;

// The newsroom's own interviews: "the mayor told the Kestran Herald", "the council confirmed to the Kestran Herald", "did not provide Kestran Herald with".
// Prose cites other outlets' interviews too, so this is weak evidence, counted over the whole page.
// Also "said in an email to the Kestran Herald"; a name in capitals counts too ("tells KESTRAN HERALD").
// Verbs of telling in Portuguese and Russian, read by the prefilter and by the rule.
const TOLD_PT = 'disse|contou|explicou|afirmou|revelou|garantiu|confirmou';
const TOLD_RU = 'рассказал|пояснил|заявил|сообщил|сказал|подтвердил';
const INTERVIEW_KEY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:told|tells|telling|spoke|speaking|confirmed|interview|provided?|e-?mail|statement|${TOLD_PT}|${TOLD_RU}|запрос|собеседник)`, 'u');
// In Portuguese, "contou ao Kestra Jornal"; in Russian, the outlet's name stays as it is after "the newspaper":
// "пояснил газете «Кестринский вестник»", or after "the request of" and "the sources of", as a Latin name always does:
// "на запрос Kestra Daily не ответили", "по словам собеседников Kestra Daily".
const INTERVIEWED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:told|tells|telling|(?:spoke|speaking) (?:to|with)|confirmed (?:this |that |it )?to|(?:an? |the )?(?:\p{L}+ )?interview with|provided?|in an? (?:e-?mail(?:ed)?|written)? ?(?:statement|e-?mail) to|(?:${TOLD_PT}) (?:ao|à)|(?:${TOLD_RU})(?:а|и)? (?:газете|изданию|порталу|телеканалу|радиостанции)|на запрос|собеседник(?:ам|ов|а|и)?)\s+`,
  'giu',
);
// "told the Kestran Herald interviewer", "told Kestran Herald Radio 4's host", "told Kestran Herald in March 2019":
// another show's or an earlier interview, cited.
const CITED_MEDIUM = eitherCase(['interviewer', 'reporter', 'correspondent', 'host', 'anchor', 'program', 'programme', 'show', 'podcast', 'documentary', 'journalist', 'editor', 'radio', 'television', 'tv']);
const CITED_INTERVIEW_AFTER = new RegExp(
  String.raw`^(?:['’]s?\b|\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’]*\s+){0,2}(?:${CITED_MEDIUM}|TV)s?\b|\s+(?:back\s+)?in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d\d\b)|\s+(?:last|earlier this)\s+(?:year|month)\b)`,
  'u',
);

// A line that is only a company's name and legal form: "Kestrelwatch GmbH", "Kestrelwatch Ltd."
const COMPANY_LINE = /^([\p{L}\p{N}][\p{L}\p{N}&'’. -]{0,40}?)\s+(?:GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|S\.A\.|SAS|B\.V\.|Pty Ltd|[Pp]lc)$/u;
// Its last word, checked first: most lines end otherwise.
const LEGAL_FORM_END = /^(?:GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|S\.A\.|SAS|B\.V\.|[Pp]lc)$/;
// How a footer says who owns the site, and the phrase alone, checked first: most lines have none.
const OWNED_BY = String.raw`(?:(?:a )?part of|published by|owned by|a publication of)`;
const OWNER_PHRASE = new RegExp(` ${OWNED_BY} `);
// The owner is a company: "Kestran Media Inc", "Kestran Group"; "the Kestra harbour authority" is no owner.
const PART_OF = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}.'’&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*){0,4}) is ${OWNED_BY} (?:the )?\p{Lu}[\p{L}\p{N}&'’. -]{0,60}\b(?:Inc|Ltd|[Pp]lc|PLC|LLC|GmbH|Group|Media|Network|Company|Corporation)\b`,
  'u',
);
// The site a footer says is owned, by anyone named with a capital: "Kestrelwatch is published by KGU".
const OWNED_SITE = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}.'’&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*){0,4}) is ${OWNED_BY} (?:the )?\p{Lu}`, 'u');
// Or the site says whose brand it is: "Kestrelwatch is a Kestran Media publication."
const BRAND_OF = /^(\p{Lu}[\p{L}\p{N}.'’&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*){0,4}) is an? \p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,3} (?:publication|brand)\b/u;
// A name that reads as a brand: inner capitals or digits ("KestrelWatch", "kh24", "KESTRAN"), or two capitalised words or more.
// A name set in capitals is whole, over all its words: "THE CITY", not "THE".
const MENU_NAME = /^(?:\p{Lu}{2,}(?: \p{Lu}{2,})+|[\p{L}\p{N}]{0,40}(?:\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}|\p{Lu}{3})[\p{L}\p{N}]{0,40}(?:\.(?:[a-z]{2,3}|[A-Z]{2,3})){0,2}|\p{Lu}\p{Ll}+(?: (?:\p{Lu}[\p{L}'’-]+|of|the|and|by|de|do|da|di))+)(?=$|[\s:!,.])/u;
// The site's own pages that follow its name in a menu: "Kestran Herald Home", "Kestran Herald Network".
// Also the logo's alt text and the app's promo: "Kestran Herald Logo", "KESTRAN HERALD APP".
const SITE_PAGE = /^(?:Home|Homepage|News|Blog|Shop|Store|Staff|Newsletters?|Network|HQ|Live|Video|Videos|Podcasts?|Magazine|Jobs|Archives?|Events|Plus|Premium|Español|International|Logo|Apps?)$/i;
// Menu words that follow "About", "Follow", "More from" and are no name.
const GENERIC_MENU_WORD = /\b(?:us|me|our|menu|author|authors|team|page|site|web|newsletters?|ads|top|home|news|stories|articles?|posts?|blog|contact|privacy|terms|policy|releases?|announcements)\b/i;

/** A name the registry does not know counts when the site names itself again elsewhere on the page; a one-off label does not. */
function namedElsewhere(ctx: SourceContext, line: PageLine, name: string, lines: readonly PageLine[] = ctx.page.lines): boolean {
  const again = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'u');
  return lines.some((l) => l !== line && again.test(l.text));
}

// A label the author's name stands under: "Written by" / "Priya Raman".
const AUTHOR_LABEL = /^(?:written by|posted by|by|author|about the author)\s*:?$/i;

/** The page gives `name` as its writer's ("More from Priya Raman" on a blog platform is the author's, not the site's). */
function authorName(ctx: SourceContext, name: string): boolean {
  // A publication's own posts are signed by it too ("Riverbend Literacy Project" / "Dec 4, 2018"): no person is so named.
  if (ORGANISATION_NAME.test(name)) return false;
  const { lines } = ctx.page;
  // "By Jane Roe", and in a byline's run of parts: "Published: Oct 14, 2019 by Jane Roe · 23 Comments".
  const byName = new RegExp(String.raw`(?:^|[\s·•|,])(?:by|written by|posted by)\s+${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'iu');
  // The name alone under its label, or over a date, maybe with the writer's role between: an author's or a commenter's.
  // Not the page's first line: the logo over its tagline and the day's date ("Росбалт" / "Информационное агентство" /
  // "Среда, 7 февраля").
  const overDate = (i: number) => i > 0 && (lines[i + 1]?.kind === 'timestamp' || (lines[i + 2]?.kind === 'timestamp' && lines[i + 1]!.kind === 'text' && !lines[i + 1]!.prose && lines[i + 1]!.words <= 14));
  // "Copyright © 2004 - 2020 by Kestrel Media" is the notice's own "by", not a byline.
  return lines.some((l, i) => (l.text === name && (AUTHOR_LABEL.test(lines[i - 1]?.text ?? '') || overDate(i))) || (!l.prose && l.kind !== 'copyright' && byName.test(l.text)));
}

// A brand's one word, as a house account signs: inner capitals or digits ("KestrelWatch", "Kestra24"). Not a
// person's name, nor an agency's capitals ("APA"), nor a lower-case handle ("kw_admin").
const HOUSE_NAME = /^\p{Lu}[\p{L}\p{N}]*(?:\p{Ll}\p{Lu}|\p{L}\p{N})[\p{L}\p{N}]*$/u;
// A post signed by the site's own team, up to the date: "Posted by Kestrel Team · 3 weeks ago", "By the Holm Labs
// Editorial Team". One or two words before "Team": a person's name and role ("Jane Roe, Staff") is a byline.
const POSTED_BY = /^(?:posted )?by:? /i;
const TEAM_BYLINE = /^(?:the )?(\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*)?) (?:Editorial |News )?(?:Team|Newsroom)\b(?! member)/u;

// A photographer's name and who the photo is for, ending a caption: "(Jane Roe / Kestran Herald)", "Jane Roe for The Kestran Herald".
const PHOTO_CREDIT = /(?:^|[\s(:.…])(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:\/|\s+for\s+)\s*([^/()]{2,60}?)\s*\)?\.?$/u;
// Or the outlet first, after a label, as the UK's regional papers credit their own photos: "(Image: Kestran Herald/Jane Roe)",
// or the outlet alone: "(Image: Kestran Herald)", "Credit: KESTRA 9".
const LABELLED_OWN_PHOTO = /\((?:Image|Picture|Photo|Pic)s?:\s*([^/()]{2,40}?)\s*(?:\/\s*[^/()]{2,40})?\)$|^Credit:\s*([^/()]{2,40})$/u;

/** How far down the page a site's title may stand: under a skip link and a menu button at most. */
const MASTHEAD_LINES = 3;
// The bar a blogging platform sets over every blog: "More" / "Create Blog" / "Sign In".
const PLATFORM_BAR = /^(?:more|create blog|next blog\W*|sign in)$/i;
// A time told as how long ago, as bylines print it: "3 hrs ago".
const RELATIVE_TIME_END = /\bago$/i;
// A cookie banner's buttons.
const CONSENT_BUTTON = /^(?:accept(?: all)?(?: cookies)?|i agree|agree|ok(?:ay)?|got it|reject(?: all)?|decline|options|manage (?:options|settings|preferences)|cookie settings)$/i;
// Skip links as blog themes translate them: "Vai al contenuto", "Zum Inhalt springen", "Aller au contenu", ...
const SKIP_LINK = /^(?:skip to|jump to|menu$|vai al contenuto|salta al contenuto|zum inhalt springen|aller au contenu|saltar al contenido|ir al contenido|pular para o conteúdo|ir para o conteúdo|перейти к содержимому|langsung ke konten|ga naar de inhoud|przejdź do treści)/iu;
// Words in title case, small words between: "Two Acres and a Smoker", "The GiveWell Blog".
const MASTHEAD_NAME = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?: (?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|a|an|in|on|for|at|by|de|do|da|di|&))*$/u;

/**
 * The brand a company's name opens with, when a line of the page is only that brand, its logo's text: "Bustle" of
 * "Bustle Digital Group"; or the site's name that a line pairs with the brand: "LancasterOnline" of "LNP |
 * LancasterOnline", over the address of "LNP Media Group".
 */
function logoOfCompany(ctx: SourceContext, holder: string): string | undefined {
  const words = holder.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const brand = words.slice(0, n).join(' ');
    if (!COMPANY_REST.test(words.slice(n).join(' '))) break;
    const key = foldKey(brand);
    const logo = ctx.page.lines.find((l) => l.key === key && !l.prose);
    if (logo) return logo.text;
    for (const l of ctx.page.lines) {
      const paired = l.key.startsWith(`${key} `) && l.words <= 5 ? BRAND_AND_SITE.exec(l.text) : null;
      if (paired && foldKey(paired[1]!) === key && siteLikeName(paired[2]!)) return paired[2];
    }
  }
  return undefined;
}

// A brand and its site's name parted by a bar: "LNP | LancasterOnline".
const BRAND_AND_SITE = /^(.+?)\s+[|·•]\s+(.+)$/;

/** A name that is no photo or platform credit and opens with a capital: "Kestrelwatch", not "the company". */
function siteLikeName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && name.split(' ').length <= 5 && !NOT_PUBLISHER.test(name);
}

// A line that is only a site's address: "www.kestrelwatch.example", "https://kestrelwatch.example/".
const ADDRESS_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;
// A shop's address under a product's picture ("amazon.com" by a "Shop now" button) names where to buy it, not the site.
const SHOP_HOST = /^(?:amazon|walmart|etsy|target|bestbuy|ebay|nordstrom|sephora)\.[a-z.]+$/i;

// An address with a path: its host, then its path.
const PAGE_URL = /https?:\/\/((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^\s"'<>()\]]*)/gi;

/**
 * A path whose slug is the title's words: three at least, and hardly any other word ("-3" and an id may
 * follow). A link to another story spells another title.
 */
function spellsTitle(path: string, titleWords: Set<string>): boolean {
  return path.split(/[/?#]/).some((segment) => {
    const words = segment.replace(/\.\w+$/, '').toLowerCase().split(/[-_+]+/).filter((w) => /^\p{L}/u.test(w));
    const inTitle = words.filter((w) => titleWords.has(w)).length;
    return inTitle >= 3 && inTitle >= 0.8 * words.length;
  });
}

/**
 * Hosts written on the page (links, e-mail addresses) that the registry does not know, nor are platforms.
 * The prose counts too, since a footer can be read as part of the body; a host names the site only
 * with a line that spells it.
 */
function unknownHosts(ctx: SourceContext): string[] {
  return ctx.page.lines
    .filter((l) => l.text.includes('.'))
    .flatMap((l) => hostsIn(l.text).map((m) => m[0]))
    // Addresses are written in lower case; "Email Security.cloud" is a product's name.
    .filter((h) => h === h.toLowerCase() && !NOT_PUBLISHER.test(h) && !ctx.registry.byHost(h));
}

/** The name part of a host: "kestranbikes" of "www.kestranbikes.co.uk", "kestrelwatch" of "blog.kestrelwatch.example". */
function hostLabel(host: string): string {
  const parts = host.toLowerCase().split('.');
  // A country's second level ("co.uk", "com.br") takes one part more.
  const suffix = parts.length > 2 && parts.at(-1)!.length === 2 && parts.at(-2)!.length <= 3 ? 2 : 1;
  return parts[parts.length - suffix - 1] ?? '';
}

function trimName(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function foldName(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}


// A word in small letters: a title's or a sentence's, where a byline has names, dates and labels.
const SMALL_WORD = /(?<![\p{L}\p{N}'’])\p{Ll}+(?![\p{L}\p{N}])/gu;

/**
 * A segment of a "Jane Roe | Reuters" or "March 3, 2023 | BY: Reuters" line that is exactly an outlet's name,
 * or its names joined by a slash, as a paper and its site sign together: "Jane Roe | The Kestran Herald/KestranLive".
 * A title before the bar makes the line a link's card ("Ferry fares to rise by a fifth | Reuters"), naming the
 * linked story's site.
 */
function pipeOutlet(ctx: SourceContext, text: string): Outlet | undefined {
  const parts = text.split(/\s+\|\s+/);
  if (parts.length < 2 || parts.some((p) => (p.match(SMALL_WORD) ?? []).length >= 3)) return undefined;
  return parts.map((p) => outletOfNames(ctx, p.replace(/^by:?\s+/i, ''))).find(Boolean);
}

// A newsroom's credit with the agencies its story draws on: "DAILY SABAH WITH AA", "Kestran Herald with agencies".
const WITH_AGENCIES = /^(?:[Bb]y\s+)?(.{2,40}?)\s+(?:with|WITH)\s+((?:[Aa]gencies|AGENCIES|[Ww]ires|WIRES)|\p{Lu}[\p{L}.]{1,12}(?:\s\p{Lu}[\p{L}.]*){0,2})$/u;
// An agency by its initials: "AA", "AFP".
const AGENCY_INITIALS = /^\p{Lu}{2,5}$/u;

/** The outlet of a "<site> with <agency>" credit, in any case; not the agency itself. */
function outletWithAgencies(ctx: SourceContext, text: string): Outlet | undefined {
  const m = WITH_AGENCIES.exec(text);
  if (!m) return undefined;
  const credited = m[1]!;
  const agency = m[2]!;
  const site = ctx.registry.nameOpening(credited);
  const agencies = /^(?:agencies|wires)$/i.test(agency) || AGENCY_INITIALS.test(agency) || ctx.registry.byDateline(agency)?.kind === 'wire' || ctx.registry.nameOpening(agency)?.outlet.kind === 'wire';
  return site && site.matched.length === credited.length && site.outlet.kind !== 'wire' && agencies ? site.outlet : undefined;
}

/** The one outlet that every name in the text, parted by slashes, is a name of. */
function outletOfNames(ctx: SourceContext, text: string): Outlet | undefined {
  const outlets = text.split('/').map((name) => ctx.registry.byExactName(name.trim()));
  return outlets.every((o) => o === outlets[0]) ? outlets[0] : undefined;
}

// What a footer credits after its notice: the platform or theme, not the holder ("© 2019 Kestrel Notes | Powered by WordPress").
const BUILT_WITH = /\s*[|·•–-]?\s*(?:proudly )?(?:powered by|theme by|theme:|designed by|built (?:with|on)|hosted by)\s.*$/i;

/**
 * The copyright notice of a footer line, from its mark on; not a photo credit
 * ending a caption ("... © Agency / Jane Roe"). The notice may close a
 * paragraph of footer text: "... affiliate program. ©Kestran Herald 2011-2019".
 */
function footerCopyright(line: PageLine): string | null {
  const text = line.text.replace(BUILT_WITH, '');
  if (line.kind !== 'copyright' || NOT_PUBLISHER.test(text)) return null;
  const mark = text.search(/[©ⓒ]|\(c\)|copyright/i);
  if (mark < 0) return text;
  const before = text.slice(0, mark);
  const notice = text.slice(mark);
  // After a sentence the notice needs its year: "... / Jane Roe" after a caption's sentence is a photo credit.
  return before.split(/\s+/).length <= 6 || (/[.!?]\s*$/.test(before) && /\d{4}/.test(notice)) ? notice : null;
}

/** A registry name that is the whole name there, not the start of a longer one: "Vox" in "Vox Media" names the parent company. */
function wholeName(text: string, m: OutletMatch): boolean {
  // Nor "Gazzetta" of "Gazzetta di Kestra", "Courrier" of "Le Courrier de Kestra".
  return !/^\s+(?:(?:of|de|di|da|do|del|della|des|du|der|von|van)\s+)?[\p{Lu}\d]/u.test(text.slice(m.index + m.matched.length));
}

/** The outlet a line is the name of, in full: a logo or menu item ("The Kestran Herald", "KESTRAN HERALD", "kestranherald.example"). */
function exactName(ctx: SourceContext, text: string): OutletMatch | undefined {
  const m = openingName(ctx, text);
  if (m && (m.matched.length === text.length || m.matched.length === text.replace(/^the\s+/i, '').length)) return m;
  const outlet = /^[\w.-]+\.[a-z]{2,}$/i.test(text) ? ctx.registry.byHost(text) : undefined;
  return outlet && { outlet, matched: text, index: 0 };
}

/**
 * A wire's initials alone below the article ("AFP", "DPA") credit its copy or photos, or are another acronym in a
 * legal menu ("DPA", a data processing agreement): not the site's logo. Over the article they are its byline.
 */
function wireInitialsBelow(ctx: SourceContext, line: PageLine, m: OutletMatch): boolean {
  return m.outlet.kind === 'wire' && WIRE_INITIALS.test(m.matched) && ctx.region !== null && line.i > ctx.region.end;
}

/** The outlet's name and its aliases. */
const namesOf = (outlet: Outlet) => [outlet.name, ...(outlet.aliases ?? [])];

/**
 * A name that is one plain word ("Nature", "PEOPLE") or an everyday phrase
 * ("Última Hora"): as often a section label as a logo. But a word the page
 * never writes in lower case, standing alone on a line over the article and
 * again under it ("Gizmodo" over the menu and in the footer), is a coined
 * name: the site's own. A section's label stands over the article only.
 */
function plainName(ctx: SourceContext, m: OutletMatch): boolean {
  if (m.outlet.commonPhrase === true) return true;
  const word = namesOf(m.outlet).find((n) => PLAIN_WORD.test(n) && n.toLowerCase() === m.matched.toLowerCase());
  // A wire's name alone on a line credits its copy or its photos, wherever it stands.
  return word !== undefined && (m.outlet.kind === 'wire' || !coinedName(ctx, word.toLowerCase()));
}

function coinedName(ctx: SourceContext, lower: string): boolean {
  const asWord = new RegExp(`(?<![\\p{L}\\p{N}])${lower}(?![\\p{L}\\p{N}])`, 'u');
  return !ctx.page.lines.some((line) => line.text.includes(lower) && asWord.test(line.text)) && overAndUnder(ctx, lower);
}

/** Lines that are only these words (a key) stand over the article and under it: the logo and the footer's. */
function overAndUnder(ctx: SourceContext, key: string): boolean {
  const { region } = ctx;
  if (region === null) return false;
  let above = false;
  let below = false;
  for (const line of ctx.page.lines) {
    if (line.key !== key) continue;
    if (line.i < region.start) above = true;
    if (line.i > region.end) below = true;
  }
  return above && below;
}

/** A logo set in small letters ("stern", "taz"), over the article and in the footer. */
function smallLetterLogo(ctx: SourceContext, line: PageLine): OutletMatch | undefined {
  if (line.words > 3 || line.text !== line.text.toLowerCase() || !/\p{Ll}/u.test(line.text)) return undefined;
  const m = exactName(ctx, line.text.toUpperCase());
  return m && overAndUnder(ctx, line.key) ? m : undefined;
}

/**
 * The outlet a line of furniture names as the site: the whole line, a menu
 * item it opens ("WSJ Pro", "MSN Blog"), the name after a navigation prefix
 * ("Follow RT on"), or a domain. A plain word ("Nature") opening a line is
 * more likely a section label than the site, so it counts only after a prefix.
 */
function siteNamed(ctx: SourceContext, line: PageLine): Outlet[] {
  if (line.words > 14 || line.prose || line.kind === 'caption') return [];
  const rest = navRest(line);
  const text = rest ?? line.text;
  const opening = openingName(ctx, text);
  const named = opening && (rest || !plainName(ctx, opening)) && menuItem(text, opening) && !wireInitialsBelow(ctx, line, opening) && !sectionLabel(ctx, line, opening) ? [opening.outlet] : [];
  const domains = line.text.includes('.') ? ctx.registry.domainsIn(line.text).map((m) => m.outlet) : [];
  const all = [...new Set([...named, ...domains])];
  return all.length > 0 && !NOT_PUBLISHER.test(line.text) && !inOutletList(ctx, line) ? all : [];
}

/**
 * A section of the site that shares an outlet's name: "Irish News" (also the Belfast paper's) beside the menu's
 * "World News", or under "News" in a breadcrumb. A neighbour of a few words ends with the same word and names no outlet.
 */
function sectionLabel(ctx: SourceContext, line: PageLine, m: OutletMatch): boolean {
  if (line.text.trim() !== m.matched) return false;
  const last = m.matched.slice(m.matched.lastIndexOf(' ') + 1);
  return [-1, 1].some((d) => {
    const near = ctx.page.lines[line.i + d];
    return near !== undefined && near.kind === 'text' && near.words <= 3 && near.text.trim().endsWith(last) && !exactName(ctx, near.text);
  });
}

/**
 * A name opening a menu item, not a longer name: "WSJ Pro" and "Kestran Herald Home" are items of
 * the site, "Kestran Herald Project" is not the Kestran Herald. One token opens any item; a longer name only
 * one of the site's own pages.
 */
function menuItem(text: string, m: OutletMatch): boolean {
  const after = text.slice(text.indexOf(m.matched) + m.matched.length);
  // "ANP: ethanol beats petrol in eight states" and "Fodor's puts Big Sur on its list" are headlines about the
  // outlet, not items of its site; "The Kestran Herald view on the seawall" is the site's own editorial.
  if (/^\s*:\s*\S+\s+\S+\s+\S+/.test(after) || /^\s+(?!view\b)\p{Ll}\S*\s+\S+\s+\S+/u.test(after)) return false;
  const next = /^\s+([\p{Lu}\p{N}][\p{L}\p{N}]*)/u.exec(after)?.[1];
  return !next || !/\s/.test(m.matched) || SITE_PAGE.test(next);
}

/** The name that opens the text, with or without "the": "The Kestran Herald Opinion", "the Kestran Herald", "KESTRAN HERALD". */
function openingName(ctx: SourceContext, text: string): OutletMatch | undefined {
  // "The Sun-Times" opens with "The Sun" and, once "The" is dropped, with "Sun-Times": the reading that covers more wins.
  const withThe = ctx.registry.nameOpening(text);
  const bare = text.replace(/^the\s+/i, '');
  const withoutThe = bare !== text ? ctx.registry.nameOpening(bare) : undefined;
  const [m, body] = withoutThe && (!withThe || text.length - bare.length + withoutThe.matched.length > withThe.matched.length) ? [withoutThe, bare] : [withThe, text];
  return m && !CHANNEL_NUMBER.test(body.slice(m.matched.length)) ? m : undefined;
}

/**
 * A line of a run of outlets' names, one a line: a group's list of its other sites ("DEADSPIN", "GIZMODO", ...), known
 * to the registry or named alike ("Fierce Biotech" / "Fierce Pharma" / "Fierce Life Sciences Events"); or the outlet
 * of a story linked under a links label ("Recommended Reading:" / "The Wall Street Journal" / its title).
 */
function inOutletList(ctx: SourceContext, line: PageLine): boolean {
  const label = ctx.page.lines[line.i - 1];
  // A line that names the site after a prefix of its own is its list's heading: "Top stories from Mirror Online".
  if (label?.kind === 'related' && !navRest(label) && !navRest(line)) return true;
  const own = exactName(ctx, line.text)?.outlet;
  if (own === undefined) return false;
  // Within two lines: such a list may hold other entries too ("Puzzles", "Voucher codes").
  const near = [-2, -1, 1, 2].map((d) => ctx.page.lines[line.i + d]).filter((l): l is PageLine => l !== undefined && l.kind === 'text' && l.key !== line.key);
  const brand = BRAND_WORD.exec(line.text)?.[1];
  return near.some((l) => {
    const other = exactName(ctx, l.text)?.outlet;
    return other !== undefined && other !== own;
  }) || (brand !== undefined && near.filter((l) => l.words <= 5 && BRAND_WORD.exec(l.text)?.[1] === brand).length >= 2);
}

// The first word of a name that a group's titles share, followed by more: "Fierce" of "Fierce Pharma" (not "The").
const BRAND_WORD = /^(?![Tt]he\s)(\p{Lu}[\p{L}'’-]{2,})\s+\S/u;

/** The outlet of a byline that gives the agency and the place: "Reuters, Washington,", "PTI, New Delhi". */
function outletAndPlace(ctx: SourceContext, text: string): Outlet | undefined {
  const m = ctx.registry.nameOpening(text);
  return m && PLACE_AFTER_OUTLET.test(text.slice(m.matched.length)) ? m.outlet : undefined;
}

/** The outlet a byline-shaped line ends with, after the authors' names. */
function bylineOutlet(ctx: SourceContext, text: string): Outlet | undefined {
  const trimmed = text.replace(/[\s.]+$/, '');
  const last = ctx.registry.namesIn(trimmed).at(-1);
  if (!last || last.index + last.matched.length !== trimmed.length) return undefined;
  return NAMES_BEFORE_OUTLET.test(trimmed.slice(0, last.index).replace(/\bthe\s*$/i, '')) ? last.outlet : undefined;
}

/** The outlets a sentence names as the ones asking for comment, wires apart. */
function ownRequests(ctx: SourceContext, sentence: string): Outlet[] {
  return ctx.registry
    .namesIn(sentence)
    .filter((m) => m.outlet.kind !== 'wire' && (OWN_REQUEST_AFTER.test(sentence.slice(m.index + m.matched.length)) || OWN_REQUEST_BEFORE.test(sentence.slice(0, m.index))))
    .map((m) => m.outlet);
}

/** The outlets a line says were told something, wires and cited interviews apart. */
function interviewers(ctx: SourceContext, text: string): Outlet[] {
  const out: Outlet[] = [];
  for (const verb of text.matchAll(INTERVIEWED)) {
    const after = text.slice(verb.index + verb[0].length);
    const m = openingName(ctx, after);
    if (!m || m.outlet.kind === 'wire') continue;
    const rest = (after.startsWith(m.matched) ? after : after.replace(/^the\s+/i, '')).slice(m.matched.length);
    if (!CITED_INTERVIEW_AFTER.test(rest)) out.push(m.outlet);
  }
  return out;
}

// "Сетевое издание «Газета.Ru»", "Сетевое издание «Деловая газета «Взгляд»»", or without quotes: "Сетевое издание РИА Новости".
const REGISTERED_MEDIA = /(?:^|[\s«"])сетевое издание\s+(?:«((?:[^«»]|«[^«»]*»)+)»|([^«»().,;]{2,60}?)\s*(?:[.,;(]|$))/iu;

/** The name a Russian site is registered under, less the address in brackets after it. */
export function registeredMediaName(text: string): string | null {
  const m = REGISTERED_MEDIA.exec(text);
  const name = (m?.[1] ?? m?.[2])?.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return name && /^[\p{Lu}\p{N}«]/u.test(name) ? name : null;
}

/** The registry outlet a footer's copyright line names. */
function copyrightOutlet(ctx: SourceContext, line: PageLine): Outlet | undefined {
  const notice = footerCopyright(line);
  const text = notice?.replace(LEGAL_FORM, ' ').replace(/\s+/g, ' ').trim();
  if (!notice || !text || OWNER_ONLY.test(text)) return undefined;
  // Nor the end of a longer name: "Time" of "© 2019 Observador On Time, S.A.".
  const holder = copyrightHolder(notice)?.replace(/^the\s+/i, '').toLowerCase();
  const tail = (m: OutletMatch) => holder !== undefined && holder.includes(m.matched.toLowerCase()) && !holder.startsWith(m.matched.toLowerCase().replace(/^the\s+/, ''));
  return ctx.registry.namesIn(text).find((m) => wholeName(text, m) && !tail(m))?.outlet ?? ctx.registry.domainsIn(text)[0]?.outlet;
}

/** The outlets the footer's copyright notices name, from the foot of the page up. */
function copyrightNamed(ctx: SourceContext): { line: PageLine; outlet: Outlet }[] {
  return copyrightFromFoot(ctx).flatMap((line) => {
    const outlet = copyrightOutlet(ctx, line);
    return outlet ? [{ line, outlet }] : [];
  });
}

/** The outlet, not a wire, whose notice the footer prints. */
const copyrightSite = (ctx: SourceContext) => copyrightNamed(ctx).find((n) => n.outlet.kind !== 'wire');

export const SOURCE_RULES: SourceRule[] = [
  {
    // The name the page declares for its site (og:site_name, the JSON-LD publisher), less a tagline
    // after it; else the registry outlet of the page's address.
    name: 'source/page-metadata',
    find(ctx) {
      const { siteName, url } = ctx.metadata;
      const name = siteName && trimName(siteName.value.split(/\s+[|–—-]\s+/)[0]!);
      if (siteName && name) {
        const known = exactName(ctx, name)?.outlet;
        if (known || siteLikeName(name)) return declaredCandidate(siteName, known ?? name, known ? 0.9 : 0.8);
      }
      const byHost = url ? ctx.registry.byHost(new URL(url.value).hostname) : undefined;
      return url && byHost ? declaredCandidate(url, byHost, 0.9) : null;
    },
  },
  {
    // The site's logo opening the page, an outlet the page names again, outranks the owner that a footer's notice
    // names as another outlet: "FiveThirtyEight" over "© 2021 ABC News Internet Ventures".
    name: 'source/logo-over-owner',
    find(ctx) {
      for (const line of ctx.page.lines.slice(0, MASTHEAD_LINES)) {
        const m = line.words <= 6 ? exactName(ctx, line.text) : undefined;
        if (!m || m.outlet.kind === 'wire' || plainName(ctx, m) || !namesOf(m.outlet).some((n) => namedElsewhere(ctx, line, n)) || inOutletList(ctx, line)) continue;
        const owner = copyrightSite(ctx)?.outlet;
        // "The Guardian" over "© 2020 The Guardian Nigeria" is that paper's logo, shortened.
        const shortened = owner !== undefined && namesOf(owner).some((n) => n.toLowerCase().includes(m.matched.toLowerCase()));
        return owner && owner !== m.outlet && !shortened ? candidate('source/logo-over-owner', line, m.outlet, 0.85) : null;
      }
      return null;
    },
  },
  {
    // Under the article the site says who owns it ("Kestrelwatch is published by KGU", "... is part of Kestran Media
    // plc"), and a line over the article is only that name, its logo: together they name the site, though the name
    // is one word plain enough for a section label. Else a footer naming a sister site or its owner could win.
    name: 'source/logo-owned',
    find(ctx) {
      const { region } = ctx;
      if (region === null) return null;
      for (const line of furniture(ctx)) {
        const name = line.i > region.end && OWNER_PHRASE.test(line.text) ? OWNED_SITE.exec(line.text)?.[1] : undefined;
        const key = name && foldKey(name);
        const logo = key ? ctx.page.lines.find((l) => l.key === key && l.i < region.start && l.i !== ctx.headlineIndex) : undefined;
        // Spelled as its logo spells it: "gHacks" where the footer writes "Ghacks".
        if (logo) return candidate('source/logo-owned', logo, exactName(ctx, logo.text)?.outlet ?? logo.text, 0.8);
      }
      return null;
    },
  },
  {
    // "© 2023 The Kestran Herald. All rights reserved." names the site's owner.
    // A wire's notice on the story it sold ("Copyright 2024 The Associated Press ... may not be
    // republished") is its credit when another copyright line names a registry outlet, which publishes.
    name: 'source/copyright-line',
    find(ctx) {
      const named = copyrightNamed(ctx);
      const wire = named.find((n) => n.outlet.kind === 'wire');
      const site = named.find((n) => n.outlet.kind !== 'wire');
      if (site) return candidate('source/copyright-line', site.line, site.outlet, 0.9, wire?.outlet.name ?? null);
      return wire ? candidate('source/copyright-line', wire.line, wire.outlet, 0.9) : null;
    },
  },
  {
    // Russian law has every news site state its registered name in the footer: "Сетевое издание «Кестринский
    // вестник». Свидетельство о регистрации СМИ …". The site names itself; no article sentence reads so.
    name: 'source/media-registration',
    find(ctx) {
      for (const line of furniture(ctx)) {
        const name = line.words <= 60 ? registeredMediaName(line.text) : null;
        if (name) return candidate('source/media-registration', line, exactName(ctx, name)?.outlet ?? name, 0.85);
      }
      return null;
    },
  },
  {
    // A phrase only the outlet's own pages print (registry "telltales"): "Our Standards: The Thomson Reuters Trust Principles."
    name: 'source/telltale',
    find(ctx) {
      if (!ctx.registry.hasTelltales) return null;
      for (const line of ctx.page.lines) {
        const known = line.words <= 60 ? ctx.registry.telltaleIn(line.text) : undefined;
        if (known) return candidate('source/telltale', line, known, 0.85);
      }
      return null;
    },
  },
  {
    // The author's bio under the article names their employer: "Jane Roe is a reporter for Reuters.", "Staff Writer, Kestrelwatch.",
    // "Jane Roe is Reuters' energy correspondent."
    // It outranks the site's menus, which may list its sister sites.
    name: 'source/staff-bio',
    find(ctx) {
      for (const line of ctx.page.lines) {
        if (line.words > 40) continue;
        const role = STAFF_BIO.exec(line.text) ?? BEAT_BIO.exec(line.text);
        const opening = line.words <= 5 && ROLE_WORD.test(line.text.slice(line.text.lastIndexOf(' ') + 1)) ? ctx.registry.nameOpening(line.text) : undefined;
        // Or an author box's title: "Kestran Herald Senior Writer".
        const titled = opening && ROLE_AFTER_NAME.test(line.text.slice(opening.matched.length)) ? opening.outlet : undefined;
        const possessive = role ? undefined : STAFF_BIO_OF.exec(line.text)?.[1];
        const known = role ? openingName(ctx, line.text.slice(role[0].length))?.outlet : possessive ? exactName(ctx, possessive)?.outlet : titled;
        if (known) return candidate('source/staff-bio', line, known, 0.6);
      }
      return null;
    },
  },
  {
    // A newsletter's opt-in box names the site that will write: "I agree that Kestran Herald can send me ...".
    // No article sentence reads so, wherever the box falls.
    name: 'source/newsletter-consent',
    find(ctx) {
      for (const line of ctx.page.lines) {
        const name = line.words <= 30 && /^(?:i|yes) /.test(line.key) ? CONSENTS.map((re) => re.exec(line.text)?.[1]).find(Boolean) : undefined;
        if (!name) continue;
        const known = exactName(ctx, name)?.outlet;
        if (known || siteLikeName(name)) return candidate('source/newsletter-consent', line, known ?? trimName(name), 0.75);
      }
      return null;
    },
  },
  {
    // A broadcaster names its own station in the link to its public licence file, where its menus name the network.
    name: 'source/public-file',
    find(ctx) {
      for (const line of furniture(ctx)) {
        const name = line.words <= 8 && line.key.endsWith(' file') ? PUBLIC_FILE.exec(line.text)?.[1] : undefined;
        const known = name ? exactName(ctx, name)?.outlet : undefined;
        if (known) return candidate('source/public-file', line, known, 0.75);
      }
      return null;
    },
  },
  {
    // The site names itself all over its menus and footer ("WSJ Pro", "Contact SFGATE", "Follow RT on"),
    // where a sister site or a partner is named once or twice: the outlet named on most lines.
    name: 'source/most-named',
    find(ctx) {
      const named = groupBy(
        furniture(ctx).flatMap((line) => siteNamed(ctx, line).map((outlet) => ({ outlet, line }))),
        (x) => x.outlet,
      );
      const [first, second] = [...named].sort((a, b) => b[1].length - a[1].length);
      // Named once, it must be the only outlet the furniture names.
      if (!first || (first[1].length < 2 && second) || first[1].length === second?.[1].length) return null;
      return candidate('source/most-named', first[1][0]!.line, first[0], first[1].length > 1 ? 0.8 : 0.6);
    },
  },
  {
    // A line that is only the outlet's name or domain: the logo text, or "Search SlashGear".
    name: 'source/site-name-line',
    find(ctx) {
      const lines = furniture(ctx).filter((l) => l.words <= 14 && l.kind !== 'caption' && !NOT_PUBLISHER.test(l.text));
      for (const line of lines) {
        const rest = navRest(line);
        // After a navigation prefix the name need only open the rest ("Follow The Kestran Herald Opinion on ...").
        const exact = rest || line.words > 6 ? undefined : exactName(ctx, line.text);
        const known = rest
          ? openingName(ctx, rest)?.outlet ?? ctx.registry.byHost(rest)
          : exact && !plainName(ctx, exact) && !wireInitialsBelow(ctx, line, exact)
            ? exact.outlet
            : smallLetterLogo(ctx, line)?.outlet;
        if (known && !inOutletList(ctx, line)) return candidate('source/site-name-line', line, known, 0.75);
      }
      return null;
    },
  },
  {
    // The site's promos for its social pages, newsletters and app, set as a sentence at the article's end too:
    // "Follow Kestran Herald on Facebook and Twitter."
    name: 'source/site-promo',
    find(ctx) {
      for (const line of ctx.page.lines) {
        // After a slogan and a dash too: "Stay current - Follow Kestran Herald on Telegram".
        if (line.words > 24) continue;
        const promo = line.text.replace(PROMO_SLOGAN, '');
        if (!SITE_PROMO_KEY.test(promo === line.text ? line.key : foldKey(promo))) continue;
        const name = SITE_PROMOS.map((re) => re.exec(promo)?.[1]).find(Boolean);
        const m = name ? openingName(ctx, name) : undefined;
        if (m && name && menuItem(name, m)) return candidate('source/site-promo', line, m.outlet, 0.7);
      }
      return null;
    },
  },
  {
    // The paper the story ran in, named under it with the day: "Published in The Kestran Herald, July 27th, 2017."
    name: 'source/print-edition',
    find(ctx) {
      for (const line of ctx.page.lines) {
        const name = line.words <= 14 && line.text.startsWith('Published in ') ? PRINTED_IN.exec(line.text)?.[1] : undefined;
        const known = name ? exactName(ctx, name)?.outlet : undefined;
        if (known && known.kind !== 'wire') return candidate('source/print-edition', line, known, 0.6);
      }
      return null;
    },
  },
  {
    // "By Jane Doe, Reuters", "Jane Doe | CNN", "By Reuters Staff", "Jane Doe and John Roe, Reuters",
    // "Reuters, Washington," and the credit under the article: "SOURCE: Kestran Herald and agencies".
    // An outlet's own staff outranks a wire agency credited under a photo elsewhere on the page.
    name: 'source/byline',
    find(ctx) {
      let wire: Candidate<SourceValue> | null = null;
      // "More From Kestran Hounds By Nature" is a menu, not authors and an outlet.
      for (const line of furniture(ctx).filter((l) => l.words <= 14 && l.kind !== 'related')) {
        const known =
          line.kind === 'byline' || SOURCE_LABEL.test(line.text)
            ? ctx.registry.namesIn(line.text)[0]?.outlet
            : (pipeOutlet(ctx, line.text) ?? bylineOutlet(ctx, line.text) ?? (line.words <= 5 && line.text.includes(',') ? outletAndPlace(ctx, line.text) : undefined) ?? (line.words <= 8 ? outletWithAgencies(ctx, line.text) : undefined));
        if (!known || navRest(line) !== null) continue;
        // A photo's credit to a wire ("Jane Roe / TASS") says who took the photo; to a paper, its own photographer.
        if (line.kind === 'caption' && known.kind === 'wire' && !SOURCE_LABEL.test(line.text)) continue;
        const found = candidate('source/byline', line, known, 0.7, known.kind === 'wire' ? known.name : null);
        if (known.kind !== 'wire') return found;
        wire ??= found;
      }
      return wire;
    },
  },
  {
    // A disclaimer speaks for the site: "... do not necessarily reflect those of the Kestran Herald.", "Opinions
    // expressed by Kestran Herald contributors are their own.",
    // "PEOPLE may receive compensation for some links to products and services on this website."
    name: 'source/disclaimer',
    find(ctx) {
      for (const line of furnitureOfKind(ctx, 'disclaimer')) {
        const contributors = CONTRIBUTORS_OWN.exec(line.text)?.[1];
        const authorsNot = AUTHORS_NOT_SITE.exec(line.text);
        const rest = NOT_NECESSARILY.exec(line.text)?.[1] ?? OWN_VIEWS_NOT.exec(line.text)?.[1] ?? authorsNot?.[1] ?? authorsNot?.[2] ?? AFFILIATE_SUBJECT.exec(line.text)?.[1] ?? contributors;
        const known = rest ? openingName(ctx, rest)?.outlet : undefined;
        // Whose contributors they are can only be the site's, named or not in the registry.
        const named = known ?? (contributors && siteLikeName(contributors) ? trimName(contributors) : undefined);
        if (named) return candidate('source/disclaimer', line, named, 0.6);
      }
      return null;
    },
  },
  {
    // The site's own dateline opening the article, with the place: "Jakarta, CNN Indonesia --", "TRIBUNNEWS.COM,
    // SEMARANG -", "Liputan6.com, Banyuwangi -". A wire's is read below, as its credit.
    name: 'source/outlet-dateline',
    find(ctx) {
      for (const line of openingLines(ctx)) {
        const parts = OUTLET_DATELINE.exec(line.text)?.slice(1) ?? [];
        const known = parts.map((p) => exactName(ctx, p.trim())?.outlet).find((o) => o !== undefined && o.kind !== 'wire');
        if (known) return candidate('source/outlet-dateline', line, known, 0.7);
      }
      return null;
    },
  },
  {
    // "KYIV, Feb 26 (Reuters) -": a wire story; the agency is the publisher we can name.
    name: 'source/wire-dateline',
    find(ctx) {
      for (const line of openingLines(ctx)) {
        const token = wireDatelineToken(line.text);
        const known = token ? ctx.registry.byDateline(token.trim()) : undefined;
        if (known) return candidate('source/wire-dateline', line, known, 0.65, known.kind === 'wire' ? known.name : null);
      }
      return null;
    },
  },
  {
    // A registry domain in the furniture ("reuters.com", a canonical link).
    name: 'source/domain',
    find(ctx) {
      for (const line of furniture(ctx)) {
        const known = line.text.includes('.') ? ctx.registry.domainsIn(line.text)[0]?.outlet : undefined;
        if (known && !NOT_PUBLISHER.test(line.text) && !inOutletList(ctx, line)) return candidate('source/domain', line, known, 0.55);
      }
      return null;
    },
  },
  {
    // A photo by the site's own staff or a photographer it sent: "(Jane Roe/Kestran Herald)", "Photographer: Jane
    // Roe/Kestran Herald", "Credit...Jane Roe for The Kestran Herald", "(Image: Kestran Herald/Jane Roe)". A wire's
    // photo, or one "via" an agency, runs on every site that buys it, so names no publisher.
    name: 'source/photo-credit',
    find(ctx) {
      // The headline, wherever it is printed, names what the story is about: "Kestra Medical Receives Clearance for Its Patch".
      const headlineKey = ctx.headlineIndex === null ? undefined : ctx.page.lines[ctx.headlineIndex]!.key;
      for (const line of ctx.page.lines) {
        if ((!line.text.includes('/') && !line.text.includes(' for ') && !line.text.includes(':')) || line.key === headlineKey) continue;
        if (line.kind !== 'caption' && line.prose && !/\)$/.test(line.text)) continue;
        const found = LABELLED_OWN_PHOTO.exec(line.text);
        const labelled = found?.[1] ?? found?.[2];
        const own = labelled ? exactName(ctx, labelled)?.outlet : undefined;
        if (own && own.kind !== 'wire') return candidate('source/photo-credit', line, own, 0.5);
        const [, photographer, tail] = PHOTO_CREDIT.exec(line.text) ?? [];
        // "The Kestran Herald/KestranLive" is two outlets, not a photographer and one.
        const credited = photographer && tail && !NOT_PUBLISHER.test(tail) && !/\bvia\b/i.test(line.text) && ctx.registry.namesIn(photographer).length === 0;
        const m = credited ? ctx.registry.namesIn(tail).at(-1) : undefined;
        // The credit ends in the outlet ("Jane Roe / Arquivo Kestra Herald"); "for" names it alone, since a title's
        // "… Off Kestra Point for the First Time" credits no one.
        const whole = m !== undefined && m.index + m.matched.length === tail!.length && (line.text.includes('/') || /^(?:the\s+)?$/i.test(tail!.slice(0, m.index)));
        if (m && whole && m.outlet.kind !== 'wire') return candidate('source/photo-credit', line, m.outlet, 0.5);
      }
      return null;
    },
  },
  {
    // Nothing around the article names the site, but its prose speaks of the newsroom's own requests for comment.
    // A wire's request is copied into every site that runs its story, so it names no publisher; two outlets, no one.
    name: 'source/own-request',
    find(ctx) {
      const found = ctx.page.lines
        .filter((l) => OWN_REQUEST_KEY.test(l.key))
        .flatMap((line) => line.text.split(/(?<=[.!?])\s+/).filter((s) => !RELAYED.test(s)).flatMap((s) => ownRequests(ctx, s)).map((outlet) => ({ line, outlet })));
      const [first] = found;
      return first && found.every((x) => x.outlet === first.outlet) ? candidate('source/own-request', first.line, first.outlet, 0.5) : null;
    },
  },
  {
    // The footer's word on the owner names the site first: "Kestrelwatch is part of Kestran Media Inc, ...",
    // "Kestrelwatch is published by The Kestrel Group", "Kestrelwatch is a Kestran Media publication".
    // A body that runs into the footer may hold it in its last lines.
    name: 'source/part-of',
    find(ctx) {
      const tail = ctx.region ? ctx.page.lines.slice(Math.max(ctx.region.start, ctx.region.end - 2), ctx.region.end + 1) : [];
      for (const line of [...furniture(ctx), ...tail]) {
        const name = (OWNER_PHRASE.test(line.text) ? PART_OF.exec(line.text)?.[1] : undefined) ?? BRAND_OF.exec(line.text)?.[1];
        if (name) return candidate('source/part-of', line, exactName(ctx, name)?.outlet ?? name, 0.5);
      }
      return null;
    },
  },
  {
    // A site the registry does not know, named in its own menus: "About Kestrelwatch", "Follow Kestrelwatch on"; or
    // in a promo only a site makes for itself, when a line is only that name, its logo's text: "Sign up for the News
    // Radio 840 WHAS newsletter" / "News Radio 840 WHAS" (a menu's prefix may lead to a section: "More from Sport").
    // A release's "About ClearTrace" over "About Kestra Medical" names a product: the name its logo spells wins.
    name: 'source/menu-name',
    find(ctx) {
      let first: Candidate<SourceValue> | null = null;
      for (const line of furniture(ctx)) {
        if (line.words > 16 || line.prose) continue;
        const promoted = OWN_PROMOS.map((re) => re.exec(line.text)?.[1]).find(Boolean)?.replace(/^the\s+/i, '');
        const keys = promoted && siteLikeName(promoted) && !NEWSLETTER_TITLE.test(promoted) ? new Set([foldKey(promoted), foldKey(`the ${promoted}`)]) : null;
        const logo = keys !== null && ctx.page.lines.some((l) => l !== line && keys.has(l.key));
        const rest = line.words <= 8 ? navRest(line) : null;
        const menu = rest && MENU_NAME.exec(rest)?.[0];
        const name = logo ? promoted : menu && !GENERIC_MENU_WORD.test(menu) && namedElsewhere(ctx, line, menu) ? menu : undefined;
        if (!name || authorName(ctx, name)) continue;
        const found = candidate('source/menu-name', line, name, 0.5);
        if (logo || ctx.page.lines.some((l) => l.key === foldKey(name))) return found;
        first ??= found;
      }
      return first;
    },
  },
  {
    // A credit to the site's newsroom: "By Kestrelwatch Staff", "Kestran Herald Staff Report", "Jane Roe – Staff Reporter, Kestrelwatch".
    name: 'source/staff-credit',
    find(ctx) {
      for (const line of furniture(ctx)) {
        if (!line.key.includes('staff')) continue;
        // After the writer's name too: "Jane Roe, Kestrelwatch Staff Writer".
        const credit = line.text.slice(line.text.lastIndexOf(',') + 1).trim();
        const name = (line.words <= 8 ? STAFF_CREDIT.exec(credit)?.[1] : undefined) ?? (line.words <= 12 ? STAFF_JOB_AT.exec(line.text)?.[1] : undefined);
        if (!name || NOT_A_SITE.test(name) || NOT_A_SITE.test(name.split(' ')[0]!) || !siteLikeName(name)) continue;
        const known = exactName(ctx, name)?.outlet;
        if (known || namedElsewhere(ctx, line, name)) return candidate('source/staff-credit', line, known ?? name, known ? 0.6 : 0.45);
      }
      return null;
    },
  },
  {
    // A site the registry does not know, by its own domain ("kestranbikes.example", "news@kestranbikes.example")
    // and the name that spells it ("KestranBikes", "Kestran Bikes Weekly").
    name: 'source/domain-name',
    find(ctx) {
      const labels = new Set(unknownHosts(ctx).map(hostLabel).filter((l) => l.length >= 4));
      if (labels.size === 0) return null;
      // Outside the article and its headline, which may name a company it covers.
      const lines = ctx.page.lines.filter((l) => l.words <= 8 && !l.prose && l.i !== ctx.headlineIndex && (!ctx.region || l.i < ctx.region.start || l.i > ctx.region.end));
      // The logo, a line that is only the name, before a menu item or teaser that opens with it.
      const logo = lines.find((l) => labels.has(foldName(l.text)));
      if (logo) return candidate('source/domain-name', logo, trimName(logo.text), 0.5);
      for (const line of lines) {
        // "The Kestran Bikes Blog" spells "kestranbikes" after its article; an organisation's word after the name is
        // part of it ("Kestra Dolphins Swim Club" at kestradolphinsswim.example).
        const words = line.text.replace(/^the\s+/i, '').split(' ');
        for (let k = 1; k <= Math.min(4, words.length); k++) {
          const name = words.slice(0, k).join(' ');
          if (!labels.has(foldName(name))) continue;
          const organisation = k === words.length - 1 && ORGANISATION_NAME.test(` ${words.at(-1)}`);
          return candidate('source/domain-name', line, trimName(organisation ? words.join(' ') : name), 0.5);
        }
      }
      return null;
    },
  },
  {
    // The page's own address, written out in a pingback, a print footer or a "link to this story" box: its path
    // spells the headline ("https://kestranbikes.example/2019/03/30/new-trail-opens-at-harlow-ridge/").
    name: 'source/own-address',
    find(ctx) {
      const headline = ctx.headlineIndex === null ? undefined : ctx.page.lines[ctx.headlineIndex];
      if (!headline) return null;
      const titleWords = new Set(headline.key.split(' '));
      for (const line of ctx.page.lines) {
        if (line.i === ctx.headlineIndex || !line.text.includes('://')) continue;
        for (const [, host, path] of line.text.matchAll(PAGE_URL)) {
          if (NOT_PUBLISHER.test(host!) || !spellsTitle(path!, titleWords)) continue;
          return candidate('source/own-address', line, ctx.registry.byHost(host!) ?? host!.toLowerCase().replace(/^www\./, ''), 0.45);
        }
      }
      return null;
    },
  },
  {
    // The logo over everything is the site's address, capitalised as a name: "Kestrelwatch.com". The footer's notice
    // may name its owner ("© 2020 Kestran Media Group"), which publishes more than this site.
    name: 'source/address-logo',
    find(ctx) {
      for (const line of ctx.page.lines.slice(0, MASTHEAD_LINES)) {
        const host = /^\p{Lu}\S+$/u.test(line.text) ? ADDRESS_LINE.exec(line.text)?.[1] : undefined;
        if (host && !NOT_PUBLISHER.test(host) && !SHOP_HOST.test(host)) return candidate('source/address-logo', line, ctx.registry.byHost(host) ?? line.text, 0.5);
      }
      return null;
    },
  },
  {
    // Last resort: the owner a copyright line names, though not in the registry.
    // It may be a parent company, so every rule that names the site comes first.
    name: 'source/copyright-holder',
    find(ctx) {
      for (const line of copyrightFromFoot(ctx)) {
        const notice = footerCopyright(line);
        // A bare "© Jane Roe", with no year and no rights wording, credits a photographer.
        if (!notice || !/\d{4}|copyright|rights/i.test(notice)) continue;
        const holder = copyrightHolder(notice);
        // A writer's own copyright on a newsletter or a blog names the writer, not the site; an organisation's, signing
        // its posts or answering comments ("Posted by Foxhollow Brewing" / "© 2019 Foxhollow Brewing Co."), the site.
        if (!holder || (authorName(ctx, holder) && !organisationNamed(notice, holder))) continue;
        // The owner is often the outlet's company ("Kestran Herald Media Group"): name the outlet it opens with,
        // when nothing but company words follow ("Gazzetta di Kestra" is not the registry's "Gazzetta").
        const opening = ctx.registry.nameOpening(holder);
        const rest = opening ? holder.slice(opening.matched.length).trim() : '';
        const known = opening && (rest === '' || COMPANY_REST.test(rest)) ? opening.outlet : undefined;
        return candidate('source/copyright-holder', line, known ?? logoOfCompany(ctx, holder) ?? holder.replace(COMPANY_WORD, '').trim(), 0.5);
      }
      return null;
    },
  },
  {
    // A footer's owner line without a copyright mark, below the article: "Kestran Bikes · 2013–2019".
    name: 'source/years-footer',
    find(ctx) {
      for (const line of ctx.page.lines.slice(ctx.region ? ctx.region.end + 1 : 0).reverse()) {
        const name = line.words <= 14 && /(?:19|20)\d\d ?(?:19|20)\d\d/.test(line.key) ? YEARS_FOOTER.exec(line.text)?.[1] : undefined;
        if (name && siteLikeName(name)) return candidate('source/years-footer', line, exactName(ctx, name)?.outlet ?? name, 0.4);
      }
      return null;
    },
  },
  {
    // A company's address block, repeated for each of its offices: "Kestrelwatch GmbH" / street / town.
    name: 'source/company-line',
    find(ctx) {
      for (const line of furniture(ctx)) {
        const name = line.words <= 8 && LEGAL_FORM_END.test(line.text.slice(line.text.lastIndexOf(' ') + 1)) && (ctx.page.repeats.get(line.key) ?? 0) >= 2 ? COMPANY_LINE.exec(line.text)?.[1] : undefined;
        if (name && !NOT_PUBLISHER.test(name)) return candidate('source/company-line', line, name, 0.4);
      }
      return null;
    },
  },
  {
    // Nothing else names the site but a line that is only its address: "www.kestrelwatch.example".
    name: 'source/address-line',
    find(ctx) {
      for (const line of furniture(ctx)) {
        const host = line.words <= 4 && line.text.includes('.') ? ADDRESS_LINE.exec(line.text)?.[1] : undefined;
        if (host && !NOT_PUBLISHER.test(host) && !SHOP_HOST.test(host)) return candidate('source/address-line', line, host.toLowerCase(), 0.4);
      }
      return null;
    },
  },
  {
    // A blog's or small site's title at the top of the page, above the post's title, with its tagline under it or
    // named again further down: "Two Acres and a Smoker" / "Backyard beekeeping in the Hocking Hills".
    name: 'source/masthead-name',
    find(ctx) {
      const h = ctx.headlineIndex;
      if (h === null) return null;
      let from = 0;
      // Over a platform's bar, or a cookie banner and its buttons.
      while (from < h && (PLATFORM_BAR.test(ctx.page.lines[from]!.text) || ctx.page.lines[from]!.kind === 'cookie' || CONSENT_BUTTON.test(ctx.page.lines[from]!.text))) from++;
      const top = ctx.page.lines.slice(from, Math.min(h, from + MASTHEAD_LINES)).find((l) => l.kind === 'text' && !SKIP_LINK.test(l.text));
      if (!top) return null;
      // The name before what it adds after a bar: "Iron Herons | FRC Team 8417".
      const name = top.text.split(/\s+[|–—]\s+/)[0]!;
      const words = name.split(/\s+/).length;
      // One word, or the line right over the title, is as often a section's label ("Health", "Energy and Climate").
      if (words < 2 || words > 6 || top.i === h - 1 || top.prose || !MASTHEAD_NAME.test(name) || GENERIC_MENU_WORD.test(name) || NOT_PUBLISHER.test(top.text)) return null;
      // A name over a relative time is a writer's byline ("Dana Roe" / "3 hrs ago"); a masthead shows the day.
      const under = ctx.page.lines[top.i + 1];
      if (under?.kind === 'timestamp' && RELATIVE_TIME_END.test(under.text)) return null;
      // Under its tagline ("Backyard beekeeping in the Hocking Hills", or a blog's short sentences: "Three kids, one
      // minivan. Notes from a loud house."), not right over the title, where a sentence is the title's own; or named
      // again on the page.
      const tagline = ctx.page.lines[top.i + 1];
      const described = tagline !== undefined && tagline.i < h - 1 && tagline.kind === 'text' && tagline.words >= 4 && (!tagline.prose || tagline.words <= 20);
      return described || namedElsewhere(ctx, top, name, furniture(ctx)) ? candidate('source/masthead-name', top, exactName(ctx, name)?.outlet ?? name, 0.4) : null;
    },
  },
  {
    // A small site that signs its posts with its own name, under the title and over the date: "KestrelWatch" /
    // "October 6, 2018", or "By KestrelWatch". Only the title's own byline counts: commenters' handles stand over
    // their dates too, further down.
    name: 'source/house-byline',
    find(ctx) {
      const h = ctx.headlineIndex;
      if (h === null) return null;
      const { lines } = ctx.page;
      // A signature with its date on the line is read as the date ("Posted by Kestrel Team · 3 weeks ago").
      const signedAndDated = (l: PageLine) => l.kind === 'timestamp' && POSTED_BY.test(l.text);
      const byline = lines.slice(h + 1, h + 4).find((l) => l.kind === 'byline' || signedAndDated(l) || (l.words === 1 && lines[l.i + 1]?.kind === 'timestamp'));
      const signed = byline && (signedAndDated(byline) ? byline.text.replace(POSTED_BY, '') : afterBylineLabel(byline.text));
      const name = signed && (HOUSE_NAME.test(signed) ? signed : TEAM_BYLINE.exec(signed)?.[1]);
      return byline && name && !NOT_PUBLISHER.test(name) ? candidate('source/house-byline', byline, exactName(ctx, name)?.outlet ?? name, 0.4) : null;
    },
  },
  {
    // Nothing on the page names the site, but its prose says who was told: "the mayor told the Kestran Herald".
    // The site must be told clearly more often than any other outlet; wires' interviews run everywhere.
    name: 'source/interviewed',
    find(ctx) {
      const found = ctx.page.lines
        .filter((l) => INTERVIEW_KEY.test(l.key))
        .flatMap((line) => interviewers(ctx, line.text).map((outlet) => ({ line, outlet })));
      const counts = new Map<Outlet, number>();
      for (const { outlet } of found) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
      const [top] = [...counts].sort((a, b) => b[1] - a[1]);
      const first = top && found.find((x) => x.outlet === top[0]);
      return first && top[1] > 2 * (found.length - top[1]) ? candidate('source/interviewed', first.line, first.outlet, 0.35) : null;
    },
  },
];

/** The wire agency named in the dateline or a byline, whoever the publisher is. */
export function findCredit(ctx: SourceContext): string | null {
  for (const rule of SOURCE_RULES) {
    if (rule.name !== 'source/byline' && rule.name !== 'source/wire-dateline') continue;
    const found = rule.find(ctx);
    if (found?.value.credit) return found.value.credit;
  }
  return null;
}

export function findSource(ctx: SourceContext): Candidate<SourceValue> | null {
  for (const rule of SOURCE_RULES) {
    const found = rule.find(ctx);
    if (found) return found;
  }
  return null;
}
