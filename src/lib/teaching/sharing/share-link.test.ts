import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Assignment } from './assignment';
import { toBase64url } from '../../core/codecs/base64url';
import { fnv1a32 } from './link-hash';
import { packJson } from '../../core/codecs/packed-json';
import { decodeShareLink, encodeShareLink, SHARE_LINK_MAX_CHARS } from './share-link';
import { shareLinkFor } from './share-fragment';
import { buildSharePayload } from './share-payload';
import { wireModule } from './share-v3-encode';
import { BODY, everyQuestionType, makeAssignment } from './test-factories';

const opened = (text: string) => {
	const result = decodeShareLink(text);
	return result.ok && result.value.kind === 'assignment' ? result.value.assignment : result;
};
/** The format-3 JSON of an assignment, to check what was left out. */
const carried = (assignment: Assignment) =>
	wireModule(assignment) as { q: unknown[][]; o?: object };
/** A link as Lectern wrote them before format 3; they must keep opening. */
const formatOne = (assignment: Assignment) => `1.${packJson(buildSharePayload(assignment))}`;
const packBytes = (bytes: Uint8Array) => `1.${toBase64url(deflateSync(bytes, { level: 9 }))}`;
const errorsOf = (text: string) => {
	const result = decodeShareLink(text);
	return result.ok ? [] : result.errors;
};

describe('share links', () => {
	it('opens the assignment it was made from', () => {
		const assignment = makeAssignment();

		expect(opened(encodeShareLink(assignment).payload)).toEqual(assignment);
	});

	it.each(everyQuestionType().map((q) => [q.type, q] as const))(
		'round-trips a %s question',
		(_, question) => {
			const assignment = makeAssignment({ questions: [question] });

			expect(opened(encodeShareLink(assignment).payload)).toEqual(assignment);
		}
	);

	it('still opens a format-1 link, as Lectern wrote them before format 3', () => {
		const assignment = makeAssignment();

		expect(decodeShareLink(formatOne(assignment))).toEqual({
			ok: true,
			value: { kind: 'assignment', assignment }
		});
	});

	it('starts with the format number and a checksum, and reports its length', () => {
		const encoded = encodeShareLink(makeAssignment());

		expect(encoded.payload).toMatch(/^3\.[A-Za-z0-9_-]{8}\.[A-Za-z0-9_-]+$/);
		expect(encoded.length).toBe(encoded.payload.length);
		expect(encoded.tooLong).toBe(false);
	});

	it('leaves out evidence that the cited sentences restore, and restores it exactly', () => {
		const assignment = makeAssignment();
		const { payload } = encodeShareLink(assignment);

		const extras = carried(assignment).q.map((q) => q.at(-1) as { i?: string; e?: unknown });
		const withEvidence = extras.filter((extra) => extra.e !== undefined);

		expect(withEvidence.map((extra) => extra.i)).toEqual(['numeric-tolerant', 'matching']);
		expect(opened(payload)).toEqual(assignment);
	});

	it('carries only the settings that differ from the defaults', () => {
		const assignment = makeAssignment();
		const changed = makeAssignment({
			settings: { ...assignment.settings, passMark: 80, dueDate: '2026-03-01' }
		});

		expect(carried(assignment).o).toBeUndefined();
		expect(carried(changed).o).toEqual({
			passMark: 80,
			dueDate: '2026-03-01'
		});
		expect(opened(encodeShareLink(changed).payload)).toEqual(changed);
	});

	it('opens a whole link, even one broken across lines', () => {
		const assignment = makeAssignment();
		const link = shareLinkFor('https://lectern.example', encodeShareLink(assignment).payload);
		const wrapped = link.replace(/(.{70})/g, '$1\n');

		expect(opened(link)).toEqual(assignment);
		expect(opened(wrapped)).toEqual(assignment);
	});

	it('says a module whose text does not compress is too long for a link', () => {
		const words = Array.from({ length: 7_000 }, (_, i) => fnv1a32(`word ${i}`).toString(16));
		const body = `${BODY}\n\n${words.join(' ')}.`;

		const encoded = encodeShareLink(makeAssignment({ body }));

		expect(encoded.tooLong).toBe(true);
		expect(errorsOf(encoded.payload)).toEqual([expect.stringContaining('is too long to open')]);
	});
});

describe('share link errors', () => {
	const valid = encodeShareLink(makeAssignment()).payload;
	const validFormatOne = formatOne(makeAssignment());

	it.each([
		['empty text', '   ', 'This is not a Lectern link: it is empty.'],
		['some other link', 'https://example.com/page', 'This is not a Lectern link'],
		['a newer format', '4.q1ZKVLIyrAUA', 'made by a newer version of Lectern (link format 4)'],
		['a bundled-article link without its article name', '2.q1ZKVLIyrAUA', 'should name an article'],
		['an unknown format', '0.q1ZKVLIyrAUA', 'has an unknown format (0)'],
		['characters base64url lacks', '1.abc$def', 'holds characters a Lectern link cannot have'],
		['a link cut short', valid.slice(0, 40), 'does not match its checksum'],
		['a format-1 link cut short', validFormatOne.slice(0, 40), 'may have been cut off when copied'],
		['a payload that is not text', packBytes(new Uint8Array([0xff, 0xfe])), 'not readable text'],
		['a payload that is not JSON', packBytes(new TextEncoder().encode('{"id":')), 'not valid JSON'],
		[
			'JSON nested too deeply to read',
			packBytes(new TextEncoder().encode('['.repeat(100_000) + ']'.repeat(100_000))),
			'not valid JSON'
		],
		['a link too long', `1.${'A'.repeat(SHARE_LINK_MAX_CHARS)}`, 'is too long to open']
	])('explains %s', (_, text, message) => {
		const errors = errorsOf(text);

		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(message);
	});

	it('says a payload that unpacks to megabytes is not a module', () => {
		const bomb = `1.${packJson({ body: 'x'.repeat(2_000_000) })}`;

		expect(errorsOf(bomb)).toEqual([
			expect.stringContaining('unpacks to more than 1,000,000 bytes')
		]);
	});

	it('names the field a damaged module gets wrong', () => {
		const question = { ...everyQuestionType()[0], prompt: '  ' };
		const payload = `1.${packJson({ id: 'gas-pipeline', title: 'T', body: BODY, questions: [question] })}`;

		expect(errorsOf(payload)).toEqual(['questions.0.prompt: must not be empty (got "")']);
	});

	it('names a missing part of the module', () => {
		expect(errorsOf(`1.${packJson({ id: 'gas-pipeline', body: BODY })}`)).toEqual([
			'questions: is required'
		]);
	});

	it('refuses JSON that is not a module at all', () => {
		expect(errorsOf(`1.${packJson('hello')}`)).toEqual([
			'(top level): must be a Lectern module (got "hello")'
		]);
	});

	it('refuses a payload with both the article text and a bundled article', () => {
		const both = { body: BODY, article: { slug: 'a', hash: 1 }, questions: [] };

		expect(errorsOf(`1.${packJson(both)}`)).toEqual([
			expect.stringContaining('either the article text or a bundled article')
		]);
	});

	it('names a cited sentence the article does not have', () => {
		const question = { ...everyQuestionType()[0], evidence: undefined, sentenceIds: ['p7s1'] };
		const payload = `1.${packJson({ id: 'gas-pipeline', title: 'T', body: BODY, questions: [question] })}`;

		expect(errorsOf(payload)).toEqual([
			'questions.0.sentenceIds: names sentence "p7s1", which the article does not have'
		]);
	});
});
