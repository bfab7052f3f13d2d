/**
 * A number typed into a form field. NaN for empty, non-numeric or infinite text, so the schema
 * reports "must be a number" instead of an empty box quietly becoming 0 (`Number('') === 0`).
 * Digits only: "2,500" is NaN, since a comma may be a thousands or a decimal separator.
 *
 * @example numberFromText(' 3.5 ') // 3.5
 */
export function numberFromText(text: string): number {
	const trimmed = text.trim();
	const value = trimmed ? Number(trimmed) : Number.NaN;
	return Number.isFinite(value) ? value : Number.NaN;
}
