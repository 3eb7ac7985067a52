/**
 * The catalogue of hostile and broken input (issue "Hostile and broken
 * input"). Each case is one file (or link) in an articles folder and what
 * must become of it: published safely, or rejected/skipped with a reason,
 * or folded as a duplicate. tests/hostile/hostile.test.ts builds the whole
 * catalogue as one archive and checks every case and the site-wide
 * properties; tests/hostile/fuzz.test.ts mutates these inputs.
 *
 * All text is fictional (the Kestrania/Valdoria world of the sample archive).
 */
import iconv from 'iconv-lite';

export type Expect = 'published' | 'rejected' | 'skipped' | 'duplicate';

export interface HostileCase {
  name: string;
  /** Path under the articles folder, `/`-separated. */
  file: string;
  /** File content (ignored for links). */
  bytes: Uint8Array;
  /** Make a symbolic link to this target instead of a file. */
  symlinkTo?: string;
  expect: Expect;
  /** Rules that must be among the file's reported problems. */
  rules?: string[];
  /** Rule -> the 1-based line its problem must point at. */
  lines?: Record<string, number>;
  /** The report entry that accounts for this file, when it is not the file itself (a skipped folder). */
  reportedAs?: string;
  /** For duplicates: the file whose page stands for this one. */
  duplicateOf?: string;
  /** Texts that must be in the visible text of the article page (tags stripped, entities decoded). */
  textIncludes?: string[];
  /** Texts that must not be in the visible text of the article page. */
  textExcludes?: string[];
  /** Fields the report must give for the file. */
  report?: { headline?: string; date?: string | null; source?: string | null };
}

/** The size limit the catalogue is built with (bytes). */
export const MAX_BYTES = 1_500_000;

/** Files a hostile `---js` block would create if it ran (under os.tmpdir()). */
export const PWNED_MARKERS = ['dateline-hostile-pwned-js', 'dateline-hostile-pwned-javascript'];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Array<Uint8Array | number[]>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Deterministic bytes (mulberry32), so the catalogue is the same on every run. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

const SENTENCES = [
  'Officials in Dunmere said the water level on the River Lenn had fallen by almost a metre since Tuesday.',
  'The district council opened two schools as shelters and asked residents of low streets to stay with relatives.',
  'Engineers from the Varn Gorge project said the dam had released water on schedule throughout the week.',
  'Farmers near Holt Ferry said the late harvest would be smaller than last year because fields stayed wet.',
  'A spokesperson for the transport ministry said barges would resume their normal timetable within days.',
  'Negotiators from both capitals are due to meet again in Lisk before the end of the month, diplomats said.',
  'The port authority in Port Essel said cargo volumes were close to their usual level for the season.',
  'Local traders said prices for flour and fuel had risen sharply since the crossing was closed.',
];

/** A plain article in the shape the parser expects: outlet, headline, byline, date, prose. */
export function articleText(o: { headline: string; date?: string; outlet?: string; marker: string; paragraphs?: string[]; eol?: string }): string {
  const paras = o.paragraphs ?? [0, 1, 2].map((k) => `${SENTENCES[k % SENTENCES.length]} ${SENTENCES[(k + 3) % SENTENCES.length]} The case reference is ${o.marker}.`);
  const lines = [o.outlet ?? 'Kestran Herald', o.headline, 'By Ana Voss', o.date ?? 'March 3, 2023', '', ...paras.flatMap((p) => [p, ''])];
  return lines.join(o.eol ?? '\n');
}

const plain = (name: string, headline: string, extra: Partial<Parameters<typeof articleText>[0]> = {}) => utf8(articleText({ headline, marker: name, ...extra }));

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return concat([0xff, 0xfe], le);
  const be = Buffer.from(le);
  be.swap16();
  return concat([0xfe, 0xff], be);
}

