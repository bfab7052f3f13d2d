import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { findCauseRelations, type CauseRelation } from './cause-patterns';
import {
	acceptedForms,
	askable,
	effectQuestions,
	evidenceOf,
	tagged,
	withNamedCause
} from './effects';

const relationOf = (sentence: string): CauseRelation => findCauseRelations(analyzed(sentence))[0]!;

describe('askable', () => {
	const fire = relationOf('The fire led to the closure of the main road.');

	it.each([
		['a plain relation', fire, true],
		['a prompt with a dangling "and"', { ...fire, prompt: 'What led to the fire and?' }, false],
		['a prompt with a semicolon', { ...fire, prompt: 'What led to this; and that?' }, false],
		['a prompt leaning on "it"', { ...fire, prompt: 'What led to it?' }, false],
		['a cause opening with a pronoun', { ...fire, cause: 'his decision' }, false],
		[
			'a cause longer than 14 words',
			{
				...fire,
				cause:
					'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'
			},
			false
		],
		['a prompt that is no question', { ...fire, prompt: 'The fire led to the closure.' }, false]
	])('says %s is askable: %s', (_, relation, expected) => {
		expect(askable(relation)).toBe(expected);
	});
});

describe('withNamedCause', () => {
	const article = analyzed(
		'Kestrel Bank lost billions in bad loans.',
		'Its collapse shocked savers.'
	);
	const relation = {
		...relationOf('The fire led to the closure of the main road.'),
		sentence: article.sentences[1]!
	};

	it.each([
		['its collapse', 'Kestrel Bank’s collapse'],
		['the fire', 'the fire']
	])('names the owner of %j: %j', (cause, expected) => {
		expect(withNamedCause(article, { ...relation, cause })?.cause).toBe(expected);
	});

	it('drops a relation whose owner cannot be named', () => {
		expect(withNamedCause(article, { ...relation, cause: 'his resignation' })).toBeUndefined();
	});
});

describe('evidenceOf', () => {
	it('quotes the relation’s sentence', () => {
		const relation = relationOf('The fire led to the closure of the main road.');
		expect(evidenceOf(relation)).toEqual({
			sentences: [relation.sentence],
			explanation: 'The article says: “The fire led to the closure of the main road.”'
		});
	});

	it('quotes both sentences of a cause told before its effect', () => {
		const article = analyzed('The dam failed.', 'As a result, the valley flooded.');
		const relation = {
			...relationOf('The fire led to the closure.'),
			evidence: [...article.sentences]
		};
		expect(evidenceOf(relation).explanation).toBe(
			'The article says: “The dam failed. As a result, the valley flooded.”'
		);
	});
});

describe('tagged', () => {
	it('gives every candidate the kind, the answer and one group per cause', () => {
		const [question] = effectQuestions(analyzed('The fire led to the closure of the main road.'), [
			relationOf('The fire led to the closure of the main road.')
		]);
		const [marked] = tagged('cause', 'the fire', 'The Fire!')([question!]);
		expect([marked!.kind, marked!.answer, marked!.group]).toEqual([
			'cause',
			'the fire',
			'causal:fire'
		]);
	});
});

describe('acceptedForms', () => {
	it.each([
		[
			'an abbreviation for its expansion',
			'Prices of liquefied petroleum gas (LPG) rose.',
			'the price of liquefied petroleum gas (LPG) doubled',
			'What happened?',
			[
				'the price of liquefied petroleum gas (LPG) doubled',
				'the price of liquefied petroleum gas doubled',
				'the price of LPG doubled',
				'price of liquefied petroleum gas (LPG) doubled',
				'price of liquefied petroleum gas doubled',
				'price of LPG doubled'
			]
		],
		[
			'no form the prompt contains, none of one word',
			'Prices rose.',
			'the rise',
			'What caused the rise?',
			[]
		],
		[
			'without a leading connective',
			'Prices rose.',
			'so that workers could leave',
			'Why did schools close?',
			['so that workers could leave', 'workers could leave']
		],
		[
			'the core of a cause without its time or its relative clause',
			'Prices rose.',
			'the mayor refused to sign the budget in mid-October',
			'Why is the harbour plan in doubt?',
			[
				'the mayor refused to sign the budget in mid-October',
				'mayor refused to sign the budget in mid-October',
				'the mayor refused to sign the budget',
				'mayor refused to sign the budget'
			]
		],
		[
			'the core of a cause without how far it went',
			'Prices rose.',
			'Lines of trucks stretched for more than 4 kilometers outside one terminal',
			'What prompted police to close a slip road?',
			[
				'Lines of trucks stretched for more than 4 kilometers outside one terminal',
				'Lines of trucks stretched'
			]
		]
	])('accepts %s', (_, text, answer, prompt, expected) => {
		expect(acceptedForms(analyzed(text), answer, prompt)).toEqual(expected);
	});
});

describe('effectQuestions', () => {
	const article = analyzed(
		'The unrest began when the government lifted a price cap on fuel.',
		'A storm in the north led to the closure of three schools.',
		'Fresh gunfire was heard near the main square earlier on Friday.'
	);
	const asked = effectQuestions(article, findCauseRelations(article)).map((c) => [
		c.draft.type,
		c.draft.prompt,
		c.draft.answerText
	]);

	it('asks what happened as a result of each cause, a clause cause turned into a phrase', () => {
		expect(asked).toEqual([
			[
				'single-choice',
				'According to the article, what happened as a result of the government lifting a price cap on fuel?',
				'The unrest began'
			],
			[
				'short-answer',
				'According to the article, what happened as a result of the government lifting a price cap on fuel?',
				'the unrest began'
			],
			[
				'short-answer',
				'According to the article, what happened as a result of a storm in the north?',
				'the closure of three schools'
			]
		]);
	});

	it('asks nothing of a relation without a result', () => {
		const sparked = relationOf('The protests were sparked by a sharp rise in fuel prices.');
		expect(effectQuestions(article, [sparked])).toEqual([]);
	});
});

describe('effectQuestions of a clause cause', () => {
	const effectPrompts = (...sentences: string[]) => {
		const article = analyzed(...sentences);
		return effectQuestions(article, findCauseRelations(article)).map((c) => c.draft.prompt);
	};

	it('turns "because" + clause into a gerund phrase, whatever the tagger made of its verb', () => {
		expect(
			effectPrompts(
				'Crews, including eight divers flown in from Norway, then cleared the tunnel by hand, because the engineers feared new falls.'
			)
		).toContain(
			'According to the article, what happened as a result of the engineers fearing new falls?'
		);
	});

	it('keeps a gerund cause as it is, with the participle after it ("eating breakfast prepared in …")', () => {
		const prompts = effectPrompts(
			'Twelve children fell ill after eating lunch prepared in a kitchen that had failed an inspection.',
			'The school closed its canteen for a week.'
		);
		expect(prompts).toContain(
			'According to the article, what happened as a result of eating lunch prepared in a kitchen that had failed an inspection?'
		);
		expect(prompts.filter((p) => /preparing/.test(p))).toEqual([]);
	});

	it.each([
		// The first verb is a participle's; the clause's own ("were left") would stay finite.
		'The blackout disrupted water supply to the city because pumping stations operated by the water utility were left without power.'
	])('never asks "as a result of" a garbled phrase: %j', (sentence) => {
		for (const prompt of effectPrompts(sentence)) expect(prompt).not.toMatch(/operating by/);
	});
});
