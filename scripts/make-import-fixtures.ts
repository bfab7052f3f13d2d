// Writes the files the importer's tests read (`npx tsx scripts/make-import-fixtures.ts`):
// tests/fixtures/import/news-page.html, a news page saved from a browser with everything a real
// one carries around its article (navigation, adverts, related links, comments, a newsletter box,
// sharing buttons, a footer, metadata), and tests/fixtures/import/water-audit.docx, a Word file
// with a title, headings, paragraphs and a table. Both articles are invented for these tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { newsPageHtml, type NewsBlock, type NewsPage } from './fixtures/news-page';
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

const asBlocks = (texts: readonly string[]): NewsBlock[] =>
	texts.map((paragraph) => ({ paragraph }));

/** The fixture's page: the Millbrook Courier's story, as "Save page as… (HTML only)" writes it. */
export const MILLBROOK_PAGE: NewsPage = {
	site: 'The Millbrook Courier',
	siteShortName: 'Courier',
	siteUrl: 'https://www.millbrookcourier.example',
	path: '/news/2025/04/14/flood-park-opens',
	title: 'Millbrook opens flood park on old rail yard',
	description: 'The Tern Meadows park can hold 90,000 cubic metres of floodwater.',
	published: '2025-04-14T09:30:00+02:00',
	publishedText: '14 April 2025',
	author: 'Hannah Okafor',
	authorRole: 'Environment reporter',
	blocks: [
		...asBlocks(ARTICLE_PARAGRAPHS),
		{ heading: 'How the park works' },
		...asBlocks(HOW_IT_WORKS),
		{ heading: 'Paid for by the town and the region' },
		...asBlocks(WHO_PAID)
	],
	figure: {
		src: 'tern-meadows.jpg',
		alt: 'Lawns and ponds beside the river',
		caption: 'The lowered lawns of Tern Meadows on Saturday. (Photo: Lena Park)'
	},
	leaderboardAd: 'Save 20% on garden furniture this weekend at Greenway Stores.',
	inlineAd: 'Millbrook Motors: new and used cars, easy finance.',
	related: [
		{ href: '/news/bridge-budget', text: 'Council approves budget for new bridge' },
		{ href: '/news/floods-2022-photos', text: 'Ten photos of the 2022 floods' },
		{ href: '/weather/week', text: 'More rain expected this week' }
	],
	comments: [
		{
			author: 'riverwatcher',
			text: 'Great news for Mill Lane, finally! We were under water for a week in 2022.'
		},
		{ author: 'Pat K.', text: 'Still think the car park would have been better for the shops.' },
		{ author: 'Jo', text: 'Took the kids there on Sunday, the ponds are lovely.' }
	]
};

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
	writeFileSync(page, newsPageHtml(MILLBROOK_PAGE));
	const docx = join(FOLDER, 'water-audit.docx');
	writeFileSync(docx, await waterAuditDocx());
	console.log(`Wrote ${page} and ${docx}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
