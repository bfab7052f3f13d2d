/** The newlines that make a blank line between paragraphs, given how many are already there. */
const blankLine = (newlinesThere: number) => '\n'.repeat(Math.max(0, 2 - newlinesThere));

/**
 * Puts imported paragraphs into the article box where the teacher pasted them, replacing the
 * selection, with a blank line between them and any text around so no two paragraphs run together.
 * Returns the new text and where the caret goes: after the inserted paragraphs.
 *
 * @example insertBlocks('First.', 6, 6, 'Second.') // { text: 'First.\n\nSecond.', caret: 15 }
 */
export function insertBlocks(
	text: string,
	start: number,
	end: number,
	inserted: string
): { text: string; caret: number } {
	const before = text.slice(0, start).replace(/[ \t]+$/, '');
	const after = text.slice(end).replace(/^[ \t]+/, '');
	const lead = before === '' ? '' : blankLine(/\n*$/.exec(before)![0].length);
	const trail = after === '' ? '' : blankLine(/^\n*/.exec(after)![0].length);
	const head = `${before}${lead}${inserted}`;
	return { text: `${head}${trail}${after}`, caret: head.length };
}
