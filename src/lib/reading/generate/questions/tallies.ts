import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze } from '../compose/draft';
import type { Article, ArticleSentence, Candidate } from '../types';

/** "230-197", "7-2", "360-59": a vote or a score, in a sentence that says so. */
const TALLY = /\b(\d{1,3})[-–](\d{1,3})\b/g;
const TALLY_CONTEXT =
	/\b(?:vote[sd]?|voting|ruling|ruled|decision|margin|majority|won|beat|defeated|score[sd]?|passed)\b/i;

/**
 * Vote tallies and scores ("passed … on a vote of 230-197", "ruled 7-2"): a gap in the clause
 * that gives them, accepting "230-197", "230 to 197" and "230 197". Counts with what they count
 * are asked by `numbers.ts`, whose "How many … did …?" names the event they belong to.
 */
export function tallyQuestions(article: Article): Candidate[] {
	return article.sentences.flatMap(sentenceTallies);
}

function sentenceTallies(sentence: ArticleSentence): Candidate[] {
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
