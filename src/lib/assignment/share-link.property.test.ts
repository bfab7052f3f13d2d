import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Parsed } from '../validation/result';
import { toBase64url } from './base64url';
import { decodeModuleFile, encodeModuleFile } from './module-file';
import { decodeShareLink, encodeShareLink } from './share-link';
import { makeAssignment } from './test-factories';

/** Decoders face whatever is pasted or picked: they must answer, never throw. */
function expectAnswer(decode: () => Parsed<unknown>) {
	const result = decode();
	if (!result.ok) {
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors.every((line) => line.length > 0)).toBe(true);
	}
}

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=#:/ \n{}"é';
const anyChar = fc.constantFrom(...CHARS);
/** A copy of `text` with one character replaced, removed or inserted. */
const mutationOf = (text: string) =>
	fc
		.tuple(
			fc.nat({ max: text.length - 1 }),
			anyChar,
			fc.constantFrom('replace', 'remove', 'insert')
		)
		.map(([at, char, how]) => {
			const end = how === 'insert' ? at : at + 1;
			return text.slice(0, at) + (how === 'remove' ? '' : char) + text.slice(end);
		});
const cutOf = (text: string) => fc.nat({ max: text.length }).map((n) => text.slice(0, n));

const link = encodeShareLink(makeAssignment()).payload;
const bundled = encodeShareLink(makeAssignment(), { bundledArticle: { slug: 'gas' } }).payload;
const file = encodeModuleFile(makeAssignment());

describe('share link decoder under fuzzing', () => {
	it('answers any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
				expectAnswer(() => decodeShareLink(text))
			)
		);
	});

	it('answers random bytes after a valid prefix', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) =>
				expectAnswer(() => decodeShareLink(`1.${toBase64url(bytes)}`))
			)
		);
	});

	it('answers every cut-short link', () => {
		fc.assert(fc.property(cutOf(link), (text) => expectAnswer(() => decodeShareLink(text))));
	});

	it('answers random bytes and cut-short data in a bundled-article link, article supplied', () => {
		const prefix = bundled.slice(0, bundled.lastIndexOf('.') + 1);
		const body = makeAssignment().body;
		fc.assert(
			fc.property(
				fc.oneof(
					fc.uint8Array({ maxLength: 600 }).map((bytes) => prefix + toBase64url(bytes)),
					cutOf(bundled)
				),
				(text) => {
					const result = decodeShareLink(text);
					expectAnswer(() => result);
					if (result.ok && result.value.kind === 'needs-article') {
						const opened = result.value;
						expectAnswer(() => opened.complete(body));
					}
				}
			)
		);
	});

	it('answers every link with one character changed', () => {
		fc.assert(
			fc.property(fc.oneof(mutationOf(link), mutationOf(bundled)), (text) => {
				const result = decodeShareLink(text);
				expectAnswer(() => result);
				const opened = result.ok ? result.value : null;
				if (opened?.kind === 'needs-article') {
					expectAnswer(() => opened.complete(makeAssignment().body));
				}
			})
		);
	});
});

describe('module file decoder under fuzzing', () => {
	it('answers any text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) =>
				expectAnswer(() => decodeModuleFile(text))
			)
		);
	});

	it('answers every cut-short or changed file', () => {
		fc.assert(
			fc.property(fc.oneof(cutOf(file), mutationOf(file)), (text) =>
				expectAnswer(() => decodeModuleFile(text))
			)
		);
	});
});
