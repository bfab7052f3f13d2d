import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { checkQuestion } from './check-question';

const errorsOf = (candidate: unknown) => {
	const result = checkQuestion(candidate);
	return result.ok ? [] : result.errors;
};

describe('checkQuestion', () => {
	it('returns the parsed question with its text trimmed when it is valid', () => {
		const result = checkQuestion(make.shortAnswer({ prompt: '  Who?  ' }));
		expect(result).toMatchObject({ ok: true, value: { prompt: 'Who?' } });
	});

	it('names an empty prompt as the question text', () => {
		expect(errorsOf(make.shortAnswer({ prompt: ' ' }))).toEqual([
			'Question text: must not be empty'
		]);
	});

	it('numbers an empty option from 1 as the editor does', () => {
		const result = checkQuestion(
			make.singleChoice({ options: ['Russia', ''], answerText: 'Russia' })
		);
		expect(result).toEqual({
			ok: false,
			errors: ['Option 2: must not be empty'],
			fields: ['options']
		});
	});

	it('says when two options are the same, ignoring case', () => {
		expect(errorsOf(make.singleChoice({ options: ['Yes', 'yes'], answerText: 'Yes' }))).toEqual([
			'Options: each option must be different'
		]);
	});

	it('asks for a correct option when none is chosen', () => {
		expect(errorsOf(make.singleChoice({ correctIndex: -1 }))).toEqual([
			'Correct option: choose the correct option'
		]);
	});

	it('asks for at least one correct option on a multiple-choice question', () => {
		expect(errorsOf(make.multipleChoice({ correctIndexes: [] }))).toEqual([
			'Correct options: mark at least one option as correct'
		]);
	});

	it('reports a numeric answer that is not a number, in plain words', () => {
		const result = checkQuestion(make.numeric({ answer: Number.NaN }));
		expect(result).toEqual({ ok: false, errors: ['Answer: must be a number'], fields: ['answer'] });
	});

	it('reports a negative tolerance', () => {
		expect(errorsOf(make.numeric({ tolerance: -1 }))).toEqual(['Tolerance: must be 0 or more']);
	});

	it('asks for an accepted answer when there is none', () => {
		expect(errorsOf(make.shortAnswer({ accepted: [] }))).toEqual([
			'Accepted answers: write at least one accepted answer'
		]);
	});

	it('reports a cloze prompt without exactly one blank against the question text', () => {
		const result = checkQuestion(make.cloze({ prompt: 'No gap here.' }));
		expect(result).toEqual({
			ok: false,
			errors: ['Question text: must contain "_____" once'],
			fields: ['prompt']
		});
	});

	it('asks for three items in an ordering question', () => {
		expect(errorsOf(make.ordering({ items: ['a', 'b'] }))).toEqual([
			'Items: needs at least 3 items'
		]);
	});

	it('names the side of a matching pair that is empty', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'China', right: '' }
		];
		expect(errorsOf(make.matching({ pairs }))).toEqual(['Pair 2, right side: must not be empty']);
	});

	it('says when two pairs share a right side, naming it', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'Soviet Union', right: 'Moscow' }
		];
		expect(errorsOf(make.matching({ pairs }))).toEqual([
			'Pairs: two pairs have the same right side "Moscow"'
		]);
	});

	it('says when two pairs share a left side, naming it', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'China', right: 'Beijing' },
			{ left: 'Russia', right: 'Saint Petersburg' }
		];
		expect(checkQuestion(make.matching({ pairs }))).toEqual({
			ok: false,
			errors: ['Pairs: two pairs have the same left side "Russia"'],
			fields: ['pairs']
		});
	});

	it('says when an ordering question lists an item twice, naming it', () => {
		const items = ['Talks began', 'A deal was signed', 'talks began'];
		expect(checkQuestion(make.ordering({ items }))).toEqual({
			ok: false,
			errors: ['Items: two items are the same: "talks began"'],
			fields: ['items']
		});
	});

	it('reports an infinite numeric answer as not a number', () => {
		expect(errorsOf(make.numeric({ answer: Number.POSITIVE_INFINITY }))).toEqual([
			'Answer: must be a number'
		]);
	});

	it('says how large a numeric answer or tolerance may be', () => {
		expect(errorsOf(make.numeric({ answer: 1e16 }))).toEqual([
			'Answer: must be between -1,000,000,000,000,000 and 1,000,000,000,000,000'
		]);
		expect(errorsOf(make.numeric({ tolerance: 1e16 }))).toEqual([
			'Tolerance: must be at most 1,000,000,000,000,000'
		]);
	});

	it('hides the derived answerText problem when the field behind it is reported', () => {
		const errors = errorsOf(make.shortAnswer({ accepted: [], answerText: '' }));
		expect(errors).toEqual(['Accepted answers: write at least one accepted answer']);
	});

	it('reports several fields at once, each once', () => {
		const result = checkQuestion(
			make.singleChoice({ prompt: '', options: ['', ''], answerText: '' })
		);
		expect(result.ok ? [] : result.fields).toEqual(['prompt', 'options']);
		expect(result.ok ? [] : result.errors).toEqual([
			'Question text: must not be empty',
			'Option 1: must not be empty',
			'Option 2: must not be empty'
		]);
	});

	it('falls back to the general wording for something that is not a question at all', () => {
		const errors = errorsOf({ type: 'essay' });
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^type: /);
	});
});
