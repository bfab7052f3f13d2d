import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { GenerationError, generateQuestions } from '../../src/lib/reading/generate';
import type { Question } from '../../src/lib/quiz/question/schema';
import { answersOf } from './answers';

/**
 * Key-fact recall on a folder of news articles (`<id>.txt` and `keys/<id>.json`), by the rule in
 * that folder's README: normalise (lowercase, punctuation → space, collapse spaces); a key fact is
 * covered when some question's answer contains one of its variants as whole words, or is itself
 * contained in one as whole words.
 */
const KeySchema = v.object({ key: v.array(v.array(v.string())) });

function normalizeForRecall(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function covers(answer: string, variant: string): boolean {
	const a = normalizeForRecall(answer);
	const k = normalizeForRecall(variant);
	if (!a || !k) return false;
	return ` ${a} `.includes(` ${k} `) || ` ${k} `.includes(` ${a} `);
}

interface ArticleRecall {
	id: string;
	covered: number;
	total: number;
	questions: number;
	missed: string[];
	error?: string;
}

function recallOf(
	id: string,
	questions: readonly Question[],
	key: readonly (readonly string[])[],
	maxAnswerWords = Infinity
): ArticleRecall {
	const answers = questions
		.flatMap(answersOf)
		.filter((a) => normalizeForRecall(a).split(' ').length <= maxAnswerWords);
	const missed: string[] = [];
	let covered = 0;
	for (const variants of key) {
		if (variants.some((variant) => answers.some((answer) => covers(answer, variant)))) covered += 1;
		else missed.push(variants[0] ?? '');
	}
	return { id, covered, total: key.length, questions: questions.length, missed };
}

export function evalNews(folder: string, verbose: boolean): string[] {
	const ids = readdirSync(folder)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => f.replace(/\.txt$/, ''))
		.sort();
	const results: ArticleRecall[] = [];
	const strict: ArticleRecall[] = [];
	for (const id of ids) {
		const parsed = v.safeParse(
			KeySchema,
			JSON.parse(readFileSync(join(folder, 'keys', `${id}.json`), 'utf8'))
		);
		if (!parsed.success) throw new Error(`keys/${id}.json is not in the expected format`);
		let questions: Question[] = [];
		let error: string | undefined;
		try {
			questions = generateQuestions(readFileSync(join(folder, `${id}.txt`), 'utf8'));
		} catch (e) {
			if (!(e instanceof GenerationError)) throw e;
			error = e.message;
		}
		results.push({ ...recallOf(id, questions, parsed.output.key), error });
		strict.push(recallOf(id, questions, parsed.output.key, 8));
	}
	const mean = (rs: readonly ArticleRecall[]) =>
		rs.reduce((sum, r) => sum + r.covered / Math.max(1, r.total), 0) / Math.max(1, rs.length);
	const counts = results.map((r) => r.questions);
	const lines = results.map(
		(r) =>
			`${r.id}: ${(r.covered / Math.max(1, r.total)).toFixed(2)} (${r.covered}/${r.total}, ${r.questions} questions)` +
			(r.error ? ` error: ${r.error}` : '') +
			(verbose && r.missed.length ? `\n    missed: ${r.missed.join(' | ')}` : '')
	);
	return [
		...lines,
		`articles: ${results.length}; questions per article: min ${Math.min(...counts)}, max ${Math.max(...counts)}, mean ${(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)).toFixed(1)}`,
		`strict recall (answers of at most 8 words only): ${mean(strict).toFixed(3)}`,
		`mean key-fact recall: ${mean(results).toFixed(3)}`
	];
}
