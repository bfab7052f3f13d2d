import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticleText } from './clean-text';
import { parseArticleFile } from './parse-article-file';
import { readArticle, repairGluedArticle, repairMissingSpaces } from './read-article';
import { segmentBody } from './segment';

const FLOOD = 'The river rose two metres overnight. Barges were tied up along the quay.';
const COURT = 'The judges ruled that the ban was unlawful. The city has 28 days to appeal.';
const MATCH =
	'The home side scored twice in the last ten minutes. Their coach called it a fair result.';
const MERGER = 'The two lenders will combine their branch networks. Shareholders vote in June.';
const STUDY =
	'Mice given the compound lived longer than the control group. The effect faded with age.';
const ELECTION = 'Voters queued outside schools from dawn. Turnout passed 70 percent by noon.';
const SUMMIT =
	'The leaders met for four hours behind closed doors. Both sides called the talks useful.';
const STRIKE = 'Dock workers walked out at midnight over pay. Ships anchored offshore to wait.';
const WILDFIRE = 'Flames jumped the highway late on Tuesday. Crews cut a firebreak above the town.';
const VACCINE =
	'The new vaccine cut hospital stays by half in the trial. Regulators will review it next month.';

describe('readArticle: headline', () => {
	it.each([
		['a title-case headline', 'River Floods Close Port for Third Day', FLOOD],
		[
			'an agency headline with an initial',
			'Top U.N. Envoy Heading to Geneva for Talks on Ceasefire',
			SUMMIT
		],
		['a two-part headline with a semicolon', 'Banks Agree Merger; Unions Left Out', MERGER],
		['a headline ending in an initialism', 'Vaccine Maker Opens New Plant in U.S.', VACCINE],
		['a leading # Title', '# Wildfire Forces Evacuation of Hill Towns', WILDFIRE],
		['a headline above a byline', 'Late Goals Give Rovers Derby Win', `By Sam Okafor\n\n${MATCH}`]
	])('takes %s as the title, never the body', (_shape, headline, rest) => {
		const article = readArticle(`${headline}\n\n${rest}`);
		expect(article.title).toBe(headline.replace(/^# /, ''));
		expect(article.body).not.toContain(headline.replace(/^# /, ''));
		expect(article.body.startsWith(rest.replace(/^By Sam Okafor\n\n/, ''))).toBe(true);
		expect(article.dropped[0]).toEqual({ text: headline, reason: 'headline' });
	});

	it.each([
		['directly', 'Dock workers strike over pay in Rotterdam\n\nROTTERDAM (Reuters) - '],
		['past a byline', 'Voters head to the polls in a tight race\n\nBy Ana Ruiz\n\nLIMA, Peru — ']
	])('takes a sentence-case line followed %s by a dateline as the title', (_how, head) => {
		const article = readArticle(`${head}${STRIKE}`);
		expect(article.title).toBe(head.split('\n')[0]);
		expect(article.body).toBe(STRIKE);
	});

	it('keeps a first line that is a sentence', () => {
		const article = readArticle(`Floods closed the river port on Monday.\n\n${FLOOD}`);
		expect(article.title).toBeUndefined();
		expect(article.body).toBe(`Floods closed the river port on Monday.\n\n${FLOOD}`);
	});

	it('keeps a sentence-case first line above no paragraph of running text', () => {
		const article = readArticle(`Floods closed the river port again on Monday\n\n${FLOOD}`);
		expect(article.title).toBeUndefined();
		expect(article.body).toContain('Floods closed the river port again on Monday');
	});

	it('takes a sentence-case headline above a paragraph of running text as the title', () => {
		const lead = `${FLOOD} ${STRIKE} ${COURT}`;
		const article = readArticle(`Dutch museum returns looted treasures to Nepal\n\n${lead}`);
		expect(article.title).toBe('Dutch museum returns looted treasures to Nepal');
		expect(article.body).toBe(lead);
	});

	it('takes a sentence-case headline above its standfirst as the title, and leaves the standfirst out', () => {
		const lead = `${FLOOD} ${STRIKE} ${COURT}`;
		const article = readArticle(
			`Port shuts as river rises for a third day\n\nShippers say the closure could cost them millions of euros\n\nBy Ana Ruiz\n\n${lead}`
		);
		expect(article.title).toBe('Port shuts as river rises for a third day');
		expect(article.body).toBe(lead);
		expect(article.dropped).toEqual([
			{ text: 'Port shuts as river rises for a third day', reason: 'headline' },
			{ text: 'Shippers say the closure could cost them millions of euros', reason: 'standfirst' },
			{ text: 'By Ana Ruiz', reason: 'byline' }
		]);
	});

	it('keeps two unpunctuated lines above no running text', () => {
		const article = readArticle(
			`Port shuts as river rises for a third day\n\nShippers say the closure could cost them millions of euros\n\nFloods closed the port`
		);
		expect(article.title).toBeUndefined();
		expect(article.dropped).toEqual([]);
	});

	it('takes a headline as the title past its standfirst, a byline with the writer’s job and a timestamp', () => {
		const lead = `${FLOOD} ${STRIKE} ${COURT}`;
		const article = readArticle(
			`Port shuts as river rises for a third day\n\nShippers say the closure could cost them millions of euros\n\nBy Ana Ruiz\nStaff Writer\n\nPublished 6:12 p.m. ET Feb. 20 | Updated 9:40 p.m. ET Feb. 20\n\n${lead}`
		);
		expect(article.title).toBe('Port shuts as river rises for a third day');
		expect(article.body).toBe(lead);
	});

	it.each([
		[
			'a standfirst opening on an amount and a byline without “By”',
			'€9m scheme will fund pouches and lockers for every school',
			'Ciarán Walsh\nEducation Correspondent'
		],
		[
			'a byline that names the desk',
			'Investigators were sent to the port after the emergency descent',
			'Emma MacLeod · Nova Scotia bureau\nPosted: Mar 03 | Last Updated: Mar 03'
		],
		[
			'a byline and its timestamp on one line',
			'Federal government under pressure as dozens of ships wait offshore',
			'By Daniel Arsenault | Published 6:42 a.m. ET'
		]
	])('takes the headline above %s as the title', (_case, standfirst, byline) => {
		const lead = `${FLOOD} ${STRIKE} ${COURT}`;
		const article = readArticle(
			`Port shuts as river rises for a third day\n\n${standfirst}\n\n${byline}\n\n${lead}`
		);
		expect(article.title).toBe('Port shuts as river rises for a third day');
		expect(article.body).toBe(lead);
	});

	it('keeps a short sentence-case label at the top out of the title', () => {
		const lead = `${FLOOD} ${STRIKE} ${COURT}`;
		expect(readArticle(`Latest news today\n\n${lead}`).title).toBeUndefined();
	});

	it('keeps a first line ending in a question mark', () => {
		expect(readArticle(`Will the Bridge Open Again?\n\n${FLOOD}`).title).toBeUndefined();
	});

	it('makes a short label at the top a sub-heading, not a title', () => {
		const article = readArticle(`Match Report\n${MATCH}`);
		expect(article.title).toBeUndefined();
		expect(article.body).toBe(`## Match Report\n\n${MATCH}`);
	});

	it('makes a short title-case line further down a sub-heading', () => {
		const article = readArticle(`${COURT}\n\nWhat the Judges Said\n\n${FLOOD}`);
		expect(article.title).toBeUndefined();
		expect(article.body).toBe(`${COURT}\n\n## What the Judges Said\n\n${FLOOD}`);
	});
});

describe('readArticle: dateline', () => {
	it.each([
		['WASHINGTON — ', 'WASHINGTON', 'WASHINGTON —'],
		['WHITE HOUSE — ', 'WHITE HOUSE', 'WHITE HOUSE —'],
		['NEW YORK - ', 'NEW YORK', 'NEW YORK -'],
		['SANTIAGO, Chile (Reuters) - ', 'SANTIAGO, Chile', 'SANTIAGO, Chile (Reuters) -'],
		['LONDON (AP) — ', 'LONDON', 'LONDON (AP) —'],
		['BEIRUT, Lebanon — ', 'BEIRUT, Lebanon', 'BEIRUT, Lebanon —'],
		['Kyiv, Ukraine — ', 'Kyiv, Ukraine', 'Kyiv, Ukraine —'],
		['Geneva (AFP) – ', 'Geneva', 'Geneva (AFP) –'],
		['GENEVA, March 3 (Reuters) – ', 'GENEVA, March 3', 'GENEVA, March 3 (Reuters) –'],
		['NAIROBI: ', 'NAIROBI', 'NAIROBI:'],
		['RIO DE JANEIRO — ', 'RIO DE JANEIRO', 'RIO DE JANEIRO —']
	])('removes the dateline "%s" and records the place', (opening, place, removed) => {
		const article = readArticle(`${opening}${SUMMIT}\n\n${COURT}`);
		expect(article.dateline).toBe(place);
		expect(article.body).toBe(`${SUMMIT}\n\n${COURT}`);
		expect(article.dropped).toEqual([{ text: removed, reason: 'dateline' }]);
	});

	it('finds a dateline in the second paragraph, after a standfirst', () => {
		const article = readArticle(`A tense day of talks ended without a deal.\n\nPARIS — ${SUMMIT}`);
		expect(article.dateline).toBe('PARIS');
		expect(article.body).toBe(`A tense day of talks ended without a deal.\n\n${SUMMIT}`);
	});

	it.each([
		['a name and a dash in prose', 'Okafor — the club captain — scored twice before half-time.'],
		[
			'a capitalised word, a dash and a capital',
			'Meanwhile — Rovers kept the ball for long spells.'
		],
		['an acronym followed by lower case', 'NATO — the alliance of 32 countries — met on Monday.'],
		['a kicker label', 'BREAKING: Flames jumped the highway late on Tuesday.']
	])('keeps %s', (_name, paragraph) => {
		const article = readArticle(`${paragraph}\n\n${MATCH}`);
		expect(article.dateline).toBeUndefined();
		expect(article.body).toBe(`${paragraph}\n\n${MATCH}`);
	});

	it('leaves a dateline-like opening deeper in the story alone', () => {
		const body = `${FLOOD}\n\n${COURT}\n\nHAMBURG — ${STRIKE}`;
		expect(readArticle(body)).toEqual({ body, dropped: [] });
	});
});

describe('readArticle: page clutter', () => {
	it.each([
		['caption', 'Firefighters on the ridge above the town in 2021. (File)'],
		['caption', 'The old stadium before its renovation (File photo)'],
		['caption', 'Voters queue outside a school in Lima on Sunday. (AP Photo/Ana Ruiz)'],
		['caption', 'Dock workers gather at the gate of the port in Rotterdam (Reuters)'],
		['caption', 'Photo: Lab technicians prepare vaccine doses'],
		['caption', 'Engineers inspect the dam on Friday. Photo: Sam Lee/AFP'],
		[
			'caption',
			'A farmer inspects dried coffee cherries on a plantation in Dak Lak province, Vietnam. REUTERS/Tran Minh Duc'
		],
		[
			'caption',
			'Teachers march past the Congress building in Buenos Aires. Reuters/Javier Montero'
		],
		[
			'caption',
			'Residents carry their belongings through a flooded street in Castilla, February 11.'
		],
		[
			'caption',
			'Dock workers walk past idle cranes in Rotterdam, Netherlands, Tuesday, Oct. 3, 2023.'
		],
		['credit', 'Photo credit: Valley Fire Service'],
		['credit', 'Getty Images'],
		['credit', '(AFP)'],
		['newsletter', 'Get the top stories delivered to your inbox'],
		['newsletter', 'Sign up for our newsletter'],
		['newsletter', 'Subscribe to The Morning Briefing'],
		['share', 'Share this article'],
		['share', 'Share on Facebook'],
		['share', 'Facebook | Twitter | Email'],
		['comments', 'Comments'],
		['comments', 'Leave a comment'],
		['comments', 'Join the conversation'],
		['comments', '12 comments'],
		['copyright', '© 2024 Harbour Times Ltd'],
		['copyright', 'Copyright 2023 The Valley Post. All rights reserved.'],
		['advert', 'Advertisement'],
		['advert', 'ADVERTISEMENT'],
		['timestamp', 'Published 3 hours ago'],
		['timestamp', 'Updated: March 4, 2024 10:15 a.m. ET'],
		['timestamp', 'Updated 14:05 GMT'],
		['timestamp', 'Thursday, 17:45'],
		['timestamp', 'Published 6:12 p.m. ET Feb. 20 | Updated 9:40 p.m. ET Feb. 20'],
		['byline', 'Staff Writer'],
		['byline', 'Senior Health Reporter'],
		['byline', 'Denise Kowalczyk covers business and labor for The Courier.'],
		['byline', 'By Maria Costa'],
		['byline', 'By Tom Reed | Reuters'],
		['byline', 'Reporting by Lena Park; Editing by Omar Said']
	])('drops a %s line "%s" in the middle of the story', (reason, line) => {
		const article = readArticle(`${WILDFIRE}\n\n${line}\n\n${ELECTION}`);
		expect(article.body).toBe(`${WILDFIRE}\n\n${ELECTION}`);
		expect(article.dropped).toEqual([{ text: line, reason }]);
	});

	it('drops clutter lines in a paste without blank lines', () => {
		const article = readArticle(`${STUDY}\nAdvertisement\n${VACCINE}\n© 2024 Lab News`);
		expect(article.body).toBe(`${STUDY}\n\n${VACCINE}`);
		expect(article.dropped.map((block) => block.reason)).toEqual(['advert', 'copyright']);
	});

	it.each([
		['related', 'Related:', ['- Storm batters the coast', 'Town hall closed for repairs']],
		['most-popular', 'Most popular', ['1. Rovers sign new keeper', '2. Ticket prices rise']],
		['related', 'Also read: Council meets on Friday', []]
	])('drops a %s list with its items', (reason, header, items) => {
		const article = readArticle([MERGER, header, ...items, COURT].join('\n\n'));
		expect(article.body).toBe(`${MERGER}\n\n${COURT}`);
		expect(article.dropped).toEqual([header, ...items].map((text) => ({ text, reason })));
	});

	it.each([
		['ends in an agency credit', `${MERGER} Shares rose 4 percent in early trading (Reuters).`],
		[
			'starts like a sign-up prompt',
			'Sign up numbers for the trial doubled in a week. Researchers were surprised.'
		],
		['mentions a newsletter', 'Residents get the council newsletter by email each Friday.'],
		['starts with "By" and a name', 'By Friday, the water had gone.'],
		['starts with "Copyright"', 'Copyright lawyers said the case could take years.'],
		['ends on a date after a comma', 'The mayor said the port would reopen on Monday, March 4.']
	])('keeps a paragraph that %s', (_name, paragraph) => {
		const article = readArticle(`${FLOOD}\n\n${paragraph}`);
		expect(article.body).toBe(`${FLOOD}\n\n${paragraph}`);
		expect(article.dropped).toEqual([]);
	});
});

describe('repairMissingSpaces', () => {
	it.each([
		['the judges.The court', 'the judges. The court'],
		['the talks.Reports said', 'the talks. Reports said'],
		['had "stalled".Reports said', 'had "stalled". Reports said'],
		['the fans cheered.”The referee', 'the fans cheered.” The referee'],
		['Was it over?Nobody knew', 'Was it over? Nobody knew'],
		['talks with the bloc (EU).Officials said', 'talks with the bloc (EU). Officials said']
	])('adds the space in "%s"', (input, repaired) => {
		expect(repairMissingSpaces(input)).toBe(repaired);
	});

	it.each([
		['an initialism', 'U.S.Army engineers arrived'],
		['a single initial', 'talks with N.Korea resumed'],
		['a decimal', 'growth of 3.5 percent'],
		['a title', 'Mr.Smith and Dr.Jones and Sen.Lee'],
		['"e.g." and "Ph.D."', 'e.g.The staff and Ph.D.Students'],
		['a domain', 'see VOA.News or www.Lectern.org'],
		['an address', 'https://example.org/News.Today'],
		['a brand', 'the new model.iPhone users and ASP.NET and the.NET runtime'],
		['"etc."', 'pens, paper etc.Nothing else']
	])('leaves %s alone', (_name, text) => {
		expect(repairMissingSpaces(text)).toBe(text);
	});

	it('repairs the body but keeps its paragraphs', () => {
		expect(readArticle(`${STRIKE}\n\nPay talks ended.Union leaders left.`).body).toBe(
			`${STRIKE}\n\nPay talks ended. Union leaders left.`
		);
	});
});

describe('repairGluedArticle', () => {
	it.each([
		['others from theadministration took a flight', 'others from the administration took a flight'],
		['Thegovernment said so.', 'The government said so.'],
		// A word the text writes on its own elsewhere, whatever its ending.
		['theharbour closed. The harbour opened.', 'the harbour closed. The harbour opened.']
	])('adds the space in "%s"', (input, repaired) => {
		expect(repairGluedArticle(input)).toBe(repaired);
	});

	it.each([
		'The theatrical show ended.',
		'Thereafter, therapists and theorists met themselves.',
		'Thermal imaging found theft at the theaters.',
		'Their theme was the thesis.'
	])('leaves real words alone: "%s"', (text) => {
		expect(repairGluedArticle(text)).toBe(text);
	});

	it('repairs the body the questions quote', () => {
		expect(readArticle(`${STRIKE}\n\nOfficials from theadministration left.`).body).toBe(
			`${STRIKE}\n\nOfficials from the administration left.`
		);
	});
});

describe('readArticle: the whole story', () => {
	it('lists everything dropped in reading order', () => {
		const raw = [
			'Judges Strike Down City Parking Ban',
			'By Maria Costa\nPublished 2 hours ago',
			`LONDON (AP) — ${COURT}`,
			'Lawyers outside the court on Monday. (File)',
			FLOOD,
			'Advertisement',
			MATCH,
			'Sign up for our newsletter',
			'© 2024 Harbour Times Ltd'
		].join('\n\n');
		expect(readArticle(raw)).toEqual({
			title: 'Judges Strike Down City Parking Ban',
			dateline: 'LONDON',
			body: [COURT, FLOOD, MATCH].join('\n\n'),
			dropped: [
				{ text: 'Judges Strike Down City Parking Ban', reason: 'headline' },
				{ text: 'By Maria Costa', reason: 'byline' },
				{ text: 'Published 2 hours ago', reason: 'timestamp' },
				{ text: 'LONDON (AP) —', reason: 'dateline' },
				{ text: 'Lawyers outside the court on Monday. (File)', reason: 'caption' },
				{ text: 'Advertisement', reason: 'advert' },
				{ text: 'Sign up for our newsletter', reason: 'newsletter' },
				{ text: '© 2024 Harbour Times Ltd', reason: 'copyright' }
			]
		});
	});

	it('records a dateline before the clutter that shares its block', () => {
		const article = readArticle(`WASHINGTON — ${ELECTION}\nAdvertisement\n\n${SUMMIT}`);
		expect(article.body).toBe(`${ELECTION}\n\n${SUMMIT}`);
		expect(article.dropped.map((block) => block.reason)).toEqual(['dateline', 'advert']);
	});

	it('leaves the bundled Markdown body unchanged, with nothing dropped', () => {
		const parsed = parseArticleFile(
			readFileSync('questions/kazakhstan-2022/article.md', 'utf8'),
			'article.md'
		);
		if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
		const article = readArticle(parsed.value.body);
		expect(segmentBody(article.body)).toEqual(segmentBody(parsed.value.body));
		expect([article.title, article.dateline, article.dropped]).toEqual([undefined, undefined, []]);
	});

	it('gives cleanArticleText the same body', () => {
		const raw = `Floods Close River Port\n\nHAMBURG — ${FLOOD}\n\nAdvertisement`;
		expect(cleanArticleText(raw)).toBe(readArticle(raw).body);
		expect(cleanArticleText(raw)).toBe(FLOOD);
	});

	it('reads a 200,000-character paste in well under a second', () => {
		const paragraph = `${VACCINE} The trial ran in 12 cities.Results were published today.`;
		const raw = `${'x'.repeat(50_000)}.\n\n${Array(1600).fill(paragraph).join('\n\n')}`;
		const started = performance.now();
		readArticle(raw);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
