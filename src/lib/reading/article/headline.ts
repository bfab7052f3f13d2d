/**
 * The two things that sit at the top of a pasted news story but are not part of its text: the
 * headline line and the dateline ("WASHINGTON —") that opens the first paragraph.
 */

const MAX_HEADLINE_WORDS = 20;
/** Shorter title-case lines ("Kazakhstan: The Fundamentals") read as section labels, not headlines. */
const MIN_TITLE_CASE_HEADLINE_WORDS = 4;

/** Words a title-case headline leaves in lower case, so they neither prove nor disprove title case. */
const SMALL_WORDS = new Set(
	(
		'a an and as at but by down for from if in into is its nor of off on onto or out over per so ' +
		'than that the to up upon via vs with'
	).split(' ')
);

const SENTENCE_END = /[.!?…]['"’”)\]]*$/;
/** "U.S." or "N." at the end of a headline is an initialism, not the end of a sentence. */
const ENDS_WITH_INITIALISM = /(?:^|\s)(?:\p{Lu}\.)+$/u;
const OTHER_MARKDOWN_BLOCK = /^(?:#{2,6}\s|[-*+]\s|\d+[.)]\s|>)/;

const WORD = String.raw`[\p{Lu}][\p{L}.'’-]*`;
const CAPS_WORD = String.raw`[\p{Lu}][\p{Lu}.'’-]*`;
/** "Rio de Janeiro", "Stratford upon Avon": place names keep a few lower-case joining words. */
const JOINER = String.raw`(?:(?:de|da|del|di|do|la|le|el|al|of|on|upon|am|an|im)\s+)?`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?:\s+${JOINER}${CAPS_WORD}){0,3}`;
const TITLE_PLACE = String.raw`${WORD}(?:\s+${JOINER}${WORD}){0,3}`;
/** ", Chile", ", Calif.", ", Feb. 8": what agencies put between the place and the dash. */
const REGIONS = String.raw`(?:,\s*[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,3}){0,2}`;
const AGENCY = String.raw`\([\p{Lu}][\p{L}.'’&-]*(?:\s+[\p{Lu}][\p{L}.'’&-]*){0,3}\)`;
const DASH = String.raw`\s*(?:—|–|--?)\s+`;
/** The sentence after a dateline starts like a sentence; "NATO — the alliance …" does not. */
const SENTENCE_START = String.raw`(?=[\p{Lu}\d"“‘'])`;

const CAPS_DATELINE = new RegExp(
	String.raw`^(${CAPS_PLACE}${REGIONS})\s*(${AGENCY})?(?:${DASH}|\s*:\s+)${SENTENCE_START}`,
	'u'
);
const TITLE_DATELINE_WITH_REGION = new RegExp(
	String.raw`^(${TITLE_PLACE}(?:,\s*${WORD}(?:\s+${WORD}){0,2}){1,2})\s*(${AGENCY})?${DASH}${SENTENCE_START}`,
	'u'
);
const TITLE_DATELINE_WITH_AGENCY = new RegExp(
	String.raw`^(${TITLE_PLACE}${REGIONS})\s*(${AGENCY})${DASH}${SENTENCE_START}`,
	'u'
);

/** All-caps openers that label the story rather than place it. */
const KICKERS =
	/^(?:BREAKING(?: NEWS)?|UPDATE[D]?|EXCLUSIVE|ANALYSIS|OPINION|WATCH|LIVE|EDITOR'?S NOTE|NOTE|FACT CHECK|CORRECTION)$/;

interface Dateline {
	/** The place, without agency or dash: "SANTIAGO, Chile". */
	place: string;
	/** Exactly what was cut from the paragraph: "SANTIAGO, Chile (Reuters) -". */
	removed: string;
	/** The paragraph without it. */
	rest: string;
}

/**
 * Finds a dateline at the start of a paragraph. A capitalised word and a dash inside ordinary prose
 * is not one: the place must be in capitals, or carry an agency, or be followed by ", Region".
 *
 * @example
 * findDateline('LONDON (AP) — Rain fell.') // { place: 'LONDON', removed: 'LONDON (AP) —', rest: 'Rain fell.' }
 */
export function findDateline(paragraph: string): Dateline | undefined {
	const head = paragraph.slice(0, 160);
	const match =
		matchCapsDateline(head) ??
		TITLE_DATELINE_WITH_REGION.exec(head) ??
		TITLE_DATELINE_WITH_AGENCY.exec(head);
	if (!match) return undefined;
	return {
		place: match[1]!.trim(),
		removed: match[0].trim(),
		rest: paragraph.slice(match[0].length)
	};
}

function matchCapsDateline(head: string): RegExpExecArray | null {
	const match = CAPS_DATELINE.exec(head);
	if (!match) return null;
	const place = match[1]!.split(',')[0]!.trim();
	// One capital ("A —", "I —") is a word, not a place; kickers label the story, not its place.
	if (place.replace(/[^\p{Lu}]/gu, '').length < 2 || KICKERS.test(place)) return null;
	return match;
}

/**
 * The headline text when `line` is the story's headline: a leading `# Title`, or a short line with
 * no final sentence punctuation that is title case or is directly followed by a dateline.
 *
 * @example
 * headlineOf('Senate Passes Budget Deal; Dreamers Left Out', 'The vote was 71-28.') // 'Senate Passes …'
 * headlineOf('Floods closed the river port on Monday.', 'Ships waited.') // undefined
 */
export function headlineOf(
	line: string,
	nextBlock: string | undefined,
	blockAfter?: string
): string | undefined {
	if (nextBlock === undefined) return undefined;
	const marked = /^#\s+(\S.*)$/.exec(line);
	const text = (marked ? marked[1]! : line).trim();
	const words = text.split(/\s+/);
	if (words.length > MAX_HEADLINE_WORDS) return undefined;
	if (marked) return text;
	if (OTHER_MARKDOWN_BLOCK.test(text) || words.length < 2) return undefined;
	if (SENTENCE_END.test(text) && !ENDS_WITH_INITIALISM.test(text)) return undefined;
	if (/[,;:—–-]$/.test(text)) return undefined;
	if (findDateline(nextBlock.trimStart())) return text;
	if (words.length >= MIN_TITLE_CASE_HEADLINE_WORDS && isTitleCase(words)) return text;
	// "Dutch museum returns looted treasures to Nepal": a headline in sentence case, as many papers
	// write them, when a paragraph of sentences follows it.
	// "SARB cuts repo rate to 7.25% as inflation cools" over "Homeowners will pay about R170 less
	// a month" over the story: a headline, its standfirst, then running text.
	const followedByText =
		isParagraphOfSentences(nextBlock) ||
		(isStandfirst(nextBlock) && blockAfter !== undefined && isParagraphOfSentences(blockAfter));
	return words.length >= MIN_SENTENCE_CASE_HEADLINE_WORDS && /^\p{Lu}/u.test(text) && followedByText
		? text
		: undefined;
}

/**
 * The line under a headline that sums the story up, as news sites print it: one line of six to 35
 * words, opening on a capital or an amount ("€9m scheme will fund …"), with no final full stop.
 */
export function isStandfirst(block: string): boolean {
	const text = block.trim();
	const words = text.split(/\s+/).length;
	return (
		!text.includes('\n') &&
		words >= 6 &&
		words <= 35 &&
		/^[\p{Lu}\d$€£¥]/u.test(text) &&
		!SENTENCE_END.test(text) &&
		!/[,;:—–-]$/.test(text)
	);
}

/** Sentence-case lines this short are labels ("Latest news"), not headlines. */
const MIN_SENTENCE_CASE_HEADLINE_WORDS = 5;

/** A block of running text: at least twenty words, ending on a sentence's final punctuation. */
function isParagraphOfSentences(block: string): boolean {
	const text = block.trim();
	return text.split(/\s+/).length >= 20 && /[.!?]["”’)]?$/.test(text);
}

/** Most content words capitalised: "Top N. Korean Official Heading to US for Talks on Summit". */
function isTitleCase(words: readonly string[]): boolean {
	let content = 0;
	let capitalised = 0;
	for (const raw of words) {
		const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		if (!/\p{L}/u.test(word) || SMALL_WORDS.has(word.toLowerCase())) continue;
		content += 1;
		// "iPhone" and "eBay" are names, capitalised in their own way.
		if (/^\p{Lu}|^\p{Ll}\p{Lu}/u.test(word)) capitalised += 1;
	}
	return content >= 2 && capitalised / content >= 0.75;
}
