import { readFileSync, statSync } from 'node:fs';
import * as v from 'valibot';
import { cleanArticleText } from '../src/lib/reading/article/clean-text';
import { segmentBody } from '../src/lib/reading/article/segment';
import { checkQuality, GenerationError, generateQuestions } from '../src/lib/reading/generate';
import { normalizeAnswer } from '../src/lib/reading/generate/text/normalize';
import type { Question } from '../src/lib/quiz/question/schema';
import { answersOf } from './eval/answers';
import { evalNews } from './eval/news';

/**
 * `npm run eval -- [PATH] [--missed]`: with a folder of news articles and key facts (e.g.
 * `../shared/eval/news`), key-fact recall per article and its mean (see `eval/news.ts`; `--missed`
 * lists the facts no question covers); with a JSON file, SQuAD-style passages and answer recall.
 *
 * Recall rule: a human answer is found when its normalized form (lowercase, punctuation and
 * "a/an/the" removed) equals, contains or is contained in the normalized form of some question's
 * answer for that passage: `answerText`, any accepted answer, or a correct option. Containment needs
 * at least one whole word on each side, so "4" never matches "2014".
 */
const EvalSchema = v.array(
	v.object({
		id: v.string(),
		title: v.string(),
		passage: v.string(),
		questions: v.array(v.object({ question: v.string(), answers: v.array(v.string()) }))
	})
);

function matches(human: string, generated: string): boolean {
	const a = normalizeAnswer(human);
	const b = normalizeAnswer(generated);
	if (!a || !b) return false;
	return a === b || ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `);
}

function main(): void {
	const path = process.argv[2] ?? '../shared/eval/squad-public.json';
	if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
		const verbose = process.argv.includes('--missed');
		process.stdout.write(`${evalNews(path, verbose).join('\n')}\n`);
		return;
	}
	const parsed = v.safeParse(EvalSchema, JSON.parse(readFileSync(path, 'utf8')));
	if (!parsed.success) {
		process.stderr.write(`eval: ${path} is not in the expected format\n`);
		process.exit(1);
	}
	let found = 0;
	let total = 0;
	const perPassage: number[] = [];
	const byType = new Map<string, number>();
	const bySkill = new Map<string, number>();
	const broken: string[] = [];
	for (const passage of parsed.output) {
		let questions: Question[] = [];
		try {
			questions = generateQuestions(passage.passage);
		} catch (error) {
			if (!(error instanceof GenerationError)) throw error;
			broken.push(`${passage.id}: ${error.message}`);
		}
		perPassage.push(questions.length);
		for (const q of questions) {
			byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
			bySkill.set(q.skill, (bySkill.get(q.skill) ?? 0) + 1);
		}
		const answers = questions.flatMap(answersOf);
		for (const human of passage.questions) {
			total += 1;
			if (human.answers.some((h) => answers.some((g) => matches(h, g)))) found += 1;
		}
		const blocks = segmentBody(cleanArticleText(passage.passage));
		for (const issue of checkQuality(questions, blocks))
			broken.push(`${passage.id} ${issue.questionId} [${issue.rule}] ${issue.message}`);
	}
	const mean = perPassage.reduce((a, b) => a + b, 0) / Math.max(1, perPassage.length);
	const lines = [
		`passages: ${perPassage.length}`,
		`answer recall: ${found}/${total} (${((100 * found) / Math.max(1, total)).toFixed(1)}%)`,
		`questions per passage: mean ${mean.toFixed(1)}, min ${Math.min(...perPassage)}, max ${Math.max(...perPassage)}`,
		`by type: ${[...byType]
			.sort()
			.map(([k, n]) => `${k} ${n}`)
			.join(', ')}`,
		`by skill: ${[...bySkill]
			.sort()
			.map(([k, n]) => `${k} ${n}`)
			.join(', ')}`,
		`broken quality rules: ${broken.length}`,
		...broken.map((b) => `  - ${b}`)
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

main();
