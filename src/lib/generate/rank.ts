import type { Question, QuestionType } from '../question/schema';

export interface Ranked {
	question: Question;
	score: number;
	factKey: string;
	position: number;
}

/** How many questions an article of `words` words deserves: 12 at 300 words, 25 at 1,000 and over. */
export function questionBudget(words: number): number {
	if (words >= 300) return Math.min(25, Math.round(12 + ((words - 300) * 13) / 700));
	return Math.max(4, Math.round(words / 20));
}

/**
 * Keeps the best questions within the budget with a spread of types and skills: first the best of
 * each type, then by score, with at most ~30% of one type, two questions on one fact (in different
 * types) and three on one sentence. Output is in reading order.
 */
export function selectQuestions(ranked: readonly Ranked[], budget: number): Question[] {
	const sorted = [...ranked].sort(
		(a, b) =>
			b.score - a.score || a.position - b.position || a.question.id.localeCompare(b.question.id)
	);
	const typeCap = Math.max(2, Math.ceil(budget * 0.35));
	const chosen: Ranked[] = [];
	const byType = new Map<QuestionType, number>();
	const byFact = new Map<string, QuestionType[]>();
	const bySentence = new Map<string, number>();
	const byAnswer = new Map<string, number>();
	const answerOf = (r: Ranked) => r.question.answerText.toLowerCase();
	const fits = (r: Ranked) => {
		if ((byAnswer.get(answerOf(r)) ?? 0) >= 2) return false;
		const types = byFact.get(r.factKey) ?? [];
		if (types.includes(r.question.type) || types.length >= 2) return false;
		if ((byType.get(r.question.type) ?? 0) >= typeCap) return false;
		return (r.question.sentenceIds ?? []).every((id) => (bySentence.get(id) ?? 0) < 3);
	};
	const take = (r: Ranked) => {
		chosen.push(r);
		byAnswer.set(answerOf(r), (byAnswer.get(answerOf(r)) ?? 0) + 1);
		byType.set(r.question.type, (byType.get(r.question.type) ?? 0) + 1);
		byFact.set(r.factKey, [...(byFact.get(r.factKey) ?? []), r.question.type]);
		for (const id of r.question.sentenceIds ?? [])
			bySentence.set(id, (bySentence.get(id) ?? 0) + 1);
	};
	const firstOfType = new Set<QuestionType>();
	for (const r of sorted) {
		if (chosen.length >= budget) break;
		if (firstOfType.has(r.question.type) || !fits(r)) continue;
		firstOfType.add(r.question.type);
		take(r);
	}
	for (const r of sorted) {
		if (chosen.length >= budget) break;
		if (!chosen.includes(r) && fits(r)) take(r);
	}
	return chosen.sort((a, b) => a.position - b.position || b.score - a.score).map((r) => r.question);
}
