import { describe, expect, it } from 'vitest';
import { GenerationError } from './errors';

describe('GenerationError', () => {
	it('carries its code, message and name, and is an Error', () => {
		const error = new GenerationError('too-short', 'Too short.');
		expect(error).toBeInstanceOf(Error);
		expect([error.code, error.message, error.name]).toEqual([
			'too-short',
			'Too short.',
			'GenerationError'
		]);
	});
});
