/**
 * Page furniture that a copy-and-paste brings along with a news story: captions and credits,
 * sign-up and share prompts, comment counters, copyright lines, adverts, timestamps and bylines.
 * Every rule looks at one short line; a line holding two full sentences is article text and is
 * never dropped, whatever it starts or ends with.
 */

export type ClutterReason =
	| 'byline'
	| 'caption'
	| 'credit'
	| 'newsletter'
	| 'share'
	| 'comments'
	| 'copyright'
	| 'advert'
	| 'timestamp';

export type ListReason = 'related' | 'most-popular';

const AGENCIES =
	'reuters|ap|afp|epa|upi|ansa|dpa|xinhua|ap photo|getty images|afp via getty images|shutterstock|pa media|pa|alamy|bloomberg|anadolu';

const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
const TIME = '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?';
const STAMPED = '(?:(?:first )?published|updated|last updated|posted)';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** Checked in order: the first pattern a line matches gives its reason. */
const RULES: ReadonlyArray<{ reason: ClutterReason; pattern: RegExp; maxWords: number }> = [
	{
		reason: 'advert',
		maxWords: 8,
		pattern:
			/^(?:advertisements?|advert|ad|sponsored(?: content)?|paid (?:content|post)|story continues below(?: this)? advertisement)$/i
	},
	{ reason: 'credit', maxWords: 8, pattern: new RegExp(`^[(]?(?:${AGENCIES})[)]?\\.?$`, 'i') },
	{
		reason: 'credit',
		maxWords: 20,
		pattern: /^(?:photo|image|picture|video)?\s*credits?\s*[:：]/i
	},
	{
		reason: 'caption',
		maxWords: 40,
		pattern:
			/^(?:photo|photograph|picture|image|image caption|caption|image source|video|media caption|pictured|file photo)s?\s*[:：]/i
	},
	{ reason: 'caption', maxWords: 40, pattern: /^image caption\b/i },
	// The credit in brackets or after "Photo:" at the end of a line marks the line as a caption.
	{
		reason: 'caption',
		maxWords: 40,
		pattern: new RegExp(
			`\\((?:file(?: photo| image)?|[^()]*\\bphoto\\b[^()]*|[^()]*/\\s*(?:${AGENCIES})|${AGENCIES}|courtesy\\b[^()]*)\\)\\.?$`,
			'i'
		)
	},
	{
		reason: 'caption',
		maxWords: 40,
		pattern:
			/(?:\bgetty images|\bshutterstock|\b(?:photo|photograph|picture|image)(?: credit)?\s*[:：]\s*[^.!?]{1,60})\s*$/i
	},
	// "… in Dak Lak province, Vietnam. REUTERS/Tran Minh Duc": a wire caption ends on the agency
	// and the photographer, set after the sentence in capitals or as written.
	{
		reason: 'caption',
		maxWords: 40,
		pattern: new RegExp(
			`[.!?]\\s+(?:${AGENCIES.toUpperCase()}|${AGENCIES.split('|')
				.map((a) => a.replace(/\b\w/g, (c) => c.toUpperCase()))
				.join('|')})\\s*/\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\.?$`,
			'u'
		)
	},
	// "Residents carry their belongings through a flooded street in Castilla, February 11.": a
	// wire caption ends on the picture's date after a comma, where a sentence would say "on"
	// ("will reopen on Monday, March 4." is a sentence).
	{
		reason: 'caption',
		maxWords: 40,
		pattern:
			/(?<!\b(?:on|by|until|since|from|before|after|to|through|said|says|announced|told|reported)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:,\s+\d{4})?\.$/
	},
	{
		reason: 'newsletter',
		maxWords: 20,
		pattern: /^(?:sign up|subscribe|newsletters?\b|get (?:our|the) [\w ]*newsletter|join our)\b/i
	},
	// "Sign up for The Ledger's free Morning Edition newsletter and get the day's top local stories
	// in your inbox at 6 a.m.": a longer prompt names what it sends and where.
	{
		reason: 'newsletter',
		maxWords: 35,
		pattern: /^(?:sign up|subscribe)\b.*\b(?:newsletters?|inbox|e-?mail)\b/i
	},
	{
		reason: 'newsletter',
		maxWords: 20,
		pattern:
			/^(?:get|receive|enter|want|stay|never miss|don['’]t miss)\b.*\b(?:inbox|newsletters?|e-?mail alerts?)\b/i
	},
	{
		reason: 'share',
		maxWords: 10,
		pattern:
			/^(?:share(?: this)?(?: article| story| page| on \w+| via \w+)?|click to share\b.*|tweet|copy link|link copied|email|print|save|follow us(?: on [\w ,&]+)?)\s*[:!]?$/i
	},
	{
		reason: 'share',
		maxWords: 10,
		pattern:
			/^(?:(?:share|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|copy link)\s*[|•·,/]?\s*)+$/i
	},
	{ reason: 'comments', maxWords: 12, pattern: /^(?:\d[\d,]*\s+)?comments?(?:\s*\(\d+\))?$/i },
	{
		reason: 'comments',
		maxWords: 12,
		pattern:
			/^(?:leave|add|post|view|show|read|see|load) (?:a |all |the |more )?(?:\d[\d,]* )?(?:comments?|repl(?:y|ies))\b/i
	},
	{
		reason: 'comments',
		maxWords: 12,
		pattern:
			/^(?:join the (?:conversation|discussion|debate)|comments are closed|you must be logged in to (?:post a )?comment)\b/i
	},
	// "Copyright lawyers said …" is a sentence; a notice names the year or the sign.
	{
		reason: 'copyright',
		maxWords: 25,
		pattern: /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}\b))/i
	},
	{ reason: 'copyright', maxWords: 25, pattern: /\ball rights reserved\.?$/i },
	{ reason: 'timestamp', maxWords: 14, pattern: new RegExp(`^${STAMPED}\\b[^.!?]*$`, 'i') },
	// Dates carry dots ("Feb. 8", "4:32 p.m."), so a stamp with a date may have them too.
	{
		reason: 'timestamp',
		maxWords: 14,
		pattern: new RegExp(
			`^${STAMPED}\\b(?=[^!?]*(?:\\d|\\b${MONTH}\\s))[\\w\\s,.:：·|/()–—-]*$`,
			'i'
		)
	},
	{
		reason: 'timestamp',
		maxWords: 10,
		pattern: new RegExp(
			`^(?:${WEEKDAY},?\\s*)?${DATE}(?:\\s*(?:,|at|·|\\||-)?\\s*${TIME})?$|^${WEEKDAY}(?:\\s*(?:,|at|·|\\||-)?\\s*${TIME})$|^\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago$`,
			'i'
		)
	},
	{
		reason: 'byline',
		maxWords: 30,
		pattern: /^(?:(?:additional )?reporting|writing|editing|compiled) by\b/i
	},
	{
		reason: 'byline',
		maxWords: 20,
		pattern: /\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\.?$/i
	},
	// "Staff Writer", "Health Reporter" under a byline: the writer's job, not the story's.
	{
		reason: 'byline',
		maxWords: 4,
		pattern: /^(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:Writer|Reporter|Correspondent|Editor|Columnist)$/u
	},
	// "Denise Kowalczyk covers business and labor for The Courier.": the writer's note at the end.
	{
		reason: 'byline',
		maxWords: 20,
		pattern:
			/^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){1,3}\s+(?:covers|reports on|writes about|is (?:a|the) [\p{Ll} ]{0,30}(?:reporter|correspondent|writer|editor|columnist))\b[^.!?]{0,100}\bfor\s+(?:the\s+)?[\p{Lu}][^.!?]*\.?$/u
	}
];

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": short, names only, no sentence punctuation. */
const BYLINE =
	/^[Bb]y\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\||·)\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})*$/u;

