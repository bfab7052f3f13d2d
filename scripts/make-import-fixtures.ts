// Writes the files the importer's tests read (`npx tsx scripts/make-import-fixtures.ts`):
// tests/fixtures/import/news-page.html, a news page saved from a browser with everything a real
// one carries around its article (navigation, adverts, related links, comments, a newsletter box,
// sharing buttons, a footer, metadata), and tests/fixtures/import/water-audit.docx, a Word file
// with a title, headings, paragraphs and a table. Both articles are invented for these tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import {
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';

const FOLDER = 'tests/fixtures/import';

const ARTICLE_PARAGRAPHS = [
	'MILLBROOK — A park built to soak up floodwater opened on Saturday on the site of the town’s old rail yard, three years after the Tern River burst its banks and flooded more than 400 homes.',
	'The Tern Meadows park covers 12 hectares and can hold about 90,000 cubic metres of water in its lowered lawns and ponds, enough to fill 36 Olympic swimming pools, according to the town’s engineers.',
	'“Most days it is a park where children play football,” said Mayor Rosa Delgado at the opening. “On the worst day of the year it becomes a sponge that keeps water out of people’s kitchens.”'
];

const HOW_IT_WORKS = [
	'When the river rises, water flows over a low stone wall into three ponds. The ponds fill first, then the lawns, which sit two metres below the level of the surrounding streets. After the flood passes, the water drains slowly back into the river through a pipe under Station Road.',
	'The ponds also clean the water. Reeds planted along their edges trap mud and oil washed off the roads before it reaches the river, said Samuel Ibe, the engineer who designed the park.'
];

const WHO_PAID = [
	'The project cost 8.5 million euros. The regional government paid two thirds of the cost, and the town paid the rest from a flood fund it set up after the 2022 floods.',
	'Some residents had opposed the plan because the rail yard was meant to become a car park for the town centre. Shop owners said customers would have nowhere to park. The council answered by adding 80 parking spaces on the edge of the park.',
	'Insurance companies have already noticed. Premiums for homes on Mill Lane and Canal Street, the streets worst hit in 2022, will fall by about 15 percent next year, the regional insurers’ association said on Friday.',
	'The town plans a second, smaller park upstream at Ashford Farm. Work is expected to begin in the spring of 2026.'
];

const paragraphs = (texts: string[]) => texts.map((text) => `\t\t\t\t<p>${text}</p>`).join('\n');

/** A news page as "Save page as… (HTML only)" writes it: the article amid the site's furniture. */
export function newsPageHtml(): string {
	const jsonLd = JSON.stringify({
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: 'Millbrook opens flood park on old rail yard',
		datePublished: '2025-04-14T09:30:00+02:00',
		author: { '@type': 'Person', name: 'Hannah Okafor' },
		publisher: { '@type': 'Organization', name: 'The Millbrook Courier' }
	});
	return `<!doctype html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<title>Millbrook opens flood park on old rail yard | The Millbrook Courier</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="The Tern Meadows park can hold 90,000 cubic metres of floodwater.">
	<meta property="og:title" content="Millbrook opens flood park on old rail yard">
	<meta property="og:site_name" content="The Millbrook Courier">
	<meta property="og:url" content="https://www.millbrookcourier.example/news/2025/04/14/flood-park-opens">
	<meta property="article:published_time" content="2025-04-14T09:30:00+02:00">
	<link rel="canonical" href="https://www.millbrookcourier.example/news/2025/04/14/flood-park-opens">
	<link rel="stylesheet" href="https://www.millbrookcourier.example/static/site.css">
	<script type="application/ld+json">${jsonLd}</script>
	<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ section: 'news' });</script>
</head>
<body>
	<div class="cookie-banner" role="dialog" aria-label="Cookies">
		<p>We use cookies to improve your experience. <button>Accept all</button></p>
	</div>
	<header class="site-header">
		<a class="logo" href="/">The Millbrook Courier</a>
		<nav class="main-nav" aria-label="Sections">
			<ul>
				<li><a href="/">Home</a></li>
				<li><a href="/news">News</a></li>
				<li><a href="/sport">Sport</a></li>
				<li><a href="/business">Business</a></li>
				<li><a href="/opinion">Opinion</a></li>
				<li><a href="/weather">Weather</a></li>
			</ul>
		</nav>
	</header>
	<div class="ad-slot ad-leaderboard">
		<p>Advertisement</p>
		<p>Save 20% on garden furniture this weekend at Greenway Stores.</p>
	</div>
	<main>
		<article class="story">
			<header class="story-header">
				<p class="kicker"><a href="/news">News</a></p>
				<h1>Millbrook opens flood park on old rail yard</h1>
				<p class="byline">By <a rel="author" href="/authors/hannah-okafor">Hannah Okafor</a>, Environment reporter</p>
				<p class="dateline"><time datetime="2025-04-14T09:30:00+02:00" itemprop="datePublished">14 April 2025</time></p>
			</header>
			<div class="share-buttons">
				<a href="#">Share on Facebook</a> <a href="#">Share by email</a>
			</div>
			<figure>
				<img src="tern-meadows.jpg" alt="Lawns and ponds beside the river">
				<figcaption>The lowered lawns of Tern Meadows on Saturday. (Photo: Lena Park)</figcaption>
			</figure>
			<div class="story-body">
${paragraphs(ARTICLE_PARAGRAPHS)}
				<div class="ad-slot ad-inline">
					<p>Advertisement</p>
					<p>Millbrook Motors: new and used cars, easy finance.</p>
				</div>
				<h2>How the park works</h2>
${paragraphs(HOW_IT_WORKS)}
				<h2>Paid for by the town and the region</h2>
${paragraphs(WHO_PAID)}
			</div>
			<div class="newsletter-signup">
				<h3>Get the Courier in your inbox</h3>
				<p>Our morning briefing, every weekday at 7 a.m.</p>
				<form><label>Email <input type="email"></label> <button>Sign up</button></form>
			</div>
		</article>
		<aside class="related-stories">
			<h2>Related stories</h2>
			<ul>
				<li><a href="/news/bridge-budget">Council approves budget for new bridge</a></li>
				<li><a href="/news/floods-2022-photos">Ten photos of the 2022 floods</a></li>
				<li><a href="/weather/week">More rain expected this week</a></li>
			</ul>
		</aside>
		<section id="comments" class="comments">
			<h2>Comments (3)</h2>
			<ol class="comment-list">
				<li class="comment"><p class="comment-author">riverwatcher</p><p>Great news for Mill Lane, finally! We were under water for a week in 2022.</p></li>
				<li class="comment"><p class="comment-author">Pat K.</p><p>Still think the car park would have been better for the shops.</p></li>
				<li class="comment"><p class="comment-author">Jo</p><p>Took the kids there on Sunday, the ponds are lovely.</p></li>
			</ol>
		</section>
	</main>
	<footer class="site-footer">
		<p>© 2025 The Millbrook Courier. All rights reserved.</p>
		<p><a href="/contact">Contact us</a> · <a href="/privacy">Privacy policy</a></p>
	</footer>
</body>
</html>
`;
}

