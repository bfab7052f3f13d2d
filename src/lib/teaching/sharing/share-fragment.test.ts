import { describe, expect, it } from 'vitest';
import { payloadOf, shareLinkFor } from './share-fragment';

describe('share link fragments', () => {
	it('puts the payload after #m= on the /open route', () => {
		expect(shareLinkFor('https://lectern.example', '1.abc')).toBe(
			'https://lectern.example/open#m=1.abc'
		);
	});

	it('ignores a trailing slash on the base address', () => {
		expect(shareLinkFor('https://school.example/lectern/', '1.abc')).toBe(
			'https://school.example/lectern/open#m=1.abc'
		);
	});

	it.each([
		['a whole link', 'https://lectern.example/open#m=1.abc'],
		['a fragment', '#m=1.abc'],
		['a fragment without #', 'm=1.abc'],
		['a bare payload', '1.abc'],
		[
			'a link broken across lines by an e-mail app',
			'  https://lectern.example/open#m=1.a\r\n bc \n'
		]
	])('finds the payload in %s', (_, text) => {
		expect(payloadOf(text)).toBe('1.abc');
	});
});
