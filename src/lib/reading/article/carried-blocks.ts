import * as v from 'valibot';
import type { ArticleBlock } from './segment';

/**
 * An article split into sentences where its module was made, as links, module files, bundled
 * articles and the student's stored modules carry it: a string is a heading, an array a
 * paragraph's sentences.
 */
export const CarriedBlockSchema = v.union([
	v.string(),
	v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1, 'a paragraph needs a sentence'))
]);
export type CarriedBlock = v.InferOutput<typeof CarriedBlockSchema>;

/** A whole article's split as a file, a stored module or a bundled article carries it. */
export const CarriedArticleSchema = v.pipe(v.array(CarriedBlockSchema), v.maxLength(20_000));

/**
 * The article's blocks from the split a format-3 link carries (`share-v3-article.ts`): a string
 * is a heading, an array a paragraph's sentences. Numbered as `segmentBody` numbers them, so a
 * student's device shows the article without the sentence splitter (the heaviest library a
 * student page would otherwise load).
 *
 * @example blocksFromCarried(['## Gas', ['It flows.', 'It stops.']])
 * // [{ kind: 'heading', text: 'Gas' }, { kind: 'paragraph', number: 1, sentences: [{ id: 'p1s1', … }, …] }]
 */
export function blocksFromCarried(
	carried: readonly (string | readonly string[])[]
): ArticleBlock[] {
	let paragraph = 0;
	return carried.map((block): ArticleBlock => {
		if (typeof block === 'string') return { kind: 'heading', text: headingText(block) };
		paragraph += 1;
		const number = paragraph;
		return {
			kind: 'paragraph',
			number,
			sentences: block.map((text, index) => ({ id: `p${number}s${index + 1}`, text }))
		};
	});
}

/** "## The *new* pipeline" → "The new pipeline": the Markdown marks a heading carries verbatim. */
function headingText(markdown: string): string {
	return markdown
		.replace(/^#{1,6}\s+/, '')
		.replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
		.trim();
}

/**
 * The split to carry for blocks made here (the inverse of `blocksFromCarried`), so a device that
 * shows the article later needs no sentence splitter.
 *
 * @example carriedFromBlocks(segmentBody('## Gas\n\nIt flows. It stops.')) // ['Gas', ['It flows.', 'It stops.']]
 */
export function carriedFromBlocks(blocks: readonly ArticleBlock[]): CarriedBlock[] {
	return blocks.map((block) =>
		block.kind === 'heading' ? block.text : block.sentences.map((sentence) => sentence.text)
	);
}
