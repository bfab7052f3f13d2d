import { describe, expect, it } from 'vitest';
import { segmentBody, sentencesOf } from '../article/segment';
import { matching, shortAnswer, singleChoice } from '../grade/test-factories';
import { mergeQuestions } from './merge-questions';
import { parseQuestionsFile, type QuestionsFile } from './questions-file';

const sentences = sentencesOf(
	segmentBody('Kazakhstan is bordered to the north by Russia. It holds 3% of global oil reserves.')
);
const generated = [
	singleChoice({ id: 'q-a', evidence: ['Kazakhstan is bordered to the north by Russia.'] }),
	singleChoice({ id: 'q-b', prompt: 'B?' })
];
const file = (over: Partial<QuestionsFile>): QuestionsFile => ({
	add: [],
	edit: {},
	pin: [],
	hide: [],
	...over
});

describe('a questions file that would repeat a question or a key', () => {
	it('is refused when it pins a question twice, which would ask it twice', () => {
		expect(parseQuestionsFile('pin: [q-a, q-b, q-a]', 'q.yaml')).toEqual({
			ok: false,
			errors: ['q.yaml: pin: names "q-a" twice']
		});
	});

	it('is refused when it hides a question twice', () => {
		expect(parseQuestionsFile('hide: [q-a, q-a]', 'q.yaml')).toEqual({
			ok: false,
			errors: ['q.yaml: hide: names "q-a" twice']
		});
	});

	it('is refused when an added matching question repeats a left side', () => {
		const yaml = [
			'add:',
			'  - id: capitals',
			'    type: matching',
			'    prompt: Match them.',
			'    answerText: x',
			'    evidence: []',
			'    skill: detail',
			'    pairs:',
			'      - { left: Russia, right: Moscow }',
			'      - { left: Russia, right: Kazan }'
		].join('\n');
		expect(parseQuestionsFile(yaml, 'q.yaml')).toEqual({
			ok: false,
			errors: ['q.yaml: add[0].pairs: two pairs have the same left side "Russia"']
		});
	});

	it('reports an edit that makes two pairs share a left side', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'Russia', right: 'Kazan' }
		];
		const { problems } = mergeQuestions(
			[...generated, matching({ id: 'q-m' })],
			file({ edit: { 'q-m': { pairs } } }),
			sentences,
			'q.yaml'
		);
		expect(problems).toEqual([
			'q.yaml: edit.q-m.pairs: two pairs have the same left side "Russia"'
		]);
	});

	it('cites a sentence once when two quotes come from the same sentence', () => {
		const added = shortAnswer({
			id: 'mine',
			evidence: ['bordered to the north', 'by Russia']
		});
		const { questions, problems } = mergeQuestions(
			generated,
			file({ add: [added] }),
			sentences,
			'q.yaml'
		);
		expect(problems).toEqual([]);
		expect(questions.at(-1)).toMatchObject({
			evidence: ['Kazakhstan is bordered to the north by Russia.'],
			sentenceIds: ['p1s1']
		});
	});
});
