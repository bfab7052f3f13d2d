import type { HtmlBlock } from './html-blocks';
import { furnitureAround } from './page-furniture';

/** How many first words of a group the teacher sees. */
const SAMPLE_CHARS = 90;

/** Blocks this short are kept only when the article has the very same block ("Home" is not "homes"). */
const FEW_WORDS = 5;

/** Lower case, words only, one space apart and around: " the park opened " */
const comparable = (text: string) =>
	` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

/**
 * What a page showed that the imported article left out, one line per kind of block, in the order
 * the page showed them: "Navigation (6): Home · News · Sport · Business · …". A block counts as
 * kept when the article has it, or when it is the title, byline, date or publication the import
 * read into their own fields. A block that says nothing about itself is "Other text".
 *
 * @example droppedLines(pageBlocks, articleBlocks, ['Floods close port', 'Jane Doe'])
 * // ['Navigation (6): Home · News · …', 'Comments (3): Great news for Mill Lane, …']
 */
export function droppedLines(
	pageBlocks: readonly HtmlBlock[],
	keptBlocks: readonly HtmlBlock[],
	usedElsewhere: readonly string[]
): string[] {
	const keptOnes = new Set(keptBlocks.map((block) => comparable(block.text)));
	const kept = comparable(keptBlocks.map((block) => block.text).join(' '));
	const used = usedElsewhere.map(comparable).filter((field) => field.trim());
	const groups = new Map<string, string[]>();
	for (const block of pageBlocks) {
		const text = comparable(block.text);
		if (keptOnes.has(text)) continue;
		// Readability may split or merge a page's paragraphs; a longer block in the article still counts.
		if (text.trim().split(' ').length >= FEW_WORDS && kept.includes(text)) continue;
		// The title, the byline ("By Jane Doe, science reporter") and the date went to their own fields.
		const line = text.replace(/^ by /, ' ');
		if (used.some((field) => field.includes(text) || line.startsWith(field))) continue;
		const kind =
			furnitureAround(block.container) ?? (block.kind === 'caption' ? 'Captions' : 'Other text');
		groups.set(kind, [...(groups.get(kind) ?? []), block.text]);
	}
	return [...groups].map(([kind, texts]) => `${kind} (${texts.length}): ${sample(texts)}`);
}

/** The first words of a group's blocks, each cut short, until about SAMPLE_CHARS. */
function sample(texts: string[]): string {
	let shown = '';
	for (const text of texts) {
		const piece = text.replace(/\s+/g, ' ');
		const next = shown ? `${shown} · ${piece}` : piece;
		if (next.length <= SAMPLE_CHARS) {
			shown = next;
			continue;
		}
		const room = SAMPLE_CHARS - (shown ? shown.length + 3 : 0);
		const cut = room > 12 ? piece.slice(0, room).replace(/\s+\S*$/, '') : '';
		return [shown, `${cut}…`].filter(Boolean).join(' · ');
	}
	return shown;
}
