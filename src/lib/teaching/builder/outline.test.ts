import { describe, expect, it } from 'vitest';
import { firstWords } from './outline';

describe('firstWords', () => {
	it('keeps a short prompt whole and cuts a long one at a word', () => {
		expect(firstWords('Who closed the port?')).toBe('Who closed the port?');
		expect(firstWords('Which countries border Kazakhstan to the north and the east?', 5)).toBe(
			'Which countries border Kazakhstan to…'
		);
		expect(firstWords('  spaced\n\nout   words ', 2)).toBe('spaced out…');
	});
});
