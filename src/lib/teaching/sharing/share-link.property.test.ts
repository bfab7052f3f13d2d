import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../core/validation/result';
import type { Assignment } from './assignment';
import { toBase64url } from '../../core/codecs/base64url';
import { articleHash } from './link-hash';
import { decodeModuleFile } from './module-file';
import { encodeModuleFile } from './module-file-encode';
import { dictionaryOf, packJson } from '../../core/codecs/packed-json';
import { payloadOf } from './share-fragment';
import { decodeShareLink, encodeShareLink } from './share-link';
import { buildSharePayload } from './share-payload';
import { makeAssignment } from './test-factories';

/** Decoders face whatever is pasted or picked: they must answer, never throw. */
function expectAnswer(decode: () => Parsed<unknown>) {
	const result = decode();
	if (!result.ok) {
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors.every((line) => line.length > 0)).toBe(true);
	}
}

/** CI runs each property 10,000 times; a quick local run does fewer. */
const RUNS = { numRuns: process.env.CI ? 10_000 : 500 };

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

const assignment = makeAssignment();
const body = assignment.body;
const formatOne = `1.${packJson(buildSharePayload(assignment))}`;
const formatTwo = `2.gas.${articleHash(body).toString(36)}.${packJson(buildSharePayload(assignment, 'gas'), dictionaryOf(body))}`;
const formatThree = encodeShareLink(assignment).payload;
const formatThreeBundled = encodeShareLink(assignment, { bundledArticle: { slug: 'gas' } }).payload;
const file = encodeModuleFile(assignment);

/** The module a payload opens to (with its article supplied), or null when it is refused. */
function opened(text: string): Assignment | null {
	const result = decodeShareLink(text);
	expectAnswer(() => result);
	if (!result.ok) return null;
	if (result.value.kind === 'assignment') return result.value.assignment;
	const completed = result.value.complete(body);
	expectAnswer(() => completed);
	return completed.ok ? completed.value : null;
}

describe('share link decoder under fuzzing', () => {
	it('answers any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
				expectAnswer(() => decodeShareLink(text))
			),
			RUNS
		);
	});

	it.each([['1.'], ['2.gas.1drhr4o.'], ['3.AAAAAAAA.'], ['3.AAAAAAAA.gas.1drhr4o.']])(
		'answers random bytes after the prefix %s',
		(prefix) => {
			fc.assert(
				fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
					opened(`${prefix}${toBase64url(bytes)}`);
				}),
				RUNS
			);
		}
	);

	it.each([
		['format 1', formatOne],
		['format 2', formatTwo],
		['format 3', formatThree],
		['format 3 (bundled)', formatThreeBundled]
	])('answers every cut-short or changed %s link', (_, link) => {
		fc.assert(
			fc.property(fc.oneof(cutOf(link), mutationOf(link)), (text) => {
				opened(text);
			}),
			RUNS
		);
	});

	it.each([
		['a format-3 link', formatThree],
		['a format-3 link to a bundled article', formatThreeBundled],
		['a format-3 link as a whole address', `https://lectern.example/open#m=${formatThree}`]
	])('refuses %s with any one character changed, never opening another module', (_, link) => {
		fc.assert(
			fc.property(fc.oneof(mutationOf(link), cutOf(link)), (text) => {
				const module = opened(text);
				// White space is dropped before reading, and the address before `#` is not read.
				if (payloadOf(text) === payloadOf(link)) expect(module).toEqual(assignment);
				else expect(module).toBeNull();
			}),
			RUNS
		);
	});
});

describe('module file decoder under fuzzing', () => {
	it('answers any text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) =>
				expectAnswer(() => decodeModuleFile(text))
			),
			RUNS
		);
	});

	it('answers every cut-short or changed file', () => {
		fc.assert(
			fc.property(fc.oneof(cutOf(file), mutationOf(file)), (text) =>
				expectAnswer(() => decodeModuleFile(text))
			),
			RUNS
		);
	});
});
