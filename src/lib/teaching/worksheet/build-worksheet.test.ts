import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../reading/article/segment';
import * as make from '../../quiz/question/test-factories';
import type { Question } from '../../quiz/question/schema';
import { buildWorksheet } from './build-worksheet';
import type { WorksheetSource } from './worksheet';

const blocks = segmentBody(
	[
		'## How it began',
		'Talks began in May. They were slow.',
		'A deal was signed in June.',
		'Gas started to flow in July.'
	].join('\n\n')
);

const source = (questions: Question[], over: Partial<WorksheetSource> = {}): WorksheetSource => ({
	title: 'A pipeline opens',
	sourceLine: 'The Example Herald, 7 January 2022',
	blocks,
	questions,
	...over
});

// Only the single-choice question cites a sentence of this article, so the key names its paragraph.
const everyType = make
	.oneOfEachType()
	.map((question) =>
		question.type === 'single-choice' ? { ...question, sentenceIds: ['p1s2'] } : question
	);

describe('buildWorksheet', () => {
	it('keeps the title, the source and the article with its paragraph numbers and headings', () => {
		const sheet = buildWorksheet(source([]), { withKey: false });
		expect(sheet.title).toBe('A pipeline opens');
		expect(sheet.sourceLine).toBe('The Example Herald, 7 January 2022');
		expect(sheet.blocks).toEqual([
			{ kind: 'heading', text: 'How it began' },
			{ kind: 'paragraph', number: 1, text: 'Talks began in May. They were slow.' },
			{ kind: 'paragraph', number: 2, text: 'A deal was signed in June.' },
			{ kind: 'paragraph', number: 3, text: 'Gas started to flow in July.' }
		]);
	});

	it('leaves out a missing source line', () => {
		const sheet = buildWorksheet(source([], { sourceLine: undefined }), { withKey: false });
		expect(sheet).not.toHaveProperty('sourceLine');
	});

	it('prints every question type, numbered from 1 in the module order', () => {
		const sheet = buildWorksheet(source(everyType), { withKey: false });
		expect(sheet.items.map((item) => [item.number, item.type, item.kind])).toEqual([
			[1, 'single-choice', 'tick'],
			[2, 'multiple-choice', 'tick'],
			[3, 'true-false', 'tick'],
			[4, 'numeric', 'write'],
			[5, 'short-answer', 'write'],
			[6, 'cloze', 'blank'],
			[7, 'ordering', 'order'],
			[8, 'matching', 'match']
		]);
	});

	it('has no answer key in a student worksheet', () => {
		const sheet = buildWorksheet(source(everyType), { withKey: false });
		expect(sheet).not.toHaveProperty('key');
	});

	it('gives the teacher one key entry per question, with the evidence paragraphs', () => {
		const sheet = buildWorksheet(source(everyType), { withKey: true });
		expect(sheet.key?.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(sheet.key?.[0]).toMatchObject({ answer: 'A. Russia', paragraphs: [1] });
		// The factories' other questions quote a sentence this article does not have.
		expect(sheet.key?.[1]?.paragraphs).toEqual([]);
	});

	it('makes an empty worksheet and an empty key for a module without questions', () => {
		const sheet = buildWorksheet(source([]), { withKey: true });
		expect(sheet.items).toEqual([]);
		expect(sheet.key).toEqual([]);
		expect(sheet.blocks).toHaveLength(4);
	});
});
