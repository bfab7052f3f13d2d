import { normalizeAnswer, sharesContentWord } from '../text/normalize';
import type { Candidate } from '../types';
import { singleChoice, type WrongOption } from './draft';
import { valueOf } from '../analyze/numbers';
import { changeBound, contradictsChange, periodCap, standsInFor } from '../distractors/numbers';
import { CLOZE_BLANK } from '../../../quiz/question';

/** What an answer looks like: a year, a percentage, another amount, a name, or plain words. */
function shapeOf(answer: string): string {
	if (/^(?:1[0-9]{3}|20[0-9]{2})$/.test(answer)) return 'year';
	if (/%|\bper ?cent\b/i.test(answer)) return 'percent';
	if (/^[$€£¥]/.test(answer)) return 'money';
	if (/^\d[\d,.]*\s+(?:thousand|million|billion|trillion)$/i.test(answer)) return 'amount';
	if (/\d/.test(answer)) return /[A-Za-z]/.test(answer) ? 'date' : 'amount';
	if (/^\p{Lu}/u.test(answer)) return 'name';
	return 'words';
}

const NAMED_KINDS = new Set(['person', 'place', 'organization', 'role']);

/**
 * The same gap as a choice: "Choose the answer that fills the gap: …", with the cloze's rejected
 * answers (other real answers of the article) of the same shape as wrong options. Grouped with its
 * cloze so a quiz never asks both.
 */
export function gapChoice(cloze: Candidate): Candidate[] {
	const { draft } = cloze;
	if (draft.type !== 'cloze') return [];
	if (/[()[\]"“”]/.test(draft.answerText)) return [];
	const shape = shapeOf(draft.answerText);
	// "a devout _____" → Christian among "Masterpiece Cakeshop" and "First Amendment": names the
	// reading could not sort into people, places and bodies are no options for one another.
	if (shape === 'name' && !NAMED_KINDS.has(cloze.kind ?? '')) return [];
	const shown = ` ${normalizeAnswer(draft.prompt)} `;
	const [before = '', after = ''] = draft.prompt.split(CLOZE_BLANK);
	const bound = /\d/.test(draft.answerText) ? changeBound(before, after) : undefined;
	const answerAmount = amountOf(draft.answerText);
	const cap =
		answerAmount === undefined
			? undefined
			: periodCap(/^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '', answerAmount, draft.prompt);
	const wrong: WrongOption[] = draft.rejected
		// An option the sentence itself shows next to the gap would be no option at all.
		.filter((r) => shapeOf(r) === shape && !shown.includes(` ${normalizeAnswer(r)} `))
		.filter((r) => !/[()[\]"“”]/.test(r))
		// "latest charges" beside "new charges": a phrase sharing a word with the answer may name
		// the same thing, a second right answer.
		.filter((r) => shape !== 'words' || !sharesContentWord(r, draft.answerText))
		// "6" or "27" for a city of "300,000": an amount far from the answer's size is no option.
		.filter((r) => (shape !== 'amount' && shape !== 'money') || sameSize(r, draft.answerText))
		// "cut the tax from 21 to _____": never 58.6 percent.
		.filter((r) => !contradictsChange(amountOf(r) ?? 0, bound))
		// "daily blackouts of up to _____ hours": never 38 of them.
		.filter((r) => cap === undefined || (amountOf(r) ?? 0) <= cap)
		// "Muslim League" beside "All India Muslim League": one option inside another is ambiguous.
		.filter((r, i, all) =>
			[draft.answerText, ...all.slice(0, i)].every((other) => !overlaps(r, other))
		)
		.map((text) => ({ text, feedback: 'The article gives this for something else.' }));
	if (shape === 'year') wrong.push(...nearbyYears(draft.answerText, draft.prompt, wrong.length));
	const choice = singleChoice(
		{
			prompt: `Choose the answer that fills the gap: ${draft.prompt}`,
			skill: draft.skill,
			difficulty: 'easy',
			evidence: []
		},
		draft.answerText,
		wrong
	);
	if (!choice) return [];
	const group = cloze.group ?? `gap:${draft.prompt}`;
	return [
		{ ...cloze, group },
		{
			draft: { ...choice, evidence: draft.evidence, sentenceIds: draft.sentenceIds },
			// Teachers keep a gap with fitting options far more often than a gap to type into.
			score: cloze.score + 0.5,
			factKey: cloze.factKey,
			group
		}
	];
}

/** "58.6 percent", "12%", "$3 million": the amount an option states. */
const amountOf = (text: string) => valueOf(text.replace(/\s*(?:%|per ?cent)$/i, '').split(/\s+/));

/** Whether two written amounts ("18", "8.7 million", "$2.6 billion") may stand in for each other. */
function sameSize(a: string, b: string): boolean {
	const [x, y] = [amountOf(a), amountOf(b)];
	return x !== undefined && y !== undefined && standsInFor(x, y);
}

function overlaps(a: string, b: string): boolean {
	const x = ` ${normalizeAnswer(a)} `;
	const y = ` ${normalizeAnswer(b)} `;
	return x.includes(y) || y.includes(x);
}

/**
 * Years near the answer when the article gives too few others: 1851 → 1848, 1856, 1844. Never one
 * the sentence shows.
 */
function nearbyYears(answer: string, prompt: string, have: number): WrongOption[] {
	const year = Number(answer);
	return [-3, 5, -7, 9, 2]
		.map((offset) => String(year + offset))
		.filter((y) => !prompt.includes(y) && Number(y) < 2100)
		.slice(0, Math.max(0, 3 - have))
		.map((text) => ({ text, feedback: 'The article gives a different year.' }));
}
