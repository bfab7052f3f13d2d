import { candidate, singleChoice, shortAnswer } from '../compose/draft';
import { entityOf, sameKindEntities } from '../distractors/entities';
import { fnv1a32 } from '../../../core/hash';
import { normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';
import { ABBREVIATION_STOP } from '../text/question-grammar';

const SPEECH =
	'(?:said|says|say|wrote|writes|told|tells|added|adds|asked|claimed|claims|argued|argues|warned|warns|insisted|insists|stated|states|announced|declared|tweeted|explained|noted|confirmed|replied|responded)';
/**
 * “…,” Trump said / “…,” said Trump / “…,” Charles Carmakal, vice president at Mandiant, said: the
 * speaker after the quotation ("said Trump" runs to the next comma or full stop), with up to two
 * descriptions after the name ("Lena Brandt, head of research at Norden, a security firm, said").
 */
const QUOTE_THEN_SPEAKER = new RegExp(
	`^[“"]([^”"]{12,400})[,.!?]?[”"],?\\s+(?:${SPEECH}\\s+([^,.;]{2,60})(?=[,.;]|$)|([^,.;]{2,60}?)(?:(?:,[^,“”"]{2,120}){1,2},)?\\s+${SPEECH})\\b`
);
/** Trump said, “…” / Later, Trump told reporters: “…” */
const SPEAKER_THEN_QUOTE = new RegExp(
	`^(?:[^,“”"]{1,30},\\s+)?([^,“”"]{2,60}?)\\s+${SPEECH}\\b[^“”"]{0,40}?[,:]\\s*[“"]([^”"]{12,400})[”"]`
);
/** A sentence that is one quotation and nothing else: the last speaker's words, going on. */
const WHOLE_QUOTE = /^[“"]([^”"]{12,400})[”"]$/;
/**
 * What stands for the full stop of "Rep.", "U.S." in a speaker's name or title, so it ends no speaker
 * phrase: one character for one, so the masked text keeps every index of the sentence.
 */
const MASK = '\u2024';
/**
 * A speaker named by a pronoun: "he" or "she" goes on with a person named before. "They" is most
 * often a group ("the former prosecutors wrote … “…,” they wrote"), never the last person named.
 */
const PRONOUN = /^(?:he|she)$/i;
const GROUP_PRONOUN = /^(?:they|it|we)$/i;

interface Quotation {
	sentence: ArticleSentence;
	words: string;
	speaker: Entity;
}

/**
 * "Who said …?" for each direct quotation whose speaker the article names (a pronoun speaker is
 * the person named last before it): the answer is the speaker, the wrong options other people or
 * organisations the article quotes or names. Reactions and claims are what a reader must attribute.
 */
export function quoteQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	const quotations = findQuotations(article);
	const speakers = [...new Set(quotations.map((q) => q.speaker))];
	for (const quotation of quotations) {
		const { sentence, speaker } = quotation;
		const quote = trimQuote(quotation.words);
		if (!quote) continue;
		const others = [
			...speakers.filter((s) => s !== speaker && s.kind === speaker.kind),
			...sameKindEntities(article, speaker).filter((e) => !speakers.includes(e))
		].filter(
			(e) =>
				!e.aliases.some((a) => ` ${normalizeAnswer(quote)} `.includes(` ${normalizeAnswer(a)} `))
		);
		const evidence = evidenceFor(article, quotation);
		const common = {
			prompt: `According to the article, who said: “${quote}”?`,
			skill: 'detail' as const,
			evidence,
			explanation: `The article says: ${evidence.map((e) => `“${e.text}”`).join(' ')}`
		};
		const key = `quote:${sentence.id}:${fnv1a32(quote)}`;
		const choice = singleChoice(
			common,
			speaker.name,
			others.map((e) => ({ text: e.name }))
		);
		const draft =
			choice ??
			shortAnswer(
				common,
				[speaker.name, ...speaker.aliases, ...rolesOf(speaker, evidence)],
				others.map((e) => e.name)
			);
		out.push(
			...candidate(draft, (choice ? 8 : 6.5) - cutCost(quote), key).map((c) => ({
				...c,
				kind: 'reaction' as const,
				answer: speaker.name
			})),
			...saidBy(quotation, quote, quotations, key, evidence)
		);
	}
	return out;
}