const AUDIT_INTRO = [
	'In March, the eco club of Hillside Secondary School measured how much water the school uses in a normal week and where it goes.',
	'Twelve students read the water meters every morning and every afternoon for five school days, and checked every tap, toilet and pipe they could reach for leaks.'
];

const AUDIT_FINDINGS = [
	'The school used 41,000 litres of water a day on average, about 45 litres for each of its 900 students and staff.',
	'The sports hall used the most water because its showers run for a long time after every lesson. The science block used the least.',
	'The students found 14 leaks. Most were dripping taps, but a broken pipe under the kitchen floor was losing about 2,000 litres a day on its own.'
];

const AUDIT_NEXT = [
	'The head teacher, Amira Haddad, agreed to repair the kitchen pipe during the Easter holiday and to fit timers to the showers in the sports hall.',
	'The eco club will measure again in June to see how much water the changes save.'
];

const AUDIT_TABLE: [string, string, string][] = [
	['Building', 'Litres per day', 'Leaks found'],
	['Sports hall', '16,500', '5'],
	['Main building', '13,000', '6'],
	['Kitchen', '9,500', '2'],
	['Science block', '2,000', '1']
];

function cell(text: string, bold = false): TableCell {
	return new TableCell({
		width: { size: 3000, type: WidthType.DXA },
		children: [new Paragraph({ children: [new TextRun({ text, bold })] })]
	});
}

/** A Word file as a club or a teacher writes one: a title, headings, paragraphs and a table. */
export async function waterAuditDocx(): Promise<Buffer> {
	const [header, ...rows] = AUDIT_TABLE;
	const document = new Document({
		creator: 'Hillside Eco Club',
		title: 'Our school’s water audit',
		sections: [
			{
				children: [
					new Paragraph({ text: 'Our school’s water audit', heading: HeadingLevel.TITLE }),
					...AUDIT_INTRO.map((text) => new Paragraph({ text })),
					new Paragraph({ text: 'What we found', heading: HeadingLevel.HEADING_1 }),
					...AUDIT_FINDINGS.map((text) => new Paragraph({ text })),
					new Table({
						rows: [
							new TableRow({
								tableHeader: true,
								children: header!.map((text) => cell(text, true))
							}),
							...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))
						]
					}),
					new Paragraph({ text: 'What happens next', heading: HeadingLevel.HEADING_2 }),
					...AUDIT_NEXT.map((text) => new Paragraph({ text }))
				]
			}
		]
	});
	return sameBytesEveryRun(await Packer.toBuffer(document));
}

/**
 * The `docx` package stamps the time of writing into the file (its properties and every zip
 * entry); a fixed time instead makes the fixture the same bytes on every run of this script.
 */
function sameBytesEveryRun(docx: Buffer): Buffer {
	const WRITTEN = '2026-03-02T09:00:00.000Z';
	const entries = unzipSync(new Uint8Array(docx));
	const core = entries['docProps/core.xml'];
	if (core) {
		const text = strFromU8(core).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, WRITTEN);
		entries['docProps/core.xml'] = strToU8(text);
	}
	const zipped = zipSync(
		Object.fromEntries(
			Object.entries(entries).map(([name, data]) => [name, [data, { mtime: new Date(WRITTEN) }]])
		)
	);
	return Buffer.from(zipped);
}

async function main(): Promise<void> {
	mkdirSync(FOLDER, { recursive: true });
	const page = join(FOLDER, 'news-page.html');
	writeFileSync(page, newsPageHtml());
	const docx = join(FOLDER, 'water-audit.docx');
	writeFileSync(docx, await waterAuditDocx());
	console.log(`Wrote ${page} and ${docx}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
