import { describe, expect, it } from 'vitest';
import {
	questionBudget,
	selectQuestions,
	withinShares,
	type Scored
} from '../../../src/lib/reading/generate/facts/select';
import { sameAnswer } from '../../../src/lib/reading/generate/text/normalize';
import type { Question } from '../../../src/lib/quiz/question/schema';

let serial = 0;
const scored = (
	overrides: Partial<Scored> & {
		answer?: string;
		type?: 'cloze' | 'short-answer';
		sentence?: string;
	}
): Scored => {
	serial += 1;
	const answer = overrides.answer ?? `answer ${serial}`;
	const type = overrides.type ?? 'short-answer';
	// A cloze and a short answer differ only in the gap in the prompt.
	const question: Question = {
		id: `q-${serial}`,
		type,
		prompt: type === 'cloze' ? `Gap _____ ${serial}` : `Question ${serial}?`,
		answerText: answer,
		accepted: [answer],
		rejected: [],
		evidence: ['x'],
		sentenceIds: [overrides.sentence ?? `p${serial}s1`],
		skill: 'detail',
		difficulty: 'medium',
		origin: 'generated'
	};
	return {
		question,
		score: 3,
		importance: 3,
		factKey: `fact-${serial}`,
		answers: [answer],
		reasons: [],
		...overrides
	};
};

describe('sameAnswer', () => {
	it.each([
		['Abe', 'Shinzo Abe', true],
		['the Supreme Court', 'Supreme Court', true],
		['Singapore', 'the planned site for the summit in Singapore', false],
		['Russia', 'China', false],
		['4', '4 percent', false]
	])('“%s” and “%s” → %s', (a, b, same) => {
		expect(sameAnswer(a, b)).toBe(same);
	});
});

