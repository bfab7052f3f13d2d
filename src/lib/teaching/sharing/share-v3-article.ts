import { carriedFromBlocks, segmentBody, sentencesOf } from '../../reading/article';
import { rebuildArticle, type WireBlock } from './share-v3-wire';

/**
 * The article as a format-3 link carries it: split into sentences here, where the module is made,
 * so that students' devices never split it (and a different splitter version there cannot
 * renumber the sentences that questions cite). Only the encoder imports this file.
 */

interface CarriedArticle {
	blocks: WireBlock[];
	/** Set when joining `blocks` would not give the body back exactly; the link then carries both. */
	body?: string;
}

/**
 * Blocks are the body's pieces between blank lines: a piece with sentences travels as its
 * sentences, one without (a heading) verbatim. That is exact for the bodies Lectern itself cleans;
 * for any other (a paragraph broken across lines, double spaces, Markdown lists) the body travels
 * too, and the blocks are `segmentBody`'s split. Either way the sentence ids are `segmentBody`'s.
 *
 * @example carryArticle('## Gas\n\nIt flows. It stops.') // { blocks: ['## Gas', ['It flows.', 'It stops.']] }
 */
export function carryArticle(body: string): CarriedArticle {
	const segmented = segmentBody(body);
	const expected = sentencesOf(segmented).map((s) => `${s.id}\u0000${s.text}`);
	const blocks = body.split('\n\n').map(blockOf);
	if (blocks.every((block) => block !== null)) {
		const rebuilt = rebuildArticle(blocks);
		const numbered = rebuilt.segments.flatMap((sentences, p) =>
			sentences.map((text, s) => `p${p + 1}s${s + 1}\u0000${text}`)
		);
		if (rebuilt.body === body && sameStrings(numbered, expected)) return { blocks };
	}
	return { blocks: carriedFromBlocks(segmented), body };
}

/** One piece of the body as a block, or null when its sentences do not join back into it. */
function blockOf(piece: string): WireBlock | null {
	const paragraphs = segmentBody(piece).filter((block) => block.kind === 'paragraph');
	if (paragraphs.length === 0) return piece;
	const [paragraph] = paragraphs;
	if (paragraphs.length > 1 || !paragraph) return null;
	const sentences = paragraph.sentences.map((s) => s.text);
	return sentences.join(' ') === piece ? sentences : null;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((text, i) => text === b[i]);
}
