import { CLOZE_BLANK, type Question, type QuestionType, type Skill } from '../question/schema';

export interface Ranked {
	question: Question;
	score: number;
	factKey: string;
	position: number;
	/** At most one question of a group is kept. */
	group?: string;
}

/**
 * How many questions an article of `words` words deserves: 16 at 300 words, 25 at 1,000 and over;
 * a short passage still gets one question per 30 words or so, on top of a base of six.
 */
export function questionBudget(words: number): number {
	if (words >= 300) return Math.min(25, Math.round(16 + ((words - 300) * 9) / 700));
	return Math.max(5, Math.round(6 + words / 30));
}

/**
 * Keeps the best questions within the budget with a spread of types and skills: first the best of
 * each skill, then of each type, then by score, with at most ~35% of one type and ~40% of one skill,
 * one question per fact, one gap per sentence and one question of each group. Only when that leaves
 * the budget unfilled may a fact be asked a second way (in another type), a sentence get more
 * gaps (up to three questions in all), and finally one skill fill the rest. Output is in reading order.
 */
export function selectQuestions(ranked: readonly Ranked[], budget: number): Question[] {
	const sorted = [...ranked].sort(
		(a, b) =>
			b.score - a.score || a.position - b.position || a.question.id.localeCompare(b.question.id)
	);
	const typeCap = Math.max(2, Math.ceil(budget * 0.35));
	const skillCap = Math.max(2, Math.ceil(budget * 0.4));
	const chosen: Ranked[] = [];
	const count = new Map<string, number>();
	const seen = (key: string) => count.get(key) ?? 0;
	const byFact = new Map<string, QuestionType[]>();
	const isGap = (r: Ranked) => r.question.prompt.includes(CLOZE_BLANK);
	const answerOf = (r: Ranked) => r.question.answerText.toLowerCase();
	/** 0: strict; 1: a fact may be asked twice, a sentence have two gaps; 2: three gaps, no skill cap. */
	let relaxed = 0;
	const fits = (r: Ranked) => {
		const { question } = r;
		if (seen(`answer|${answerOf(r)}`) >= 2 || seen(`prompt|${question.prompt}`) > 0) return false;
		if (seen(`${question.type}|${answerOf(r)}`) > relaxed) return false;
		if (r.group !== undefined && seen(`group|${r.group}`) > 0) return false;
		const types = byFact.get(r.factKey) ?? [];
		if (types.includes(question.type) || types.length > Math.min(1, relaxed)) return false;
		if (seen(`type|${question.type}`) >= typeCap) return false;
		if (relaxed < 2 && seen(`skill|${question.skill}`) >= skillCap) return false;
		return (question.sentenceIds ?? []).every(
			(id) => seen(`sentence|${id}`) < 3 && (!isGap(r) || seen(`gap|${id}`) <= relaxed)
		);
	};
	const take = (r: Ranked) => {
		chosen.push(r);
		const { question } = r;
		const keys = [
			`answer|${answerOf(r)}`,
			`prompt|${question.prompt}`,
			`${question.type}|${answerOf(r)}`,
			`type|${question.type}`,
			`skill|${question.skill}`,
			...(r.group !== undefined ? [`group|${r.group}`] : []),
			...(question.sentenceIds ?? []).flatMap((id) => [
				`sentence|${id}`,
				...(isGap(r) ? [`gap|${id}`] : [])
			])
		];
		for (const key of keys) count.set(key, seen(key) + 1);
		byFact.set(r.factKey, [...(byFact.get(r.factKey) ?? []), question.type]);
	};
	// The best question of each skill, then of each type, before the rest by score.
	const firstOfSkill = new Set<Skill>();
	for (const r of sorted) {
		if (chosen.length >= budget) break;
		if (firstOfSkill.has(r.question.skill) || !fits(r)) continue;
		firstOfSkill.add(r.question.skill);
		take(r);
	}
	const firstOfType = new Set<QuestionType>(chosen.map((r) => r.question.type));
	for (const r of sorted) {
		if (chosen.length >= budget) break;
		if (firstOfType.has(r.question.type) || chosen.includes(r) || !fits(r)) continue;
		firstOfType.add(r.question.type);
		take(r);
	}
	for (relaxed = 0; relaxed <= 2; relaxed += 1) {
		for (const r of sorted) {
			if (chosen.length >= budget) break;
			if (!chosen.includes(r) && fits(r)) take(r);
		}
	}
	return chosen.sort((a, b) => a.position - b.position || b.score - a.score).map((r) => r.question);
}
