import { describe, expect, it } from 'vitest';
import type { Grade } from '../question/response';
import { scoreCloze } from './score-cloze';
import { cloze } from '../question/test-factories';

const grade = (text: string, over: Parameters<typeof cloze>[0] = {}) =>
	scoreCloze(cloze(over), { type: 'cloze', text });
const isCorrect = (g: Grade) => g.kind === 'scored' && g.correct;
const isWrong = (g: Grade) => g.kind === 'scored' && !g.correct && g.score === 0;

describe('scoreCloze', () => {
	it.each([
		'Russia',
		'RUSSIA!',
		'russia',
		'the Russia',
		'  Russia  ',
		'“Russia”.',
		'Rússia',
		'Ｒｕｓｓｉａ',
		'Russia 🇷🇺'
	])('accepts "%s" for "Russia"', (text) => {
		expect(isCorrect(grade(text))).toBe(true);
	});

	it('accepts "Rusia" for "Russia" and says how it was read', () => {
		const result = grade('Rusia');

		expect(result).toMatchObject({
			kind: 'scored',
			score: 1,
			correct: true,
			feedback: { verdict: 'correct', message: "Correct — we read 'Rusia' as 'Russia'." }
		});
	});

	it('accepts "Kazakstan" for "Kazakhstan"', () => {
		const result = grade('Kazakstan', { accepted: ['Kazakhstan'], rejected: ['Russia'] });

		expect(isCorrect(result)).toBe(true);
	});

	it('marks "China" wrong where "Russia" is right and China is rejected', () => {
		const result = grade('China');

		expect(result).toMatchObject({
			kind: 'scored',
			score: 0,
			correct: false,
			feedback: { verdict: 'incorrect', correctAnswer: 'Russia' }
		});
		expect(result.kind === 'scored' && result.feedback.message).toContain('China');
	});

	it('marks a typo of a rejected answer wrong', () => {
		expect(isWrong(grade('Chna'))).toBe(true);
	});

	it('marks a typo wrong when it is equally close to a rejected answer', () => {
		const result = grade('Irak', { accepted: ['Iran'], rejected: ['Iraq'] });

		expect(isWrong(result)).toBe(true);
	});

	it('accepts typos when the rejected list is empty', () => {
		expect(isCorrect(grade('Russsia', { rejected: [] }))).toBe(true);
	});

	it('accepts any of several accepted variants', () => {
		const question = { accepted: ['liquefied petroleum gas', 'LPG', 'liquefied gas'] };

		expect(isCorrect(grade('LPG', question))).toBe(true);
		expect(isCorrect(grade('Liquefied-petroleum gas', question))).toBe(true);
		expect(isCorrect(grade('liquified petroleum gas', question))).toBe(true);
		expect(isCorrect(grade('liquefied gas', question))).toBe(true);
	});

	it('does not accept a typo of a three-letter answer', () => {
		expect(isWrong(grade('LPF', { accepted: ['LPG'], rejected: [] }))).toBe(true);
	});

	it.each([
		['three percent', '3%'],
		['3 per cent', '3%'],
		['twenty thousand', '20,000'],
		['20000', '20,000'],
		['20 000', '20,000'],
		['2,500', '2500'],
		['2 500', '2500']
	])('accepts "%s" for the numeric answer "%s"', (text, answer) => {
		expect(isCorrect(grade(text, { accepted: [answer], rejected: [] }))).toBe(true);
	});

	it('does not take a different number for a typo', () => {
		expect(isWrong(grade('2,600', { accepted: ['2,500'], rejected: [] }))).toBe(true);
	});

	it('marks extra words wrong rather than searching inside the answer', () => {
		expect(isWrong(grade('Russia and China'))).toBe(true);
	});

	it('leaves an empty or all-space answer unanswered', () => {
		expect(grade('')).toEqual({ kind: 'unanswered' });
		expect(grade(' \t\u3000 ')).toEqual({ kind: 'unanswered' });
	});

	it('asks again when the answer has no letters or digits', () => {
		expect(grade('?!')).toMatchObject({ kind: 'invalid' });
		expect(grade('🤷')).toMatchObject({ kind: 'invalid' });
	});

	it('grades 100 KB of input quickly and as wrong', () => {
		const text = `Russia ${'blah '.repeat(20_000)}`;

		const start = performance.now();
		const result = grade(text);

		expect(isWrong(result)).toBe(true);
		expect(performance.now() - start).toBeLessThan(500);
	});

	it('does not read "Rußland" as Russia', () => {
		expect(isWrong(grade('Rußland'))).toBe(true);
	});
});
