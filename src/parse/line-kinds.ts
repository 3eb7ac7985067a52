/**
 * What a line of page furniture looks like, as one ordered table (first
 * match wins). Each rule is small and named for the furniture it spots; the
 * body, headline and date finders read the kinds instead of re-testing text.
 */
import type { PageLine } from './page.ts';
import { UNSPACED_SCRIPT } from '../util/scripts.ts';

export type LineKind =
  | 'text'
  | 'ad'
  | 'share'
  | 'cookie'
  | 'subscribe'
  | 'related'
  | 'comments'
  | 'thread'
  | 'comments-head'
  | 'copyright'
  | 'credit'
  | 'caption'
  | 'byline'
  | 'timestamp'
  | 'disclaimer';

interface LineKindRule {
  kind: Exclude<LineKind, 'text'>;
  test(line: PageLine): boolean;
}

const short = (line: PageLine, max: number) => line.words <= max;

// The article's other tools and its reading time, in the languages of the share words: "Druckansicht", "In Pocket speichern",
// "5 min read", "Lesezeit: 3 Min.", "Tempo de leitura: 2 minutos".
export const READING_TIME = String.raw`(?:(?:reading time|lesezeit|temps de lecture|tempo de leitura|tiempo de lectura|tempo di lettura|время чтения|час читання|leestijd)\s*:?\s*\d+\s*\p{L}*\.?|\d+\s*(?:min(?:ute)?s?|minutos?|minuti|минут[аы]?)\.?\s*(?:read|de lectura|de leitura|di lettura|чтения|читання))`;
const ARTICLE_TOOL = String.raw`${READING_TIME}|print(?:er[- ]friendly| this(?: article| page)?)?|drucken|druckansicht|vorlesen|imprimir|imprimer|stampa|печать|друк|印刷|인쇄|打印|(?:in |to )?pocket speichern|save to pocket|(?:artikel )?merken|enregistrer|guardar|salva`;

const SHARE_WORD = new RegExp(
  String.raw`^(?:share(?: this| on| to| article| story| via)?(?: \w+)?|share (?:this |it )?(?:with|on|via) \w+|share (?:the )?full (?:article|story)|(?:partager|compartir|compartilhar|condividi|teilen|delen|поделиться|поділитися|поширити)(?: (?:sur|en|no|na|su|auf|op|в|у) \p{L}+)?|e-?mail (?:this|a link) to a friend|tweet|e-?mail|copy(?:(?: the)? link)?|copy to clipboard|(?:\{copyshortcut\}|ctrl\s*\+\s*c|⌘\s*\+?\s*c) to copy|link copied!?|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|flipboard|pocket|vk|viber|save|comment|comments|シェア|ツイート|ブックマーク|メール|공유(?:하기)?|分享|\d+ shares?|\d+|${ARTICLE_TOOL})$`,
  'iu',
);

