/**
 * Ends of spans ("four or five hours", "between January 2023 and August 2025"): one end asked
 * alone is half a fact, and the other end beside its gap answers it.
 */

const NUMBER_START = String.raw`(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a few|several)\b)`;
const SPAN_BEFORE = new RegExp(
	String.raw`(?:\bbetween\s+(?:about\s+|around\s+)?|${NUMBER_START}[\d,.]*\s*%?\s*(?:million|billion)?\s+(?:or|and)\s+(?:about\s+)?)$`,
	'i'
);
const SPAN_AFTER = new RegExp(String.raw`^\s*%?\s*(?:or|and)\s+(?:about\s+)?${NUMBER_START}`, 'i');

/**
 * Whether the number at `start`–`end` of `text` is one end of a span or of a choice of two ("four
 * or five", "between 35 and 50"). A change ("from 5.5% to 5.25%") and a tally ("2-1") are not.
 */
export function endOfSpan(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 40), start);
	const after = text.slice(end, end + 30);
	return (
		SPAN_BEFORE.test(before) ||
		SPAN_AFTER.test(after) ||
		// "ran 2 to 3 degrees above", "12-15 hours": a range, unless "from" makes it a change.
		(RANGE_BEFORE.test(before) && !CHANGE_BEFORE.test(before.replace(RANGE_BEFORE, ''))) ||
		(RANGE_AFTER.test(after) && !CHANGE_BEFORE.test(before))
	);
}

const RANGE_BEFORE = new RegExp(String.raw`${NUMBER_START}[\d,.]*\s*%?\s*(?:to|-|–)\s*$`, 'i');
const RANGE_AFTER = new RegExp(String.raw`^\s*%?\s*(?:to|-|–)\s*${NUMBER_START}`, 'i');
/** "from 5.5% to 5.25%", "rose 5 to 7": a change from one number to the next, not a range. */
const CHANGE_BEFORE =
	/\b(?:from|rose|fell|grew|climbed|dropped|jumped|increased|decreased|up|down)\s*$/i;

/**
 * Whether the date at `start`–`end` of `text` opens or closes a span ("between X and Y", "from X to
 * Y", "since X"), or dates one end of a change ("from 1.9 billion in 2019 to 1.1 billion").
 */
export function inSpan(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 60), start);
	const after = text.slice(end, end + 40);
	return (
		// "has not reported a profit since 2021": a date that opens a span still running ("the
		// first overhaul since 1986" dates a fact, and stays).
		/\b(?:not|no|never)\b[^.;]{0,60}\bsince\s+$/i.test(before) ||
		// "fell from 1.9 billion euros in 2019 to about 1.1 billion": the date of one end.
		(/\bfrom\s[^,;]{0,50}$/i.test(before) && /^\s*to\s/i.test(after)) ||
		/\b(?:between|from)\s+$/i.test(before) ||
		/^\s*(?:and|to|through|until|-|–)\s*(?:\p{Lu}|\d)/u.test(after) ||
		/\b(?:between|from)\s+[^,;]{1,30}\s+(?:and|to|through|until)\s+$/i.test(before)
	);
}

/**
 * The same amount in other units right after a number, up to two words on: "18 kilometres (11
 * miles)", "32 billion yen ($110 million)". A source for patterns that anchor it.
 */
export const CONVERSION_AFTER = String.raw`(?:\s+[\p{L}-]+){0,2}\s*\([^)]*\d`;
