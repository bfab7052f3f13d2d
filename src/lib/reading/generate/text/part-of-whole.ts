/** A count in words or digits: "four of the six members" is a part of a whole as "4 of the 6" is. */
const COUNT = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)`;
const PART_BEFORE_WHOLE = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${COUNT}\b`, 'i');
const WHOLE_AFTER_PART = new RegExp(String.raw`\b${COUNT}\s+of\s+(?:the\s+)?$`, 'i');

/**
 * Whether the number at `start`–`end` of `text` is one side of "N of the M": changed, it can make
 * a part larger than its whole ("four of the three members"), false at a glance for the sum, not
 * for what the article says.
 */
export function isPartOrWhole(text: string, start: number, end: number): boolean {
	return PART_BEFORE_WHOLE.test(text.slice(end)) || WHOLE_AFTER_PART.test(text.slice(0, start));
}