/**
 * What the article calls a speaker, which a student may type for who said it ("the Chief
 * Veterinary Officer", "head of the search and rescue office in Makassar"): the roles read with
 * the name, and a description set off by a comma after the name in the evidence.
 */
function rolesOf(speaker: Entity, evidence: readonly ArticleSentence[]): string[] {
	const roles = speaker.roles.filter((role) => wordsIn(role) >= 2);
	for (const sentence of evidence) {
		for (const name of [speaker.name, ...speaker.aliases]) {
			const at = sentence.text.indexOf(name);
			if (at < 0) continue;
			const described = /^,\s+((?:the |a |an )?\p{Ll}[^,.;:“”"]{3,60}?)(?=[,.;]|$)/u.exec(
				sentence.text.slice(at + name.length)
			)?.[1];
			if (described && wordsIn(described) >= 2 && !/\b(?:said|says|told)\b/.test(described))
				roles.push(described);
		}
	}
	return [...new Set(roles)];
}

/**
 * The quotation's sentence, after the sentence that names its speaker when it does not ("…," he
 * said): the evidence must show who spoke.
 */
function evidenceFor(article: Article, { sentence, speaker }: Quotation): ArticleSentence[] {
	const names = [speaker.name, ...speaker.aliases];
	if (names.some((name) => sentence.text.includes(name))) return [sentence];
	const naming = speaker.mentions
		.map((mention) => mention.sentence)
		.filter((s) => s.position < sentence.position)
		.sort((a, b) => a.position - b.position)
		.at(-1);
	return naming ? [naming, sentence] : [sentence];
}

/** An option quoting someone: short enough to read beside three others. */
const MAX_OPTION_WORDS = 20;

/**
 * The same attribution the other way round: "Which of these did Jerome Wesevich say?" with what
 * other people in the story said as the wrong options, each told whose words it was. A speaker
 * quoted twice is asked this where "Who said …?" would ask for the same name again.
 */
function saidBy(
	quotation: Quotation,
	quote: string,
	quotations: readonly Quotation[],
	key: string,
	evidence: readonly ArticleSentence[]
): Candidate[] {
	const { speaker } = quotation;
	if (wordsIn(quote) > MAX_OPTION_WORDS) return [];
	const others = quotations
		.filter((q) => q.speaker !== speaker)
		.map((q) => ({ text: trimQuote(q.words), by: q.speaker, sentenceId: q.sentence.id }))
		.filter(
			(q): q is typeof q & { text: string } => !!q.text && wordsIn(q.text) <= MAX_OPTION_WORDS
		)
		.map((q) => ({
			text: `“${q.text}”`,
			sentenceId: q.sentenceId,
			feedback: `Not ${speaker.name}: ${q.by.name} said this.`
		}));
	const draft = singleChoice(
		{
			prompt: `According to the article, which of these did ${speaker.name} say?`,
			skill: 'detail',
			evidence,
			explanation: `The article says: ${evidence.map((e) => `“${e.text}”`).join(' ')}`
		},
		`“${quote}”`,
		others
	);
	return candidate(draft, 7 - cutCost(quote), key).map((c) => ({
		...c,
		kind: 'reaction' as const
	}));
}

const MAX_QUOTE_WORDS = 28;
const CUT = ' …';
/** A quotation cut short reads less well than one given whole: the whole one of a speaker first. */
const cutCost = (quote: string) => (quote.endsWith(CUT) ? 0.5 : 0);
/** Fewer words than this before a cut say too little to tell whose words they are. */
const MIN_CUT_WORDS = 8;

/**
 * A quotation short enough to read in a prompt: when long, its first sentence, or else its words up
 * to a comma, semicolon or dash, marked as cut with "…" as a teacher quoting it would ("The Lazarus
 * group, which is the more destructive of the threat actors …"). Never cut inside a quotation it
 * quotes, whose closing mark would be lost.
 */
function trimQuote(words: string): string | undefined {
	const text = words.trim().replace(/[,]$/, '');
	if (wordsIn(text) <= MAX_QUOTE_WORDS) return text;
	const first = /^(.{20,}?[.!?])\s/.exec(text)?.[1];
	if (first && wordsIn(first) <= MAX_QUOTE_WORDS) return first;
	const nested = text.search(/(?:^|\s)['‘]/);
	const within = nested < 0 ? text : text.slice(0, nested + 1);
	const cuts = [...within.matchAll(/\s*(?:[,;]|\s[—–-])\s/g)]
		.map((match) => within.slice(0, match.index).trim())
		.filter((part) => wordsIn(part) >= MIN_CUT_WORDS && wordsIn(part) <= MAX_QUOTE_WORDS);
	const longest = cuts.at(-1);
	return longest && /\p{L}|\d/u.test(longest.at(-1) ?? '') ? `${longest}${CUT}` : undefined;
}

function findQuotations(article: Article): Quotation[] {
	const found: Quotation[] = [];
	for (const sentence of article.sentences) {
		const text = sentence.text.replace(ABBREVIATION_STOP, (stop) => stop.replaceAll('.', MASK));
		const unmask = (part: string | undefined) => part?.replaceAll(MASK, '.');
		let words: string | undefined;
		let speakerText: string | undefined;
		const after = QUOTE_THEN_SPEAKER.exec(text);
		const before = after ? null : SPEAKER_THEN_QUOTE.exec(text);
		if (after) {
			words = after[1];
			speakerText = after[2] ?? after[3];
		} else if (before) {
			words = before[2];
			speakerText = before[1];
		}
		const speaker = speakerText ? speakerOf(article, sentence, unmask(speakerText)!) : undefined;
		if (words && speaker) {
			found.push({ sentence, words: unmask(words)!, speaker });
			continue;
		}
		// “The government has some procedures in place.” after “…,” said Wesevich: his words still.
		const going = WHOLE_QUOTE.exec(sentence.text);
		const last = found[found.length - 1];
		if (
			going &&
			last &&
			last.sentence.paragraph === sentence.paragraph &&
			last.sentence.position === sentence.position - 1
		)
			found.push({ sentence, words: going[1]!.replace(/[.!?]$/, ''), speaker: last.speaker });
	}
	return found;
}

/** The entity a speaker phrase names: "Trump", "President Trump", "he" (the last person named). */
function speakerOf(
	article: Article,
	sentence: ArticleSentence,
	phrase: string
): Entity | undefined {
	const text = phrase.trim();
	if (GROUP_PRONOUN.test(text)) return undefined;
	if (PRONOUN.test(text)) {
		const before = article.mentions.filter(
			(m) =>
				m.kind === 'person' &&
				(m.sentence.position < sentence.position ||
					(m.sentence === sentence && m.start < sentence.text.indexOf(text))) &&
				m.sentence.position >= sentence.position - 3
		);
		// "Salas conceded …, telling supporters he had called Quirós … '…,' he said": "he" goes
		// on with the subject of the sentence before (its first person named), not the last name
		// in it.
		const latest = before[before.length - 1];
		const subject = latest && before.find((m) => m.sentence === latest.sentence);
		return subject && article.entities.find((e) => e.kind === 'person' && e.key === subject.key);
	}
	const start = sentence.text.indexOf(text);
	const inPhrase = article.mentions.filter(
		(m) => m.sentence === sentence && m.start >= start && m.end <= start + text.length
	);
	// "Finance Committee member Rep. Tomas Varga": the person, not the body they belong to.
	const mention =
		inPhrase.find((m) => m.kind === 'person') ?? inPhrase.find((m) => m.kind === 'organization');
	// "a White House official": someone of the organization spoke, not the organization.
	if (mention?.kind === 'organization' && /\s\p{Ll}/u.test(text.slice(mention.end - start)))
		return undefined;
	if (mention) return entityOf(article, mention.kind, mention.key);
	// A speaker compromise did not tag in this sentence is still one the article names elsewhere.
	const normalized = ` ${normalizeAnswer(text)} `;
	return [...article.entities]
		.filter((e) => e.kind === 'person' || e.kind === 'organization')
		.sort((a, b) => b.mentions.length - a.mentions.length)
		.find((e) => e.aliases.some((alias) => normalized.endsWith(` ${normalizeAnswer(alias)} `)));
}
