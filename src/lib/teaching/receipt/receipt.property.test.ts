import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../core/codecs/base64url';
import type { Parsed } from '../../core/validation/result';
import { decodeReceiptCode, encodeReceiptCode } from './receipt-code';
import { decodeReceiptFile, encodeReceiptFile } from './receipt-file';
import type { Receipt } from './schema';
import { makeReceipt } from './test-factories';

/** Either the original receipt or a non-empty list of messages: never a different receipt. */
function expectOriginalOrErrors(result: Parsed<Receipt>) {
	if (result.ok) expect(result.value).toEqual(makeReceipt());
	else expect(result.errors.filter((line) => line.length > 0).length).toBeGreaterThan(0);
}

/** CI runs each property 10,000 times; a quick local run does fewer. */
const RUNS = { numRuns: process.env.CI ? 10_000 : 500 };

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.R{}": \n';
const mutationOf = (text: string) =>
	fc
		.tuple(
			fc.nat({ max: text.length - 1 }),
			fc.constantFrom(...CHARS),
			fc.constantFrom('replace', 'remove', 'insert')
		)
		.map(([at, char, how]) => {
			const end = how === 'insert' ? at : at + 1;
			return text.slice(0, at) + (how === 'remove' ? '' : char) + text.slice(end);
		});
const cutOf = (text: string) => fc.nat({ max: text.length }).map((n) => text.slice(0, n));

describe('receipt code decoder under fuzzing', () => {
	it('answers any text', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
				const result = await decodeReceiptCode(text);
				if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
			}),
			RUNS
		);
	});

	it('answers random bytes after a valid prefix', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
				const result = await decodeReceiptCode(`R1.${toBase64url(bytes)}.0123456789abcdef`);
				expect(result.ok).toBe(false);
			}),
			RUNS
		);
	});

	it('never turns a cut-short or changed code into a different receipt', async () => {
		const code = await encodeReceiptCode(makeReceipt());

		await fc.assert(
			fc.asyncProperty(fc.oneof(cutOf(code), mutationOf(code)), async (text) => {
				expectOriginalOrErrors(await decodeReceiptCode(text));
			}),
			RUNS
		);
	});
});

describe('receipt file decoder under fuzzing', () => {
	it('answers any text', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), async (text) => {
				const result = await decodeReceiptFile(text);
				if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
			}),
			RUNS
		);
	});

	it('never turns a cut-short or changed file into a different receipt', async () => {
		const file = await encodeReceiptFile(makeReceipt());

		await fc.assert(
			fc.asyncProperty(fc.oneof(cutOf(file), mutationOf(file)), async (text) => {
				expectOriginalOrErrors(await decodeReceiptFile(text));
			}),
			RUNS
		);
	});
});
