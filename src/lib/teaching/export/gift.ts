import { collectBlocks, questionsOf, singleLine } from './export-result';
import type { ExportResult, ExportSource } from './export-result';
import { giftBlock } from './gift-question';

type GiftOptions = {
	/** Names the file in its first comment line; a module's own title by default. */
	title?: string;
	/** Adds a `$CATEGORY:` line so Moodle files the questions under the title. */
	category?: boolean;
};

/**
 * Moodle reads a `$CATEGORY:` line raw (no GIFT escapes), and a "/" there separates nested
 * categories; "//" is a literal slash.
 */
const categoryLine = (title: string): string =>
	`$CATEGORY: ${singleLine(title).replace(/\//g, '//')}`;

/**
 * A module's questions (or any list of questions) in Moodle's GIFT format: a comment line naming
 * the file, optionally a category line, then one single-line block per question, separated by
 * blank lines. Ordering questions, and anything else GIFT cannot hold, are left out and listed.
 *
 * @example
 * toGift(assignment, { category: true })
 * // { text: '// Pipeline deal — exported from Lectern\n\n$CATEGORY: Pipeline deal\n\n::q1:: …{T}\n',
 * //   skipped: [{ id: 'q4', type: 'ordering', reason: 'GIFT has no ordering question type.' }] }
 */
export function toGift(source: ExportSource, options: GiftOptions = {}): ExportResult {
	const title = singleLine(options.title ?? ('title' in source ? source.title : '')) || 'Questions';
	const { blocks, skipped } = collectBlocks(questionsOf(source), giftBlock);
	const head = [`// ${title} — exported from Lectern`];
	if (options.category) head.push(categoryLine(title));
	return { text: `${[...head, ...blocks].join('\n\n')}\n`, skipped };
}
