import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Assignment } from '../sharing/assignment';
import * as make from '../../quiz/question/test-factories';
import type { Question } from '../../quiz/question/schema';
import { toGift } from './gift';

const assignment = (questions: Question[]): Assignment => ({
	id: 'pipeline-deal',
	title: 'Pipeline deal / week 3',
	body: 'Russia and China signed a deal.',
	questions,
	settings: DEFAULT_SETTINGS
});

describe('toGift, what GIFT cannot hold', () => {
	it('skips ordering questions and two-pair matching, and says why', () => {
		const { text, skipped } = toGift([
			make.trueFalse({ id: 'tf' }),
			make.ordering({ id: 'order' }),
			make.matching({ id: 'pairs', pairs: make.matching().pairs.slice(0, 2) })
		]);

		expect(skipped).toEqual([
			{ id: 'order', type: 'ordering', reason: 'GIFT has no ordering question type.' },
			{
				id: 'pairs',
				type: 'matching',
				reason: 'Moodle needs at least 3 pairs to match; this has 2.'
			}
		]);
		expect(text).toBe('// Questions — exported from Lectern\n\n::tf:: Question? {T}\n');
	});

	it('skips a matching question whose item contains "->"', () => {
		const pairs = [{ left: 'A -> B', right: 'x' }, ...make.matching().pairs];

		expect(toGift([make.matching({ pairs })]).skipped).toMatchObject([{ id: 'matching' }]);
	});

	it('skips a multiple-answer question whose marks Moodle cannot split', () => {
		const options = Array.from({ length: 12 }, (_, i) => `Option ${i}`);
		const question = make.multipleChoice({
			options,
			correctIndexes: options.map((_, i) => i).slice(1)
		});

		expect(toGift([question]).skipped).toEqual([
			{
				id: 'multiple',
				type: 'multiple-choice',
				reason: 'Moodle cannot split the marks between 11 right options.'
			}
		]);
	});
});

describe('toGift, the whole file', () => {
	it("names a module's file after its title and adds a category line on request", () => {
		const module = assignment([
			make.trueFalse({ id: 'a' }),
			make.trueFalse({ id: 'b', answer: false })
		]);

		expect(toGift(module, { category: true }).text).toBe(
			[
				'// Pipeline deal / week 3 — exported from Lectern',
				'$CATEGORY: Pipeline deal // week 3',
				'::a:: Question? {T}',
				'::b:: Question? {F}'
			].join('\n\n') + '\n'
		);
	});

	it('writes one block per question that is not skipped, in order', () => {
		const questions = [
			make.singleChoice({ id: 'a' }),
			make.ordering({ id: 'b' }),
			make.cloze({ id: 'c' }),
			make.numeric({ id: 'd' }),
			make.matching({ id: 'e' })
		];

		const { text, skipped } = toGift(questions, { title: 'Mixed' });

		const names = text
			.split('\n\n')
			.slice(1)
			.map((block) => block.match(/^::(.+?)::/)?.[1]);
		expect(names).toEqual(['a', 'c', 'd', 'e']);
		expect(names.length + skipped.length).toBe(questions.length);
	});
});
