import { normalizeSpace } from './normalize-space';

/** A cell this long is prose laid out in a table, not data. */
const PROSE_CELL_CHARS = 300;
const SENTENCE_END = /[.!?…:;]["'’”)\]]*$/;

const rowsOf = (table: Element) =>
	Array.from(
		table.querySelectorAll(
			':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr'
		)
	);
const cellsOf = (row: Element) => Array.from(row.querySelectorAll(':scope > td, :scope > th'));
const cellText = (cell: Element) => normalizeSpace(cell.textContent ?? '');

function isLayoutTable(rows: Element[]): boolean {
	if (Math.max(0, ...rows.map((row) => cellsOf(row).length)) < 2) return true;
	return rows.some((row) =>
		cellsOf(row).some(
			(cell) =>
				cell.querySelector('table, h1, h2, h3, h4, h5, h6') !== null ||
				cellText(cell).length > PROSE_CELL_CHARS
		)
	);
}

const sentence = (text: string) => (SENTENCE_END.test(text) ? text : `${text}.`);

/**
 * A data table as lines a reader (and the question generator) can follow: one paragraph per row,
 * each cell named by its column heading when the table has a heading row ("Building: Kitchen;
 * Litres per day: 9,500."), else the cells joined by "; ". A table used for layout (one column,
 * or whole paragraphs in its cells) gives undefined: its cells are read as ordinary text.
 *
 * @example tableBlocks(table) // ['Building: Kitchen; Leaks found: 2.', …]
 */
export function tableBlocks(table: Element): string[] | undefined {
	const rows = rowsOf(table);
	if (rows.length === 0 || isLayoutTable(rows)) return undefined;
	const [first, ...rest] = rows;
	const headed =
		first!.parentElement?.localName === 'thead' ||
		cellsOf(first!).every((cell) => cell.localName === 'th');
	const names = headed ? cellsOf(first!).map(cellText) : [];
	const lines: string[] = [];
	const caption = table.querySelector(':scope > caption');
	if (caption && cellText(caption)) lines.push(sentence(cellText(caption)));
	for (const row of headed ? rest : rows) {
		const cells = cellsOf(row).map(cellText);
		const parts = cells
			.map((text, index) => (text && names[index] ? `${names[index]}: ${text}` : text))
			.filter(Boolean);
		if (parts.length > 0) lines.push(sentence(parts.join('; ')));
	}
	return lines;
}
