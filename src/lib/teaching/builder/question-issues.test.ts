import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../../quiz/question/schema';
import { matching, singleChoice } from '../../quiz/question/test-factories';
import { questionProblem } from './question-issues';

const firstProblem = (candidate: unknown) => {
	const parsed = v.safeParse(QuestionSchema, candidate, { abortPipeEarly: true });
	const issue = parsed.issues?.[0];
	if (!issue) throw new Error('expected the candidate to be invalid');
	return questionProblem(issue, Reflect.get(Object(candidate), 'type'));
};

describe('questionProblem', () => {
	it('names the field a teacher sees and the top-level field to mark invalid', () => {
		expect(firstProblem(singleChoice({ options: ['Russia', ' '] }))).toEqual({
			field: 'options',
			message: 'Option 2: must not be empty'
		});
	});

	it('names the side of a matching pair', () => {
		const pairs = [
			{ left: '', right: 'Moscow' },
			{ left: 'China', right: 'Beijing' }
		];
		expect(firstProblem(matching({ pairs }))).toEqual({
			field: 'pairs',
			message: 'Pair 1, left side: must not be empty'
		});
	});

	it('names a repeated left side of a matching question against the pairs', () => {
		const pairs = [
			{ left: 'China', right: 'Beijing' },
			{ left: 'China', right: 'Shanghai' }
		];
		expect(firstProblem(matching({ pairs }))).toEqual({
			field: 'pairs',
			message: 'Pairs: two pairs have the same left side "China"'
		});
	});

	it('names a repeated evidence sentence against the evidence', () => {
		const evidence = ['Gas flows.', 'Gas flows.'];
		expect(firstProblem(singleChoice({ evidence }))).toEqual({
			field: 'evidence',
			message: 'Evidence: quotes the same sentence twice: "Gas flows."'
		});
	});

	it('ties a whole-question check of a single-choice question to its correct option', () => {
		expect(firstProblem(singleChoice({ correctIndex: 5 }))).toEqual({
			field: 'correctIndex',
			message: 'Correct option: choose one of the options'
		});
	});

	it('keeps the general wording, with the value, for a field it has no label for', () => {
		const problem = firstProblem(singleChoice({ id: 'Bad Id' }));
		expect(problem.field).toBe('id');
		expect(problem.message).toMatch(
			/^id: must be lowercase letters, digits and - \(got "Bad Id"\)$/
		);
	});
});
