import { describe, expect, it } from 'vitest';
import { segmentBody } from '../article/segment';
import type { Question } from '../../quiz/question/schema';
import { checkQuality } from './quality';

const article = segmentBody(
	'Russia borders Kazakhstan to the north. China borders it to the east.'
);

const shortAnswer = (over: Partial<Question> = {}): Question =>
	({
		id: 'q-00000001',
		type: 'short-answer',
		prompt: 'Which country borders Kazakhstan to the north?',
		answerText: 'Russia',
		accepted: ['Russia'],
		evidence: ['Russia borders Kazakhstan to the north.'],
		sentenceIds: ['p1s1'],
		skill: 'geography',
		difficulty: 'easy',
		origin: 'generated',
		...over
	}) as Question;

describe('checkQuality', () => {
	it('finds nothing wrong with a sound question', () => {
		expect(checkQuality([shortAnswer()], article)).toEqual([]);
	});

	it('reports evidence that is not a verbatim sentence', () => {
		const issues = checkQuality(
			[shortAnswer({ evidence: ['Russia borders Kazakhstan.'] })],
			article
		);
		expect(issues.map((i) => i.rule)).toContain('evidence-verbatim');
	});

	it('reports a prompt that gives its answer away', () => {
		const issues = checkQuality(
			[shortAnswer({ prompt: 'Does Russia border Kazakhstan to the north?' })],
			article
		);
		expect(issues.map((i) => i.rule)).toContain('prompt-contains-answer');
	});

	it('reports an answer cut inside brackets', () => {
		const cut = shortAnswer({
			answerText: 'dual credit classes (classes',
			accepted: ['dual credit classes (classes']
		});
		expect(checkQuality([cut], article).map((i) => i.rule)).toContain('answer-cut');
		const whole = shortAnswer({
			answerText: 'the CSTO (a defence alliance)',
			accepted: ['the CSTO (a defence alliance)']
		});
		expect(checkQuality([whole], article).map((i) => i.rule)).not.toContain('answer-cut');
	});

	it('reports a choice question with only two options', () => {
		const question = {
			...shortAnswer(),
			type: 'single-choice',
			options: ['Russia', 'China'],
			correctIndex: 0
		} as Question;
		expect(checkQuality([question], article).map((i) => i.rule)).toContain('options');
	});

	it('reports duplicate ids and duplicate facts', () => {
		const rules = checkQuality([shortAnswer(), shortAnswer()], article).map((i) => i.rule);
		expect(rules).toContain('unique-id');
		expect(rules).toContain('duplicate-fact');
	});
});
