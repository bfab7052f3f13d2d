import type { Assignment } from './assignment';
import { LINK_DICTIONARY_V3 } from './link-dictionary';
import { articleHash } from './link-hash';
import { linkChecksum } from './link-checksum';
import { dictionaryOf, packJson } from '../../core/codecs';
import { carryArticle } from './share-v3-article';
import { wireQuestion, type SentenceLookup } from './share-v3-question';
import { lookupIn, rebuildArticle } from './share-v3-wire';
import { changedSettings } from './link-settings';
import { LINK_FORMAT_3 } from './link-payload';

/** Writes link format 3 (layout in `share-v3-wire.ts`). Runs where the module is made. */

/**
 * The format-3 payload of an assignment; with `bundledSlug`, a reference replaces the article.
 *
 * @example encodeV3Link(assignment) // '3.Xy7_a-Q2.rVXbbt…'
 */
export function encodeV3Link(assignment: Assignment, bundledSlug?: string): string {
	const wire = wireModule(assignment, bundledSlug);
	const dictionary = bundledSlug
		? dictionaryOf(LINK_DICTIONARY_V3 + assignment.body.trim())
		: dictionaryOf(LINK_DICTIONARY_V3);
	const data = packJson(wire, dictionary);
	const rest = bundledSlug
		? `${bundledSlug}.${articleHash(assignment.body).toString(36)}.${data}`
		: data;
	return `${LINK_FORMAT_3}.${linkChecksum(rest)}.${rest}`;
}

/** The format-3 JSON: short keys, what the decoder can derive left out. */
export function wireModule(assignment: Assignment, bundledSlug?: string): object {
	const { id, title, source, body, settings, questions } = assignment;
	const wire: Record<string, unknown> = { i: id, t: title };
	if (source !== undefined) wire.s = source;
	if (assignment.bundledSlug !== undefined) {
		wire.k = assignment.bundledSlug === bundledSlug ? 1 : assignment.bundledSlug;
	}
	const changed = changedSettings(settings);
	if (changed) wire.o = changed;
	let cited: SentenceLookup | null = null;
	if (!bundledSlug) {
		const carried = carryArticle(body);
		wire.a = carried.blocks;
		if (carried.body !== undefined) wire.b = carried.body;
		cited = lookupIn(rebuildArticle(carried.blocks).segments);
	}
	wire.q = questions.map((question) => wireQuestion(question, cited));
	return wire;
}
