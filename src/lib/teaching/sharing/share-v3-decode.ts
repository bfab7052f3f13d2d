import * as v from 'valibot';
import { describeIssues, parsedError, parsedOk, type Parsed } from '../../core/validation';

import { AssignmentSchema, type Assignment } from './assignment';
import { LINK_DICTIONARY_V3 } from './link-dictionary';
import { LINK_CHECKSUM_CHARS, linkChecksum } from './link-checksum';
import { waitingForArticle, type OpenedShareLink } from './opened-share-link';
import { dictionaryOf, unpackJson } from '../../core/codecs';
import { DAMAGED_LINK, SHARE_LINK_MAX_BYTES, UNPACK_MESSAGES } from './share-messages';
import { questionFromWire, type SentenceLookup } from './share-v3-question';
import { lookupIn, rebuildArticle, WireModuleSchema } from './share-v3-wire';
import { LINK_SETTINGS } from './link-settings';

/**
 * Reads link format 3 (layout in `share-v3-wire.ts`) on a student's device. It never splits
 * sentences: this file and its imports must stay free of the article segmenter and its NLP
 * library (a test walks the import graph to keep it so).
 */

const SHAPE = new RegExp(`^([A-Za-z0-9_-]{${LINK_CHECKSUM_CHARS}})\\.(.+)$`, 's');
const BUNDLED = /^([a-z0-9][a-z0-9-]{0,99})\.([0-9a-z]{1,7})\.([A-Za-z0-9_-]+)$/;
const PLAIN = /^[A-Za-z0-9_-]+$/;

/**
 * Opens what follows `3.` in a payload. The checksum is checked before anything else, so any
 * changed character is reported as damage, never read as a different module.
 *
 * @example openV3Link('Xy7_a-Q2.rVXbbt…') // { ok: true, value: { kind: 'assignment', … } }
 */
export function openV3Link(text: string): Parsed<OpenedShareLink> {
	const match = SHAPE.exec(text);
	const [, checksum = '', rest = ''] = match ?? [];
	if (!match || linkChecksum(rest) !== checksum) return parsedError(DAMAGED_LINK);
	if (PLAIN.test(rest)) {
		const wire = unpackWire(rest, LINK_DICTIONARY_V3);
		if (!wire.ok) return wire;
		if (!wire.value.a) return parsedError('article: is missing from this link');
		const { body, segments } = rebuildArticle(wire.value.a);
		const assignment = assemble(wire.value, wire.value.b ?? body, lookupIn(segments), null);
		return assignment.ok
			? parsedOk({
					kind: 'assignment',
					assignment: assignment.value,
					segments,
					article: wire.value.a
				})
			: assignment;
	}
	const [, slug = '', hashText = '', data = ''] = BUNDLED.exec(rest) ?? [];
	if (!data) return parsedError(DAMAGED_LINK);
	const hash = parseInt(hashText, 36);
	return waitingForArticle(slug, hash, slug, (body) => {
		const wire = unpackWire(data, LINK_DICTIONARY_V3 + body.trim());
		if (!wire.ok) return wire;
		if (wire.value.a || wire.value.b) {
			return parsedError('article: a link to a bundled article must not carry one');
		}
		return assemble(wire.value, body, null, slug);
	});
}

type Wire = v.InferOutput<typeof WireModuleSchema>;

function unpackWire(data: string, dictionaryText: string): Parsed<Wire> {
	const unpacked = unpackJson(data, SHARE_LINK_MAX_BYTES, dictionaryOf(dictionaryText));
	if (!unpacked.ok) return parsedError(UNPACK_MESSAGES[unpacked.reason]);
	const parsed = v.safeParse(WireModuleSchema, unpacked.value, { abortPipeEarly: true });
	return parsed.success
		? parsedOk(parsed.output)
		: { ok: false, errors: describeIssues(parsed.issues) };
}

function assemble(
	wire: Wire,
	body: string,
	cited: SentenceLookup | null,
	linkSlug: string | null
): Parsed<Assignment> {
	const questions: unknown[] = [];
	for (const [index, item] of wire.q.entries()) {
		const question = questionFromWire(item, cited, index);
		if (!question.ok) return question;
		questions.push(question.value);
	}
	const bundledSlug = wire.k === 1 ? linkSlug : wire.k;
	const candidate = {
		id: wire.i,
		title: wire.t,
		...(wire.s === undefined ? {} : { source: wire.s }),
		body,
		questions,
		settings: { ...LINK_SETTINGS, ...wire.o },
		...(bundledSlug ? { bundledSlug } : {})
	};
	const parsed = v.safeParse(AssignmentSchema, candidate, { abortPipeEarly: true });
	return parsed.success
		? parsedOk(parsed.output)
		: { ok: false, errors: describeIssues(parsed.issues) };
}
