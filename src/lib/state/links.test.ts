import { describe, expect, it } from 'vitest';
import { withId } from './links';

describe('withId', () => {
	it('puts the id in the query of the page', () => {
		expect(withId('/assigned/quiz', 'm-lq2x-7f3k')).toBe('/assigned/quiz?id=m-lq2x-7f3k');
	});

	it('encodes an id that would otherwise end the query or name a route parameter', () => {
		expect(withId('/teach/edit', 'a&b=[slug]#x')).toBe('/teach/edit?id=a%26b%3D%5Bslug%5D%23x');
	});
});
