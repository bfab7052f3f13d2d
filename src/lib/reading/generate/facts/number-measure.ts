import type { Question } from '../../../quiz/question';
import type { NumberMention } from '../types';

/** A share: "28%", "about 60 percent", "per cent". */
const SHARE = /%|\bper ?cent\b/i;
const CURRENCY_SIGN = /[$€£¥₹]/;
/** Currencies written as words after an amount: "900,000 euros", "4,500 kwacha". */
export const CURRENCY_NAMES =
	'euros?|dollars?|pounds?|yen|won|shillings?|rupees?|pesos?|kwacha|zlotys?|dong|naira|rand|francs?|yuan|rubles?|roubles?|lira|dinars?|dirhams?|riyals?|cedis?|taka|baht|ringgit|reais|krona|kronor|kroner|tugriks?';
const CURRENCY_WORD = new RegExp(`\\b(?:${CURRENCY_NAMES})\\b`, 'i');
/** People, and what a story's toll counts: the dead, the homes lost, the cases. */
const TOLL =
	/\b(?:people|persons|dead|deaths|died|killed|injured|wounded|hurt|missing|residents|passengers|survivors|workers|employees|jobs|homes|houses|buildings|households|families|children|students|pupils|teachers|patients|victims|refugees|migrants|cases|infections|customers|users|members|voters|citizens|civilians|soldiers|troops|inhabitants|staff|nurses|doctors|farmers|animals|birds|hens|cattle|evacuated|arrested|detained|displaced|homeless|lives|recipients|defendants|hectares|acres)\b/i;
const WORDS_AFTER = 3;

/** The first words of `text` after `end`: what an amount counts. */
const wordsAfter = (text: string, end: number) =>
	text.slice(end).trim().split(/\s+/).slice(0, WORDS_AFTER).join(' ');

/**
 * Whether a number question asks for an amount teachers keep: a share, a sum of money, a count of
 * people (or of what a toll counts). Reviewers kept 56 of 124 such questions and 25 of 140 of the
 * rest, which count things in passing: the sites a survey covered, the transits observed, the
 * degrees a reading reached, the days a survey took.
 */
export function measuresWhatMatters(question: Question): boolean {
	if (question.type === 'true-false') return true;
	const answer = question.answerText.trim();
	const evidence = question.evidence[0] ?? '';
	const at = evidence.indexOf(answer);
	const before = at > 0 ? evidence.slice(Math.max(0, at - 2), at) : '';
	const following = at >= 0 ? wordsAfter(evidence, at + answer.length) : '';
	// "97 people", "4,200 planned surgeries": what a typed count's answer names is its own.
	const named = answer.replace(/^[$€£¥₹]?[\d.,]+\s*/, '');
	const after = `${named} ${following}`.trim();
	return (
		SHARE.test(answer) ||
		/^(?:%|percent|per cent)/i.test(after) ||
		CURRENCY_SIGN.test(before + answer) ||
		CURRENCY_WORD.test(answer) ||
		CURRENCY_WORD.test(after.split(' ').slice(0, 2).join(' ')) ||
		TOLL.test(after)
	);
}

/** The same test on an amount as the article gives it, with the words after it in its sentence. */
export function mentionMeasures(mention: NumberMention): boolean {
	if (mention.isPercent || mention.isMoney) return true;
	const following = wordsAfter(mention.sentence.text, mention.end);
	return CURRENCY_WORD.test(mention.unit) || TOLL.test(`${mention.unit} ${following}`);
}
