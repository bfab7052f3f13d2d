import { quotesBalanced } from './grammar';
import { wordsIn } from './normalize';

/** Beyond this a question stops being one clause a student can hold in mind. */
const MAX_PROMPT_WORDS = 24;

/** "the policy", "the deal": a noun that names nothing until an earlier sentence says which. */
const VAGUE_THING = String.raw`(?:policy|program|programme|plan|deal|measure|problem|agreement|proposal|decision|move|effort|law|legislation|bill|ruling(?!\s+(?:party|coalition|family|elite|class|junta))|order|case|report|issue|group|country|company|change|project|idea|matter|situation|process|statement|request|document|letter|deadline|meeting|meetings|contact|contacts|step|steps|measures|moves|figure|figures|tally|uncertainty|peninsula|department|news|announcement)\b(?!\s+(?:of|to|for|that|which|who)\b)`;

/**
 * "the policy", "the temporary measure", as a text is written: a vague noun with at most a word
 * that only describes it (not a kind: "the spending bill" names one).
 */
export const VAGUE_NOUN = new RegExp(
	String.raw`\bthe (?:(?:new|latest|proposed|temporary|current|previous|original|recent|same|whole|entire|final|revised|controversial|planned|initial|interim|stopgap|short-term|long-term) )?` +
		VAGUE_THING,
	'i'
);

/**
 * The same for an answer stripped of its determiner and read as "the <answer>": an answer that was
 * "a new bill" is introduced by its own sentence, so only the bare vague noun counts.
 */
export const VAGUE_HEAD = new RegExp(String.raw`\bthe ` + VAGUE_THING, 'i');

/** "the same operators", "such measures": a phrase that names its thing by pointing back. */
export const POINTS_BACK_PHRASE = /^(?:the\s+)?(?:same|such|similar|latter|aforementioned)\s/i;

/** "the two leaders", "the three companies": a counted "the" that points back, as "they" does. */
export const COUNTED_BACK =
	/\bthe (?:(?:two|three|four|five|six) (?!of\b)\p{L}+s\b|(?:remaining|other) (?:two|three|four|five|six)\b)/iu;

/** A sum named only as "the money": a statement may say whose ("the fund … the money"), a question not. */
/** Nouns for a sum of money that name no particular one. */
export const SUM_NOUN = 'money|funds|funding|cash';
const THE_SUM = new RegExp(String.raw`\bthe (?:${SUM_NOUN})\b(?!\s+(?:for|from|of|to)\b)`, 'i');

/** Every "the <thing>" a prompt holds, for checking each against the nouns the article introduced. */
const VAGUE_NOUNS = new RegExp(VAGUE_NOUN.source, 'gi');

/**
 * "rulings", "ruling", "rules", "ruled" → "rul": one stem for a noun's forms and its verb's; a
 * consonant doubled before an ending is one ("cancelled", "cancel" → "cancel").
 */