describe('selectQuestions', () => {
	it('asks each fact once, keeping the best-scored question of it', () => {
		const best = scored({ factKey: 'strike', score: 5 });
		const worse = scored({ factKey: 'strike', score: 4 });
		expect(selectQuestions([worse, best], 5).map((s) => s.question.id)).toEqual([best.question.id]);
	});

	it('takes the summary before a better-scored detail that asks its answer', () => {
		const detail = scored({ answer: 'Heavy rain flooded the valley', score: 5 });
		const summary = scored({ answer: 'Heavy rain flooded the valley', score: 4 });
		summary.question.skill = 'main-idea';
		expect(selectQuestions([detail, summary], 5).map((s) => s.question.id)).toEqual([
			summary.question.id
		]);
	});

	it('takes the best why-question before a better-scored question that prints its answer', () => {
		const detail = scored({ answer: 'the drought', score: 5 });
		const cause = scored({ answer: 'the drought', score: 1 });
		cause.question.skill = 'cause-effect';
		expect(selectQuestions([detail, cause], 5).map((s) => s.question.id)).toEqual([
			cause.question.id
		]);
	});

	it('asks why the lead’s event happened beside the summary of that event, but no third question of it', () => {
		const summary = scored({
			answer: 'A landslide buried the highway',
			score: 5,
			sentence: 'p1s1'
		});
		summary.question.skill = 'main-idea';
		const cause = scored({ answer: 'days of heavy rain', score: 1, sentence: 'p1s1' });
		cause.question.skill = 'cause-effect';
		const detail = scored({ answer: 'Thursday', score: 4, sentence: 'p1s1' });
		expect(selectQuestions([summary, cause, detail], 5).map((s) => s.question.id)).toEqual([
			summary.question.id,
			cause.question.id
		]);
	});

	it('takes a date or a place by its score, not as a skill every quiz must test', () => {
		const date = scored({ answer: 'March 12', score: 1 });
		date.question.skill = 'sequence';
		const first = scored({ score: 3 });
		const second = scored({ score: 2 });
		expect(selectQuestions([date, first, second], 2).map((s) => s.question.id)).toEqual([
			first.question.id,
			second.question.id
		]);
	});

	it('asks each answer once, across facts and forms', () => {
		const picked = selectQuestions(
			[
				scored({ answer: 'Shinzo Abe', score: 5 }),
				scored({ answer: 'Abe', score: 4 }),
				scored({ answer: 'Tokyo', score: 3 })
			],
			5
		);
		expect(picked.map((s) => s.question.answerText)).toEqual(['Shinzo Abe', 'Tokyo']);
	});

	it('keeps cloze and true/false to 40% of the budget, and each other type to 60%', () => {
		const gaps = Array.from({ length: 10 }, () => scored({ type: 'cloze', score: 9 }));
		const questions = Array.from({ length: 10 }, () => scored({ score: 1 }));
		const picked = selectQuestions([...gaps, ...questions], 10);
		expect(picked.filter((s) => s.question.type === 'cloze')).toHaveLength(4);
		expect(picked.filter((s) => s.question.type === 'short-answer')).toHaveLength(6);
	});

	it('never asks what an abbreviation stands for beside a stem that spells it out', () => {
		// Both of the sentence that spells it out.
		const spelled = scored({
			answer: 'Deferred Action for Childhood Arrivals',
			score: 5,
			sentence: 'p1s1'
		});
		spelled.question = {
			...spelled.question,
			skill: 'vocabulary',
			prompt: 'In the article, what does the abbreviation “DACA” stand for?'
		};
		const stem = scored({ answer: 'Donald Trump', score: 6, sentence: 'p1s1' });
		stem.question = {
			...stem.question,
			prompt: 'Who rescinded the Deferred Action for Childhood Arrivals (DACA) program this year?'
		};
		const other = scored({ answer: 'Helen Carter', score: 6, sentence: 'p1s1' });
		expect(selectQuestions([spelled, stem], 5).map((s) => s.score)).toEqual([6]);
		expect(selectQuestions([spelled, other], 5)).toHaveLength(2);
	});

	it('never asks who is who beside a stem that prints the person with their role', () => {
		const role = scored({ answer: 'Helen Carter', factKey: 'role:carter', score: 5 });
		role.question = {
			...role.question,
			prompt: 'According to the article, who is the Harbour Mayor?'
		};
		const stem = scored({ score: 6 });
		stem.question = {
			...stem.question,
			prompt: 'Why did Harbour Mayor Carter close the port on Monday?'
		};
		const unrelated = scored({ score: 4 });
		unrelated.question = { ...unrelated.question, prompt: 'Why did Carter close the port?' };
		expect(selectQuestions([role, stem], 5).map((s) => s.score)).toEqual([6]);
		// Her name alone gives nothing away.
		expect(selectQuestions([role, unrelated], 5)).toHaveLength(2);
	});

	it('never asks who is who beside an option that prints the person with their role', () => {
		const role = scored({ answer: 'Helen Carter', factKey: 'role:carter', score: 5 });
		role.question = {
			...role.question,
			prompt: 'According to the article, who is the Harbour Mayor?'
		};
		const summary = scored({ score: 6 });
		summary.question = {
			...summary.question,
			type: 'single-choice',
			prompt: 'Which statement sums up the article?',
			options: ['The port closed', 'Harbour Mayor Helen Carter met the fishermen', 'A ferry sank'],
			correctIndex: 0
		} as Question;
		expect(selectQuestions([role, summary], 5).map((s) => s.score)).toEqual([6]);
	});

	it('asks nothing the main-idea question’s key already states', () => {
		const main = scored({
			answer: 'The harbour board closed the old river port to cargo ships on Monday',
			score: 6
		});
		main.question = {
			...main.question,
			skill: 'main-idea',
			prompt: 'Which statement sums up the article?'
		};
		const repeat = scored({ answer: 'harbour board', score: 5 });
		repeat.question = {
			...repeat.question,
			prompt: 'Who closed the old river port to cargo ships?'
		};
		const other = scored({ answer: 'storm damage', score: 4 });
		other.question = { ...other.question, prompt: 'Why did the harbour board close the port?' };
		expect(selectQuestions([main, repeat, other], 5).map((s) => s.score)).toEqual([6, 4]);
	});

	it('reads a cause question by its own words, not its “According to the article, what”', () => {
		const main = scored({
			answer:
				'The mayor said looters attacked the harbour, the centre of protests sparked by higher fuel prices',
			score: 6
		});
		main.question = {
			...main.question,
			skill: 'main-idea',
			prompt: 'Which statement sums up the article?'
		};
		const cause = scored({ answer: 'higher fuel prices', score: 5 });
		cause.question = {
			...cause.question,
			prompt: 'According to the article, what sparked the protests?'
		};
		expect(selectQuestions([main, cause], 5).map((s) => s.score)).toEqual([6]);
	});

	it('asks a trivia question of any form only to make up five', () => {
		const topic = scored({ answer: 'Kazakhstan', trivia: true, score: 9 });
		topic.question = {
			...topic.question,
			prompt: 'Which country is bordered by Russia and China?'
		};
		const month = scored({ answer: 'September', trivia: true, score: 8 });
		month.question = { ...month.question, prompt: 'When did the president end the program?' };
		const facts = Array.from({ length: 5 }, () => scored({ score: 2 }));
		const picked = selectQuestions([topic, month, ...facts], 10);
		expect(picked).not.toContain(topic);
		// A month alone still dates an event.
		expect(picked).toContain(month);
	});

	it('asks about one word in five questions, so news facts come first', () => {
		const words = Array.from({ length: 6 }, (_, i) => {
			const word = scored({ score: 9 - i });
			word.question = { ...word.question, skill: 'vocabulary' };
			return word;
		});
		const facts = Array.from({ length: 14 }, () => scored({ score: 1 }));
		const picked = selectQuestions([...words, ...facts], 15);
		expect(picked.filter((s) => s.question.skill === 'vocabulary')).toHaveLength(3);
	});

	it('asks nothing a clause given as another question’s answer already states', () => {
		const cause = scored({
			answer: 'Fuel riots have erupted into broader protests',
			score: 6
		});
		const repeat = scored({ answer: 'Fuel riots', score: 5 });
		repeat.question = { ...repeat.question, prompt: 'What has erupted into broader protests?' };
		expect(selectQuestions([cause, repeat], 5).map((s) => s.score)).toEqual([6]);
	});

	it('asks no count that another answer about its sentence already holds', () => {
		const effect = scored({ answer: 'Nearly 34,000 people died', score: 6, sentence: 'p2s1' });
		const count = scored({ answer: '34,000', score: 5, sentence: 'p2s1' });
		const elsewhere = scored({ answer: '34,000', score: 4, sentence: 'p3s1' });
		const picked = selectQuestions([effect, count], 5).map((s) => s.score);
		expect(picked).toEqual([6]);
		// The same number about another sentence is another fact (answers are compared apart).
		expect(selectQuestions([effect, elsewhere], 5).map((s) => s.score)).toEqual([6, 4]);
	});

	it('asks nothing another question’s stem already prints', () => {
		const gap = scored({ answer: 'harbour board', score: 6, type: 'cloze' });
		gap.question = {
			...gap.question,
			prompt: 'The _____ closed the old river port to 40 cargo ships on Monday.'
		};
		const count = scored({ answer: '40', score: 5 });
		count.question = {
			...count.question,
			prompt: 'How many cargo ships did the harbour board close the old river port to?'
		};
		const other = scored({ answer: 'storm damage', score: 4 });
		other.question = { ...other.question, prompt: 'Why did the city close the bridge?' };
		expect(selectQuestions([gap, count, other], 5).map((s) => s.score)).toEqual([6, 4]);
	});

	it('asks no fact a chosen question’s wrong option states, unless that option can go', () => {
		const choice = (spares: number): Scored => {
			const main = scored({ answer: 'The port closed', score: 6 });
			main.question = {
				...main.question,
				type: 'single-choice',
				prompt: 'Which statement sums up the article?',
				options: ['The port closed', 'The fighting on the river ceased in 1953', 'A', 'B'],
				correctIndex: 0
			} as Question;
			main.wrongOptions = Array.from({ length: spares }, (_, i) => ({ text: `Spare ${i}` }));
			return main;
		};
		const when = () => {
			const asked = scored({ answer: '1953', score: 5 });
			asked.question = { ...asked.question, prompt: 'When did the fighting on the river cease?' };
			return asked;
		};
		// Four options may lose one: the question is asked, and the option goes afterwards.
		expect(selectQuestions([choice(0), when()], 5)).toHaveLength(2);
		const three = choice(0);
		three.question = {
			...three.question,
			options: ['The port closed', 'The fighting on the river ceased in 1953', 'A']
		} as Question;
		expect(selectQuestions([three, when()], 5)).toHaveLength(1);
		three.wrongOptions = [{ text: 'Spare' }];
		expect(selectQuestions([three, when()], 5)).toHaveLength(2);
	});

	it('asks one fact of a sentence once, a verb’s other form counted as the same word', () => {
		const who = scored({ answer: 'The state administration', score: 6, sentence: 'p2s1' });
		who.question = { ...who.question, prompt: 'Who cancelled the festival in 2019?' };
		const when = scored({ answer: '2019', score: 5, sentence: 'p2s1' });
		when.question = {
			...when.question,
			prompt: 'When did the state administration cancel the festival?'
		};
		expect(selectQuestions([who, when], 5).map((s) => s.score)).toEqual([6]);
		// Of another sentence, the same words are another telling of it, and may be asked.
		const elsewhere = scored({ answer: '2019', score: 5, sentence: 'p7s1' });
		elsewhere.question = { ...when.question, sentenceIds: ['p7s1'] };
		expect(selectQuestions([who, elsewhere], 5)).toHaveLength(2);
	});

	it('asks no two questions of one sentence where one prints the other’s count or phrase', () => {
		const count = scored({ answer: '122', score: 6, sentence: 'p7s2' });
		count.question = {
			...count.question,
			prompt: 'How many workers did Lena Brandt say are hurt every single day?'
		};
		const gap = scored({
			answer: 'are hurt every single day',
			score: 5,
			sentence: 'p7s2',
			type: 'cloze'
		});
		gap.question = {
			...gap.question,
			prompt: 'Brandt said 122 workers “_____” because their permits expire.'
		};
		expect(selectQuestions([count, gap], 5).map((s) => s.score)).toEqual([6]);
	});

	it('asks nothing a list’s false statement still answers with one name swapped', () => {
		const list = scored({ score: 6, sentence: 'p5s1' });
		list.question = {
			...list.question,
			type: 'multiple-choice',
			prompt: 'Which of these statements are true? Select all that apply.',
			options: [
				'The port closed in May',
				'Ana Ruiz has been moved to the port’s harbour safety office',
				'A ferry sank'
			],
			correctIndexes: [0, 2]
		} as Question;
		const where = scored({
			answer: 'the council’s harbour safety office',
			score: 5,
			sentence: 'p5s1'
		});
		where.question = { ...where.question, prompt: 'Where has Ana Ruiz been moved to?' };
		expect(selectQuestions([list, where], 5).map((s) => s.score)).toEqual([6]);
	});

	it('reads a quoting who-question as about its quotation, not every sentence its speaker is in', () => {
		const who = scored({ answer: 'Rosa Lind', score: 6, sentence: 'p8s1' });
		who.question = {
			...who.question,
			prompt: 'Who wrote that the inspector’s “findings are fair”?'
		};
		const gap = scored({ answer: 'reckless', score: 5, sentence: 'p3s1', type: 'cloze' });
		gap.question = {
			...gap.question,
			prompt: 'The inspector wrote that Lind’s decision was “_____”.'
		};
		expect(selectQuestions([who, gap], 5)).toHaveLength(2);
		const quoting = scored({ answer: 'x', score: 5, sentence: 'p4s1', type: 'cloze' });
		quoting.question = {
			...quoting.question,
			prompt: 'In a post, Lind wrote the findings are fair, and _____ agreed.'
		};
		expect(selectQuestions([who, quoting], 5)).toHaveLength(1);
	});

	it('asks a matching of four beside a stem that prints one of its pairs, not two', () => {
		const match = scored({ score: 5 });
		match.question = {
			...match.question,
			type: 'matching',
			prompt: 'Match each person with their role in the article.',
			pairs: [
				{ left: 'Helen Carter', right: 'Harbour Mayor' },
				{ left: 'Ravi Shah', right: 'Port Engineer' },
				{ left: 'Ana Ruiz', right: 'Union Leader' },
				{ left: 'Tom Okafor', right: 'Ferry Captain' }
			]
		} as Question;
		const stem = (prompt: string) => {
			const question = scored({ score: 6 });
			question.question = { ...question.question, prompt };
			return question;
		};
		expect(
			selectQuestions([match, stem('Why did Harbour Mayor Helen Carter close the port?')], 5)
		).toHaveLength(2);
		expect(
			selectQuestions(
				[match, stem('Why did Harbour Mayor Helen Carter and Port Engineer Ravi Shah meet?')],
				5
			)
		).toHaveLength(1);
	});

	it('asks a trivia gap only to make up a quiz of five', () => {
		const trivia = () => scored({ type: 'cloze', trivia: true, score: 9 });
		const facts = Array.from({ length: 5 }, () => scored({ score: 2 }));
		const picked = selectQuestions([trivia(), ...facts], 10);
		expect(picked).toHaveLength(5);
		expect(picked.some((s) => s.trivia)).toBe(false);
		// Three facts make no quiz: two trivia gaps make up the five.
		const short = selectQuestions([trivia(), trivia(), trivia(), ...facts.slice(0, 3)], 10);
		expect(short).toHaveLength(5);
		expect(short.filter((s) => s.trivia)).toHaveLength(2);
	});

	it('asks no two choice questions that offer two of the same options', () => {
		const who = (name: string, score: number): Scored => {
			const question = scored({ answer: name, score });
			question.question = {
				...question.question,
				type: 'single-choice',
				prompt: `Who is ${name}?`,
				options: ['Mayor', 'Engineer', 'Judge'],
				correctIndex: score % 3
			} as Question;
			return question;
		};
		expect(selectQuestions([who('Ana Ruiz', 6), who('Tom Cole', 5)], 5)).toHaveLength(1);
	});

	it('asks no why-question beside a true/false that prints its answer with one word changed', () => {
		const why = scored({
			answer: 'hostile action in the three-year war',
			score: 6,
			sentence: 'p3s1'
		});
		why.question = { ...why.question, prompt: 'Why did 34,000 soldiers die?' };
		const statement = scored({ answer: 'False', score: 5, sentence: 'p3s1' });
		statement.question = {
			...statement.question,
			type: 'true-false',
			prompt:
				'True or false? 34,000 soldiers died as a result of hostile action in the 22-year war.',
			options: ['True', 'False'],
			answer: false
		} as Question;
		expect(selectQuestions([why, statement], 5).map((s) => s.score)).toEqual([6]);
	});

	it('asks nothing a gap on the same sentence prints with one phrase blanked', () => {
		const cause = scored({
			answer: 'Gardner blocked key nominees who need confirmation',
			score: 6,
			sentence: 'p5s1'
		});
		cause.question = {
			...cause.question,
			prompt: 'What triggered a standoff with the White House?'
		};
		const gap = scored({ answer: 'Gardner', score: 5, type: 'cloze', sentence: 'p5s1' });
		gap.question = {
			...gap.question,
			prompt:
				'Leading the charge was _____, who blocked key nominees who need confirmation, triggering a standoff.'
		};
		expect(selectQuestions([cause, gap], 5).map((s) => s.score)).toEqual([6]);
	});

	it('asks no gap whose answer another question prints beside the person the gap names', () => {
		const quote = scored({ answer: 'Elena Varga', score: 6 });
		quote.question = {
			...quote.question,
			type: 'single-choice',
			prompt: 'According to the article, who said: “Ports like Oslo must stay open”?',
			options: ['Elena Varga', 'Tom Cole', 'Ana Ruiz'],
			correctIndex: 0
		} as Question;
		const gap = scored({ answer: 'Oslo', score: 5, type: 'cloze' });
		gap.question = {
			...gap.question,
			prompt: 'Harbour Mayor Elena Varga of _____, a port that stayed open, spoke on Monday.'
		};
		const unrelated = scored({ answer: 'Oslo', score: 5, type: 'cloze' });
		unrelated.question = {
			...unrelated.question,
			prompt: 'The ferry from _____ arrived late on Monday.'
		};
		expect(selectQuestions([quote, gap], 5).map((s) => s.score)).toEqual([6]);
		expect(selectQuestions([quote, unrelated], 5)).toHaveLength(2);
	});

	it('asks no gap for the name after a title that a who-is question prints', () => {
		const role = scored({ answer: 'Attorney General', score: 6, factKey: 'role:sessions' });
		role.question = {
			...role.question,
			prompt: 'According to the article, who is Jeff Sessions?',
			answerText: 'Attorney General'
		};
		const gap = scored({ answer: 'Jeff Sessions', score: 5, type: 'cloze' });
		gap.question = {
			...gap.question,
			prompt: 'The impetus was a decision by Attorney General _____ in January.'
		};
		const other = scored({ answer: 'Jeff Sessions', score: 5, type: 'cloze' });
		other.question = { ...other.question, prompt: 'The bill was backed by _____ in January.' };
		expect(selectQuestions([role, gap], 5).map((s) => s.score)).toEqual([6]);
		expect(selectQuestions([role, other], 5)).toHaveLength(2);
	});

	it('reads a surname in one stem as the full name another question asks for', () => {
		const gap = scored({ answer: 'Arlington', score: 6, type: 'cloze' });
		gap.question = { ...gap.question, prompt: 'Before the call, Trump went to _____ cemetery.' };
		const who = scored({ answer: 'Donald Trump', score: 5 });
		who.question = { ...who.question, prompt: 'Who went to the cemetery before the call?' };
		expect(selectQuestions([gap, who], 5).map((s) => s.score)).toEqual([6]);
	});

	it('asks at most two questions about one sentence', () => {
		const same = Array.from({ length: 4 }, () => scored({ sentence: 'p1s1' }));
		expect(selectQuestions(same, 4)).toHaveLength(2);
	});
});

