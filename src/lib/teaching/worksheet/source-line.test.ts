import { describe, expect, it } from 'vitest';
import { articleSourceLine } from './source-line';

describe('articleSourceLine', () => {
	it('gives the source and the date it was published', () => {
		expect(articleSourceLine({ source: 'The Example Herald', published: '2022-01-07' })).toBe(
			'The Example Herald, 7 January 2022'
		);
	});

	it('writes out the address, which paper cannot link to', () => {
		const meta = {
			source: 'The Example Herald',
			published: '2024-03-18',
			sourceUrl: 'https://example.com/floods'
		};
		expect(articleSourceLine(meta)).toBe(
			'The Example Herald, 18 March 2024 (https://example.com/floods)'
		);
	});
});
