import { describe, expect, it } from 'vitest';
import { gapPrompts, idsOf, lookupIn, rebuildArticle, refsOf } from './share-v3-wire';

describe('rebuildArticle', () => {
	it('joins blocks by a blank line and sentences by a space, headings verbatim', () => {
		const rebuilt = rebuildArticle([['Gas flows.', 'It stops.'], '## Deal', ['Talks began.']]);

		expect(rebuilt).toEqual({
			body: 'Gas flows. It stops.\n\n## Deal\n\nTalks began.',
			segments: [['Gas flows.', 'It stops.'], ['Talks began.']]
		});
	});
});

describe('sentence references', () => {
	it('write "p4s2" as the pair 4, 2 and back', () => {
		expect(refsOf(['p4s2', 'p10s1'])).toEqual([4, 2, 10, 1]);
		expect(idsOf([4, 2, 10, 1])).toEqual(['p4s2', 'p10s1']);
	});

	it.each([['p04s2'], ['p4'], ['s2'], ['p0s1'], ['P4S2']])(
		'leave %j to be carried as written, since a pair would not give it back',
		(id) => {
			expect(refsOf(['p1s1', id])).toBeNull();
		}
	);

	it('look a sentence up only by an id written exactly p<n>s<m>', () => {
		const lookup = lookupIn([['Gas flows.', 'It stops.']]);

		expect(lookup('p1s2')).toBe('It stops.');
		expect(lookup('p01s2')).toBeUndefined();
		expect(lookup('p2s1')).toBeUndefined();
		expect(lookup('constructor')).toBeUndefined();
	});
});

describe('gapPrompts', () => {
	it('blank the first occurrence of the answer in the first evidence sentence', () => {
		expect(gapPrompts(['Gas flows from Russia to Russia.'], 'Russia')).toEqual([
			'Gas flows from _____ to Russia.',
			'Choose the answer that fills the gap: Gas flows from _____ to Russia.'
		]);
	});

	it('keep replacement patterns in the answer as plain text', () => {
		expect(gapPrompts(['It cost $& today.'], '$&')[0]).toBe('It cost _____ today.');
	});

	it('offer nothing when the answer is not in the evidence', () => {
		expect(gapPrompts(['Gas flows.'], 'Oil')).toEqual([]);
		expect(gapPrompts([], 'Oil')).toEqual([]);
		expect(gapPrompts(['Gas flows.'], '')).toEqual([]);
	});
});