describe('withinShares', () => {
	it('drops the weakest restatements until they are at most 40% of the set', () => {
		const gaps = [9, 8, 7, 6, 5, 4].map((score) => scored({ type: 'cloze', score }));
		const asked = [3, 2, 1, 1.5].map((score) => scored({ score }));
		const kept = withinShares([...gaps, ...asked]);
		const restating = kept.filter((s) => s.question.type === 'cloze');
		expect(restating.length / kept.length).toBeLessThanOrEqual(0.4);
		expect(restating.map((s) => s.score)).toEqual([9, 8]);
		expect(kept.filter((s) => s.question.type === 'short-answer')).toHaveLength(4);
	});

	it('counts words’ meanings apart from choice questions, and keeps them to one in four', () => {
		const choice = (skill: 'vocabulary' | 'detail', score: number) => {
			const base = scored({ score });
			return {
				...base,
				question: {
					...base.question,
					type: 'single-choice',
					skill,
					options: ['a', 'b', 'c'],
					correctIndex: 0
				} as Question
			};
		};
		const set = [
			...[9, 8, 7].map((score) => choice('detail', score)),
			...[6, 5, 4].map((score) => choice('vocabulary', score)),
			...[3, 2].map((score) => scored({ score }))
		];
		const kept = withinShares(set);
		// Eight: four choice questions of news would fit half, so none of those three goes; of the
		// three words, two stay (one in four of what is left).
		expect(kept.map((s) => s.score)).toEqual([9, 8, 7, 6, 5, 3, 2]);
	});

	it('keeps five questions even when more of them restate', () => {
		// Two clozes and two gap questions typed in: four restatements of six.
		const gapTyped = (score: number) => {
			const base = scored({ score });
			return { ...base, question: { ...base.question, prompt: `Fill _____ ${score}` } };
		};
		const set = [
			...[9, 8].map((score) => scored({ type: 'cloze', score })),
			gapTyped(7),
			gapTyped(6),
			scored({ score: 1 }),
			scored({ score: 0.5 })
		];
		const kept = withinShares(set);
		// Restatements count as one kind for the type share, which takes the weakest of the four;
		// then five remain, and five stay.
		expect(kept.map((s) => s.score)).toEqual([9, 8, 7, 1, 0.5]);
	});
});

