/**
 * Escaping for Moodle's GIFT format. `~ = # { } :` are control characters and a backslash escapes
 * them; the backslash itself is doubled, as Moodle's own exporter (`repchar`) does, so a text
 * ending in "\" cannot swallow the closing brace. A blank line ends a question, so no field may
 * contain a raw line break.
 */

const CONTROL = /[\\~=#{}:]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
/** Moodle strips one of these from the start of any text field and uses it as the text format. */
const FORMAT_TAG = /^\[(?:html|moodle|plain|markdown)\]/;

/** @example escapeGift('a=b {c}') // 'a\\=b \\{c\\}' */
export const escapeGift = (text: string): string => text.replace(CONTROL, '\\$&');

/**
 * A text that starts like a format tag gets Moodle's default tag in front, which Moodle strips
 * instead of the text's own.
 */
export const guardFormatTag = (escaped: string): string =>
	FORMAT_TAG.test(escaped) ? `[moodle]${escaped}` : escaped;

/**
 * A name, answer or feedback: one line, whitespace collapsed, escaped.
 *
 * @example giftLine('Paris:\n the capital') // 'Paris\\: the capital'
 */
export const giftLine = (text: string): string =>
	guardFormatTag(escapeGift(text.replace(/\s+/g, ' ').trim()));

/**
 * Question text: each line break becomes GIFT's `\n` escape (as Moodle's exporter writes it), so
 * paragraphs survive without a raw blank line; spaces inside a line are collapsed. Does not trim,
 * so the two halves of a cloze prompt keep the spaces around the gap.
 *
 * @example escapeProse('One.\n\nTwo #2') // 'One.\\n\\nTwo \\#2'
 */
export const escapeProse = (text: string): string =>
	text
		.split(LINE_BREAK)
		.map((line) => escapeGift(line.replace(/\s+/g, ' ')))
		.join('\\n');

/** Question text as a whole: trimmed, escaped and guarded. */
export const giftProse = (text: string): string => guardFormatTag(escapeProse(text.trim()));