const RELATED_HEADER =
	/^(?:also read|read more|related(?: stories| articles| coverage| content| topics| links)?|see also|more on this story|more from \w+|recommended(?: reading| for you)?|you may also like|you might also like|read next|further reading|top stories|more stories)\s*(?:[:：]\s*|$)/i;
const MOST_POPULAR_HEADER =
	/^(?:most (?:popular|read|viewed|shared|watched|commented)|trending(?: now| stories| today)?|popular (?:now|today|stories)|what['’]s (?:hot|trending))\s*(?:[:：]\s*|$)/i;

const LONGEST_RULE = 40;
const MAX_CLUTTER_CHARS = 400;

/**
 * Why `line` is page furniture rather than article text, or undefined when it is text.
 *
 * @example
 * clutterReason('Rescue boats on Main Street in 2019. (File)') // 'caption'
 * clutterReason('The river rose.') // undefined
 */
function clutterReason(line: string): ClutterReason | undefined {
	// Furniture is short; the length cap also keeps the unanchored patterns cheap on huge lines.
	if (!line || line.length > MAX_CLUTTER_CHARS) return undefined;
	const words = line.split(/\s+/).length;
	if (words > LONGEST_RULE || fullSentenceCount(line) >= 2) return undefined;
	if (words <= 12 && BYLINE.test(line)) return 'byline';
	return RULES.find((rule) => words <= rule.maxWords && rule.pattern.test(line))?.reason;
}

/** A writer's name on a line of its own: two to four capitalised words. */
const NAME_LINE = /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}$/u;
/** "Education Correspondent", "Emma MacLeod · Nova Scotia bureau": a writer's job or desk. */
const WRITER_JOB = /(?:Writer|Reporter|Correspondent|Editor|Columnist|\bbureau|\bdesk)$/;

/**
 * Why each line of a block is page furniture: `clutterReason` line by line, and a writer's name
 * with no "By" is a byline when the line under it gives the writer's job ("Ciarán Walsh" over
 * "Education Correspondent"), or when the line names the writer and desk ("Emma MacLeod · Nova
 * Scotia bureau").
 */
export function lineClutterReasons(lines: readonly string[]): (ClutterReason | undefined)[] {
	const reasons = lines.map((line) => clutterReason(line.trim()));
	lines.forEach((line, i) => {
		const text = line.trim();
		if (reasons[i]) return;
		// "By Daniel Arsenault | Published 6:42 a.m. ET": a byline and a timestamp on one line.
		const parts = text.split(/\s+[·|]\s+/);
		if (parts.length > 1 && parts.every((part) => clutterReason(part) !== undefined)) {
			reasons[i] = 'byline';
			return;
		}
		const [name, desk] = text.split(/\s*[·|]\s*/);
		if (
			desk !== undefined &&
			NAME_LINE.test(name!) &&
			WRITER_JOB.test(desk) &&
			wordCount(desk) <= 5
		)
			reasons[i] = 'byline';
		const below = lines[i + 1]?.trim() ?? '';
		if (NAME_LINE.test(text) && reasons[i + 1] === 'byline' && WRITER_JOB.test(below))
			reasons[i] = 'byline';
	});
	return reasons;
}

const wordCount = (text: string) => text.split(/\s+/).length;

/**
 * Whether `block` opens a list of links to other stories ("Read more:", "Most popular"), and which.
 * A block that goes on into a real paragraph after the header is article text.
 */
export function listHeaderReason(block: string): ListReason | undefined {
	for (const [reason, header] of [
		['related', RELATED_HEADER],
		['most-popular', MOST_POPULAR_HEADER]
	] as const) {
		if (header.test(block) && !isRealParagraph(block.replace(header, ''))) return reason;
	}
	return undefined;
}

/** Body text a reader would count as a paragraph: a full sentence of some length, not a list item. */
export function isRealParagraph(text: string): boolean {
	if (/^[-*+•]\s|^\d+[.)]\s/.test(text)) return false;
	return /[.!?…]['"’”)\]]*$/.test(text) && text.split(/\s+/).length >= 12;
}

/** Sentences of three words or more that end in . ! or ?, as a reader would count them. */
function fullSentenceCount(line: string): number {
	// "All rights reserved." is a formula, not a sentence of article text.
	// "6:12 p.m. ET Feb. 20": a time's and a month's dots end no sentence.
	const pieces = line
		.replace(/\s*all rights reserved\.?$/i, '')
		.replace(/\b([ap])\.m\./gi, '$1m')
		.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\./g, '$1')
		.split(/(?<=[.!?…]['"’”)\]]*)\s+(?=["“‘(]?[\p{Lu}\d])/u);
	return pieces.filter((piece) => /[.!?…]['"’”)\]]*$/.test(piece) && piece.split(/\s+/).length >= 3)
		.length;
}
