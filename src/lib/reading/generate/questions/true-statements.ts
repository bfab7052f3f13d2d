import { HEAD_OF_STATE } from '../analyze/titles';
import { isPartOrWhole } from '../text/part-of-whole';
import { candidate, multipleChoice, type WrongOption } from '../compose/draft';
import { numberDistractors } from '../distractors/numbers';
import { entityOf, sameKindEntities } from '../distractors/entities';
import { fnv1a32 } from '../../../core/hash';
import { normalizeAnswer } from '../text/normalize';
import { escapeRegExp } from '../text/escape-regexp';
import type { Article, ArticleSentence, Candidate, Mention } from '../types';
import { mainSentence, statementOf } from './main-idea';

interface Statement {
	sentence: ArticleSentence;
	text: string;
	/** The statement with one name or number swapped for another from the article: false. */
	altered?: string;
}

/** Two questions of one article must not read the same. */
const PROMPTS = [
	'According to the article, which of these statements are true? Select all that apply.',
	'Which of these statements does the article support? Select all that apply.'
];
const TRUE_PER_QUESTION = 3;
const FALSE_PER_QUESTION = 2;

/**
 * "Which of these statements are true, according to the article? Select all that apply.": three
 * statements the article makes (each sentence's main clause) and two it contradicts, made by
 * swapping one name or number of a true statement for another of the same kind that its sentence
 * does not hold. One question for each half of the article where each half has enough statements,
 * so the set checks the whole story; else one for the whole article.
 */
export function trueStatementQuestions(article: Article): Candidate[] {
	// The main idea's answer is not asked again here.
	const main = mainSentence(article);
	const statements = article.sentences
		.filter((sentence) => sentence !== main)
		.map((sentence) => ({ sentence, text: statementOf(sentence) }))
		.filter((s): s is { sentence: ArticleSentence; text: string } => s.text !== undefined)
		.map((s) => ({ ...s, altered: alter(article, s.sentence, s.text) }));
	const half = Math.ceil(article.sentences.length / 2);
	const halves = [
		statements.filter((s) => s.sentence.position < half),
		statements.filter((s) => s.sentence.position >= half)
	];
	const byHalves = halves.flatMap((part, index) => question(part, index));
	// A short or plain article may not fill two questions; one over the whole story then.
	return byHalves.length > 0 ? byHalves : question(statements, 0);
}

function question(statements: readonly Statement[], index: number): Candidate[] {
	const falsifiable = statements.filter((s) => s.altered);
	const liars = [...falsifiable]
		.sort((a, b) => fnv1a32(a.text) - fnv1a32(b.text))
		.slice(0, FALSE_PER_QUESTION);
	const truths = statements.filter((s) => !liars.includes(s)).slice(0, TRUE_PER_QUESTION);
	if (liars.length < FALSE_PER_QUESTION || truths.length < TRUE_PER_QUESTION) return [];
	const wrong: WrongOption[] = liars.map((s) => ({
		text: s.altered!,
		feedback: `Not what the article says: “${s.sentence.text}”`
	}));
	const draft = multipleChoice(
		{
			prompt: PROMPTS[index] ?? PROMPTS[0]!,
			skill: 'detail',
			evidence: [...truths, ...liars].map((s) => s.sentence),
			difficulty: 'medium',
			explanation: `The article says: ${truths.map((s) => `“${s.text}.”`).join(' ')}`
		},
		truths.map((s) => s.text),
		wrong
	);
	return candidate(draft, 7, `statements:${index}`).map((c) => ({ ...c, kind: 'event' as const }));
}

/** Country names written with "the": "the U.S.", "the United Kingdom", "the Philippines". */
const THE_COUNTRY =
	/^(?:U\.?S\.?A?\.?|U\.?K\.?|United States|United Kingdom|United Arab Emirates|Netherlands|Philippines|Czech Republic|Dominican Republic|Central African Republic|Gambia|Bahamas|Maldives)$/;

/** "the two unidentified people" → never "the one unidentified people": many stay many. */
export const keepsPlural = (value: number, swap: string): boolean =>
	value === 1 || !/^(?:one|1|a|an)$/i.test(swap.trim());

/** "colluded with Russia" → never "colluded with U.S.": "the" countries swap only with each other. */
export const sameArticleUse = (a: string, b: string): boolean =>
	THE_COUNTRY.test(a) === THE_COUNTRY.test(b);

/**
 * The statement with its first number or name replaced by another of the same kind from the
 * article that its own sentence does not contain; undefined when there is none to swap.
 */
function alter(article: Article, sentence: ArticleSentence, text: string): string | undefined {
	return falseVersions(article, sentence, text)[0];
}

/**
 * False versions of a statement taken from `sentence`: each with one of its numbers or names
 * replaced by another of the same kind from the article that the sentence does not contain, at
 * most one per number or name, numbers first. As a summary's wrong option, only who did it is
 * swapped: never a number (raters called it a trick), nor a name deep in the statement, which reads
 * as nonsense ("after decades of division in Senate Democrats").
 */
