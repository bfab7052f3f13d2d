import type { ArticleBlock } from '../../reading/article';
import { keyEntry } from './answer-key';
import { evidenceIndex } from './evidence-paragraphs';
import { printableItem } from './printable-item';
import type { Worksheet, WorksheetBlock, WorksheetSource } from './worksheet';

/**
 * The printable worksheet of a module: its article with the paragraph numbers the app shows, every
 * question in the module's own order as a pencil answers it, and with `withKey` (the teacher's
 * print only) the answer key with the evidence paragraphs.
 *
 * @example buildWorksheet({ title, blocks, questions }, { withKey: true }).key?.[0]?.paragraphs // [4]
 */
export function buildWorksheet(source: WorksheetSource, options: { withKey: boolean }): Worksheet {
	const items = source.questions.map((question, index) => printableItem(question, index + 1));
	const worksheet: Worksheet = {
		title: source.title,
		...(source.sourceLine ? { sourceLine: source.sourceLine } : {}),
		blocks: printedBlocks(source.blocks),
		items
	};
	if (!options.withKey) return worksheet;
	const index = evidenceIndex(source.blocks);
	return {
		...worksheet,
		key: source.questions.map((question, i) => keyEntry(question, i + 1, index))
	};
}

function printedBlocks(blocks: readonly ArticleBlock[]): WorksheetBlock[] {
	return blocks.map((block) =>
		block.kind === 'heading'
			? { kind: 'heading', text: block.text }
			: {
					kind: 'paragraph',
					number: block.number,
					text: block.sentences.map((sentence) => sentence.text).join(' ')
				}
	);
}
