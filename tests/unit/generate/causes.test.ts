import { quotesBalanced } from '../../../src/lib/reading/generate/text/grammar';
import { describe, expect, it } from 'vitest';
import { causeQuestions } from '../../../src/lib/reading/generate/questions/causes';
import type { QuestionDraft } from '../../../src/lib/reading/generate/types';
import { analyzed, PADDING } from './helpers';

const KAZAKHSTAN = [
	'During a violent crackdown on anti-government protests, the leader told security forces to fire without warning.',
	'President Kassym-Jomart Tokayev claimed that bandits attacked Almaty, the epicenter of protests sparked by increased fuel prices.',
	'Fresh gunfire was heard near the main square earlier on Friday.',
	'Fuel riots have erupted into broader anti-government protests, resulting in top-level resignations and a bloody crackdown on demonstrators.',
	'The unrest began on Sunday, when the price of liquefied petroleum gas (LPG) doubled, prompting protesters to take to the streets.',
	'According to the government, fuel price caps will be reinstated for six months.',
	'Kazakhstan is frequently described as authoritarian, with the ruling party winning nearly all elections.'
];

const choices = (...paragraphs: string[]) =>
	causeQuestions(analyzed(...paragraphs))
		.map((c) => c.draft)
		.filter(
			(q): q is Extract<QuestionDraft, { type: 'single-choice' }> => q.type === 'single-choice'
		);
const wrongOptions = (q: Extract<QuestionDraft, { type: 'single-choice' }>) =>
	q.options.filter((_, i) => i !== q.correctIndex);
// Irregular pasts count too: "Protesters took to the streets" is a clause.
const isClause = (option: string) =>
	/\b(?:was|were|has|have|had|will|is|are|took|began|rose|fell|\w+ed)\b/.test(option) &&
	option.split(' ').length >= 4;

/** Each cause question of the sentences, as its prompt and answer. */
const askedWithAnswers = (...sentences: string[]) =>
	causeQuestions(analyzed(...sentences, ...PADDING)).map((c) => [
		c.draft.prompt,
		c.draft.answerText
	]);

describe('cause-effect options', () => {
	const questions = choices(...KAZAKHSTAN);

	it.each([
		['what sparked the protests?', 'Increased fuel prices', 'noun phrase'],
		['what triggered the unrest?', 'The price of liquefied petroleum gas (LPG) doubled', 'clause'],
		[
			'what resulted in top-level resignations and a bloody crackdown on demonstrators?',
			'Fuel riots have erupted into broader anti-government protests',
			'clause'
		]
	])('for “%s” (%s) offers wrong options phrased the same way', (asked, answer, shape) => {
		const question = questions.find((q) => q.prompt === `According to the article, ${asked}`);
		expect(question?.answerText).toBe(answer);
		const wrong = question ? wrongOptions(question) : [];
		expect(wrong.length).toBeGreaterThanOrEqual(2);
		for (const option of wrong) expect(isClause(option)).toBe(shape === 'clause');
	});

	it('never offers a quantity fragment, a restatement of the effect or two overlapping options', () => {
		for (const question of questions) {
			const wrong = wrongOptions(question).map((o) => o.toLowerCase());
			expect(wrong.filter((o) => /^(?:all|many|some|most) /.test(o))).toEqual([]);
			expect(wrong.filter((o) => question.prompt.toLowerCase().includes(o))).toEqual([]);
			for (const a of wrong) for (const b of wrong) if (a !== b) expect(a.includes(b)).toBe(false);
		}
	});
});

describe('cause-effect prompts', () => {
	it.each([
		'The story began in March 2022, when the investment firm Halden Capital bought a stake in the company.',
		'The study began in 2019, when researchers asked 2,100 students about their sleep.'
	])('asks nothing about what “triggered” a story or a study: %s', (sentence) => {
		const prompts = causeQuestions(analyzed(sentence, ...KAZAKHSTAN.slice(0, 3))).map(
			(c) => c.draft.prompt
		);
		expect(prompts.filter((p) => /triggered the (?:story|study)/.test(p))).toEqual([]);
	});
});

