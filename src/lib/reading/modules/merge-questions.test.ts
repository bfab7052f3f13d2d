import { describe, expect, it } from 'vitest';
import { segmentBody, sentencesOf } from '../article/segment';
import { matching, shortAnswer, singleChoice } from '../../quiz/question/test-factories';
import { mergeQuestions } from './merge-questions';
import { parseQuestionsFile, type QuestionsFile } from './questions-file';

const sentences = sentencesOf(
	segmentBody('Kazakhstan is bordered to the north by Russia. It holds 3% of global oil reserves.')
);
const generated = [
	singleChoice({ id: 'q-a', evidence: ['Kazakhstan is bordered to the north by Russia.'] }),
	singleChoice({ id: 'q-b', prompt: 'B?' }),
	singleChoice({ id: 'q-c', prompt: 'C?' })
];
const file = (over: Partial<QuestionsFile>): QuestionsFile => ({
	add: [],
	edit: {},
	pin: [],
	hide: [],
	...over
});

describe('mergeQuestions', () => {
	it('keeps the generated set as it is when the file changes nothing', () => {
		expect(mergeQuestions(generated, file({}), sentences, 'q.yaml')).toEqual({
			questions: generated,
			problems: []
		});
	});

	it('hides, pins first in pin order, and adds authored questions last', () => {
		const added = shortAnswer({
			id: 'mine',
			origin: 'authored',
			evidence: ['3% of global oil reserves']
		});
		const { questions, problems } = mergeQuestions(
			generated,
			file({ hide: ['q-b'], pin: ['q-c'], add: [added] }),
			sentences,
			'q.yaml'
		);
		expect(problems).toEqual([]);
		expect(questions.map((q) => q.id)).toEqual(['q-c', 'q-a', 'mine']);
		expect(questions[2]).toMatchObject({
			evidence: ['It holds 3% of global oil reserves.'],
			sentenceIds: ['p1s2']
		});
	});

	it('replaces the edited fields and links the evidence to its sentence', () => {
		const { questions, problems } = mergeQuestions(
			generated,
			file({ edit: { 'q-a': { prompt: 'Which country lies to the north of Kazakhstan?' } } }),
			sentences,
			'q.yaml'
		);
		expect(problems).toEqual([]);
		expect(questions[0]).toMatchObject({
			id: 'q-a',
			prompt: 'Which country lies to the north of Kazakhstan?',
			sentenceIds: ['p1s1']
		});
	});

	it.each([
		[{ hide: ['q-zzz'] }, 'q.yaml: hide: no generated question has id "q-zzz"'],
		[{ pin: ['q-zzz'] }, 'q.yaml: pin: no generated question has id "q-zzz"'],
		[{ pin: ['q-a'], hide: ['q-a'] }, 'q.yaml: pin: "q-a" is also hidden'],
		[{ edit: { 'q-zzz': { prompt: 'x' } } }, 'q.yaml: edit: no generated question has id "q-zzz"'],
		[{ edit: { 'q-a': { correctIndex: 7 } } }, 'q.yaml: edit.q-a.'],
		[{ edit: { 'q-a': { id: 'other' } } }, 'q.yaml: edit.q-a.id: cannot be changed'],
		[
			{ edit: { 'q-a': { evidence: ['Made up.'] } } },
			'q.yaml: edit.q-a.evidence: "Made up." is not a sentence of the article'
		],
		[
			{ add: [shortAnswer({ id: 'q-a', evidence: ['It holds 3% of global oil reserves.'] })] },
			'q.yaml: add[0].id: "q-a" is already used'
		]
	])('reports %j', (over, expected) => {
		const { problems } = mergeQuestions(generated, file(over), sentences, 'q.yaml');
		expect(problems.join('\n')).toContain(expected);
	});
});

describe('parseQuestionsFile', () => {
	it('treats an empty file or one of comments as no changes', () => {
		expect(parseQuestionsFile('# nothing yet\n', 'q.yaml')).toEqual({
			ok: true,
			value: { add: [], edit: {}, pin: [], hide: [] }
		});
	});

	it('reads added questions and marks them as authored', () => {
		const text = [
			'add:',
			'  - id: fuel-cause',
			'    type: short-answer',
			'    prompt: What doubled in price on Sunday?',
			'    accepted: [liquefied petroleum gas, LPG]',
			'    answerText: liquefied petroleum gas',
			'    evidence: [It holds 3% of global oil reserves.]',
			'    skill: cause-effect',
			'pin: [q-a]'
		].join('\n');
		const result = parseQuestionsFile(text, 'q.yaml');
		expect(result.ok && result.value.add[0]).toMatchObject({
			id: 'fuel-cause',
			origin: 'authored',
			accepted: ['liquefied petroleum gas', 'LPG']
		});
		expect(result.ok && result.value.pin).toEqual(['q-a']);
	});

	it.each([
		['add: [unclosed', 'q.yaml: is not valid YAML'],
		['remove: [q-a]', 'q.yaml: remove: is not a known field'],
		['pin: [Not An Id]', 'q.yaml: pin.0: must be a question id'],
		['add:\n  - id: x\n    type: essay', 'q.yaml: add[0].type:'],
		[
			'add:\n  - id: x\n    type: short-answer\n    prompt: P',
			'q.yaml: add[0].answerText: is required'
		]
	])('rejects %j with a message naming the field', (text, expected) => {
		const result = parseQuestionsFile(text, 'q.yaml');
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.errors.join('\n')).toContain(expected);
	});
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