export function falseVersions(
	article: Article,
	sentence: ArticleSentence,
	text: string,
	asSummary = false
): string[] {
	const shown = ` ${normalizeAnswer(sentence.text)} `;
	const absent = (candidate: string) => !shown.includes(` ${normalizeAnswer(candidate)} `);
	const byNumber: string[] = [];
	const byName: string[] = [];
	for (const number of article.numbers) {
		if (number.sentence !== sentence || !text.includes(number.text)) continue;
		// "a 48-year-old Russian" → "a 24-year-old Russian": a number inside a modifier is a detail
		// the statement does not turn on; raters called such a swap a trick.
		const at = text.indexOf(number.text);
		const after = text.slice(at + number.text.length);
		if (/^-\p{L}/u.test(after)) continue;
		// "Chileshe, 62, who denied…": an age set off by commas is a detail; and "38 of the 20
		// trains" is false at a glance, for the sum, not for what the article says.
		if (/^,/.test(after) && /,\s*$/.test(text.slice(0, at))) continue;
		if (isPartOrWhole(text, at, at + number.text.length)) continue;
		const others = article.numbers.filter((n) => n !== number);
		// "the one unidentified people": a count of many stays a count of many.
		const swap = numberDistractors(number, others, 3)
			.filter(absent)
			.find((candidate) => keepsPlural(number.value, candidate));
		if (swap) byNumber.push(text.replace(number.text, swap));
	}
	for (const mention of article.mentions) {
		if (mention.sentence !== sentence || mention.kind === 'name' || !text.includes(mention.text))
			continue;
		if (asSummary && !OPENS_WITH(text, mention.text)) continue;
		// "White House deputy chief of staff Shinzo Abe": a person swapped under another's title is
		// false at a glance, for the title, not for anything the article says.
		if (mention.kind === 'person' && (mention.title || mention.appositive)) continue;
		// "the Hillary Clinton email probe" → "the Michael Horowitz email probe", "the Justice
		// Department's auditor" → "the FBI's auditor": a name that only modifies a noun is a
		// detail the statement does not turn on, and raters called such a swap a trick.
		if (modifiesNoun(sentence, mention)) continue;
		const entity = entityOf(article, mention.kind, mention.key);
		if (!entity) continue;
		// "the FBI's human resources department" → never "the CNN's", nor "CNN reported" → "FBI
		// reported": an organisation stands in only for one the article writes alike, with or
		// without "the".
		const afterThe = /\bthe\s+$/i.test(text.slice(0, text.indexOf(mention.text)));
		// "Both Shinzo Abe and Abe": the swapped-in name may be in the sentence by another form.
		const swap = sameKindEntities(article, entity).find(
			(e) =>
				[e.name, ...e.aliases].every(absent) &&
				// "Mueller removed Donald Trump from his team": a head of state swapped in for anyone
				// else is false at a glance, for who he is, not for what the article says.
				!(e.kind === 'person' && e.roles.some((role) => HEAD_OF_STATE.test(role))) &&
				(entity.kind !== 'country' || sameArticleUse(e.name, mention.text)) &&
				(entity.kind !== 'organization' || afterThe === writtenWithThe(article, e.name))
		)?.name;
		const swapped = swap && replaceWholeName(text, mention.text, swap);
		if (swapped && !byName.includes(swapped)) byName.push(swapped);
	}
	// Raters dropped summaries one changed number apart ("0.6 million chargers" for 1.2 million,
	// "two plants" for three) in four rated sets: a summary offers no such trick.
	return asSummary ? byName : [...byNumber, ...byName];
}

/** Whether a statement opens with a name, as its subject ("The Senate voted…", "Iran said…"). */
const OPENS_WITH = (text: string, name: string) =>
	new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}(?![\\p{L}\\d])`, 'iu').test(text);

function modifiesNoun(sentence: ArticleSentence, mention: Mention): boolean {
	const last = sentence.terms[mention.lastTerm - 1];
	const next = sentence.terms[mention.lastTerm];
	if (!last) return false;
	if (/^['’]s?$/.test(last.post.trim()) || /['’]s$/.test(last.text)) return true;
	return (
		next !== undefined &&
		!/[,;:.!?)"”]/.test(last.post) &&
		/^\p{Ll}/u.test(next.text) &&
		next.tags.has('Noun') &&
		!next.tags.has('Verb') &&
		!next.tags.has('Pronoun')
	);
}

/**
 * `text` with `name` replaced where it stands as a whole name: not "Kim" inside "Sung Kim", which
 * would give "Sung Donald Trump". Undefined when it stands nowhere alone.
 */
export function replaceWholeName(text: string, name: string, swap: string): string | undefined {
	let at = text.indexOf(name);
	while (at >= 0) {
		const before = text.slice(0, at);
		const after = text.slice(at + name.length);
		// A capitalised word beside it makes it part of a longer name or a title ("President Abe").
		const joined =
			/(?<![\p{L}])(?!(?:The|A|An|This|That|These|Those|Both|In|On|At|By)\s)\p{Lu}[\p{L}.'’-]*\s$/u.test(
				before
			) || /^\s\p{Lu}/u.test(after);
		const inWord = /[\p{L}\d]$/u.test(before) || /^[\p{L}\d]/u.test(after);
		if (!joined && !inWord) return before + swap + after;
		at = text.indexOf(name, at + 1);
	}
	return undefined;
}

/** Whether the article writes a name after "the" somewhere: "the Senate", not "the CNN". */
function writtenWithThe(article: Article, name: string): boolean {
	const after = new RegExp(`\\bthe\\s+${escapeRegExp(name)}\\b`, 'i');
	return article.sentences.some((sentence) => after.test(sentence.text));
}