const russian = (marker: string) => articleText({
  outlet: 'Вестник Кестрании',
  headline: `Переговоры по реке Ленн в Лиске снова зашли в тупик (${marker})`,
  date: '3 марта 2023',
  marker,
  paragraphs: [
    `Делегации Валдории и Кестрании покинули переговоры в Лиске в пятницу, так и не договорившись о летнем стоке реки, сообщили дипломаты (${marker}).`,
    'Министр иностранных дел Кестрании заявил, что его страна готова вернуться за стол переговоров до конца месяца.',
    'Жители Данмира говорят, что уровень воды в реке этим летом может стать самым низким за последние десять лет.',
  ],
});

const FRENCH = articleText({
  outlet: 'Le Courrier du Lenn',
  headline: 'À Port Essel, les dockers réclament « des garanties »',
  date: '3 mars 2023',
  marker: 'cp1252',
  paragraphs: [
    'Les dockers de Port Essel ont cessé le travail mercredi, l’accord sur le transit des barges n’ayant pas été signé, a déclaré leur syndicat.',
    '« Nous voulons des garanties écrites », a déclaré le délégué, qui estime la perte à 40 000 € par jour pour le port.',
    'Le ministère des Transports a indiqué qu’une réunion était prévue à Lisk la semaine prochaine – sans préciser la date.',
  ],
});

const DUPLICATED = plain('duplicate', 'Lenn ferry service resumes after three-week closure', { date: 'April 2, 2023' });
const SCRIPT_BODY = [
  'Before <script>alert("body")</script> after, and <img src=x onerror=alert(1)> inline, said the council.',
  'A frame <iframe src="https://evil.example/"></iframe> and <svg onload=alert(1)><circle r="1"/></svg> and <style>body{display:none}</style> were pasted from the page.',
  '<div onmouseover="alert(1)">hover</div> <a href="javascript:alert(1)">a link</a> <object data="x.swf"></object> <embed src="x.swf"> <form action="javascript:alert(1)"><input></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"> <base href="https://evil.example/"> <link rel="stylesheet" href="https://evil.example/x.css">',
];
const LINK_BODY = [
  'Links in the copied page: [click me](javascript:alert(1)), [loud](JAVASCRIPT:alert(1)), [spaced]( javascript:alert(1) ) and [entity](&#106;avascript:alert(1)).',
  'More: [page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==), ![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+), [vb](vbscript:msgbox(1)) and <javascript:alert(1)>.',
  'A reference [link][evil] here, then a plain one to [the council](https://council.example/lenn) for the record.',
  '[evil]: javascript:alert(1)',
];

/** Headline of every published article that must not be folded or renamed. */
function pathological(name: string, headline: string, body: string): HostileCase {
  return { name, file: `patho-${name}.txt`, bytes: utf8(`Kestran Herald\n${headline}\nBy Ana Voss\nMarch 3, 2023\n\n${body}\n`), expect: 'published' };
}