describe('questionBudget', () => {
	it('follows the number of important distinct facts, not the word count', () => {
		const nine = Array.from({ length: 9 }, () => scored({ importance: 3 }));
		const minor = Array.from({ length: 20 }, () => scored({ importance: 1 }));
		expect(questionBudget([...nine, ...minor], 600)).toBe(9);
	});

	it('never gives more than ten unless asked, nor more than one per 18 words', () => {
		const many = Array.from({ length: 40 }, () => scored({ importance: 3 }));
		expect(questionBudget(many, 2000)).toBe(10);
		expect(questionBudget(many, 2000, 25)).toBe(25);
		expect(questionBudget(many, 2000, 15)).toBe(15);
		expect(questionBudget(many, 144, 15)).toBe(8);
		expect(questionBudget(many, 40)).toBe(5);
	});
});

describe('one question of whose words are whose per speaker', () => {
	const withPrompt = (prompt: string, answer: string, score: number) => {
		const s = scored({ answer, score });
		return { ...s, question: { ...s.question, prompt } };
	};

	it('keeps the first of two quotation questions about one speaker, either way round', () => {
		const whoSaid = withPrompt(
			'According to the article, who said: “We will appeal within the week”?',
			'Daniel Kiprono',
			5
		);
		const whichSaid = withPrompt(
			'According to the article, which of these did Daniel Kiprono say?',
			'“Every shilling we do not collect is a shilling we borrow”',
			4
		);
		const other = withPrompt(
			'According to the article, who said: “They will breathe a little”?',
			'Grace Atieno',
			3
		);
		const chosen = selectQuestions([whoSaid, whichSaid, other], 3).map((s) => s.question.prompt);
		expect(chosen).toEqual([whoSaid.question.prompt, other.question.prompt]);
	});
	it('asks no more “who” of a speaker another question is about', () => {
		const whichSaid = withPrompt(
			'According to the article, which of these did Ben Waaka say?',
			'“People come to the centre to walk around”',
			5
		);
		const whoOwns = withPrompt('Who owns a cafe halfway up the block?', 'Ben Waaka', 4);
		const whoVoted = withPrompt('Who cast the deciding vote?', 'Aroha Tipene', 3);
		const chosen = selectQuestions([whichSaid, whoOwns, whoVoted], 3).map((s) => s.question.prompt);
		expect(chosen).toEqual([whichSaid.question.prompt, whoVoted.question.prompt]);
	});
});