describe('cause questions about a thing another sentence names', () => {
	const prompts = (...paragraphs: string[]) =>
		causeQuestions(analyzed(...paragraphs)).map((c) => c.draft.prompt);

	it('asks nothing about “the measure” that the lead never names', () => {
		const asked = prompts(
			'Lawmakers in the port city met on Monday to debate the harbour budget for next year.',
			'The measure failed because three councillors voted against it.',
			'Fishermen protested outside the hall until late in the evening.'
		);
		expect(asked.filter((p) => /measure/.test(p))).toEqual([]);
	});

	it('asks about “the measure” when the lead names the bill', () => {
		const asked = prompts(
			'Lawmakers in the port city voted down a harbour bill on Monday after a long debate.',
			'The measure failed because three councillors voted against it.',
			'Fishermen protested outside the hall until late in the evening.'
		);
		expect(asked.some((p) => /measure/.test(p))).toBe(true);
	});
});

describe('purpose questions', () => {
	const asked = (...paragraphs: string[]) =>
		causeQuestions(analyzed(...paragraphs)).map((c) => [c.draft.prompt, c.draft.answerText]);

	it.each([
		[
			'North Korea has used cyberattacks to steal money from foreign banks.',
			'Why has North Korea used cyberattacks?',
			'to steal money from foreign banks'
		],
		[
			'The council sent engineers to inspect the cracked sea wall.',
			'Why did the council send engineers?',
			'to inspect the cracked sea wall'
		]
	])('asks why of a purpose after a verb of means: %j', (sentence, prompt, answer) => {
		expect(asked(sentence, ...KAZAKHSTAN.slice(0, 3))).toContainEqual([prompt, answer]);
	});

	it('reads “to” before a noun as where, not why', () => {
		const prompts = asked(
			'The mayor sent a letter to officials in the capital.',
			...KAZAKHSTAN.slice(0, 3)
		).map(([prompt]) => prompt);
		expect(prompts.filter((p) => /send a letter/.test(p!))).toEqual([]);
	});
});

describe('cause options that open on their link', () => {
	it('offers no phrase that opens on "with", "amid" or "after" as an event', () => {
		const questions = choices(
			'Dock workers marched through the harbour on Monday because a new pay deal excluded them.',
			'With council members’ attention focused on tense negotiations over a new ferry contract, talks on wages must wait until next month.',
			'Amid rising fuel prices in the region, fishermen kept their boats in port.',
			'The union called a second strike for Friday.',
			'Ferry services to the islands were cancelled for the week.',
			'The harbour board said it would meet the union next month.'
		);
		const options = questions.flatMap(wrongOptions);
		expect(options.length).toBeGreaterThan(0);
		expect(options.filter((o) => /^(?:With|Amid|After)\b/.test(o))).toEqual([]);
	});
});

describe('cause options as long as the cause', () => {
	it('offers no two-word phrase beside a long cause, which its length would give away', () => {
		const paragraphs = [
			'The fuel tax was introduced in June amid pressure from the International Monetary Fund for Kenya to narrow its budget deficit.',
			'Mobile payments have become common in rural areas.',
			'Public participation in the budget was weak, critics said.',
			'A sudden price rise angered traders in the capital.'
		];
		const long = choices(...paragraphs).filter((q) => /introduced/.test(q.prompt));
		for (const question of long) {
			for (const option of wrongOptions(question))
				expect(option.split(' ').length * 3).toBeGreaterThanOrEqual(
					question.options[question.correctIndex]!.split(' ').length
				);
		}
		const typed = causeQuestions(analyzed(...paragraphs)).filter((c) =>
			/introduced/.test(c.draft.prompt)
		);
		expect(typed.length).toBeGreaterThan(0);
	});
});

describe('a cause after a passive response', () => {
	it('asks why a strike was called or an inquiry opened "after" an event', () => {
		const prompts = causeQuestions(
			analyzed(
				'The strike was called by the dock union after talks with the terminal operators broke down last week.',
				'The inquiry was opened in early 2024 after a former clerk gave internal documents to the committee.',
				'The harbour board said it would meet the union next month.',
				'Ferry services to the islands were cancelled for the week.'
			)
		).map((c) => c.draft.prompt);
		expect(prompts.some((p) => /^Why was the strike called/.test(p))).toBe(true);
		expect(prompts.some((p) => /^Why was the inquiry opened/.test(p))).toBe(true);
	});
});

