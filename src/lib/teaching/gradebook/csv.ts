/**
 * RFC 4180 CSV. A cell is a number (written as is) or text. Text is guarded against formula
 * injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return,
 * which some strip first) as a formula, and student names and typed answers are whatever the
 * student wrote, so such text gets a leading apostrophe, which spreadsheets show as plain text
 * (OWASP's advice for CSV injection). Numbers are ours and never guarded.
 */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * @example csvField('=1+1') // "'=1+1"
 * @example csvField('Smith, "Jo"') // '"Smith, ""Jo"""'
 */
export function csvField(cell: CsvCell): string {
	if (typeof cell === 'number') return String(cell);
	const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records joined by CRLF, the last one ended by CRLF too; an empty record is a blank line. */
export const csvText = (records: readonly (readonly CsvCell[])[]): string =>
	records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
