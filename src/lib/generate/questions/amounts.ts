import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze, numeric, singleChoice } from '../compose/draft';
import { numberDistractors } from '../distractors/numbers';
import { quotesBalanced } from '../text/grammar';
import { wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, NumberMention, Term } from '../types';

/** Units that say nothing on their own: "How many people …" needs what the people did. */
const GENERIC_UNIT =
	/^(?:people|persons|times|things|years|months|days|weeks|hours|minutes|others|ones|percent|places|ways|parts)$/i;
const CURRENCY =
	/\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|pesos?|rubles?|roubles?|francs?|cents?)$/i;

/** "230-197", "7-2", "360-59": a vote or a score, in a sentence that says so. */
const TALLY = /\b(\d{1,3})[-–](\d{1,3})\b/g;
const TALLY_CONTEXT =
	/\b(?:vote[sd]?|voting|ruling|ruled|decision|margin|majority|won|beat|defeated|score[sd]?|passed)\b/i;

/**
 * Amounts the sentence-shaped number questions cannot phrase: "for 1.8 million people eligible for
 * DACA" → "How many people eligible for DACA does the article mention?", and vote tallies ("passed
 * … on a vote of 230-197") → "What was the vote on …?". A count with what it counts is one of the
 * key facts a teacher asks for.
 */
export function amountQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const mention of article.numbers) {
		if (mention.sentence.isQuestion || mention.isPercent || mention.isMoney || !mention.unit)
			continue;
		// "40 million euros" is money, asked by the number forms that know its currency.
		if (CURRENCY.test(mention.unit)) continue;
		// "more than 10 organizations": the article gives a bound, not a count to type back.
		if (mention.approximate) continue;
		// "a 500-page review": a number inside a compound adjective counts nothing.
		if (/^-/.test(mention.sentence.text.slice(mention.end))) continue;
		const counted = countedThing(mention);
		if (!counted) continue;
		// "How many senators …" is clear when the article counts senators once; "people" never is.
		const unique = article.numbers.filter((n) => n.unit === mention.unit).length === 1;
		if (wordsIn(counted) < 2 && (!unique || GENERIC_UNIT.test(counted))) continue;
		const prompt = `How many ${counted} does the article mention?`;
		if (!quotesBalanced(prompt)) continue;
		const common = {
			prompt,
			skill: 'number' as const,
			evidence: [mention.sentence],
			explanation: `The article says: “${mention.sentence.text}”`
		};
		const wrong = numberDistractors(
			mention,
			article.numbers.filter((n) => n !== mention),
			3
		);
		const choice =
			mention.value >= 1000
				? singleChoice(
						common,
						mention.text,
						wrong.map((text) => ({ text }))
					)
				: undefined;
		const draft = choice ?? numeric(common, mention.value, '', mention.text);
		out.push(
			...candidate(draft, 6.5, `number:${mention.sentence.id}:${mention.start}`).map((c) => ({
				...c,
				kind: 'number' as const,
				answer: mention.text
			}))
		);
	}
	for (const sentence of article.sentences) out.push(...tallyQuestions(sentence));
	return out;
}

/** The unit and what qualifies it, up to a comma or a verb: "people eligible for DACA". */
function countedThing(mention: NumberMention): string | undefined {
	const { terms, text } = mention.sentence;
	const unitWords = mention.unit.split(' ').length;
	let end = mention.lastTerm + unitWords;
	const last = (k: number) => terms[k - 1] as Term;
	if (end > terms.length || /[,;:.]/.test(last(end).post)) return mention.unit;
	let k = end;
	const words: Term[] = [];
	while (k < terms.length && words.length < 4) {
		const t = terms[k]!;
		if (t.tags.has('Verb') && !t.tags.has('Adjective')) break;
		if (/^(?:who|which|that|and|or|but)$/.test(t.normal)) break;
		words.push(t);
		k += 1;
		if (/[,;:.!?]/.test(t.post)) break;
	}
	// Keep the qualifier only when it describes the unit ("eligible for DACA", "affected by the
	// flood") and ends on a noun: "on repairs" or "brought to the" say where, not what is counted.
	const describes = words[0] && (words[0].tags.has('Adjective') || words[0].tags.has('Participle'));
	if (!describes) words.length = 0;
	while (words.length > 0 && !words[words.length - 1]!.tags.has('Noun')) words.pop();
	if (words.length > 0) end = k - (k - end - words.length);
	const from = terms[mention.lastTerm]?.start;
	const to =
		words.length > 0 ? words[words.length - 1]!.end : last(mention.lastTerm + unitWords).end;
	if (from === undefined) return undefined;
	return text
		.slice(from, to)
		.replace(/[()[\]"“”,.;:]+$/g, '')
		.replace(/\s*\([^)]*$/, '');
}

function tallyQuestions(sentence: ArticleSentence): Candidate[] {
	if (sentence.isQuestion || !TALLY_CONTEXT.test(sentence.text)) return [];
	const out: Candidate[] = [];
	TALLY.lastIndex = 0;
	for (let m = TALLY.exec(sentence.text); m; m = TALLY.exec(sentence.text)) {
		const [tally, a, b] = m as unknown as [string, string, string];
		if (Number(a) < Number(b) && !/\blost|defeated\b/i.test(sentence.text)) continue;
		out.push(
			...candidate(
				cloze(
					{
						prompt: gapPrompt(sentence, m.index, m.index + tally.length),
						skill: 'number',
						evidence: [sentence],
						explanation: `The article says: “${sentence.text}”`
					},
					[tally, `${a} to ${b}`, `${a}-${b}`, `${a} ${b}`],
					[]
				),
				6,
				`tally:${sentence.id}:${m.index}`
			).map((c) => ({ ...c, kind: 'number' as const, answer: tally }))
		);
	}
	return out;
}