describe('“since” after a perfect', () => {
	it('reads “since” after “had already fallen” as from when, and after a comma as why', () => {
		const prompts = (...sentences: string[]) =>
			causeQuestions(analyzed(...sentences, ...PADDING)).map((c) => c.draft.prompt);
		expect(
			prompts(
				'Footfall in several shopping streets had already fallen since the charge was announced.'
			).filter((p) => /footfall/i.test(p))
		).toEqual([]);
		expect(
			prompts(
				'The ferry company cancelled the late crossings, since the storm had damaged the pier.'
			)
		).toContainEqual(expect.stringMatching(/^Why did the ferry company cancel the late crossings/));
	});
});

describe('causes after an attribution', () => {
	it('asks nothing of the attribution’s time ("What drove the week?")', () => {
		const prompts = causeQuestions(
			analyzed(
				'Annual inflation rose to 24.6% in September, the statistics service said last week, driven by a 31.8% jump in food prices.',
				'The central bank raised its main rate to 30% on Monday to slow rising prices.'
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /\bweek\b/.test(p))).toEqual([]);
	});
});

describe('causes with an auxiliary or a contracted "not"', () => {
	it('leaves the auxiliary out of the cause ("Pension reforms have triggered …")', () => {
		const prompts = causeQuestions(
			analyzed(
				'Pension reforms have triggered mass protests across Europe in recent years.',
				'The government raised the retirement age to 68 on Thursday.'
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /\bhaving\b|reforms have\?/.test(p))).toEqual([]);
		expect(prompts).toContain(
			'According to the article, what happened as a result of pension reforms?'
		);
	});

	it('puts a second past verb the subject did in the infinitive too ("… and fall")', () => {
		const prompts = causeQuestions(
			analyzed(
				'During the last mission, the radar of the probe misread the height of the ground.',
				'As a result, the probe burned through its fuel while hovering and fell the last 200 metres.',
				'The company will try again next year with a new radar.'
			)
		).map((c) => c.draft.prompt);
		expect(prompts).toContain(
			'Why did the probe burn through the fuel while hovering and fall the last 200 metres?'
		);
	});

	it('ends a noun-phrase cause at ", and" that opens another clause', () => {
		const asked = causeQuestions(
			analyzed(
				'In 2022 the power to the training ground was cut off because of unpaid bills, and last season the squad trained on a public field.',
				'The club was founded in 1921 by dock workers.'
			)
		).map((c) => [c.draft.prompt, c.draft.answerText]);
		expect(asked).toContainEqual([
			'Why was the power to the training ground cut off?',
			'unpaid bills'
		]);
	});

	it('keeps a list inside the cause whole, and never cuts a comparison at "than"', () => {
		const answers = causeQuestions(
			analyzed(
				'A software fault overcharged more than 18,000 bus, tram and metro passengers last week, forcing the transport authority to suspend the app.',
				'The app was launched in September.'
			)
		).map((c) => c.draft.answerText);
		expect(answers.filter((a) => /\b(?:more|bus)$/.test(a))).toEqual([]);
	});

	it('cuts a long cause before a phrase, never inside one ("over | about a week")', () => {
		const answers = causeQuestions(
			analyzed(
				'In 2015, a heatwave in the port city killed more than 1,000 people over about a week, prompting the authorities to draw up a heat plan.',
				'The city has 20 million people.'
			)
		).map((c) => c.draft.answerText);
		expect(answers).toContain('In 2015, a heatwave in the port city killed more than 1,000 people');
		expect(answers.filter((a) => /\bover$/.test(a))).toEqual([]);
	});

	it('asks no why cut across the end of a quotation', () => {
		const prompts = causeQuestions(
			analyzed(
				'A spokesperson for the embassy said Norway "welcomes all efforts to protect the fjord" and noted that its dams had released extra water in past droughts in order to ease shortages downstream.',
				'The fjord is home to 40 fish farms.'
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => !quotesBalanced(p))).toEqual([]);
	});

	it('asks no why of a cause inside a condition ("If … because …")', () => {
		const prompts = causeQuestions(
			analyzed(
				'“People come for the old church,” the mayor said. “If even a few young families come back because there is work, that would be the real restoration.”',
				'The church was rebuilt after the quake damaged its roof.'
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /families/.test(p))).toEqual([]);
	});

	it('leaves an adverb out of the cause ("The storm also caused …")', () => {
		const answers = causeQuestions(
			analyzed(
				'The typhoon flooded the coastal town of Virac on Tuesday.',
				'The storm also caused widespread damage to farms and roads across the island.',
				'The government sent rice and water to the island on Thursday.'
			)
		).map((c) => c.draft.answerText);
		expect(answers.filter((a) => /\balso\b/.test(a))).toEqual([]);
		expect(answers).toContain('The storm');
	});

	it('asks no why of a contracted "not" inside a quotation', () => {
		const prompts = causeQuestions(
			analyzed(
				'"My daughter isn\'t sick. She\'s being kept out of class because of a decision made by bureaucrats," said one mother.',
				'The school board closed nine schools on Friday because of the outbreak.'
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /isn't|daughter/.test(p))).toEqual([]);
	});

	it('asks no why of a subject inside a quotation, and keeps a name’s possessive capital', () => {
		const prompts = causeQuestions(
			analyzed(
				'"Many farmers have seen their trees lose flowers because of the heat," said one trader.',
				"Britain's new rail line has been scaled back repeatedly because of rising costs."
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /["“”]/.test(p))).toEqual([]);
		expect(prompts.filter((p) => /britain's/.test(p))).toEqual([]);
		expect(prompts.some((p) => /Britain's new rail line/.test(p))).toBe(true);
	});
});

describe('the tense of a why-question', () => {
	it.each([
		[
			'The central bank cut its main interest rate on Wednesday because exports weakened sharply.',
			'Why did the central bank cut the main interest rate on Wednesday?'
		],
		[
			'Farmers cut their herds because the drought dried up the pastures.',
			'Why do farmers cut their herds?'
		]
	])('asks a bare verb after a singular subject in the past: “%s”', (sentence, prompt) => {
		const prompts = causeQuestions(analyzed(sentence, ...PADDING)).map((c) => c.draft.prompt);
		expect(prompts).toContain(prompt);
	});
});

describe('an effect cut before a relative clause', () => {
	it('leaves the preposition that goes with “which”', () => {
		const prompts = causeQuestions(
			analyzed(
				'The two teams were level after extra time, prompting a shootout in which each player has eight seconds to score.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.some((p) => /prompted a shootout\?$/.test(p))).toBe(true);
		expect(prompts.some((p) => /\bin\?$/.test(p))).toBe(false);
	});
});

describe('a reason given as a list', () => {
	it('keeps every reason “citing” lists, not the first alone', () => {
		const found = causeQuestions(
			analyzed(
				'The central bank cut its main rate on Wednesday, citing weak exports, low inflation and uncertainty over trade policy.',
				...PADDING
			)
		).find((c) => c.draft.prompt === 'Why did the central bank cut the main rate on Wednesday?');
		expect(found?.draft.answerText).toBe(
			'weak exports, low inflation and uncertainty over trade policy'
		);
	});
});

describe('a reason for what a speaker adds or estimates', () => {
	it('asks why the reported event happened, according to the speaker, not why they said it', () => {
		const prompts = causeQuestions(
			analyzed(
				'The transport minister added that all ferry departures from the port had been suspended for 48 hours because of the accident.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts).toContain(
			'Why had all ferry departures from the port been suspended for 48 hours, according to the transport minister?'
		);
		expect(prompts.filter((p) => /^Why did the transport minister add\b/.test(p))).toEqual([]);
	});
});

describe('causes given by blaming, a decision after an event, and events that only happen', () => {
	it.each([
		[
			'Officials blamed the outbreak on low vaccination rates in the northern counties.',
			'According to officials, what caused the outbreak?',
			'low vaccination rates'
		],
		[
			'Farmers blamed the losses on a late frost that hit the valley in April.',
			'According to farmers, what caused the losses?',
			'a late frost'
		],
		[
			'Experts attributed the rise in prices to a poor harvest.',
			'According to experts, what caused the rise in prices?',
			'a poor harvest'
		]
	])('asks who blamed what on what: %s', (sentence, prompt, answer) => {
		expect(askedWithAnswers(sentence)).toContainEqual([prompt, answer]);
	});

	it('asks why a city will ban something after an event', () => {
		expect(
			askedWithAnswers(
				'The city will ban the weedkiller after residents raised concerns about its safety.'
			)
		).toContainEqual([
			'Why will the city ban the weedkiller?',
			'residents raised concerns about its safety'
		]);
	});

	it('asks what lay behind an event that only came amid something, never “Why did the surge come?”', () => {
		const prompts = askedWithAnswers(
			'The surge of the farmers’ party came amid widespread anger over energy bills.'
		);
		expect(prompts).toContainEqual([
			'According to the article, what lay behind the surge of the farmers’ party?',
			'widespread anger over energy bills'
		]);
		expect(prompts.filter(([prompt]) => /^Why\b.*\bcome\?$/.test(prompt!))).toEqual([]);
	});

	it('asks nothing behind what “comes amid” a scene the reporter sets in the present', () => {
		expect(
			askedWithAnswers('The theft comes amid growing concern about the safety of museums.').filter(
				([p]) => /theft/.test(p!)
			)
		).toEqual([]);
	});
});

describe('the event asked about, past what stands between it and its reason', () => {
	it.each([
		[
			'The city will ban the weedkiller from its parks, cemeteries and school grounds, councillors decided on Monday, after residents raised concerns about its safety.',
			'Why will the city ban the weedkiller from the parks, cemeteries and school grounds?',
			'residents raised concerns about its safety'
		],
		[
			'Talks had stalled twice in November, largely because the farmers’ party opposed the bank levy.',
			'Why had talks stalled twice in November?',
			'the farmers’ party opposed the bank levy'
		],
		[
			'Police arrested the club’s former treasurer, who fled the country after auditors found a hole in the accounts.',
			'Why did the club’s former treasurer flee the country?',
			'auditors found a hole in the accounts'
		],
		[
			'Farmers criticised the new rules, which were introduced because the river was polluted.',
			'Why were the new rules introduced?',
			'the river was polluted'
		],
		[
			'Because the sandy soil is highly acidic, little of the man’s skeleton survives, but staining in the ground suggests he was tall.',
			'Why does little of the man’s skeleton survive?',
			'the sandy soil is highly acidic'
		],
		[
			'Most of the deaths were in the mountain province of Benguet, where landslides buried at least nine houses after two days of torrential rain loosened the slopes above farming villages, said a spokesman.',
			'Why did landslides bury at least nine houses?',
			'two days of torrential rain loosened the slopes above farming villages'
		],
		[
			'In a statement, Arlon blamed the closure on a sharp drop in orders from dryer makers and on energy costs that it said have risen 38 percent since 2021.',
			'According to Arlon, what caused the closure?',
			'a sharp drop in orders from dryer makers'
		],
		[
			'FENATE says the value of teachers’ wages has fallen by about 28% because of rising inflation.',
			'Why has the value of teachers’ wages fallen by about 28%, according to FENATE?',
			'rising inflation'
		]
	])('%s', (sentence, prompt, answer) => {
		expect(askedWithAnswers(sentence)).toContainEqual([prompt, answer]);
	});

	it.each([
		// Which noun the clause is about, the sentence does not say.
		[
			'The shares of the company, which fell 6% because sales slowed, recovered later.',
			/company|shares/
		],
		// A noun and its relative clause after "after" name a time, not an event.
		[
			'The wage will rise by 4.2% next year, the commission said on Friday, after an all-night session that ended with a walkout.',
			/wage/
		]
	])('asks no why where the event or its reason is unclear: %s', (sentence, about) => {
		expect(askedWithAnswers(sentence).filter(([p]) => /^Why\b/.test(p!) && about.test(p!))).toEqual(
			[]
		);
	});
});
