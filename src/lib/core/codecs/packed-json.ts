import { deflateSync, Inflate } from 'fflate';
import { fromBase64url, toBase64url } from './base64url';
import { nestsDeeperThan } from './json-depth';
import { parseOutsideJson, type Parsed } from '../validation';

/**
 * JSON packed for links and codes: UTF-8, raw DEFLATE at level 9, base64url. Shared by share links
 * and receipt codes; each caller words the failures for its own reader.
 */

/**
 * `not-base64url`: a character outside the alphabet; `not-deflate`: damaged or cut short;
 * `not-json` also covers JSON nested deeper than any of our formats (see `json-depth.ts`).
 */
export type UnpackFailure = 'not-base64url' | 'not-deflate' | 'too-large' | 'not-utf8' | 'not-json';

/** A failure's `errors` say what went wrong to a developer; callers word it for their reader by `reason`. */
type Unpacked = Parsed<unknown, { reason: UnpackFailure }>;

const FAILURES: Record<UnpackFailure, string> = {
	'not-base64url': 'has a character outside base64url',
	'not-deflate': 'is not DEFLATE data, or is cut short',
	'too-large': 'unpacks to more bytes than allowed',
	'not-utf8': 'does not unpack to UTF-8 text',
	'not-json': 'does not unpack to JSON our formats can hold'
};

const failure = (reason: UnpackFailure): Unpacked => ({
	ok: false,
	reason,
	errors: [`The packed text ${FAILURES[reason]}.`]
});

/**
 * A preset dictionary (text both sides already have, e.g. a bundled article) lets DEFLATE refer to
 * it instead of spelling repeated phrases out: a quarter smaller for questions quoting an article.
 *
 * @example packJson({ a: 1 }) // 'q1ZKVLIyrAUA'
 */
export function packJson(value: unknown, dictionary?: Uint8Array): string {
	const bytes = new TextEncoder().encode(JSON.stringify(value));
	return toBase64url(deflateSync(bytes, { level: 9, ...(dictionary ? { dictionary } : {}) }));
}

/** DEFLATE looks back at most 32 KB, so only a text's last 32 KB can serve as its dictionary. */
export function dictionaryOf(text: string): Uint8Array {
	return new TextEncoder().encode(text).subarray(-32_768);
}

/**
 * Reverses `packJson`. Never throws. Inflates in small steps and stops as soon as the output passes
 * `maxBytes`, so a tiny "zip bomb" payload cannot make the device allocate gigabytes.
 *
 * @example unpackJson('q1ZKVLIyrAUA', 1_000) // { ok: true, value: { a: 1 } }
 */
export function unpackJson(text: string, maxBytes: number, dictionary?: Uint8Array): Unpacked {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return failure('not-base64url');
	// Right characters, wrong length or tail: most often a payload cut short.
	const compressed = fromBase64url(text);
	if (!compressed) return failure('not-deflate');
	const inflated = inflateCapped(compressed, maxBytes, dictionary);
	if (inflated === 'too-large' || inflated === 'not-deflate') return failure(inflated);
	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
	} catch {
		return failure('not-utf8');
	}
	let value: unknown;
	try {
		value = parseOutsideJson(json);
	} catch {
		return failure('not-json');
	}
	return nestsDeeperThan(value) ? failure('not-json') : { ok: true, value };
}

/** Input bytes per step: DEFLATE expands at most ~1,032×, so one step yields at most ~260 KB. */
const STEP = 256;

function inflateCapped(
	compressed: Uint8Array,
	maxBytes: number,
	dictionary: Uint8Array | undefined
): Uint8Array | 'too-large' | 'not-deflate' {
	if (compressed.length === 0) return 'not-deflate';
	const chunks: Uint8Array[] = [];
	let total = 0;
	const stream = new Inflate(dictionary ? { dictionary } : {}, (chunk) => {
		total += chunk.length;
		if (total <= maxBytes) chunks.push(chunk);
	});
	try {
		for (let start = 0; start < compressed.length; start += STEP) {
			const end = start + STEP;
			stream.push(compressed.subarray(start, end), end >= compressed.length);
			if (total > maxBytes) return 'too-large';
		}
	} catch {
		return 'not-deflate';
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}