export function nounStem(word: string): string {
	return word
		.toLowerCase()
		.replace(/(?:ings?|s|es|ed)$/, '')
		.replace(/e$/, '')
		.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/**
 * Whether a prompt names "the policy", "the deal" or another thing only a sentence it does not show
 * says which. A noun the article's title or lead names ("the report" under "Watchdog Report Faults
 * Comey") is the article's own subject, and clear.
 */
export function namesUnshownThing(prompt: string, introduced: ReadonlySet<string>): boolean {
	// "What will the money pay for?": which money, only the sentence before says.
	if (THE_SUM.test(prompt)) return true;
	for (const match of prompt.matchAll(VAGUE_NOUNS)) {
		const noun = match[0].split(/\s+/).at(-1) ?? '';
		if (!introduced.has(nounStem(noun))) return true;
	}
	return false;
}

const NONE: ReadonlySet<string> = new Set();

/** Words news uses for one thing by turns: a lead's "agreement" is a later "the deal". */
const SAME_THING = [
	['deal', 'agreement', 'accord', 'pact', 'treaty'],
	['bill', 'legislation', 'measure'],
	['ruling', 'decision', 'verdict', 'judgment'],
	['report', 'review', 'audit'],
	['policy', 'program', 'programme']
].map((group) => group.map(nounStem));

const groupOf = (stem: string) => SAME_THING.find((group) => group.includes(stem));
const inSameThingGroup = (stem: string) => groupOf(stem) !== undefined;
/** The first word of a noun's SAME_THING group: "review" and "report" are counted as one thing. */
const sameThingAs = (stem: string) => groupOf(stem)?.[0] ?? stem;

/** A thing the story keeps coming back to is the one thing of its kind a reader knows it by. */
const RECURRING = 3;

/**
 * The stems a title and lead introduce, and the things the body names in three sentences or more
 * (an article that speaks of "the report" again and again has one report), with the other words
 * for the same thing.
 */
export function introducedStems(opening: string, body: readonly string[] = []): Set<string> {
	const stems = new Set(
		opening
			.split(/[^\p{L}]+/u)
			.filter(Boolean)
			.map(nounStem)
	);
	const sentencesWith = new Map<string, number>();
	for (const text of body) {
		const seen = new Set(
			text
				.split(/[^\p{L}]+/u)
				.filter((word) => VAGUE_HEAD.test(`the ${word}`) || inSameThingGroup(nounStem(word)))
				.map((word) => sameThingAs(nounStem(word)))
		);
		for (const stem of seen) sentencesWith.set(stem, (sentencesWith.get(stem) ?? 0) + 1);
	}
	for (const [stem, count] of sentencesWith) if (count >= RECURRING) stems.add(stem);
	for (const group of SAME_THING)
		if (group.some((stem) => stems.has(stem))) group.forEach((stem) => stems.add(stem));
	return stems;
}

/** Full stops of initials ("U.S.", "D.C.") and of short titles ("Sen.", "Dr."). */
export const ABBREVIATION_STOP =
	/\b((?:[A-Z]\.)*[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|St|Inc|Corp|Co|No|Prof|Rev)\.(?=\s)/g;

/**
 * The grammar check every wh-question passes: one clause (no comma or semicolon), balanced quotes,
 * a question mark at the end, no dangling conjunction or preposition before it, and short enough.
 */
export function wellFormed(prompt: string, introduced: ReadonlySet<string> = NONE): boolean {
	// "According to the White House, which organization failed …?": whose claim it is, then a
	// question of its own.
	const framed = /^According to [^,]{2,60}, (\p{Ll})/u.exec(prompt);
	if (framed)
		return wellFormed(framed[1]!.toUpperCase() + prompt.slice(framed[0].length), introduced);
	if (!/^(?:Who|What|Where|When|Which|Why|How)\b[^?]*\?$/.test(prompt)) return false;
	// "the U.S. government", "Sen. Warren": an abbreviation's full stop ends no sentence.
	const unabbreviated = prompt.replace(ABBREVIATION_STOP, '$1');
	if (/,(?!\d)|[;—–]|[.!?]["”]?\s/.test(unabbreviated) || !quotesBalanced(prompt)) return false;
	// "blamed “ ” with foreign training": the asked words were a quotation, now empty.
	if (/[“"]\s*[”"]/.test(prompt)) return false;
	// "When did they rescind the policy?": a bare "the policy" leans on an earlier sentence.
	if (namesUnshownThing(prompt, introduced)) return false;
	// "as the two leaders spoke": a count with "the" points back to people named elsewhere.
	if (COUNTED_BACK.test(prompt)) return false;
	// "Which organization cannot pass it alone?": a pronoun the question cannot resolve is vague.
	// "this month", "this year" are dates, not things named earlier.
	// "How many recipients will lose their protection?": "their" has the plural counted in the
	// question itself to stand for.
	const ownPossessive = prompt.startsWith('How many ') ? prompt.replace(/\btheir\b/g, '') : prompt;
	if (
		/\b(?:it|its|they|them|their|this|these|those|he|she|him|her|his)\b/i.test(
			ownPossessive.replace(
				/\bth(?:is|ese) (?:week|month|year|morning|afternoon|evening|weekend)s?\b/gi,
				''
			)
		)
	)
		return false;
	if (/\b(?:and|or|but|the|a|an|of|that|what|who|which|where|when|how)\?$/i.test(prompt))
		return false;
	// "How many deaths did officials confirm since Thursday?": "since" a time asks "have … confirmed".
	if (/\bdid\s.+\ssince\s+(?:\p{Lu}|\d|last\b|the\b)/u.test(prompt)) return false;
	// "When did the plant open in 1971 … and was bought by Brennard?": after "did", a second verb
	// with its own auxiliary belongs to a statement, not the question.
	if (/\b(?:did|do|does)\s.+\s(?:and|but)\s+(?:was|were|is|are|has|have|had)\s/i.test(prompt))
		return false;
	// "How many euros did Mekonnen earn ($33,000) for …?": a conversion left in the question reads as
	// a second answer beside the one asked for.
	if (/\(\s*(?:about |around |roughly )?[$€£¥]/.test(prompt)) return false;
	// "What did long queues of cars form on out of the hills?": the asked noun carried a phrase of
	// its own, left stranded after its preposition.
	if (/^What\b.*\s(?:on|in|at|to|from|for|with|by|into|onto|about)\s(?:out of|of)\s/.test(prompt))
		return false;
	// "When has Quirós pledged to keep the fiscal rule adopted?": the date was the participle's.
	if (
		/^(?:When|Where) (?:did|does|do|has|have|had)\b.*\s(?!been\b)\p{Ll}+\s\p{Ll}+ed\?$/u.test(
			prompt
		)
	)
		return false;
	// "How many workers were confirmed dead on Monday and three others remain missing?": a
	// second count, with its own verb, joined on.
	if (
		/^How (?:many|much)\b.*\sand\s(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+\p{L}+\s+(?:remain|remained|are|were|was|is|have|has|had|died)\b/u.test(
			prompt
		)
	)
		return false;
	// "What fell so low?": "so low" or "too small" promised a "that …" or "to …" the cut left out.
	if (/\b(?:so|too|such(?: an?)?) \p{L}+\?$/u.test(prompt)) return false;
	// "…would also examine whether heavy rains?", "…urged the government to make?": a clause or
	// an object cut off at the question mark.
	if (
		/\bwhether(?:\s+\S+){0,3}\?$|\bto (?:make|do|take|give|keep|put|get|let|bring)\?$/.test(prompt)
	)
		return false;
	// "How many workers were confirmed dead on?": a count asked of a time that went missing.
	if (/^How (?:many|much)\b.*\s(?:on|in|at|since|until|by)\?$/.test(prompt)) return false;
	// "What does the article say about 1,900 people work for?": "say about" reads as its own verb.
	if (/\bsay about \d/.test(prompt)) return false;
	// "How many firefighters did the spokesman say?", "…say the minister said in?": what was said
	// is missing.
	if (/\b(?:say|said|says|tell|told)(?:\s(?:in|on|at|to|for|with|by|from))?\?$/i.test(prompt))
		return false;
	// "How many people were treated … and that rescue teams were still trying…?": a second thing
	// said, joined on.
	if (/\sand that\s/.test(prompt)) return false;
	// "Who did the court appoint Markus Feldhaus as?": a role is not a "who".
	if (/^Who\b.*\sas\?$/.test(prompt)) return false;
	if (!singleClause(prompt)) return false;
	return wordsIn(prompt) >= 3 && wordsIn(prompt) <= MAX_PROMPT_WORDS;
}

/**
 * Whether a question holds one clause: "Where did an organization base is leading …" has a second
 * finite verb after do-support ("How many recipients did Grisham say are hurt?" reports a clause,
 * and "did food have to be brought" is one verb, so both may); "When did the fighting cease but no
 * treaty has been signed?" joins a second clause with "but".
 */
export function singleClause(prompt: string): boolean {
	const secondVerb =
		/\b(?:did|does|do)\s+(?:\S+\s+){1,8}?(?:is|are|was|were|has|have)\s(?!to\b)/.exec(prompt);
	if (secondVerb && !/\ssay\s/.test(secondVerb[0])) return false;
	return !/\sbut\s/i.test(prompt);
}

/**
 * The commas of a list ("its parks, cemeteries and school grounds") read as spaces, so a check
 * for a second clause after a comma passes a list of things.
 */
export function withoutListCommas(text: string): string {
	return text.replace(/(?<=\p{Ll}),\s(?=(?:\p{Ll}[\p{L}'’-]*\s){1,3}(?:and|or)\s)/gu, ' ');
}
