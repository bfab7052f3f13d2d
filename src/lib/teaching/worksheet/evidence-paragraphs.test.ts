import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../reading/article/segment';
import { evidenceIndex, evidenceParagraphs, paragraphLabel } from './evidence-paragraphs';

/** Paragraph n reads "Sentence one of paragraph n. Sentence two of paragraph n." */
const article = (paragraphs: number, heading = false) =>
	segmentBody(
		[
			...(heading ? ['## A heading'] : []),
			...Array.from(
				{ length: paragraphs },
				(_, i) => `Sentence one of paragraph ${i + 1}. Sentence two of paragraph ${i + 1}.`
			)
		].join('\n\n')
	);

const evidence = (sentenceIds: string[], quotes: string[] = []) => ({
	sentenceIds,
	evidence: quotes
});

describe('evidenceParagraphs', () => {
	it('maps a sentence id in paragraph 7 to paragraph 7', () => {
		const index = evidenceIndex(article(9));
		expect(evidenceParagraphs(evidence(['p7s2']), index)).toEqual([7]);
	});

	it('counts paragraphs as the article numbers them, headings not included', () => {
		const index = evidenceIndex(article(3, true));
		expect(evidenceParagraphs(evidence(['p1s1']), index)).toEqual([1]);
	});

	it('lists several paragraphs once each, in article order', () => {
		const index = evidenceIndex(article(9));
		expect(evidenceParagraphs(evidence(['p9s1', 'p4s2', 'p4s1']), index)).toEqual([4, 9]);
	});

	it('finds a quote without ids, even part of a sentence with other spacing and case', () => {
		const index = evidenceIndex(article(6));
		const quote = 'sentence  TWO of paragraph 5';
		expect(evidenceParagraphs(evidence([], [quote]), index)).toEqual([5]);
	});

	it('prefers the ids to the quotes when an id names a sentence of the article', () => {
		const index = evidenceIndex(article(6));
		expect(evidenceParagraphs(evidence(['p2s1'], ['Sentence one of paragraph 5.']), index)).toEqual(
			[2]
		);
	});

	it('falls back to the quotes when no id is in the article', () => {
		const index = evidenceIndex(article(6));
		expect(
			evidenceParagraphs(evidence(['p40s1'], ['Sentence one of paragraph 3.']), index)
		).toEqual([3]);
	});

	it('gives no paragraph for a question without evidence, or with a quote not in the article', () => {
		const index = evidenceIndex(article(3));
		expect(evidenceParagraphs(evidence([]), index)).toEqual([]);
		expect(evidenceParagraphs(evidence([], ['Not in this article at all.']), index)).toEqual([]);
		expect(evidenceParagraphs(evidence([], ['   ']), index)).toEqual([]);
	});
});

describe('paragraphLabel', () => {
	it('writes paragraphs with the pilcrow', () => {
		expect(paragraphLabel([7])).toBe('¶7');
		expect(paragraphLabel([4, 7])).toBe('¶4, ¶7');
	});

	it('says plainly when there is no evidence', () => {
		expect(paragraphLabel([])).toBe('No evidence given');
	});
});
