/** What kind of page furniture a line is taken for (src/parse/line-kinds.ts), read through buildPage. */
import { describe, expect, it } from 'vitest';
import { buildPage, toLines } from '../../src/parse/page.ts';
import { isBareTime, type LineKind } from '../../src/parse/line-kinds.ts';

const kindsOf = (text: string) => buildPage(toLines(text)).lines.map((l) => l.kind);
const kindOf = (text: string) => kindsOf(text)[0];

/** One case per text, each read as `kind`; `what` names the case ("…: <text>"). */
const eachIs = (kind: LineKind, what: string, texts: string[]) =>
  it.each(texts)(`${what}: %s`, (text) => {
    expect(kindOf(text)).toBe(kind);
  });

describe('line kinds', () => {
  eachIs('timestamp', 'a date or a time alone dates a line', [
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    '22. Oktober 2010, 10:42 Uhr, zuletzt bearbeitet am Abend',
    'Updated 5:10 PM ET',
    'Nov 18, 2019 at 5:10 pm',
    'Ilse Marrow · Kestran Herald · Posted: Nov 14, 2024 4:12 PM CT | Last Updated: November 14',
  ]);

  it('a time inside a longer line is what the line tells, not its timestamp', () => {
    expect(kindOf('The first boat to Tamber leaves at 6:15 again')).toBe('text');
  });

  eachIs('related', 'a label of links is related', ['Baca juga: Warga Kestra diminta waspada banjir rob', 'More:', 'More: Velgrad miners wait by the gates', 'Read also: Orsk ferry timetable changes', 'Читайте также:', 'Читайте також: Поромна компанія зберігає зимовий розклад', 'À lire aussi : le port de Kestra', '[Related: Kestra harbour pilots vote to accept new rota]', 'Also on kestranherald.example Harbour pilots vote to accept new rota', 'Keep reading', 'Te puede interesar: Cómo funciona el nuevo puerto de Kestra', 'Das könnte Sie auch interessieren', 'SEGUÍ LEYENDO:', 'Lea también: El puerto de Kestra amplía su horario', 'Czytaj także: Nowy most w Kestrze', 'Zobacz też', 'Lees ook: Veerboot naar Kestra vaart weer', 'Auch interessant', 'À voir aussi', 'Don’t miss: Why harbour pilots are racing to retire', 'READ: Kestra wants residents to pay for rubbish collection', 'MUST READ: What the new harbour tolls mean for small shippers', '関連記事', 'あわせて読みたい', '관련기사', '相关新闻']);
  eachIs('text', "a newsletter's issue titled after a colon is text", ['Council Member Holm’s March Newsletter: Ferry Fares, Library Hours and Beach Cleaning']);
  eachIs('related', "links to the paper's other stories are related", ['Previous Story', 'Next Story', 'Also in the Kestran Herald: Harbour shops brace for a year of roadworks']);
  eachIs('related', "a post's categories, with or without a colon, are related", ['Filed under: Harbour, Ferries', 'Filed under News, Student Government']);
  eachIs('related', "a nonprofit newsroom's labels of its related coverage and topics are related", ['Read related Herald coverage', 'Read related coverage', 'Explore related story topics']);
  eachIs('share', "a share menu's label naming the story is share", ['All sharing options for: Kestra ferry fares rise in May as the harbour board balances its books']);
  eachIs('caption', 'a caption with its photographer and outlet after a bar is a caption', ['The ferry terminal at Holm has been closed since the storm. | Jane Roe, Kestran Herald']);
  eachIs('related', 'a Japanese link label in brackets, or a link tagged as photos, is related', ['【あわせて読みたい】港の新しいフェリーが就航する本当の理由', '【写真】港で撮影された新しいフェリーの場面カット']);
  eachIs('subscribe', "a Japanese offer to mail the writer's next stories is subscribe", ['山田 花子さんの最新記事をメールでお知らせします。', 'フォローした著者の最新記事が公開されると、メールでお知らせします。']);
  eachIs('disclaimer', "a reference site's offer to cite the article is a disclaimer", ['Cite This!', 'Please copy/paste the following text to properly cite this Kestrapedia.example article:']);
  eachIs('caption', "a staff photo's credit with the paper's name before it is a caption", ['Kestran Herald staff photo by JANE ROE', 'Staff photo by Jane Roe']);
  eachIs('text', 'a sentence that opens with "read" is text', ['Read the full report before you vote, the mayor told the council on Monday evening.']);
  eachIs('disclaimer', 'a syndication note in brackets is a disclaimer', ['(This story has not been edited by Kestran Herald staff and is auto-generated from a syndicated feed.)']);
  eachIs('subscribe', 'a sign-up pitch after a dash is subscribe', ["Never miss a story — sign up for the Kestran Herald's free daily newsletter to stay up to date on the best of what we have to offer, from harbour news to the stories of the islands."]);

  eachIs('subscribe', 'a sign-up or follow prompt is subscribe', [
    'Подпишитесь на нашу рассылку',
    'Подписывайтесь на наш канал в Telegram',
    'Article réservé aux abonnés',
    'Become a member',
    'Donate now',
    'Participe do canal do Kestra Hoje no WhatsApp',
    'Il Corriere di Kestra è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al canale.',
    'Join our Telegram channel for the latest news',
    'O Jornal do Kestra precisa de si. Apoie o jornalismo independente e de qualidade.',
    'Поддержите «Кестринский вестник»',
    'Підписуйтесь на наш канал у Viber',
    'Download Now: Free Harbour Pilot Rota Template',
    'Get the latest harbour news, live ferry updates and the full timetable for the Kestra and Velgrad crossings this winter on kestranherald.example/harbour. Like us on Facebook or follow us on Twitter and Instagram for news updates.',
    'Suscríbete a nuestro boletín',
    'Abonnez-vous à notre lettre d’information',
    'Iscriviti al nostro canale WhatsApp',
    'Inscreva-se no nosso canal',
    'Subscribe to our newsletter',
    'Tamsin Vell has covered the harbour, its boats and its birds for the Kestran Herald since 2009, and her book about the island lighthouses is out now. Follow her on Twitter @tvell.',
    "There's plenty more where that came from. Sign up for the Harbour Letter today to get the free daily newsletter in your inbox every morning before work.",
  ]);

  eachIs('timestamp', 'a labelled date is a timestamp', ['Опубликовано 3 марта 2024', 'Publié le 3 mars 2024']);
  eachIs('timestamp', 'a date and its update, parted by a slash, are a timestamp however long', ['March 4, 2024, 4:15 PM UTC / Updated March 4, 2024, 9:02 PM UTC']);

  eachIs('share', 'a prompt to pass the story on is share', ['Like this story? Share it with a friend!', 'Share this article with your friends.']);

  eachIs('share', 'a share button is share', ['Share full article', 'Click to email a link to a friend (Opens in new window)', 'Copy', '{copyShortcut} to copy', 'Link copied!']);
  eachIs('share', "the article's tools and its reading time are share", ['Druckansicht', 'In Pocket speichern', 'vorlesen', 'Lesezeit: 3 Min.', '5 min read', 'Tempo de leitura: 2 minutos', '2 minuti di lettura', 'Print this article']);
  eachIs('related', 'a "read also" label glued to the title it links to is related', ['Читайте такожУ Кестрі відкрили новий міст', 'Read alsoKestra mayor resigns after harbour vote']);
  eachIs('share', 'a Ukrainian share button is share', ['Поділитися']);
  eachIs('comments', 'a Ukrainian comments link is comments', ['Коментарі']);
  eachIs('comments', "a site's rules for its comments are comments", [
    'We want our comments to be a lively and valuable part of our community, where readers can debate the issues of the day.',
    'Please report any comments that break our rules.',
  ]);
  eachIs('ad', "an ad's close button is an ad", ['Hide Ad']);
  eachIs('subscribe', "a newsletter box's heading, small print and messages are subscribe", [
    'Get the biggest Kestra stories by email',
    'When you subscribe we will use the information you provide to send you these newsletters.',
    'Thank you for subscribing',
    'Invalid Email',
  ]);
  eachIs('subscribe', "an editor's appeal for subscriptions is subscribe", [
    'Thank you for reading this story. While I have your attention, I have a small favour to ask: please consider taking out a digital subscription.',
  ]);
  eachIs('comments', "a comment box's rules are comments", [
    'Comments are moderated. Read our comment guidelines.',
    'Commenting is now closed for this story.',
    'By submitting a comment, you accept that the Kestran Herald may publish that comment in whole or in part.',
    'As you comment, please be respectful of other commenters and of views you do not share.',
    'The Kestran Herald values your comments but asks that all posts stay on topic.',
    'Comment Policy',
    'Comments & Moderation',
    'Readers’ comments: You are personally liable for the content of any comments you upload to this website, so please act responsibly.',
    "By participating in online discussions you acknowledge that you have agreed to the Kestran Herald's TERMS OF SERVICE.",
  ]);
  eachIs('comments-head', "a site's note on why it limits comments opens the comments", ['Why are you making commenting on The Kestran Herald only available to subscribers?']);
  eachIs('caption', "a caption that ends with its photographer's labelled name is a caption", ['The hull of one of the two ferries under construction at the Kestra yard Picture: Jane Roe']);
  eachIs('text', 'a story about public comments is text', [
    'Residents can submit comments on the seawall plan until March 3, the council said on Monday.',
    'Comments submitted by residents were mostly about the cost of the new quay, officials said.',
  ]);
  eachIs('subscribe', 'a long subscription pitch that opens with its ask is subscribe', ['Subscribe to KESTRA PLUS to get access to The Kestran Herald & 70 other titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 555 0114.']);
  eachIs('disclaimer', "a nonprofit newsroom's offer to republish its story is a disclaimer", ['Republish This Story for Free', 'Creative Commons License (CC BY-NC-ND 3.0)', 'Thank you for your interest in republishing this story. You are free to republish it as long as you credit the Kestra Ledger and link back to the original.', 'Copy and paste the following into your page to republish:']);
  eachIs('subscribe', "a newsroom's call for readers' stories is subscribe", ['Do you live in Kestra or another town waiting on a flood buyout? We want to hear from you.']);
  eachIs('text', "a title tagged in capitals with what it shows is text, not a caption's credit", ["'Enough is enough': Kestra farmers tip manure at the harbour office gates over fishing quotas (VIDEO)", 'Storm floods the Kestra fish market (PHOTOS)']);
  eachIs('caption', 'a caption whose credit is a video in lower case is still a caption', ['Farmers tip manure at the harbour office gates on Tuesday (Reuters video)']);
  eachIs('text', 'a quote about hearing from someone is text', ['"We want to hear from the council before we decide anything," the harbour master said on Monday.']);
  eachIs('disclaimer', "a law firm's note on its client alert is a disclaimer", [
    'This client alert is published by Holm & Ruiz LLP as a general summary of developments that may interest clients and friends of the firm. It is not legal advice and should not be relied on as such, nor does reading it create an attorney-client relationship. Readers should seek advice on their own circumstances before acting on anything in it. The law described here may change after the date of this alert, and the firm takes no duty to update it. Past results do not promise a similar outcome. Attorney advertising in some jurisdictions.',
    'This publication does not constitute legal advice, and reading it does not create an attorney-client relationship.',
  ]);
  eachIs('text', 'a sentence about a publication is text', ['The publication was banned in Kestra in 1998, its former editor told the court on Monday.', 'The alert was published by the harbour council to every household in the old town on Monday evening.']);
  eachIs('disclaimer', 'the note on reporting a typo is a disclaimer', ['If you notice a mistake in the text, select it and press Ctrl + Enter to send us a correction.', 'Нашли опечатку? Выделите текст и нажмите Ctrl+Enter']);
  eachIs('subscribe', "a plea to keep the paper going is subscribe", ["Kestra Post is the island's independent newspaper since 1995. Help us keep it that way."]);
  eachIs('byline', 'a byline whose dates follow after a stop is a byline', ['By Ana Ruiz. Published Nov. 6, 2018, 7:52 p.m. | Updated Nov. 6, 2018, 9:10 p.m.']);
  eachIs('byline', 'a long byline whose date follows a bar with no label is a byline', ['By Ana Ruiz for Harbour Watch | September 24, 2019 -- 13:05 GMT (06:05 PDT) | Topic: Security']);
  eachIs('text', 'a sentence that opens with "By" and names a day is text', ['By Monday, the council had published its plan for the harbour, dated Nov. 6, 2018, and sent it to every household.']);
  eachIs('disclaimer', "a contributor network's note on whose views a post gives is a disclaimer", ["Posts here reflect the contributor's own views, not Kestran Herald's.", 'Opinions expressed by Kestran Herald Contributors are their own.']);
  eachIs('share', 'a share button naming its network is share', ['Share to Facebook', 'Share to Linkedin']);
  eachIs('caption', "a photo library's name in lower case is a caption", ['getty']);
  eachIs('caption', 'a credit in square brackets is a caption', ['[Photo: Ana Ruiz/Unsplash]', '[Image: Kestran Herald]']);
  eachIs('ad', "a shop's button under a review is an ad", ['Buy now at Amazon', 'Check price at Throttle Supply Co.', '$449.99 at Kestra Outdoors', 'View deal']);
  eachIs('text', 'a sentence about buying is text', ['Buy now at your own risk: the Kestra ferry pass rises again in May.']);
  eachIs('share', 'share and print buttons in Japanese, Korean and Chinese are share', ['シェア', 'ツイート', 'ブックマーク', '印刷', '공유하기', '分享']);
  eachIs('caption', 'a Japanese, Chinese or Korean caption that ends with who took the photo is a caption', ['荷台に並べた本を選ぶ住民たち=ケストラ町、山田花子撮影', '港的早晨 新华社记者 王明 摄', '항구의 아침 풍경 /김민수 기자', '写真・図版']);
  eachIs('caption', 'a Japanese caption that ends with the day and place in brackets is a caption', ['泥をかぶった畑で作業する農家の男性（５日、ケストラ市北地区で）', '再開した市場（12日午前、ケストラ港で）']);
  eachIs('text', 'a Japanese sentence with a day in brackets inside it is text', ['市は（５日、ケストラ市で）開いた会議で、支援策を決めたと発表した。']);
  eachIs('caption', 'a credit alone on its line, "Courtesy of ...", is a caption', ['Courtesy of Kestra Golf Club', 'Photo courtesy Kestra Parks Department', 'Courtesy of the Kestran Herald archive']);
  eachIs('text', 'a sentence about a courtesy is text', ['Courtesy costs nothing, the harbour master reminded the pilots on Monday.']);
  eachIs('caption', 'a Japanese caption that ends with when and which agency, after an equals sign, is a caption', ['港に停泊するフェリー。冬は便数が減る＝2023年1月、共同', '雪の中を進む除雪車=北海道ケストラ町で2月3日']);
  eachIs('timestamp', 'a Japanese date line with a paper’s name and an update time is a timestamp', ['北港新聞2023年1月12日 9時05分(最終更新 1月12日 11時40分)']);
  eachIs('text', 'a Japanese sentence with a date in it, or an equals sign, is text', ['市によると、2023年1月12日までに申請は1200件を超えた。', '料金は大人1200円=子どもは半額']);
  eachIs('timestamp', 'a date in Japanese or Korean figures dates a line', ['山田花子2018年11月20日05時00分', '2019년 5월 14일']);
  eachIs('comments', 'a link to the comments is comments', ['Kommentare lesen 143 Beiträge', 'Read 12 comments', 'Leggi i commenti']);
  eachIs('caption', "a photo's credit under the copyright sign, its names parted by slashes, is a caption", ['© AP Photo / Jane Roe / Kestra Press', '© Kestra Press / Ivan Petrov']);
  eachIs('copyright', "a site's notice with its year is no photo credit, slashes or not", ['© 2024 Kestra Press / All rights reserved', '© Kestra Press']);
  eachIs('caption', "a photographer's name and whom the photo is for, alone on a line, is a caption", ['Jens Holm/Kestran Herald', 'JENS HOLM/U.S. ARMY', 'Ирина Калнинь / LETA']);
  eachIs('text', 'a title or a sentence with a slash is text', ['Middle-class families in Kestra/Velgrad region face higher bills', 'Harbour Board/City Council dispute goes to court on Monday']);
  eachIs('caption', 'a bracketed photo credit in German or Portuguese is a caption', ['(Bild: Klingo)', '(Imagem: Ana Lima)']);
  eachIs('caption', "a caption saying when its screenshot or photo was taken, or a screenshot's label, is a caption", ['Screenshot of a post on Facebook taken on March 3, 2020', '(Source: Twitter screenshot taken on Tue Mar 3 10:12:40 2020 UTC)', 'Photo taken on May 2, 2019', 'Facebook screenshot']);
  eachIs('text', 'a sentence telling when a screenshot was taken is text', ['A screenshot taken on Tuesday shows the post had been shared more than 4,000 times.']);
  eachIs('caption', "a photographer's credit without its colon is a caption", ['Foto Rui Duarte Silva', 'FOTO Ana Ruiz', 'Photographed by Rafael Orte', 'Illustration by Jane Roe']);
  eachIs('text', 'a sentence that opens with who photographed something is text', ['Photographed by her husband on the quay in 1962, the portrait now hangs in the Kestra museum.']);
  eachIs('text', 'a title that opens with "Photo" is text', ['Photo finish decides the Kestra regatta']);
  eachIs('caption', 'a caption ending in a square-bracketed credit parted by a bar is a caption', ['Gulls sit on the pilings by the new ferry pier on Wednesday. The city wants a car park a few blocks away. [ JENS HOLM | Herald ]']);
  eachIs('caption', 'a caption ending in a credit parted by bars in capitals is a caption', ['Dairy farmers deliver milk to a collection centre in Kestra. PHOTO | FILE | KHG', 'Traders wait at the border post on Monday. PHOTO | JENS HOLM | HERALD']);

  eachIs('ad', 'an ad label is ad, alone or run together with another', ['SKIP ADVERTISEMENT', 'Advertisement · Scroll to continue']);
  eachIs('ad', "a video player's words, left when it did not load, and a photo shop's button are ad", ['Video Loading', 'Video Unavailable', 'Tap to play', 'The video will start in 8', 'Cancel', 'Play now', 'Buy Photo']);
  eachIs('caption', 'a caption with its credit after a slash label, a credit label, in square brackets with a comma, or a handle is a caption', [
    'Crowds gathered on the quay this morning. Photo / Jens Holm',
    'Camera IconA seal pup rests on the harbour steps in Kestra. Credit: Supplied/KPA',
    'Ana Ruiz checks the nets on her boat at Kestra harbour, which she has fished for twenty years. [Jens Holm, Herald]',
    'FILE PICTURE: Lifeguards on the beach at Kestra. Picture: Jens Holm/Kestra News Agency (KNA)',
    'The board said the new tolls would not affect ferries. (Getty/harbourpix1)',
    'A fisherman mends nets on the quay at Kestra (file photo).',
    'JENS HOLM | Staff Photographer',
  ]);
  eachIs('credit', "a research story's source and a wire's notes on the story's making are credits", ['Story Source:', 'Materials provided by Kestra University. Note: Content may be edited for style and length.', 'Journal Reference:', '— With assistance by Jane Roe', '(Updates with comment from the harbour board in fifth paragraph.)']);
  eachIs('subscribe', "a newsroom's call for tips is a prompt", ['Got a news tip? Email news@kestranherald.example', 'We pay for your stories! Do you have a story for the Kestran Herald news team? Email us at tips@kestranherald.example']);
  eachIs('ad', 'a note that the story goes on past a gallery or a video is ad', ['Story continues below gallery', 'Story continues below video', 'Story continues below the photos']);

  eachIs('credit', 'a note on who else reported is a credit', ['Jens Holm contributed reporting from Velgrad.', 'Kestran Herald Digital\'s Ana Ruiz contributed to this report.', 'Associated Press writer Ana Ruiz contributed to this report.', "The Herald's Ana Ruiz contributed reporting."]);

  eachIs('credit', "the reporter's address under the story is a credit", ['Contact Ana Ruiz at aruiz@kestranherald.example or (555) 893-8114. Follow @anaruiz.', 'Reach reporter Ana Ruiz at ana.ruiz@kestranherald.example or 555-444-8120.', 'Ana Ruiz can be reached at aruiz@kestranherald.example. Follow her @anaruizKH.', '-- Ana Ruiz; aruiz@kestranherald.example; 555-294-5123; @anaruiz']);
  eachIs('text', 'a sentence about reaching someone is text', ['Contact with the ferry was lost at 4 a.m., the coastguard said on Monday.', 'Residents can reach the council at its office on Quay Street until Friday, the clerk said.']);
  eachIs('related', 'a link that says to click is related', ['CLICK HERE FOR MORE KESTRA NEWS']);

  eachIs('caption', 'a caption credited with a short label is a caption', ['Firefighters use a boat to check on residents on Tuesday morning. Pic: PA', 'WASTE. Collectors load rubbish onto a city truck on Quay Street in Kestra. File photo by Jens Holm/Kestran Herald']);
  eachIs('caption', 'a caption with its credit in brackets and a glued button is a caption', ['Crews repair a burst main on Quay Street on Tuesday night, March 4, 2024. (Photo: Jens Holm, Kestran Herald)Buy Photo']);
  eachIs('share', "the story's address offered for sharing is share", ['Read or Share this story: https://kestranherald.example/story/news/2024/03/05/water-main/123/']);
  eachIs('text', 'a sentence about a photo by someone is text', ['He said the photo by the river was taken in 1921. It shows the old bridge.']);

  eachIs('text', 'prose that only starts like a link or a share prompt is text', ['Also on Tuesday, the council voted to close the ferry office.', 'Readers share it with friends more than any other story this year.']);

  it('prose that says people signed up for a newsletter is text', () => {
    expect(kindOf('More than 40,000 readers signed up for the council newsletter in its first month, officials said on Monday, twice the number they had hoped for.')).toBe('text');
  });

  it('prose that says people follow someone is text', () => {
    expect(kindOf('Thousands of fans follow him on Instagram, where the skipper posts photos of every catch and every storm he sails through.')).toBe('text');
  });

  it('a line that only begins with "more" is text', () => {
    expect(kindOf('More than 2,000 people came to the harbour to see the boats')).toBe('text');
  });

  it.each([
    ['Publicidad', 'ad'],
    ['Werbung', 'ad'],
    ['Compartir en Facebook', 'share'],
    ['Partager', 'share'],
    ['Die alte Mauer am Fischmarkt im Winter. (Foto dpa)', 'caption'],
    ["L'ancien mur près du marché aux poissons. Photo AFP", 'caption'],
  ])('furniture in other languages: %s is %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  eachIs('caption', 'a caption that ends with its credit in brackets is a caption', ['The ferry terminal at Holm Island at dawn. (AP)', 'The first map of the seabed off Kestra. (Kestra Survey/Vell University)']);
  eachIs('caption', "a caption that ends with a channel's or a giver's name in brackets is a caption", ['Commuters on the Kestra ferry during the morning rush on March 4, 2024. (Nine)', 'A stall-holder sets up near the harbour gate. (Supplied)']);
  eachIs('caption', "a photographer and the outlet alone on a line, maybe with the day of the photo, are a caption's credit", ['Jane Roe/Kestra360', 'Jane Roe/Kestran Herald - 10.out.2023']);
  eachIs('timestamp', 'a day with its month abbreviated between stops, its weekday and time is a timestamp', ['17.out.2023 (terça-feira) - 18h34']);
  eachIs('text', "a paragraph signed off by its agency, a transcript's note and a link are text", [
    'The harbour board separately plans to close the old quay this winter, under which up to 15 of the island’s 60 fishing boats will have to moor at Holm for the season. (Yonhap)',
    'We will not close the quay while I am mayor. (Applause)',
    'Why the harbour board backs the new quay. (More)',
  ]);

  eachIs('caption', "a wire caption's opening, or a handout credited via an agency, is a caption", [
    'In this undated photo provided by the Kestra Harbour Trust, a seal pup rests on the slipway at Holm Island.',
    'In this Sunday, Nov. 10, 2019, photo, ferries wait at the quay in Kestra.',
    'This satellite image from the Kestra Space Agency shows smoke over the northern forests on Nov. 3, 2019.',
    'A seal pup rests on the slipway at Holm Island. (Kestra Harbour Trust via AP)',
  ]);
  eachIs('text', 'a sentence about a photo that opens otherwise is text', ['This photo was taken by a ferry passenger minutes before the pier collapsed, the coastguard said on Monday.', 'In this town, every family has a photo of the old ferry on the wall, the mayor said.']);

  eachIs('caption', 'a caption with its credit glued on, cut short, or a photo library alone is a caption', ['Ondas atingem a ciclovia na altura do cais de Kestra Foto: Ana Lima / Agência Kestra', 'Fishermen mend their nets on the quay at Holm before dawnCredit: Getty - Contributor', 'Not every ferry has a cafe on board. If you get seasick, you can try one ... [+]', 'GETTY', 'Volunteers count petition sheets in Kestra on June 30.Courtesy Kestra Fair Lending']);

  eachIs('related', 'a link tagged with its site or its medium is related', ['On kestranherald.example: Harbour pilots vote to accept new rota', 'Ferry timetable review: what changes in winter [Video]']);

  eachIs('text', 'prose that only looks like a tagged link or a credit is text', ['On Amazon.com the book sold out within a day, the publisher said on Monday.', 'The mayor said the plan was "a start" (and no more).', 'Support us, the fishermen asked the harbour board on Monday.', 'The pro-Kestra Telegram channel said on Monday that the ferry had been hit.', 'The harbour board is on Telegram too.', 'Click here to get more information or download this game.', 'Поддержите его, попросил мэр жителей города в понедельник вечером.']);

  eachIs('timestamp', 'a relative time in short units dates a line', ['2h ago', '45 min ago', '3d ago']);
  eachIs('cookie', "a notice to a browser without scripts is the site's, not the article's", ['Please turn on JavaScript in your browser to get the best experience.', 'Bitte aktivieren Sie JavaScript, um alle Inhalte zu sehen.', 'JavaScript is disabled in your browser.']);
  eachIs('text', 'prose about JavaScript is text', ['The council said its new website would turn on JavaScript only for the map of the harbour.', 'Most banking sites say JavaScript is required for their payment pages, the regulator found.']);

  eachIs('subscribe', 'a subscription label or notice is subscribe', ['Manage Subscription', 'Gift Subscriptions', 'There was an error processing your subscription.']);
  eachIs('subscribe', "a paywall's offer is subscribe", ['Unbegrenzter Zugriff auf alle K+Artikel, den Kestraer Anzeiger als E-Paper und die App', 'K+ 30 Tage kostenlos testen', 'Start your free trial of the Kestran Herald', 'Accès illimité à tous nos articles']);
  eachIs('text', 'a sentence about such offers is text', ['The harbour gym said members would get unlimited access to the pool from March.']);
  eachIs('subscribe', "a sign-up form's e-mail field and the terms under its button are subscribe", ['Email (required)', 'Email address', 'By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.']);
  eachIs('subscribe', "a reader-funded site's appeal is subscribe, however long", [
    "Will you support the Kestran Herald's explanatory journalism?",
    'Millions turn to us to understand what is happening in Kestra. Financial contributions from our readers are a critical part of supporting our work and help us keep it free for everyone.',
    'For as little as €6 a month you can help support our quality journalism while reading the Kestran Herald without ads.',
  ]);
  eachIs('text', 'a sentence about support, journalism or e-mail is text', [
    'The grant will support local journalism in Kestra for three years, the foundation said on Monday.',
    'Our reporting found that the harbour board paid the same contractor twice for the seawall repairs.',
    'By submitting the plan in May, the council gave itself a year to find the money.',
  ]);
  eachIs('text', 'a title about subscriptions is text', ['Kestra ferry subscription startup raises €4M to add night boats', 'Why streaming subscriptions cost Kestra families more this winter']);

  eachIs('byline', 'a byline whose time ends it with a stop is a byline', ['By VPA, Wire Service Content March 4, 2024, at 9:41 a.m.']);
  eachIs('byline', 'the label of a byline whose names stand on the lines below is a byline', ['By', 'By:', 'Von', 'Por']);
  eachIs('byline', "a writer's name and the site's address after a bar is a byline", ['Aditi Rao | KestranHerald.com', 'Jane A. Roe | news.kestra.example']);
  eachIs('text', 'two menu entries parted by a bar are no byline', ['Politics | World News']);
  eachIs('byline', 'the expert a piece consults, named under the byline, is a byline', ['Эксперт: Инна Ветрова, врач-дерматолог, косметолог', 'Expert: Jane Roe, MD']);
  eachIs('text', 'a title that names a day without its year is text', ["We're reopening May 26: here's how curbside grooming will work", 'Kestra ferry returns on March 3 after a winter in dry dock']);
  eachIs('thread', "a user's name before says, said or wrote opens a comment", ['jdoe says:', 'kestra_fan88 said:', 'harbourwatcher wrote:']);
  eachIs('text', 'a pronoun or a surname before "said:" introduces a quote of the article', ['She said:', 'Dunning said:']);
  eachIs('text', 'a title that tells of a time long past is text', ['Pensioner reunited with cat that went missing from her garden 12 years ago']);
  eachIs('timestamp', 'a relative date set apart on a long line is a timestamp', ['Jane Roe, Kestran Herald · Culture desk · 3 hours ago']);
  eachIs('timestamp', 'a long date line with a year, a time or "ago" is a timestamp', ['Jane Roe, Kestran Herald · Nov 19, 9:41 AM ET', 'Posted by Jane Roe of the Kestran Herald 2 days ago', 'Jane Roe and John Doe for the Kestran Herald on 3 March 2024']);
  eachIs('text', "a title that opens with a byline's label and no name is text", ['Von der Leyen fordert neue Regeln für den Hafen von Kestra', 'Por que a maré subiu tanto em Kestra', 'Expert: rents in Kestra will rise again']);
  eachIs('byline', "a saved e-mail's sender is its byline", ['From: Kestran Herald Briefing <briefing@kestranherald.example>', 'De : La rédaction du Kestran Herald <redaction@kestranherald.example>']);
  eachIs('text', 'a sender without an address is text', ['From: the editors of the Kestran Herald']);
  eachIs('related', "the article's tags and an in-article see-label are related", ['Tags: harbour, ferries, Kestra council', 'Topics: water, drought, local government', 'Filed Under: Politics', 'Themen: Hafen, Fähren', 'SEE: Harbour safety policy template (Kestran Herald Premium)', 'Also see']);
  eachIs('text', 'a how-to step that says where to sign in is text', ['Under the "Manage how you sign in to your device" section, select the Kestra Face option.']);
  eachIs('subscribe', 'a sign-in prompt is subscribe', ['Log in to comment', 'Sign in to read the full story and join the discussion with other readers']);
  eachIs('subscribe', "a sign-up button's today dates nothing", ['Sign up today']);
  eachIs('timestamp', 'an ordinal day dates a line', ['This entry was posted on Tuesday 19th of March 2024 11:52 AM', 'November 30th, 2023']);
  eachIs('timestamp', 'a relative date in other languages dates a line', ['vor 3 Stunden', '2 часа назад', 'há 2 horas', '5 ore fa', 'hace 3 horas', 'il y a 2 heures']);
  eachIs('caption', "a photo agency's name alone, or a caption ending in the photo's copyright or a photographer's credit", ['imago images', 'picture alliance', 'Container cranes at the northern quay extension, which opened on May 22 2013 © Kestra Press', 'Transparente an der Fassade des Hauses in der Hafenstraße Foto: Karla Wendt']);
  eachIs('text', 'a title whose topic is copyright is text', ['Photographer wins $40,000 in copyright case over a Kestra harbour photo', "How Kestra's new copyright rules will change school libraries"]);
  eachIs('copyright', 'a notice that names copyright without its sign is a notice', ['Copyright Kestran Herald', 'Images are subject to copyright. Any reuse needs the copyright owner’s consent.']);
  eachIs('caption', 'a photo credit alone in brackets, the agency first, is a caption', ['(Kestra Press / Jean-Luc Roe)', '(Velgrad Press Agency/Ana Lima)']);
  eachIs('timestamp', 'a note that the content was published on a day is its date line', ['This content was published on August 14, 2020 - 15:42', 'This article was published on 3 March 2021']);
  eachIs('disclaimer', 'a note on where the article was first published is a disclaimer', ['This article was originally published on Kestra Review.']);
  eachIs('caption', "a caption ending with whose courtesy the image is, is a caption", ['A harbour seal hauled out on the breakwater at Kestra. Image courtesy of the Kestra Seal Project.', 'The new ward opened in May. Photo courtesy Kestra Hospital']);
  eachIs('text', 'a sentence about an image courtesy is text', ['He said the image courtesy of the agency was not enough to prove it.']);
  eachIs('related', 'five or more capitalised topics parted by commas, alone on a line, are a tag list', ['Animals, Big Cats, Harbours, Camera Trapping, Ferries, Kestra']);
  eachIs('text', 'a sentence listing places is text', ['The ferry calls at Kestra, Velgrad, Harlow, Ashby and Tolmin, weather permitting.']);
  eachIs('caption', "a photo credit under the copyright sign with the photographer after a label is a caption", ['© Kestra TV Foto: Julia Roe', '© KPA Photo: Jens Holm']);
  eachIs('related', 'a German box of further links ("Weitere Informationen") is a links label', ['Weitere Informationen']);
  eachIs('timestamp', 'a meta line that opens with its source and has a date field is a date line, not a caption', ['Source: Ghana | Kestra Online | Jane Roe | Date: 24-06-2019 Time: 06:06:12:pm']);
  eachIs('caption', 'a caption with its credit after a bar is a caption', ['Trecho da avenida alagado durante temporal em dezembro | Foto: Ana Lima / O Kestra', 'Ferry passengers queue at Kestra quay | Photo: Jane Roe']);
  eachIs('text', 'a title with a bar and a word about photos is text', ['Ferry fares | Photos and video']);
  eachIs('byline', 'a reporter named after a "Reporter:" label or "Reported by" is a byline', ['Reporter : Kestra Press Agency', 'Reporter: Jane Roe', 'Reported by Jane Roe']);
  eachIs('text', 'a sentence that opens with a reporter is text', ['Reporter Jane Roe asked the mayor about the ferry.']);
  eachIs('subscribe', "a site's prompts to download its app, join, donate, read on past a meter or get its news are subscribe", [
    'Download the KESTRA9 app to get breaking news, weather and traffic alerts sent straight to your phone.',
    'Join free and tell us what you really think!',
    'Thank you for donating to Kestra News.',
    'We could not keep this service free of charge without the generous support of our readers. Your donations allow us to report.',
    'Thank you for reading Kestran Herald. Get unlimited access to local news you can trust.',
    'Join Kestra Premium to gain access to exclusive content and an ad-free experience.',
    'Você leu 4 de 5 matérias gratuitas deste mês.',
    'Receba as notícias de O KESTRA no seu WhatsApp. Clique aqui.',
    'Have a story idea? Send it to us at tips@kestra.example.',
  ]);
  eachIs('text', "an article's sentence about an app and a writer's sign-off are text", ['Fans can download the Kestra Mariners app ahead of the season from the club website.', 'Thanks for reading! Tell me in the comments what bit you.']);
  eachIs('comments', "a Portuguese site's note on its comments is its comment policy", ['Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.']);
  eachIs('caption', 'a caption ending with its credit in another form is a caption', [
    'Farmers will receive the allowance from next month. (Kestra pic)',
    '２軍で好投を続ける投手（カメラ・山田 健二）',
    'Pupils line up for the bus on a Thursday afternoon. Photo by Jane Roe, Kestran Herald',
    'Bikes parked near the Town Hall square. Source: Jane Roe /KTV',
    'A ferry leaves the dock bound for Kestra Island in April 2019. Jane Roe jroe@kestranherald.example',
    'Workers load bags of rice onto a truck at a mill in Kestra province. Sok Vanna',
  ]);
  eachIs('text', 'a title ending with a name after an abbreviation or a second part in title case is text', ['Kestra man pleads guilty to threatening to kill Rep. Jane Roe', 'Why Is Kestra Stock Falling Today? Earnings Miss Spooks Investors', '1. Choose Whole-Grain Bread']);
  eachIs('disclaimer', "a note on the story's print edition is a disclaimer", ["Appeared in the October 9, 2019, print edition as 'Ferry Firms Park Boats.'"]);
  eachIs('related', 'a Russian label of links on the topic is a links label', ['Ссылки по теме']);
  eachIs('comments', "a site's rules and prompts for its comments are comments", ['Comments will be moderated by the Kestran Herald editorial team.', 'Comments that are abusive, personal or irrelevant cannot be published.', 'Please write complete sentences. Do not type comments in all capital letters.', 'Welcome to the discussion.', 'Keep it Clean. Please avoid obscene, vulgar or lewd language.', 'PLEASE TURN OFF YOUR CAPS LOCK.', 'Would you like to comment on this article?']);
  eachIs('subscribe', "a sign-in box's messages and a paywall's question are subscribe", ['Invalid username/password.', 'Please check your email to confirm and complete your registration.', 'Use the form below to reset your password.', 'Want to read more?', 'Questions or comments on this article? E-mail us at feedback@kestra.example']);
  eachIs('disclaimer', "a note that a version of the article ran in an issue is a disclaimer", ['A version of this article appears in the November 9, 2019 issue of Kestra Science.']);
  eachIs('related', 'a "Read this next:" label is a links label', ['Read this next:']);
  eachIs('byline', 'a byline with its date after "on:" is a byline', ['by Jane Roe on: 06/22/2020 09:14 AM | source: Kestra Labs | 7 comment(s)']);
  eachIs('subscribe', 'a donation button that says "today" is no date', ['Donate today']);
  eachIs('caption', 'a photo credit under the copyright sign with its label first is a caption', ['© Bild: KPA/EXPA/JANE ROE', '© Foto: dpa']);
  eachIs('related', "a post's category line is a tag line, no date line", ['Posted in: Kestra News']);
  eachIs('byline', 'a writer and the newsroom\'s staff, without "By", is a byline', ['Jane Roe and Kestran Herald Staff']);
  eachIs('caption', 'a caption ending with its photo credit after "Photo Credit:" is a caption', ['Cal Brennan at a live event in Harlow. Photo Credit: KestraWrestling.example']);
  eachIs('ad', 'an ad label and its "continue reading" joined by a dash are an ad', ['Advertisement - Continue Reading Below']);
  eachIs('subscribe', "a paper's promo for its ePaper is subscribe", ['Now you can read the Kestra Observer ePaper anytime, anywhere.']);
  eachIs('text', 'a sentence about an e-paper display is text', ['A solar-powered e-paper display at a bus stop in a village.']);
  eachIs('comments', "a paper's welcome to comments and its rules are comments", ['We welcome your comments on this article. Our aim is to promote healthy debate and discussion.']);
  eachIs('ad', 'an ad label with "page continues below" is an ad', ['Advertisement | page continues below']);
  eachIs('disclaimer', "a note that comments or interviews are their authors' views, not the site's, is a disclaimer", ['Comments are the opinions of their authors and not of The Kestran Herald.', 'Der Kestra-Funk macht sich Äußerungen seiner Gesprächspartner in Interviews nicht zu eigen.']);
  eachIs('subscribe', "an event's banner with its days and a sign-up is a promo, no date line", ['Kestra Summit | Virtual | Dec. 2-3 | Register Now', 'Future of Ferries | July 14-15 | Virtual Event | Register Free']);
  eachIs('subscribe', "more of a site's paywall, membership and newsletter prompts are subscribe", ['This article is available to subscribers.', 'Members help make our journalism possible.', 'Die wichtigsten Nachrichten aus Kestra – jeden Morgen in Ihrem Postfach.', '有料会員になると、すべての記事が読み放題になります。', 'Have you subscribed to our new podcast? Download our newest episodes now!', 'Complete your profile to continue reading and get free access.', 'If you enjoyed this article, consider making a donation to help us produce more like it.']);
  eachIs('caption', 'more captions with their credits are captions', ['Featured image: illustration (KPA/Jane Roe)', 'Obras da ferrovia estão paradas desde 2016 / Foto: Ana Lima/Kestra Imagem', 'Parking spaces near the harbour are scarce in the evenings. (Source: KPA)']);
  eachIs('copyright', "a footer's notice is no caption", ['© 2024 Kestran Media. All rights reserved.', 'Privacy Policy | Terms of Use © Kestran Herald']);
  eachIs('byline', 'a submitted-by line is a byline', ['Submitted by Ruth Abernathy']);
  eachIs('disclaimer', "an affiliate note that says the site is paid is a disclaimer", ['Products are chosen by our editors. We may be paid a commission when you shop through links on this page.', 'When you buy through these links, Kestran Herald may get paid a commission.']);
  eachIs('subscribe', "a sign-up form's note and an appeal to subscribe are subscribe", ['This email signup form is operated by an outside service so readers can provide their email addresses.', 'Thank you for reading this story. Good local reporting costs money. If you value what we do, please think about taking out a digital subscription.']);

  it("a credit's names on the line under its label are the credit", () => {
    expect(kindsOf('Traders unload crates at Holm harbour.\nCredit...\nTomas Reyn/The Kestran Herald\nBy Ilse Marrow')).toEqual(['caption', 'caption', 'caption', 'byline']);
  });

  it("a newsletter's pitch just above its button is part of the sign-up box; a paragraph about mail is not", () => {
    expect(kindsOf('Let our news meet your inbox. The stories that matter, delivered weekday mornings.\nSign Up')).toEqual(['subscribe', 'subscribe']);
    expect(kindsOf('The council will send every household a letter about the new bins by the end of the month.\nSign Up')).toEqual(['text', 'subscribe']);
  });

  it('a teaser cut off with two dots is not a sentence', () => {
    expect(buildPage(toLines('Kestra council votes to close the old ferry office and move its staff to..')).lines[0]!.prose).toBe(false);
  });

  it('a sentence that ends on the word photo is no caption', () => {
    expect(kindOf('The council said it had no record of the wall before 1950. Photo archives were lost in the flood of that year.')).toBe('text');
  });

  it('a time of day alone is a bare time; with a date or a label it is not', () => {
    const bare = (text: string) => isBareTime(buildPage(toLines(text)).lines[0]!);
    expect(['01:05', '9:40 PM', '01:05 - Source: Kestran Herald'].map(bare)).toEqual([true, true, true]);
    expect(['Updated 7:15 AM', 'Tue March 12, 2024 7:15 AM', 'Kestra council approves the seawall budget'].map(bare)).toEqual([false, false, false]);
  });
});