// A closing line that asks the reader to pass the story on: "Like this story? Share it with a friend!".
const SHARE_PROMPT = /^(?:(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\?\s*)?share (?:it|this(?: story| article| post)?) with (?:a friend|friends|your friends)[.!]?$/i;
// The story's address offered for sharing: "Read or Share this story: https://kestranherald.example/story/...".
const SHARE_ADDRESS = /^(?:read or )?share this (?:story|article)\s*:\s*https?:\/\/\S+$/i;
// The label of a share menu, naming the story it shares: "All sharing options for: Kestra ferry fares rise in May".
const SHARING_OPTIONS = /^(?:share )?all sharing options(?: for:.*)?$/i;

// What a share button's text says around its network: "Click to share on X (Opens in new window)".
const SHARE_LABEL = /^click to |\s*\(opens in (?:a )?new window\)$/gi;

// \b knows only ASCII letters: words in other scripts, or ending in an accent, are bounded by lookarounds.
const RELATED =
  /^[[(【]?(?:read (?:also|more|next|the full story)|also read|also on [\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?= )|also in [^:]{2,40}(?=:)|(?:previous|next) (?:story|article|post)|on [\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?=:)|see (?:also|more)|see(?=\s*:)|also see|related(?: stories| articles| coverage| content| news| topics| posts)?|read related(?: \p{L}+)? (?:coverage|stories|articles)|explore related(?: story)? topics|more (?:from|on|about|stories|news)|more(?=\s*:)|recommended(?: for you| stories)?|you (?:may|might) (?:also )?(?:like|be interested)|don['’]?t miss|read(?=\s*:)|must[- ]reads?(?=\s*:)|trending(?: now)?|most (?:read|popular|viewed|shared)|top stories|latest(?: news| stories)?|editor['’]?s picks|what to read next|up next|keep reading|click here(?!.*[.!?]$)|watch|listen|further reading|читайте также|читайте (?:нас|новости)|read this next|смотрите также|ссылки по теме|также читайте|читати також|читайте також|leia (?:também|mais)|veja também|lesen sie auch|mehr zum thema|weitere informationen|leggi anche|le[eaé] también|segu[ií]r? leyendo|sigue leyendo|siga leyendo|à lire aussi|à voir aussi|auch interessant|czytaj (?:też|także|również)|zobacz (?:też|także|również)|lees (?:ook|meer)|lire aussi|(?:también )?te puede interesar|potrebbe interessarti|vous aimerez aussi|das könnte sie (?:auch )?interessieren|você (?:também )?pode gostar|baca juga|lihat juga|関連記事|関連リンク|関連ニュース|おすすめ記事|[あ合]わせて読みたい|관련\s?기사|관련\s?뉴스|相关(?:文章|新闻|阅读)|相關(?:文章|新聞|閱讀)|延伸阅读|延伸閱讀)(?![\p{L}\p{N}])/iu;
// The article's tags or topics, under its last paragraph: "Tags: drought, water", "Filed under: Politics".
// A student paper's theme prints its categories without the colon: "Filed under News, Student Government".
const TAG_LIST = /^(?:tags?|topics|tagged(?: with)?|filed under|posted in|themen|schlagwörter|argomenti|temas|tópicos|теги|тэги|темы)\s*:|^filed under (?=[^\s:])/iu;
// Or the tags alone, five or more capitalised topics of a few words parted by commas, no sentence:
// "Animals, Big Cats, Biodiversity, Camera Trapping, Forests".
const BARE_TAG_LIST = /^\p{Lu}[\p{L}\p{N}&'’-]*(?: [\p{L}\p{N}&'’-]+){0,2}(?:, \p{Lu}[\p{L}\p{N}&'’-]*(?: [\p{L}\p{N}&'’-]+){0,2}){4,}$/u;

// The label glued to the title it links to, as a copy joins them: "Читайте такожУ Києві …", "Read alsoKestra mayor resigns".
const GLUED_RELATED = /^(?:Read also|Read more|Also read|See also|Читайте також|Читати також|Читайте также|Смотрите также|Lesen Sie auch|Leia também|Veja também|Leggi anche|Lire aussi|Lee también|Baca juga)(?=\p{Lu})/u;

// A link tagged with what it leads to: "Kestra mayor resigns [VIDEO]", "[INSIGHT]|", "Ferry review [Video]", and in
// Japanese before it: "【写真】海辺で撮影されたMVの場面カット".
const TAGGED_LINK = /\S \[(?:\p{Lu}[\p{Lu} ]{2,15}|Video|Videos|Photos|Gallery|Watch|Listen|Podcast|Audio|Quiz|Interactive)\]\s*\|?$|^【(?:写真|画像|動画|フォト|図表)[^】]{0,8}】\S/u;

const COMMENTS =
  /^(?:\d+ comments?|comments?(?: \(\d+\))?|\d+ replies|reply|report(?: abuse)?|like|load more(?: comments)?|show (?:more )?(?:comments|replies)|join the (?:conversation|discussion)|(?:leave|add|post|write) a comment|(?:view|read|show) (?:all )?(?:\d+ )?comments|sort by|newest|oldest|комментарии(?: \d+)?|коментарі(?: \d+)?|kommentare(?: (?:lesen|anzeigen))?(?: \d+ beiträge)?|lire les commentaires|ver comentários|ver comentarios|leggi i commenti)$/i;

// The rules printed over a comment box, addressed to its readers: "Comments are moderated.", "By submitting a comment, you accept ...".
// A story about a council's public comments speaks of them, not to the reader about the box.
const COMMENT_POLICY =
  /^(?:comments? (?:are|is) (?:now )?(?:closed|moderated|subject to)\b|(?:commenting|this discussion) is (?:now )?closed\b|comments? (?:policy|guidelines)$|commenting (?:policy|guidelines)$|by (?:submitting|posting) (?:a|your) comment\b|by participating in (?:the )?(?:online )?discussions?\b|the comments below have not been moderated|(?:as you comment|when (?:commenting|submitting content)), please\b|[\p{L} ]{2,40} values your comments\b|comments? (?:&|and) moderation$|(?:please )?report (?:any )?comments? that (?:break|breach|violate)\b|we want (?:our|the) comments? (?:section )?to be\b|(?:readers['’] comments: )?you are (?:personally )?(?:liable|responsible) for (?:the content of )?(?:any |your )?comments\b|comments? (?:will be|are) moderated\b|comments that are (?:abusive|offensive|personal)\b|do not type comments\b|please write complete sentences\b|welcome to the discussion\.?$|keep it clean\. please avoid\b|please turn off your caps lock\b|threats of harming another person\b|use the ['‘]report['’] link\b|would you like to comment on this (?:article|story)\?|we welcome your comments\b|please keep (?:your )?comments clean\b|os comentários (?:são de (?:inteira |exclusiva )?responsabilidade|não representam)|los comentarios (?:son (?:de )?(?:exclusiva )?responsabilidad|no representan))/iu;

// A comment thread's first lines: "34 responses to ...", "Leave a reply", "jdoe says:", "Ann on May 3, 2018 at 4:47 pm said:".
const THREAD_START =
  /^(?:\d+ (?:responses?|thoughts|comments?|replies) (?:to|on)\b.*|leave a (?:reply|comment)|[^\s]+ (?:says|wrote):|.{1,60}\b(?:19|20)\d\d\b.{0,20} (?:says|said|wrote):)$/i;
// A user's name before "said:" ("jdoe said:"); a word in capitals and lower case is the article's ("She said:", "Dunning said:").
const USER_SAID = /^(?!\p{Lu}\p{Ll}+ )\S+ said:$/u;
// The head of a comment section: "[ 167 comments ]", "Top rated comments".
const COMMENT_HEAD = /^(?:\[\s*\d+ comments?\s*\]|(?:top rated|newest|all|reader) comments)$/i;
// The site's note on its comments, over the thread: "Why are you making commenting on The Kestran Herald only available to subscribers?"
const COMMENT_NOTE_HEAD = /^why (?:are|is|have|do) (?:you|we)\b.{0,60}\bcomment(?:s|ing)?\b.{0,60}\?$/i;

// "Copyright" before a noun it qualifies is a story's topic, not a notice: "wins copyright case", "new copyright rules".
const COPYRIGHT = /(?:[©ⓒ]|\(c\)\s*\d{4}|\bcopyright\b(?! (?:cases?|rules?|laws?|infringements?|claims?|lawsuits?|suits?|fights?|battles?|disputes?|directive|reform|act|bill|violations?|strikes?|ruling|protection|complaints?|takedowns?)\b)|all rights reserved|все права защищены|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati|tous droits réservés)/i;

const CREDIT =
  /^\(?(?:(?:additional )?reporting|writing|editing|compiled|produced|translated|written|research|graphics?|fact[- ]checking) by\b|^\(?(?:reporting|editing|writing)(?: and (?:editing|writing))? by\b|^\((?:[\p{L}.' -]+) (?:reporting|editing) by\b/iu;
// A research story's source under it: "Story Source:" / "Materials provided by Kestra University. Note: Content may be edited ..."
const STORY_SOURCE = /^(?:story source|journal references?)\s*:?$|^materials provided by\b/i;
// A wire's notes on the story's making: "— With assistance by Jane Roe", "(Updates with comment from rival fund manager in eighth paragraph.)".
const WIRE_NOTE = /^[—–-]{1,2}\s*with assistance (?:by|from)\b|^\((?:updates|adds|recasts|corrects|rewrites|changes|removes)\b[^()]{0,120}\)$/i;
// The note closing a story on who else reported: "Ana Ruiz contributed to this report." (apart from CREDIT, whose openings fail fast).
const CONTRIBUTED = /contributed (?:to this (?:report|story)|reporting)(?: from [\p{L}. ,'’-]{2,40})?\.?$/iu;
// The reporter's address under the story: "Contact Ana Ruiz at aruiz@kestranherald.example or 555-0114.", "Reach reporter Ana Ruiz
// at ...", "Ana Ruiz can be reached at ...", "-- Ana Ruiz; aruiz@kestranherald.example; 555-0114".
const CONTACT = /^(?:contact|reach|e-?mail|write to)\b[^.@]{0,60}?\bat [\w.+-]+@[\w-]+\.|\bcan be reached at [\w.+-]+@[\w-]+\.|^[-—–]{1,2}\s*\p{Lu}[^;@]{2,40}; [\w.+-]+@[\w-]+\./iu;

const CAPTION_START = /^(?:image|media) caption\b|^\[?(?:photo|photos|image|images|featured image|picture|pictures|illustration|file photo|caption|image caption|media caption|image source|credit|credits|source|foto|фото|фотография|imagem|bild|immagine)\s*(?::|by\b|credit\b|\/|\.\.\.|…)/i;
// A meta line's date field: "Source: Ghana | Kestra Online | Jane Roe | Date: 24-06-2019" is the story's, not a photo's source.
const DATE_FIELD = /\|\s*(?:date|published|posted)\s*:/i;
// A credit without its colon: "Foto Rui Duarte Silva", "Photo Jane Roe", "Photographed by Jane Roe". Case-sensitive: the name must be capitalised.
const PHOTO_BY_NAME = /^(?:Photo|PHOTO|Foto|FOTO|Fotografia|Fotografía|(?:Photographed|Photography|Illustrated|Illustration) by)\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// Or whose photo it is before it, the paper's staff or a giver: "Kestran Herald staff photo by JANE ROE", "Staff photo by Jane Roe".
const STAFF_PHOTO_BY = /^(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}(?:[Ss]taff|[Ff]ile|[Cc]ontributed|[Ss]ubmitted|[Ss]pecial) (?:photo|photograph|illustration) by\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// A credit alone on its line under the photo: "Courtesy of Fairfax Golf Club", "Photo courtesy Kestra Parks".
const COURTESY_ALONE = /^(?:(?:Photos?|Images?) )?[Cc]ourtesy(?: of)? (?:the )?\p{Lu}[\p{L}\p{N}.'’&, -]{1,60}$/u;
// A title's tag in capitals for what the story shows, where a caption's credit would stand: "… over pesticide rules (VIDEO)".
const TITLE_MEDIA_TAG = /\((?:VIDEOS?|PHOTOS?)\)$/u;
// Photo libraries whose name, wherever a caption gives it, makes it one: "… at the quay. Getty Images/iStockphoto".
const PHOTO_LIBRARIES = String.raw`getty images|shutterstock|istock(?:photo)?|alamy|imago images|picture[- ]alliance`;
const CAPTION_CREDIT = new RegExp(
  String.raw`\((?:[\p{L}.'’\/ -]{0,40} )?(?:photo|image|picture|file|pool|handout|screenshot|illustration|video)s?(?: by [^)]{1,40})?\)\.?\s*$|\((?:photo|image|picture|foto|bild|imagem|immagine|фото)s?\s*:?\s[^)]{1,60}\)\s*(?:Buy Photos?)?$|\b(?:${PHOTO_LIBRARIES}|via getty|ap photo|afp photo|reuters\/|reuters photo|epa-efe|pa wire|pa images|associated press photo|wikimedia commons)\b`,
  'iu',
);

// A caption with its credit glued on ("… ate a rabbitCredit: Getty", "… on June 30.Courtesy Kestra Fair Lending"), or after a space
// when the credit names the photographer and agency ("… na Avenida Niemeyer Foto: Ana Lima / Agência Kestra") or is a photographer's
// name ("… in Port Kestra Picture: Jane Roe", "… in der Hafenstraße Foto: Jana Roth"), or cut short with a button to open it
// ("… you can try one ... [+]").
const CAPTION_GLUED_LABEL = /\p{Ll}(?:Credit|Photo|Image|Picture):\s.{2,60}$|[.!?”’)](?:Photo |Image )?Courtesy(?: of)? \p{Lu}[\p{L}.'’& -]{1,60}$|\p{Ll} (?:Credit|Photo|Foto|Фото|Imagem|Bild):\s[\p{L}.'’ -]{2,40}\/\s?[\p{L}.'’& -]{2,40}$|\p{Ll} (?:Picture|Photo|Image|Credit|Foto|Bild|Фото|Imagem): \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$|\.\.\. \[\+\]$/u;
// The wire photo caption's opening, whatever its credit: "In this undated photo provided by the park service, …",
// "In this Sunday, Nov. 10, 2019, photo, …", "This satellite image from NASA shows …", "This image released by … shows …".
const CAPTION_OPENING = /^(?:In )?[Tt]his (?:(?:[\p{Lu}\p{N}][\p{L}\p{N}.]*,?|undated|file|aerial|satellite|handout|recent|combination|drone|video) ){0,6}(?:photo|photograph|image|picture|frame grab|video grab|screenshot|handout photo)(?:,| (?:shows|taken|made|released|provided|posted|shared|obtained|from|by|of)\b)/u;
// A caption that says when its image was taken, as a fact-check's do: "Screenshot of a tweet taken on September 4, 2019",
// "(Source: Facebook screenshot taken on Wed Dec 4 15:10:42 2019 UTC)". A sentence of the article may say so too, so
// only a line that is no sentence, or one in brackets, counts.
const IMAGE_TAKEN = /^\(?(?:source:\s*)?(?:an? |the )?(?:[\p{L}-]+ ){0,3}(?:screenshot|screen ?grab|photo(?:graph)?|image|picture)s?(?: of .{1,60}?)? (?:taken|captured|shot) (?:on|at|in)\b/iu;
// An image's label alone: "Facebook screenshot", "Screen grab".
const SCREENSHOT_LABEL = /^(?:[\p{L}-]+ ){0,2}(?:screenshot|screen ?grab)s?$/iu;
// A photo's credit under the copyright sign, with no year: its names parted by slashes ("© AP Photo / Jane Roe / NTB
// scanpix", "© Kestra Press / Ivan Petrov"). A site's own notice carries its year or stands alone.
// Or with the photographer after a label: "© Kestra TV Foto: Julia Roe"; or the label first: "© Bild: KPA/Jane Roe".
const COPYRIGHT_PHOTO_CREDIT = /^[©ⓒ]\s*(?:(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Immagine|Imagem)s?:\s*\S[^©]{0,60}$|[^/\d]{2,40}(?:\s\/\s[^/\d]{2,40})+|[^/\d:]{2,30}\s(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Immagine)s?:\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/u;
// A photo library's name alone, under the caption: "GETTY", "imago images"; alone, the short names and the free
// libraries a sentence may also name ("Unsplash") are credits too.
const PHOTO_LIBRARY = new RegExp(String.raw`^(?:${PHOTO_LIBRARIES}|getty|imago|unsplash|pixabay|adobe stock)$`, 'iu');

/** A credit that says it is one by its words alone, on a caption's line or its own: "Photo Jane Roe", "Getty Images". */
function selfEvidentCredit(text: string): boolean {
  return PHOTO_BY_NAME.test(text) || STAFF_PHOTO_BY.test(text) || COURTESY_ALONE.test(text) || PHOTO_LIBRARY.test(text);
}

// Japanese, Chinese and Korean captions end with who took the photo: "…住民たち=高知県大豊町、吉川真理子撮影", "…新华社记者 王明 摄",
// "…/장민수 기자", or with when and which agency after an equals sign: "…賃貸住宅が増えている＝2018年7月、共同";
// with the day and place in brackets: "…農家の男性（５日、長野市で）"; a label alone over the photo: "写真・図版"; the
// photographer after a label in brackets: "…好投する投手（カメラ・山田 健二）".
const CAPTION_CJK_CREDIT = new RegExp(
  String.raw`(?:撮影|摄|攝)\s*[)）]?$|(?<=${UNSPACED_SCRIPT.source})[（(][0-9０-９]{1,2}日[^（）()、]{0,6}、[^（）()]{1,30}で[^（）()]{0,12}[）)]$|(?<=${UNSPACED_SCRIPT.source})[=＝][^=＝]{0,40}(?:共同|時事|ロイター|AP|AFP|提供|\d{1,2}月|\d{1,2}日)[^=＝]{0,12}$|\/\s?\p{Script=Hangul}{2,4}\s?기자$|^写真・図版$|[（(](?:カメラ|撮影|写真)[・:：][^（）()]{1,20}[）)]$`,
  'u',
);

// A caption that ends with its credit in brackets, an agency, names parted by slashes or a photographer working for the paper:
// "The quay at dawn. (AP)", "Titan's lakes. (NASA/JPL)", "The garage. (Jane Roe for The Kestran Herald)".
// "The condor chick in its nest cave. (U.S. Fish and Wildlife Service via AP)": a handout passed on by an agency.
// "Padi farmers will get the aid. (Kestra pic)": the agency's or the site's picture.
const CAPTION_BRACKETED_CREDIT = /[.!?"”’]\s*\((?:AP|AFP|Reuters|EPA|Getty(?: Images)?|[\p{L}.’& -]{2,40}(?:\/[\p{L}\p{N}.’& -]{2,40})+|\p{Lu}[\p{L}.’ -]{2,40} for (?:the )?\p{Lu}[\p{L}.’& -]{1,60}|\p{Lu}[\p{L}.’& -]{1,60} via \p{Lu}[\p{L}.’& -]{1,30}|\p{Lu}[\p{L}.’& -]{1,30} (?:pic|photo|picture|file photo)|[Ss]ource: \p{Lu}[\p{L}.’& /-]{1,40})\)$/u;
// Any one or two capitalised words, the channel's or the giver's name, on a caption's length: "Commuters on the
// platform. (Supplied)". A paragraph's sign-off is longer ("… will be idled at times. (Yonhap)"); a transcript's note on
// the room and a link's label are not credits.
const CAPTION_NAMED_CREDIT = /[.!?"”’]\s*\((?!(?:Applause|Laughter|Cheers|Crosstalk|Inaudible|Music|Silence|More)\))\p{Lu}[\p{L}\p{N}]{1,15}(?: \p{Lu}[\p{L}\p{N}]{1,15})?\)$/u;
// Or in square brackets, with or without a sentence's stop, labelled or not: "... Cox’s Bazar [File: Jane Roe/Reuters]",
// "... on Wednesday. [ JANE ROE | Times ]".
const CAPTION_SQUARE_CREDIT = /\s\[(?:(?:file|photo|image|picture)\s*:\s*)?[\p{L}.’& -]{2,40}(?:[/|,][\p{L}.’& -]{2,40})+\]$/iu;

// A caption that ends with the photo's copyright, its holder's name and no year: "Cranes at the new quay, which opened on May 22
// 2013 © Kestra Press". A footer's notice gives its year, or stands after a bar among links.
const CAPTION_COPYRIGHT_CREDIT = /^(?:[^\s|©]+\s+){6,}©\s?\p{Lu}[\p{L}.&'’ -]{1,40}$/u;
// A caption that ends with its credit: "The barge at the quay on Monday. Photo: Jens Holm/Kestran Herald", "... File photo by Jens Holm/Kestran Herald",
// "... this morning. Photo / Jens Holm", "... Credit: Supplied/KPA", "... Picture: Jens Holm/Kestra News Agency (KNA)",
// "... in Mbarara. PHOTO | FILE | NMG".
// Or, in French, German and Spanish captions, the agency without a colon: "... au marché. Photo AFP", "(Foto dpa)".
// Or whose courtesy it is: "... in a logged forest. Image courtesy of the Kestra Carnivore Project."
// Or the photographer and the site after a comma: "... Photo by Jane Roe, Kestran Herald".
// Or after a bar: "Trecho da avenida alagado em dezembro | Foto: Ana Lima / O Kestra".
const CAPTION_TRAILING_CREDIT = /(?:[.!?)]\s+|\s[—–|/-]\s+)\(?(?:file )?(?:(?:photo|image) credit|photo|photograph|picture|pic|image|foto|фото|credit)(?:\s*[:/|]\s*|\s+by\s+|\s+courtesy(?:\s+of)?\s+|\s+(?=[\p{L}.'’ /-]{2,30}\)?\s*$))[\p{L}.'’ -]{2,40}(?:, [\p{L}.'’ -]{2,40})?(?:\s*[/|]\s*[\p{L}.'’ -]{2,40})?(?:\s\(\p{Lu}{2,6}\))?\)?\s*$/iu;

// A caption with its photographer and agency glued on, or set off by a bar or a dash: "The barge at the quay.Jens Holm / Kestran Herald",
// "The barge at the quay | JENS HOLM / KESTRAN HERALD", "The barge at the quay - Jens Holm/Kestran Herald".
const CAPTION_GLUED_CREDIT = /(?:[.!?”"’)]\s*|\s[|–—-]\s)[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’.-]*){1,3} ?\/ ?[\p{Lu}][\p{L}&'’ .-]{1,40}$/u;
// Or after a sentence and a bar, the photographer and then the outlet: "The barge at the quay. | Jens Holm, Kestran Herald".
const CAPTION_BAR_CREDIT = /[.!?]\s\|\s[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’.-]*){1,3}, [\p{Lu}][\p{L}&'’ .-]{1,40}$/u;
// Or on a line of its own under the caption, every word capitalised: "Jens Holm/Kestran Herald", "JENS HOLM/U.S. ARMY",
// maybe with the day it was taken: "Jens Holm/Kestran Herald - 10.set.2019".
// Or in brackets on a line of its own, the agency first: "(Kestra Press / Jean-Luc Roe)".
const BRACKETED_CREDIT_ALONE = /^\(\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3})+\)$/u;
const CREDIT_ALONE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} ?\/ ?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4}(?: [-–—] \d[\p{L}\p{N}./ ]{3,18})?$/u;
// Or a caption's sentence (six words or more, three in small letters: no title) and then, with no stop after them,
// the photographer's name and address or a name alone: "A ferry leaves the quay in April. Jane Roe jroe@kestranherald.example",
// "Workers load rice at a mill. Sok Vanna". A title's abbreviation is no sentence's end: "… threatening Rep. Jane Roe".
const CAPTION_TRAILING_NAME =
  /^(?=(?:\S+\s+){6})(?=(?:.*?\s\p{Ll}){3}).*(?<!\b\p{Lu}\p{Ll}{0,3})[.!?]\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2}(?: [\w.+-]+@[\w-]+\.[\w.]+)?$/u;
// Or after a sentence, its source, a photographer and an agency: "Bikes near the square. Source: Jane Roe /KTV".
const CAPTION_TRAILING_SOURCE = /[.!?]\s+Source:\s*\p{Lu}[\p{L}.'’ -]{1,40}\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,30}$/u;
// Or the photographer and their job, parted by a bar: "JANE ROE | Staff Photographer".
const PHOTOGRAPHER_ALONE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} ?[|/] ?(?:(?:[Ss]taff|[Cc]ontributing|[Ff]reelance|STAFF) )?(?:[Pp]hotographer|PHOTOGRAPHER)$/u;

const CLOCK_ABBREVIATION = /\b[ap]\.m\.$/i;
// "Reporter" only before its colon: "Reporter : Jane Roe"; "Reporter Jane Roe …" may open a caption.
const BYLINE_LABEL = String.raw`(?:by|written by|words by|submitted by|reported by|reporter(?=\s*:)|author|от|автор|von|por|di|par|oleh|door)\s*:?`;
const BYLINE_OPENING = new RegExp(String.raw`^${BYLINE_LABEL}\s+`, 'iu');
/** What follows a byline's label: "Jane Roe" of "By: Jane Roe", "VON JANE ROE". */
export function afterBylineLabel(text: string): string {
  return text.replace(BYLINE_OPENING, '');
}

/** A byline's label and a name in capitals after it: "By Jane Roe", "VON JANE ROE"; not "Von der Leyen …" or "Por que …". */
function labelledByline(text: string): boolean {
  const label = BYLINE_OPENING.exec(text);
  // Apart from the label's regular expression: under its `i` flag \p{Lu} takes lower case letters too.
  return label !== null && /^[\p{Lu}\p{Lo}]/u.test(text.slice(label[0].length));
}
// The label on a line of its own, each author's name on the next ("By" / "Jane Roe" / "and" / "John Doe").
const BYLINE_LABEL_ALONE = new RegExp(`^${BYLINE_LABEL}$`, 'iu');
// The expert a service piece consults, named under the byline: "Эксперт: Инна Ветрова, врач-дерматолог", "Expert: Jane Roe, MD".
const EXPERT_LINE = /^(?:[Ee]xpert[ea]?|[Ee]sperto|[Ee]specialista|[Ээ]ксперт|[Ее]ксперт|[Кк]онсультант)\s*:\s*\p{Lu}\p{L}+\s+\p{Lu}\p{L}+(?:,|$)/u;
// A writer's name and the site's address after a bar, without "By": "Jane Roe | KestranHerald.com".
const NAME_AT_SITE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} \| (?:[\p{L}\p{N}-]+\.)+[a-z]{2,}$/u;
// A writer and the site's newsroom, without "By": "Jane Roe and Kestran Herald Staff".
const NAME_AND_STAFF = /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+ and (?:[Tt]he )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3} [Ss]taff$/u;
// A saved e-mail's sender, the newsletter's byline: "From: Kestran Herald Briefing <briefing@kestranherald.example>".
const MAIL_SENDER = /^(?:from|von|de|da|от|від)\s?:\s*[^<>@]*<[^<>\s@]+@[^<>\s@]+>$/iu;

// A time of day: "10:42", "4:10pm", "9 a.m."; date.ts reads it too.
export const TIME = /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\b|\b\d{1,2}\s?[ap]\.?m\.?\b/i;
// A date in words or numbers; "22 de outubro de 2010", "22. Oktober 2010", "22.out.2010", "19th of March 2019",
// "November 30th, 2018" alone: a day, a month's name and a year in any language; or how long ago, in any language: "3 hours
// ago", "vor 3 Stunden", "2 часа назад".
const DATEISH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th),?\s+(?:19|20)\d\d$|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d\d\b|\b\d{1,2}\.\p{L}{3,4}\.\d{4}\b|\b\d+\s*(?:[smhdwy]|sec|second|min|minute|hr|hour|day|wk|week|mo|month|yr|year)s?\s+ago\b|\bvor \d+\s+(?:minuten|stunden|tagen|wochen)\b|\d+\s+(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад|\bhá \d+\s+(?:minutos?|horas?|dias?)\b|\b\d+\s+(?:minuti|ore|giorni)\s+fa\b|\bhace \d+\s+(?:minutos?|horas?|días?)\b|\bil y a \d+\s+(?:minutes?|heures?|jours?)\b|\b(?:today|yesterday)\b|\b\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\s+(?:de\s+)?\d{4}\b|(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]|\b\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)/iu;
const DATE_LABEL_WORDS = String.raw`(?:published|posted|updated|last updated|first published|modified|date|опубликовано|обновлено|дата публикации|veröffentlicht|erstellt|aktualisiert|publicado|atualizad[oa]|pubblicato|aggiornat[oa]|publié|mis à jour)(?![\p{L}\p{N}])`;
// "Posted in: News" files the post under a category; it gives no date.
const DATE_LABEL = new RegExp(`^(?!posted in\\b)${DATE_LABEL_WORDS}`, 'iu');
// A Chinese, Japanese or Korean date line, counted long by its figures, but little else once its dates and times are
// out: "毎日新聞2018年8月7日 14時35分(最終更新 8月7日 18時02分)" leaves the paper's name and "last updated".
const CJK_FULL_DATE = /(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]/u;
const CJK_DATE_PART = /(?:(?:19|20)\d\d\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](?:\s*[(（][日月火水木金土][)）])?|\d{1,2}\s*[時시:：]\s*\d{1,2}\s*[分분]?/gu;
function cjkDateLine(l: PageLine): boolean {
  return l.text.length <= 60 && CJK_FULL_DATE.test(l.text) && l.text.replace(CJK_DATE_PART, '').replace(/[\s()（）|・:：–—-]/gu, '').length <= 10;
}
// The label after the byline's other parts or the first date: "Jane Roe · Kestran Herald · Posted: Nov 14, 2019 4:12 PM",
// "July 8, 2019, 4:15 PM UTC / Updated July 8, 2019, 9:02 PM UTC".
const DATE_LABEL_AFTER_BAR = new RegExp(String.raw`\s[·•|/]\s+${DATE_LABEL_WORDS}`, 'iu');
// A byline whose dates follow after a stop or a bar: "By Ana Ruiz. Published Nov. 6, 2018, 7:52 p.m. | Updated …".
const BYLINE_THEN_DATE = new RegExp(String.raw`[.,|·•]\s+${DATE_LABEL_WORDS}`, 'iu');
// Or after a bar with no label: "By Jane Roe for Zero Day | September 24, 2019 -- 13:05 GMT | Topic: Security".
const BYLINE_BAR_DATE = new RegExp(String.raw`\s[|·•]\s+(?:${DATEISH.source})`, 'iu');
// Or after "on": "by Jane Roe on: 06/22/2020 09:14 AM | source: Kestra Labs | 7 comment(s)".
const BYLINE_ON_DATE = new RegExp(String.raw`\son:?\s+(?:${DATEISH.source})`, 'iu');

const AD_WORDS = String.raw`(?:(?:skip )?advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|hide ad|story continues below(?: advertisement| (?:the )?(?:gallery|video|photos?))?|continue reading(?: below)?(?: the main story)?|scroll to continue(?: with content)?|(?:article|page|story) continues below|реклама|anzeige|werbung|publicidade|publicidad|pubblicità|publicité|advertentie|reklama|реклама на сайте)`;
// One of them, or several run together by the copy: "Advertisement · Scroll to continue".
// Joined by a dot, a bar or a dash: "Advertisement - Continue Reading Below".
const AD = new RegExp(String.raw`^${AD_WORDS}(?:\s*[·•|–—-]\s*${AD_WORDS})*$`, 'i');
// A video player's own words, left in the copy when it did not load: "Video Loading", "Tap to play", "The video will start in 8".
const VIDEO_PLAYER = /^(?:video (?:is )?(?:loading|unavailable)|(?:click|tap) to (?:play|unmute)|play now|(?:the )?video will (?:start|play|begin) in \d+(?: seconds?)?|cancel|replay(?: video)?|autoplay(?: is)?(?: on| off)?)$/i;

// A shop's button under a review: "Buy now at Amazon", "Check price at Throttle Supply Co.", "$449.99 at Kestra Outdoors".
const SHOP_BUTTON = /^(?:(?:buy (?:it )?(?:now )?(?:at|on|from)|check (?:the )?(?:latest )?price (?:at|on)|see (?:it|price|deal) (?:at|on)|[$€£]\d[\d.,]* (?:at|on))(?: \S+){1,5}|(?:view deal|shop now)(?: (?:at|on)(?: \S+){1,5})?|buy photos?)$/i;

// Cookie banners, and the notices a page shows a browser without scripts ("Please turn on JavaScript ...").
const COOKIE = /\bcookies?\b.*\b(?:use|accept|consent|policy|settings|preferences|agree)\b|\b(?:accept|agree)\b.*\bcookies?\b|^(?:please )?(?:turn on|enable|activate) javascript\b|^javascript (?:is )?(?:disabled|turned off|required)\b|^(?:bitte )?aktivieren sie javascript\b|^(?:veuillez )?activer javascript\b/i;
// An author's box ends by asking the reader to follow them ("... is out now. Follow him on Twitter @mwall"); prose says "millions follow him on Twitter".
// A long pitch that opens with its ask: "Subscribe to KESTRA PLUS to get access to the Herald & 70 other titles, …".
// A prompt to register, the site's or an event banner's, which gives its days: "Kestra Summit | Dec. 2-3 | Register Now".
const REGISTER_PROMPT = /\bregister (?:now|free|today|here)\b/i;
const SUBSCRIBE_PITCH = /^(?:subscribe|sign up) (?:to|for|now|today)\b/i;
// A Japanese site's offer to mail the writer's next stories: "山田 健太さんの最新記事をメールでお知らせします。" (no spaces part its words).
const MAIL_NOTICE_JA = /メールでお(?:知ら|しら)せ/u;
// Or its paywall: "有料会員になると、すべての記事が読み放題になります" (paid members read every article).
const PAYWALL_JA = /有料会員|読み放題/u;
// A newsroom's call for readers' tips or stories: "Do you live in Kestra? We want to hear from you.", "Got a news tip?", "We pay for your stories!".
const CALLOUT = /\bwe(?: would|['’]d)? (?:want|like|love) to hear from (?:you|readers|people)\b|\b(?:got|have) a (?:news )?tip\b|\b(?:got|have) a story idea\b|^questions or comments on this (?:article|story)\?|\bwe pay for (?:your )?stories\b|\bdo you have a story for\b/i;
const FOLLOW_PROMPT = /(?:^|[.!?]\s+)(?:(?:Follow|FOLLOW) (?:him|her|them|me|us|HIM|HER|THEM|ME|US) (?:on|at|ON|AT)|(?:Like|LIKE) (?:us|US) (?:on|ON)) /;
// A sentence that tells the reader to sign up for a newsletter, however long the pitch around it ("Never miss a story — sign up for ...");
// prose reports that people signed up.
const SIGN_UP_PROMPT = /(?:(?:^|[.!?]\s+)(?:Sign up|Subscribe|Register)|\s[—–]\s+(?:[Ss]ign up|[Ss]ubscribe))\b[^.!?]*\b(?:newsletter|inbox)/;
// Prompts to subscribe, sign in or follow (a site's WhatsApp or Telegram channel too), and the badges of articles kept for
// subscribers ("Article réservé aux abonnés").
// An issue of a newsletter, titled after a colon, is no prompt: "October Newsletter: Road Bond and Leaf Pickup".
const SUBSCRIBE =
  /(?<![\p{L}\p{N}])(?:subscribe|your subscription|newsletters?(?!:\s+\S)|sign up|(?:in|to) your inbox|follow (?!(?:him|her|them|me) )(?:[\p{L}\d@'’.-]+ ){1,6}on (?:facebook|twitter|instagram|linkedin|youtube)|create (?:a |an )?(?:free )?account|already (?:a subscriber|have an account)|download (?:our|the) app|^download the(?: [\p{L}\p{N}.-]+){1,3} app\b|download now|free download|get (?:the|our) app|follow us|unlock (?:this|unlimited)|support (?:our|independent|(?:the )?(?:\p{Lu}[\p{L}\p{N}.-]* ){0,3}[\p{L}\p{N}.-]+['’]s?)(?: [\p{L}-]+)? journalism|apoie o jornalismo|soutenez (?:le|notre) journalisme|sostieni il (?:nostro )?giornalismo|apoya el periodismo|unterstützen sie (?:unseren |unabhängigen )?journalismus|поддержите(?= (?:нас|«|"))|підтримайте(?= (?:нас|«|"))|unsubscribe|no spam|thank you for (?:subscribing|signing up|donating)|epaper\b|e-edition\b|^join (?:(?:for )?free|now|today)\b|available (?:only )?to (?:subscribers|members)\b|make (?:our|this) journalism possible\b|complete your profile to continue reading\b|have you subscribed to\b|in ihr(?:em)? postfach\b|invalid (?:username|password)\b|complete your (?:account )?registration\b|reset your password\b|^want to (?:read|keep reading) (?:more|on)\?$|access to exclusive (?:content|articles|stories)|you(?:['’]ve| have) read \d+ of(?: your)? \d+ free|você (?:já )?leu \d+ de \d+|has leído \d+ de \d+|hai letto \d+ (?:articoli )?su \d+|receba (?:as |nossas )?(?:notícias|newsletters?)|invalid e-?mail|(?:stories|news|updates|headlines) by e-?mail$|подпишитесь|подписывайтесь|підпишіться|підписуйтесь|assine|inscreva-se|suscr[ií]bete|abonnez-vous|iscriviti|abonnieren|subscribers?[ -]only|exclusive to subscribers|réservée? (?:aux|à nos) abonnés|nur für abonnenten|exclusivo para (?:assinantes|suscriptores)|riservato agli abbonati|только для подписчиков|(?:join|follow|participe d[oa]|siga|entre n[oa]|iscriviti al|iscriversi al|únete al|rejoignez|folgen sie|подписывайтесь на|подпишитесь на|підписуйтесь на) (?:our |o |nosso |nuestro |notre |unserem |наш )?(?:whatsapp |telegram )?(?:canal|canale|channel|kanal|канал)|(?:è anche su|is (?:also |now )on|está (?:também )?no|est aussi sur|ist (?:auch|jetzt) auf) (?:whatsapp|telegram))(?![\p{L}\p{N}])/iu;

// A sign-in button or prompt ("Log in to comment", "Sign in to read the full story"); in a longer line, "sign in" is what a how-to
// tells ("Under the \"Manage how you sign in\" section, select …").
const SIGN_IN = /(?<![\p{L}\p{N}])(?:sign in|log ?in)(?![\p{L}\p{N}])/iu;
const SIGN_IN_OPENING = /^(?:please )?(?:sign|log) ?in\b/i;

// A sign-up form's e-mail field and the terms under its button: "Email (required)", "By submitting your email, you agree to our Terms",
// "This email signup form is operated by an outside service …".
const EMAIL_FIELD = /^(?:enter )?(?:your )?e-?mail(?: address)?\s*(?:\(required\)|\*)?:?$/i;
const SIGN_UP_TERMS = /^when you (?:subscribe|sign up)\b[^.]{0,80}\b(?:information|data|e-?mail)\b|^by (?:submitting|entering|providing|signing up|subscribing|clicking)\b[^.]{0,60}\byou (?:agree|consent|accept|acknowledge)\b|^this (?:e-?mail )?(?:sign-?up|newsletter|subscription) form is\b/i;

// A reader-funded site's appeal, however long: it asks for money and speaks of its own work ("Financial contributions
// from our readers are a critical part of supporting our work", "you can help support our quality journalism").
const APPEAL_ASK = /\b(?:support(?:ing)?|contributions?|contribute|donat(?:e|ions?)|paywall|membership|subscription)\b/i;
const APPEAL_OUR_WORK = /\b(?:our (?:\p{L}+ )?(?:journalism|reporting|mission|work|newsroom|journalists)|readers like you|(?:generous )?support of our readers|helps? us (?:produce|publish|keep)\b|what we do|a small favou?r to ask)\b/iu;

// A menu's or a box's label: "Subscription Options", "Gift Subscriptions". In a longer line the word is what a story is
// about ("Dutch e-bike subscription startup raises €22M").
const SUBSCRIPTION_LABEL = /(?<![\p{L}\p{N}])subscriptions?(?![\p{L}\p{N}])/iu;

// A paywall's offer, never a sentence of the article: "Unbegrenzter Zugriff auf alle F+Artikel ...", "F+ 30 Tage kostenlos testen",
// "Start your free trial". A sentence may report such offers, so only a line that is not one counts.
const PAYWALL_OFFER = /(?<![\p{L}\p{N}])(?:free trial|start (?:your|a) trial|unlimited (?:digital )?access|kostenlos testen|gratis testen|unbegrenzte[rnm]? zugriff|essai gratuit|accès illimité|prova gratis|accesso illimitato|prueba gratis|acceso ilimitado|teste grátis|acesso ilimitado|безлимитный доступ)(?![\p{L}\p{N}])/iu;

// A reader-funded site's plea closing its self-description: "Kestra Post is the island's independent newspaper since 1995. Help us keep it that way."
const SUPPORT_PLEA = /\bhelp us keep (?:it|this|them|our \p{L}+(?: \p{L}+)?) (?:that way|free|independent|going|open|alive)\b/iu;
// A paywall's thanks to the reader, naming the site: "Thank you for reading the Kestran Herald." A writer's sign-off
// ("Thanks for reading! Tell me what you think below.") is the post's own.
const THANKS_FOR_READING_SITE = /^Thank you for reading (?:the )?\p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*){0,3}[.!]/u;
// Its button, the whole line: "Become a member", "Support us", "Donate now".
const SUPPORT_BUTTON = /^(?:become a (?:member|subscriber|supporter|patron)|support us|donate(?: now| today)?)$/i;

// The note on links that pay the site: "We may earn a commission if you buy through links in this article".
const AFFILIATE = /\b(?:(?:earn|receive|get)s?|(?:gets?|be|is|are) paid) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation|share of the sales?)\b/i;

// The note on reporting a typo, on Ukrainian and Russian sites most: "Noticed a mistake? Select it and press Ctrl+Enter".
const TYPO_REPORT = /\bctrl\s*\+\s*enter\b/i;

// A contributor network's note, anywhere in its line: "Posts here reflect the contributor's own views, not Kestran Herald's."
const OWN_VIEWS = /\b(?:own (?:views|opinions)|opinions? of (?:their|its) authors?,? and not\b|macht sich\b.{0,80}\bnicht zu eigen|(?:views|opinions) (?:expressed )?(?:by .{2,60}? )?(?:are|is) (?:their|his|her|my|the author['’]s) own)\b/i;

// A reference site's box that offers a citation of the article: "Cite This!", "Please copy/paste the following text to
// properly cite this article:".
const CITE_THIS = /^(?:cite this(?: article| page)?!?|please copy\/paste the following text to (?:properly )?cite\b.*)$/i;

const DISCLAIMER =
  /^\(?(?:disclaimer\b|the views (?:and opinions )?expressed|views expressed|(?:this|the) (?:article|story|content|post|piece) (?:was|has been|is) (?:originally |first )?(?:published(?! on (?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)|produced|written|updated|auto-generated|edited)|(?:this|the) (?:article|story|post|piece) is (?:part|one) of (?:our|a|an|the)\b|this (?:client alert|alert|publication|communication|newsletter|material) (?:(?:is|was|has been) (?:published|provided|prepared|intended)|does not constitute|is not intended)\b|this story has not been edited|(?:this )?(?:story|article) (?:has been )?(?:published|edited) from a (?:wire|syndicated)|note to readers|editor'?s note:|appeared in the\b.{0,60}\bprint edition\b|a version of this (?:article|story) appear(?:s|ed) in the\b.{0,60}\b(?:issue|print edition|edition)\b)/i;

// A nonprofit newsroom's box offering the story to other sites: "Republish This Story for Free", "Creative Commons License (CC BY-ND 4.0)".
const REPUBLISH = /\brepublish(?:ing)? (?:this|our|it|the following)\b|\bto republish:|\bcreative commons licen[cs]e\b|\bfree to republish\b/i;

export const LINE_KINDS: LineKindRule[] = [
  { kind: 'ad', test: (l) => (short(l, 6) && AD.test(l.text)) || (short(l, 9) && (SHOP_BUTTON.test(l.text) || VIDEO_PLAYER.test(l.text))) },
  { kind: 'share', test: (l) => SHARE_ADDRESS.test(l.text) || SHARING_OPTIONS.test(l.text) || (short(l, 12) && (SHARE_PROMPT.test(l.text) || l.text.split(/\s*[|•·,]\s*/).every((part) => SHARE_WORD.test(part.replace(SHARE_LABEL, ''))))) },
  { kind: 'thread', test: (l) => short(l, 14) && (THREAD_START.test(l.text) || USER_SAID.test(l.text)) },
  { kind: 'comments-head', test: (l) => (short(l, 6) && COMMENT_HEAD.test(l.text)) || (short(l, 25) && COMMENT_NOTE_HEAD.test(l.text)) },
  { kind: 'comments', test: (l) => (short(l, 6) && COMMENTS.test(l.text)) || (short(l, 80) && COMMENT_POLICY.test(l.text)) },
  { kind: 'cookie', test: (l) => short(l, 80) && COOKIE.test(l.text) },
  { kind: 'copyright', test: (l) => short(l, 40) && COPYRIGHT.test(l.text) && !COPYRIGHT_PHOTO_CREDIT.test(l.text) && !CAPTION_COPYRIGHT_CREDIT.test(l.text) },
  { kind: 'credit', test: (l) => short(l, 40) && (CREDIT.test(l.text) || CONTRIBUTED.test(l.text) || CONTACT.test(l.text) || STORY_SOURCE.test(l.text) || WIRE_NOTE.test(l.text)) },
  { kind: 'related', test: (l) => short(l, 30) && (RELATED.test(l.text) || TAG_LIST.test(l.text) || BARE_TAG_LIST.test(l.text) || GLUED_RELATED.test(l.text) || TAGGED_LINK.test(l.text)) },
  { kind: 'caption', test: (l) => short(l, 60) && ((CAPTION_START.test(l.text) && !DATE_FIELD.test(l.text)) || CAPTION_OPENING.test(l.text) || selfEvidentCredit(l.text) || (CAPTION_CREDIT.test(l.text) && !TITLE_MEDIA_TAG.test(l.text)) || CAPTION_TRAILING_CREDIT.test(l.text) || (l.text.includes('/') && (CAPTION_GLUED_CREDIT.test(l.text) || CREDIT_ALONE.test(l.text) || BRACKETED_CREDIT_ALONE.test(l.text))) || CAPTION_BAR_CREDIT.test(l.text) || PHOTOGRAPHER_ALONE.test(l.text) || CAPTION_TRAILING_NAME.test(l.text) || CAPTION_TRAILING_SOURCE.test(l.text) || CAPTION_BRACKETED_CREDIT.test(l.text) || (short(l, 25) && CAPTION_NAMED_CREDIT.test(l.text)) || CAPTION_SQUARE_CREDIT.test(l.text) || CAPTION_GLUED_LABEL.test(l.text) || COPYRIGHT_PHOTO_CREDIT.test(l.text) || CAPTION_COPYRIGHT_CREDIT.test(l.text) || CAPTION_CJK_CREDIT.test(l.text) || (short(l, 3) && SCREENSHOT_LABEL.test(l.text)) || (short(l, 20) && (!l.prose || /^\(.*\)$/.test(l.text)) && IMAGE_TAKEN.test(l.text))) },
  // A disclaimer's opening words say what it is, however long it runs (a law firm's do).
  { kind: 'disclaimer', test: (l) => (short(l, 150) && DISCLAIMER.test(l.text)) || (short(l, 30) && CITE_THIS.test(l.text)) || (short(l, 80) && (AFFILIATE.test(l.text) || (short(l, 40) && (OWN_VIEWS.test(l.text) || TYPO_REPORT.test(l.text))) || REPUBLISH.test(l.text))) },
  // A byline is no sentence, though its time may end it with a stop: "By Reuters, Wire Service Content Nov. 27, 2018, at 9:41 a.m.".
  { kind: 'byline', test: (l) => (short(l, 14) && ((labelledByline(l.text) && !/[.!?]$/.test(l.text.replace(CLOCK_ABBREVIATION, ''))) || MAIL_SENDER.test(l.text) || BYLINE_LABEL_ALONE.test(l.text) || EXPERT_LINE.test(l.text) || NAME_AT_SITE.test(l.text) || NAME_AND_STAFF.test(l.text))) || (short(l, 24) && labelledByline(l.text) && (BYLINE_THEN_DATE.test(l.text) || BYLINE_BAR_DATE.test(l.text) || BYLINE_ON_DATE.test(l.text)) && DATEISH.test(l.text)) },
  // A labelled line may give both dates in full: "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019".
  // A time alone dates a line of a few words ("Updated 5:10 PM ET"); in a longer one it is what the line tells ("The first boat leaves at 6:15").
  // A sign-up button's "today" dates nothing ("Sign up today").
  { kind: 'timestamp', test: (l) => cjkDateLine(l) || (short(l, 14) && (DATE_LABEL.test(l.text) || (((DATEISH.test(l.text) && !titleWithDay(l) && !SUBSCRIBE_PITCH.test(l.text) && !SUPPORT_BUTTON.test(l.text) && !REGISTER_PROMPT.test(l.text)) || (TIME.test(l.text) && short(l, 8))) && !l.prose))) || (short(l, 24) && (DATE_LABEL.test(l.text) || DATE_LABEL_AFTER_BAR.test(l.text)) && DATEISH.test(l.text) && !l.prose) },
  { kind: 'subscribe', test: (l) => (short(l, 25) && (SUBSCRIBE.test(l.text) || SIGN_IN_OPENING.test(l.text) || REGISTER_PROMPT.test(l.text))) || (short(l, 10) && SIGN_IN.test(l.text)) || (short(l, 3) && SUBSCRIPTION_LABEL.test(l.text)) || (short(l, 4) && SUPPORT_BUTTON.test(l.text)) || (short(l, 60) && (CALLOUT.test(l.text) || SUBSCRIBE_PITCH.test(l.text) || MAIL_NOTICE_JA.test(l.text) || PAYWALL_JA.test(l.text) || FOLLOW_PROMPT.test(l.text) || SIGN_UP_PROMPT.test(l.text))) || (short(l, 25) && !l.prose && PAYWALL_OFFER.test(l.text)) || (short(l, 4) && EMAIL_FIELD.test(l.text)) || (short(l, 60) && SIGN_UP_TERMS.test(l.text)) || (short(l, 100) && APPEAL_ASK.test(l.text) && APPEAL_OUR_WORK.test(l.text)) || (short(l, 40) && SUPPORT_PLEA.test(l.text)) || (short(l, 25) && THANKS_FOR_READING_SITE.test(l.text)) },
];

// A relative date standing as a part of its own, at the start or after a separator: "Jane Roe · 3 hours ago · 4 min read".
// Inside a sentence it is what the line tells: "… tortoise that vanished from her garden 31 years ago".
const AGO_ALONE = /(?:^|[·•|,–—-]\s*)(?:about |an? |\d+\s*)(?:[smhdwy]|sec|second|min|minute|hr|hour|day|wk|week|mo|month|yr|year)s?\s+ago\b/i;

/**
 * A title that names a day ("We're reopening May 26: here's how curbside grooming will work") or a time long past
 * ("Pensioner reunited with pet tortoise that vanished 31 years ago"): many words, and no year, time of day or "ago"
 * of its own that a date line of that length gives.
 */
function titleWithDay(line: PageLine): boolean {
  return !short(line, 7) && !/\b(?:19|20)\d\d\b/.test(line.text) && !TIME.test(line.text) && !AGO_ALONE.test(line.text);
}

// Only names, parted by slashes or bars, on a line already read as a caption for its agency: "Jane Roe/Kestran Herald/Getty Images".
const NAMES_CREDIT = /^[\p{L}.'’& -]+(?:\s*[/|]\s*[\p{L}.'’& -]+)+$/u;

/** A date the page labels as its own: "Posted Nov 18, 8:19 PM", "Updated 5:10 PM ET". */
export function isLabelledDate(line: PageLine): boolean {
  return line.kind === 'timestamp' && DATE_LABEL.test(line.text);
}

/** A time of day and nothing else to date the line: "01:12", "9:40 PM" (a video's length, a live entry's time). */
export function isBareTime(line: PageLine): boolean {
  return line.kind === 'timestamp' && !DATE_LABEL.test(line.text) && !DATEISH.test(line.text);
}

// "SOURCE: Al Jazeera and news agencies" under an article credits the article, not a photo.
const ARTICLE_SOURCE = /^source\s*:/i;

/** The label of a box that offers citations of the article: "Cite this article". */
export function isCitationLabel(line: PageLine): boolean {
  return line.kind === 'disclaimer' && CITE_THIS.test(line.text);
}

/** The article's tag list: it closes the article, and nothing under it continues the text. */
export function isTagList(line: PageLine): boolean {
  return line.kind === 'related' && TAG_LIST.test(line.text);
}

/** A credit's label on a line of its own, its names on the next: "Credit...", "Photo:". */
export function isCreditLabel(line: PageLine): boolean {
  return line.kind === 'caption' && short(line, 2) && CAPTION_START.test(line.text) && /(?::|\.\.\.|…)$/.test(line.text);
}

/** A caption's label on a line of its own, the caption on the next: "Image caption," (as screen readers are told). */
export function isCaptionLabel(line: PageLine): boolean {
  return line.kind === 'caption' && /^(?:image|media|photo|video) caption\s*[,:]?$/i.test(line.text);
}

/** A credit that only its place and form tell from text, "Jane Roe/Kestran Herald": its caption stands right over it. */
export function isBareCredit(line: PageLine): boolean {
  return line.kind === 'caption' && CREDIT_ALONE.test(line.text);
}

/** A photo's credit with the copyright sign: "© KPA / Jane Roe". */
export function isCopyrightCredit(line: PageLine): boolean {
  return line.kind === 'caption' && COPYRIGHT_PHOTO_CREDIT.test(line.text);
}

/** A credit line standing alone under a photo: "Photo: Jane Roe / Agency", "Jane Roe/Kestran Herald/Getty Images". */
// A photographer sent by the site, named under the photo's caption: "Nadia Voss for Quanta Magazine".
const PHOTOGRAPHER_FOR = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} for (?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}$/u;

/**
 * A photographer's credit "for" the site, under a sentence (the photo's caption) and over no paragraph: not a title
 * ("Funds Raised for Kestra Hospital") nor a subheading between paragraphs ("What It Means for Investors").
 */
export function isPhotographerFor(line: PageLine, above: PageLine | undefined, below: PageLine | undefined): boolean {
  return line.kind === 'text' && above?.prose === true && below?.prose !== true && PHOTOGRAPHER_FOR.test(line.text);
}

export function isPhotoCredit(line: PageLine): boolean {
  // In brackets, and with the copyright sign, it is still a credit: "(Image: © Jane Roe)".
  const text = line.text.replace(/^\((.*)\)$/, '$1');
  return (line.kind === 'caption' || line.kind === 'copyright') && short(line, 8) && ((CAPTION_START.test(text) && !ARTICLE_SOURCE.test(text)) || selfEvidentCredit(text) || NAMES_CREDIT.test(text) || PHOTOGRAPHER_FOR.test(text));
}