export const CASES: HostileCase[] = [
  // --- Nothing executes ---------------------------------------------------
  {
    name: 'front-matter in js is refused',
    file: 'exec/fm-js.txt',
    bytes: utf8(`---js\n{ headline: (function () { require('fs').writeFileSync(require('os').tmpdir() + '/${PWNED_MARKERS[0]}', 'ran'); return 'PWNED BY JS'; })() }\n---\n${articleText({ headline: 'Valdoria protests over Lenn barge inspections', marker: 'fm-js' })}`),
    expect: 'published',
    rules: ['frontmatter/engine'],
    lines: { 'frontmatter/engine': 1 },
    textExcludes: ['PWNED BY JS'],
  },
  {
    name: 'front-matter in javascript is refused',
    file: 'exec/fm-javascript.txt',
    bytes: utf8(`---javascript\nmodule.exports = { headline: (function () { require('fs').writeFileSync(require('os').tmpdir() + '/${PWNED_MARKERS[1]}', 'ran'); return 'PWNED BY JAVASCRIPT'; })() }\n---\n${articleText({ headline: 'Kestrania extends border checks at Holt Ferry', marker: 'fm-javascript' })}`),
    expect: 'published',
    rules: ['frontmatter/engine'],
    textExcludes: ['PWNED BY JAVASCRIPT'],
  },
  {
    name: 'front-matter engine with spaces is refused',
    file: 'exec/fm-js-spaced.txt',
    bytes: utf8(`--- JS \n{ headline: 'PWNED SPACED' }\n---\n${articleText({ headline: 'Dunmere opens new flood wall on the river front', marker: 'fm-js-spaced' })}`),
    expect: 'published',
    rules: ['frontmatter/engine'],
    textExcludes: ['PWNED SPACED'],
  },
  {
    name: 'YAML js tags are not evaluated',
    file: 'exec/yaml-js-function.txt',
    bytes: utf8(`---\nheadline: !!js/function "function () { return 'PWNED BY TAG' }"\n---\n${articleText({ headline: 'Grain prices in Velmora rise for a third week', marker: 'yaml-js-tag' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-yaml'],
    lines: { 'frontmatter/invalid-yaml': 2 },
    textExcludes: ['PWNED BY TAG'],
  },
  {
    name: 'YAML __proto__ keys pollute nothing',
    file: 'exec/yaml-proto.txt',
    bytes: utf8(`---\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nheadline: Lisk summit postponed by a week\n---\n${articleText({ headline: 'Lisk summit postponed', marker: 'yaml-proto' })}`),
    expect: 'published',
    rules: ['frontmatter/unknown-key'],
    report: { headline: 'Lisk summit postponed by a week' },
  },
  {
    name: 'template syntax shows literally',
    file: 'exec/template-tags.txt',
    bytes: utf8(
      articleText({
        headline: 'Council budget {{ 7*7 }} vote delayed',
        marker: 'template-tags',
        paragraphs: [
          'The clerk read out {{ 7*7 }} and {% if false %}HIDDEN-BRANCH{% endif %} from the agenda, which confused the members present.',
          'Other markers on the page were ${7*7} and <%= 7*7 %> and {{#each items}}EACH{{/each}} and {%- include "/etc/hostname" -%}.',
          'The vote on the river budget will now take place next week, a spokesperson for the council in Dunmere said.',
        ],
      }),
    ),
    expect: 'published',
    textIncludes: ['{{ 7*7 }}', '{% if false %}HIDDEN-BRANCH{% endif %}', '${7*7}', '<%= 7*7 %>', '{%- include "/etc/hostname" -%}'],
    textExcludes: ['49'],
  },
  {
    name: 'Eleventy keys in front-matter have no effect',
    file: 'exec/eleventy-keys.txt',
    bytes: utf8(
      `---\nheadline: Barge traffic on the Lenn returns to normal\npermalink: ../../../outside-the-site/escaped.html\nlayout: ../../../../etc/hostname\neleventyComputed:\n  headline: COMPUTED HEADLINE\npagination:\n  data: collections.all\n  size: 1\neleventyExcludeFromCollections: true\n---\n${articleText({ headline: 'Barge traffic returns', marker: 'eleventy-keys' })}`,
    ),
    expect: 'published',
    rules: ['frontmatter/unknown-key'],
    lines: { 'frontmatter/unknown-key': 3 },
    report: { headline: 'Barge traffic on the Lenn returns to normal' },
    textExcludes: ['COMPUTED HEADLINE'],
  },
  {
    name: 'permalink to the home page has no effect',
    file: 'exec/permalink-index.txt',
    bytes: utf8(`---\npermalink: /index.html\nlayout: 404.11ty.ts\n---\n${articleText({ headline: 'Fishermen report record eel catch below the dam', marker: 'permalink-index' })}`),
    expect: 'published',
    rules: ['frontmatter/unknown-key'],
  },

  // --- Nothing escapes: reserved names, odd file names, links -------------
  ...['index', '404', 'feed', 'sitemap', 'search', 'review', 'sources'].map(
    (base, k): HostileCase => ({
      name: `article saved as ${base}.txt gets its own page`,
      file: `${base}.txt`,
      bytes: k % 2 === 0 ? plain(`reserved-${base}`, `Reserved name ${base} story on the Lenn ferry`) : plain(`reserved-${base}`, `Reserved name ${base} story on the Lenn ferry`, { date: 'sometime last spring' }),
      expect: 'published',
    }),
  ),
  { name: 'file name with spaces', file: 'with  many   spaces .txt', bytes: plain('spaces', 'Holt Ferry school reopens after repairs'), expect: 'published' },
  { name: 'file name in Unicode (NFC)', file: 'Новости — 日本語 ✓ café.txt', bytes: plain('unicode-nfc', 'Kestra orchestra tours Valdoria for the first time'), expect: 'published' },
  { name: 'file name in Unicode (NFD)', file: 'cafe\u0301 decomposed.txt', bytes: plain('unicode-nfd', 'Essel Rovers sign keeper from Velmora'), expect: 'published' },
  { name: 'file name with leading dashes', file: '-rf --help.txt', bytes: plain('dashes', 'Ministry denies plan to close Lisk consulate'), expect: 'published' },
  { name: 'file name of two dashes', file: '--.txt', bytes: plain('two-dashes', 'Velmora tram strike ends after pay deal'), expect: 'published' },
  { name: 'file name over 200 characters', file: `long-${'river-lenn-'.repeat(22)}end.txt`, bytes: plain('long-name', 'Report urges faster repairs to river locks'), expect: 'published' },
  { name: 'file name with URL characters', file: 'what?#and%2F..%2Fup &amp;.txt', bytes: plain('url-chars', 'Port Essel crane operators vote on new rota'), expect: 'published' },
  { name: 'file name with tab and newline', file: 'tab\tand\nnewline.txt', bytes: plain('control-name', 'Storm warning issued for the Lenn estuary'), expect: 'published' },
  { name: 'file name that is markup', file: '"><svg onload=alert(1)>.txt', bytes: plain('markup-name', 'Dunmere market hall reopens to traders'), expect: 'published' },
  { name: 'nested folders', file: 'nested/deeper/still/deepest/article.txt', bytes: plain('nested', 'Deep folder story about the Varn reservoir'), expect: 'published', report: { source: 'Nested' } },
  { name: 'folder name that is markup', file: '"><img src=x onerror=alert(1)>/story.txt', bytes: plain('markup-folder', 'Valdorian rail link to Lisk opens in spring'), expect: 'published' },
  { name: 'hidden file is skipped', file: '.draft-barge.txt', bytes: plain('hidden', 'Hidden draft that must not be published'), expect: 'skipped', rules: ['input/hidden'] },
  { name: 'file in a hidden folder is reported with its folder', file: '.git/objects/pack/notes.txt', bytes: plain('git-notes', 'Version control notes that are not an article'), expect: 'skipped', reportedAs: '.git/', rules: ['input/hidden-folder'] },
  { name: 'file in node_modules is reported with its folder', file: 'node_modules/left-pad/README.txt', bytes: plain('node-modules', 'Package readme that is not an article'), expect: 'skipped', reportedAs: 'node_modules/', rules: ['input/hidden-folder'] },
  { name: 'link to a system file is not followed', file: 'linked-passwd.txt', bytes: new Uint8Array(), symlinkTo: '/etc/passwd', expect: 'skipped', rules: ['input/not-a-file'] },
  { name: 'link to a folder is not followed', file: 'linked-etc', bytes: new Uint8Array(), symlinkTo: '/etc', expect: 'skipped', rules: ['input/not-a-file'] },
  { name: 'link to an article in the folder is not followed', file: 'linked-article.txt', bytes: new Uint8Array(), symlinkTo: 'with  many   spaces .txt', expect: 'skipped', rules: ['input/not-a-file'] },
  { name: 'broken outlet registry is reported', file: 'outlets.json', bytes: utf8('{"version": 1, "outlets": [ {"name": "Half written'), expect: 'skipped', rules: ['input/outlet-registry'] },

  // --- No script in the output -------------------------------------------
  {
    name: 'markup in the body shows as text',
    file: 'markup/script-body.txt',
    bytes: utf8(articleText({ headline: 'Council publishes the flood inquiry report', marker: 'script-body', paragraphs: SCRIPT_BODY })),
    expect: 'published',
    textIncludes: ['<script>alert("body")</script>', '<img src=x onerror=alert(1)>', '<iframe src="https://evil.example/">', '<svg onload=alert(1)>', '<style>body{display:none}</style>', '<a href="javascript:alert(1)">'],
  },
  {
    name: 'markup in the headline is escaped everywhere',
    file: 'markup-headline.txt',
    bytes: utf8(
      articleText({
        headline: '<script>alert("headline")</script> Barge <b>seized</b> & "held" <img src=x onerror=alert(3)>',
        marker: 'script-headline',
        date: 'March 4, 2023',
      }),
    ),
    expect: 'published',
    textIncludes: ['<script>alert("headline")</script>'],
  },
  {
    name: 'markup in front-matter fields is escaped',
    file: 'markup-frontmatter.txt',
    bytes: utf8(
      `---\nheadline: '<svg onload=alert(4)> Dam <i>inquiry</i> opens'\nsource: '<script>alert(5)</script> Gazette'\nauthor: '<img src=x onerror=alert(6)>'\ndate: 2023-03-05\nurl: 'javascript:alert(7)'\ntags: ['<b>tag</b>']\n---\n${articleText({ headline: 'Dam inquiry opens', marker: 'script-frontmatter' })}`,
    ),
    expect: 'published',
    rules: ['frontmatter/invalid-value'],
    lines: { 'frontmatter/invalid-value': 6 },
    report: { headline: '<svg onload=alert(4)> Dam <i>inquiry</i> opens', source: '<script>alert(5)</script> Gazette', date: '2023-03-05' },
    textIncludes: ['<svg onload=alert(4)> Dam <i>inquiry</i> opens', '<script>alert(5)</script> Gazette'],
  },
  {
    name: 'javascript: and data: links are not links',
    file: 'markup/links.txt',
    bytes: utf8(articleText({ headline: 'Inquiry site lists links to evidence files', marker: 'links', paragraphs: LINK_BODY })),
    expect: 'published',
  },

  // --- Encodings ------------------------------------------------------------
  { name: 'UTF-8 with BOM', file: 'enc/utf8-bom.txt', bytes: concat([0xef, 0xbb, 0xbf], plain('utf8-bom', 'Café owners in Kestra welcome the accord')), expect: 'published', textIncludes: ['Café owners in Kestra welcome the accord'], textExcludes: ['\uFEFF'] },
  { name: 'UTF-16 LE with BOM', file: 'enc/utf16le.txt', bytes: utf16(russian('utf16le'), 'le'), expect: 'published', textIncludes: ['Делегации Валдории и Кестрании покинули переговоры'] },
  { name: 'UTF-16 BE with BOM', file: 'enc/utf16be.txt', bytes: utf16(russian('utf16be'), 'be'), expect: 'published', textIncludes: ['Делегации Валдории и Кестрании покинули переговоры'] },
  { name: 'Windows-1251', file: 'enc/cp1251.txt', bytes: iconv.encode(russian('cp1251'), 'win1251'), expect: 'published', rules: ['decode/legacy-encoding'], textIncludes: ['Делегации Валдории и Кестрании покинули переговоры'] },
  {
    name: 'Windows-1252',
    file: 'enc/cp1252.txt',
    bytes: iconv.encode(FRENCH, 'win1252'),
    expect: 'published',
    rules: ['decode/legacy-encoding'],
    textIncludes: ['l’accord sur le transit', '« Nous voulons des garanties écrites »', '40 000 €', 'prochaine – sans'],
  },
  {
    name: 'invalid UTF-8 bytes are replaced and reported',
    file: 'enc/invalid-utf8.txt',
    bytes: concat(utf8(articleText({ headline: 'Ferry timetable changes from Monday in Dunmere', marker: 'invalid-utf8', paragraphs: [`${SENTENCES[0]} Broken byte here:`] })), [0xc3, 0x28, 0x20, 0xff, 0x0a], utf8(`${SENTENCES[1]} Café prices rose – sharply, the mayor’s office said.\n`)),
    expect: 'published',
    rules: ['decode/invalid-utf8'],
    lines: { 'decode/invalid-utf8': 7 },
    textIncludes: ['Café prices rose – sharply, the mayor’s office said.'],
  },
  { name: 'CRLF line ends', file: 'enc/crlf.txt', bytes: plain('crlf', 'Lisk bridge closed for repairs until May', { eol: '\r\n' }), expect: 'published', report: { date: '2023-03-03' }, textExcludes: ['\r'] },
  { name: 'CR-only line ends', file: 'enc/cr.txt', bytes: plain('cr', 'Velmora airport adds flights to Kestra', { eol: '\r' }), expect: 'published', report: { date: '2023-03-03' }, textExcludes: ['\r'] },
  {
    name: 'a few NUL bytes are removed and reported',
    file: 'enc/nul-few.txt',
    bytes: utf8(articleText({ headline: 'Dunmere library reopens after flood clean-up', marker: 'nul\0few', paragraphs: [`${SENTENCES[2]}\0 ${SENTENCES[3]}`, SENTENCES[4]!] })),
    expect: 'published',
    rules: ['decode/nul-bytes'],
    textExcludes: ['\0'],
  },
  { name: 'mostly NUL bytes is binary', file: 'enc/nul-many.txt', bytes: concat(utf8('Kestran Herald\nHeadline\n'), new Uint8Array(400)), expect: 'rejected', rules: ['decode/binary'] },
  {
    name: 'zero-width and bidi controls are removed and reported',
    file: 'enc/bidi.txt',
    bytes: utf8(articleText({ headline: 'Border \u202Eegnahc\u202C talks\u200B resume in Lisk', marker: 'bidi', paragraphs: [`${SENTENCES[5]} Zero\u200Bwidth\u200Djoined and \u2066isolated\u2069 text.`, SENTENCES[6]!] })),
    expect: 'published',
    rules: ['decode/bidi-controls'],
    lines: { 'decode/bidi-controls': 2 },
    textIncludes: ['Zerowidthjoined and isolated text.'],
    textExcludes: ['\u202E', '\u202C', '\u200B', '\u200D', '\u2066', '\u2069'],
  },

  // --- Bad files ------------------------------------------------------------
  { name: 'empty file', file: 'bad/empty.txt', bytes: new Uint8Array(), expect: 'rejected', rules: ['decode/empty'] },
  { name: 'whitespace-only file', file: 'bad/whitespace.txt', bytes: utf8('  \n\t\n   \r\n\u00A0\u200B\n'), expect: 'rejected', rules: ['decode/blank'] },
  { name: 'random binary with .txt extension', file: 'bad/random.txt', bytes: pseudoRandomBytes(4096, 7), expect: 'rejected' },
  { name: 'PNG image named .txt', file: 'bad/photo.txt', bytes: concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pseudoRandomBytes(512, 1)), expect: 'rejected', rules: ['decode/binary'] },
  { name: 'JPEG image', file: 'bad/photo.jpg', bytes: concat([0xff, 0xd8, 0xff, 0xe0], pseudoRandomBytes(512, 2)), expect: 'rejected', rules: ['decode/binary'] },
  { name: 'GIF image', file: 'bad/anim.gif', bytes: concat(utf8('GIF89a'), pseudoRandomBytes(256, 3)), expect: 'rejected', rules: ['decode/binary'] },
  { name: 'PDF document', file: 'bad/report.pdf.txt', bytes: concat(utf8('%PDF-1.7\n'), pseudoRandomBytes(512, 4)), expect: 'rejected', rules: ['decode/binary'] },
  { name: 'DOCX (zip) document', file: 'bad/article.docx', bytes: concat([0x50, 0x4b, 0x03, 0x04], pseudoRandomBytes(512, 5)), expect: 'rejected', rules: ['decode/binary'] },
  { name: 'executable', file: 'bad/tool', bytes: concat([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01], new Uint8Array(64), pseudoRandomBytes(256, 6)), expect: 'rejected', rules: ['decode/binary'] },
  {
    name: 'file over the size limit',
    file: 'bad/too-large.txt',
    bytes: utf8(articleText({ headline: 'Oversized dump of the whole council minutes', marker: 'too-large', paragraphs: Array.from({ length: Math.ceil(MAX_BYTES / 100) + 10 }, (_, k) => `${SENTENCES[k % SENTENCES.length]}`) })),
    expect: 'rejected',
    rules: ['input/too-large'],
  },
  {
    name: 'invalid YAML is reported with its line',
    file: 'yaml/invalid.txt',
    bytes: utf8(`---\nsource: Valdoria Gazette\nheadline: Water board\n  approves: plan\ndate: 2023-03-01\n---\n${articleText({ headline: 'Water board approves summer release plan', marker: 'yaml-invalid' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-yaml'],
    lines: { 'frontmatter/invalid-yaml': 4 },
    report: { headline: 'Water board approves summer release plan', date: '2023-03-03', source: 'Yaml' },
  },
  {
    name: 'duplicated YAML key is reported with its line',
    file: 'yaml/duplicate-key.txt',
    bytes: utf8(`---\nsource: Valdoria Gazette\nsource: Kestran Herald\n---\n${articleText({ headline: 'Kestra ring road opens a year late', marker: 'yaml-duplicate-key' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-yaml'],
    lines: { 'frontmatter/invalid-yaml': 3 },
  },
  {
    name: 'unclosed quote in YAML points inside the block',
    file: 'yaml/unclosed.txt',
    bytes: utf8(`---\nsource: Kestran Herald\nheadline: "Unclosed quote\ndate: [2023-03-01\n---\n${articleText({ headline: 'Velmora bakers protest flour tariff', marker: 'yaml-unclosed' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-yaml'],
    report: { date: '2023-03-03' },
  },
  {
    name: 'date that is not a date',
    file: 'yaml/not-a-date.txt',
    bytes: utf8(`---\nsource: Kestran Herald\ndate: not-a-date\n---\n${articleText({ headline: 'Essel dockers vote to end overtime ban', marker: 'not-a-date' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-value'],
    lines: { 'frontmatter/invalid-value': 3 },
    report: { date: '2023-03-03' },
  },
  {
    name: 'list where text is expected',
    file: 'yaml/list-headline.txt',
    bytes: utf8(`---\nheadline:\n  - First part\n  - Second part\n---\n${articleText({ headline: 'Kestra zoo welcomes two lynx cubs', marker: 'list-headline' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-value'],
    lines: { 'frontmatter/invalid-value': 2 },
    textExcludes: ['First part'],
  },
  {
    name: 'impossible date',
    file: 'yaml/impossible-date.txt',
    bytes: utf8(`---\nsource: Kestran Herald\ndate: 2023-02-30\n---\n${articleText({ headline: 'Lenn lock keepers mark centenary', marker: 'impossible-date' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-value'],
    lines: { 'frontmatter/invalid-value': 3 },
    report: { date: '2023-03-03' },
  },
  {
    name: 'date with a six-digit year',
    file: 'yaml/extended-year.txt',
    bytes: utf8(`---\nsource: Kestran Herald\ndate: "+275760-09-13"\n---\n${articleText({ headline: 'Archive clerk finds misdated council papers', marker: 'extended-year' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-value'],
    lines: { 'frontmatter/invalid-value': 3 },
    report: { date: '2023-03-03' },
  },
  {
    name: 'tags given as a map',
    file: 'yaml/tags-map.txt',
    bytes: utf8(`---\ntags:\n  river: yes\n  dam: { nested: true }\n---\n${articleText({ headline: 'Volunteers plant trees along the Lenn embankment', marker: 'tags-map' })}`),
    expect: 'published',
    rules: ['frontmatter/invalid-value'],
    lines: { 'frontmatter/invalid-value': 2 },
  },
  {
    name: 'YAML alias bomb',
    file: 'yaml/alias-bomb.txt',
    bytes: utf8(
      `---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntags: *f\n---\n${articleText({ headline: 'Kestra council tests new flood sirens', marker: 'alias-bomb' })}`,
    ),
    expect: 'published',
    rules: ['frontmatter/unknown-key'],
  },

  // --- Duplicates -------------------------------------------------------------
  { name: 'same content twice: the first has the page', file: 'ferry (copy).txt', bytes: DUPLICATED, expect: 'published' },
  { name: 'same content twice: the second is a duplicate', file: 'ferry.txt', bytes: DUPLICATED, expect: 'duplicate', duplicateOf: 'ferry (copy).txt', rules: ['archive/duplicate'] },
  { name: 'same content with CRLF is a duplicate', file: 'ferry-crlf.txt', bytes: utf8(new TextDecoder().decode(DUPLICATED).replaceAll('\n', '\r\n')), expect: 'duplicate', duplicateOf: 'ferry (copy).txt' },
  {
    name: 'same headline and date, different article (a)',
    file: 'same-headline-a.txt',
    bytes: plain('same-a', 'River levels fall across the Lenn valley', { date: 'May 9, 2023' }),
    expect: 'published',
    report: { headline: 'River levels fall across the Lenn valley', date: '2023-05-09' },
  },
  {
    name: 'same headline and date, different article (b)',
    file: 'same-headline-b.txt',
    bytes: plain('same-b', 'River levels fall across the Lenn valley', { date: 'May 9, 2023' }),
    expect: 'published',
    report: { headline: 'River levels fall across the Lenn valley', date: '2023-05-09' },
  },

  // --- Pathological text --------------------------------------------------------
  pathological('one-line', 'Minutes of the marathon session in one line', 'the council debated the river budget '.repeat(30_000)),
  pathological('ten-thousand-paragraphs', 'Ten thousand paragraphs of council minutes', Array.from({ length: 10_000 }, (_, k) => `Paragraph ${k}: ${SENTENCES[k % SENTENCES.length]}`).join('\n\n')),
  pathological('spaces', 'Page padded with a long run of spaces', `Before the gap ${' '.repeat(300_000)} after the gap the council met.`),
  pathological('digits', 'Page with a long run of digits', `${SENTENCES[0]} Reference ${'7'.repeat(300_000)} ends here.`),
  pathological('dashes', 'Page with a long run of dashes', `${SENTENCES[1]}\n\n${'-'.repeat(300_000)}\n\n${SENTENCES[2]}`),
  pathological('dash-lines', 'Page with three thousand rule lines', `${SENTENCES[3]}\n\n${'---\n'.repeat(3_000)}\n${SENTENCES[4]}`),
  pathological('tokens', 'Page repeating a date token', `${SENTENCES[5]}\n\n${'March 3, 2023 12:00 GMT '.repeat(10_000)}\n\n${SENTENCES[6]}`),
  pathological('short-lines', 'Page of five thousand short lines', `${SENTENCES[7]}\n\n${'a\n'.repeat(5_000)}`),
];
