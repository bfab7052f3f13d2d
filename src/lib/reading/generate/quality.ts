import * as v from 'valibot';
import { sentencesOf, type ArticleBlock } from '../article';
import { QuestionSchema, type Question } from '../../quiz/question';
import { normalizeAnswer } from './text/normalize';

export interface QualityIssue {
	questionId: string;
	rule:
		| 'schema'
		| 'unique-id'
		| 'evidence-verbatim'
		| 'evidence-not-question'
		| 'prompt-contains-answer'
		| 'answer-cut'
		| 'options'
		| 'duplicate-fact';
	message: string;
}

/**
 * The rules every generated question keeps, checked against the article it came from. An empty list
 * means the set is fit to publish. Used by the generator's tests and by `npm run eval`.
 *
 * @example checkQuality(generateQuestions(text), segmentBody(cleanArticleText(text))) // []
 */
export function checkQuality(
	questions: readonly Question[],
	article: readonly ArticleBlock[]
): QualityIssue[] {
	return qualityIssues(questions, sentenceTexts(article));
}

/** Sentence id → verbatim text: what `qualityIssues` checks evidence against. */
export function sentenceTexts(article: readonly ArticleBlock[]): Map<string, string> {
	return new Map(sentencesOf(article).map((s) => [s.id, s.text]));
}

/**
 * `checkQuality` against sentences looked up once, for checking many candidates one at a time.
 * `schemaChecked` skips the schema rule for questions that just came out of a schema parse.
 */
export function qualityIssues(
	questions: readonly Question[],
	sentences: ReadonlyMap<string, string>,
	schemaChecked = false
): QualityIssue[] {
	const issues: QualityIssue[] = [];
	const seenIds = new Set<string>();
	const seenFacts = new Map<string, string>();
	for (const question of questions) {
		const id = String(question.id);
		const report = (rule: QualityIssue['rule'], message: string) =>
			issues.push({ questionId: id, rule, message });
		const parsed = schemaChecked ? undefined : v.safeParse(QuestionSchema, question);
		if (parsed && !parsed.success) report('schema', parsed.issues.map((i) => i.message).join('; '));
		if (seenIds.has(id)) report('unique-id', `id ${id} is used twice`);
		seenIds.add(id);
		checkEvidence(question, sentences, report);
		checkPrompt(question, report);
		checkOptions(question, report);
		if (questions.length < 2) continue;
		const fact = `${question.type}|${normalizeAnswer(question.answerText)}|${(question.sentenceIds ?? []).join(',')}`;
		const prompt = `prompt|${normalizeAnswer(question.prompt)}`;
		for (const key of [fact, prompt]) {
			const other = seenFacts.get(key);
			if (other) report('duplicate-fact', `tests the same fact the same way as ${other}`);
			else seenFacts.set(key, id);
		}
	}
	return issues;
}

type Report = (rule: QualityIssue['rule'], message: string) => void;

function checkEvidence(question: Question, sentences: ReadonlyMap<string, string>, report: Report) {
	const ids = question.sentenceIds ?? [];
	if (question.evidence.length === 0) report('evidence-verbatim', 'has no evidence');
	if (ids.length !== question.evidence.length)
		report('evidence-verbatim', 'evidence and sentenceIds differ in length');
	question.evidence.forEach((text, i) => {
		const id = ids[i];
		if (id === undefined || sentences.get(id) !== text) {
			report(
				'evidence-verbatim',
				`evidence “${text.slice(0, 60)}” is not sentence ${id ?? '?'} of the article`
			);
		}
		if (text.includes('?'))
			report('evidence-not-question', `evidence “${text.slice(0, 60)}” is a question`);
	});
}

function checkPrompt(question: Question, report: Report) {
	const answers: string[] =
		question.type === 'short-answer' || question.type === 'cloze'
			? question.accepted
			: question.type === 'numeric'
				? [question.answerText]
				: [];
	const prompt = ` ${normalizeAnswer(question.prompt)} `;
	// "dual credit classes (classes": an answer cut inside brackets is no phrase a student can give.
	const opened = (question.answerText.match(/[([]/g) ?? []).length;
	if (opened !== (question.answerText.match(/[)\]]/g) ?? []).length)
		report('answer-cut', `answer “${question.answerText}” is cut inside brackets`);
	for (const answer of answers) {
		const normalized = normalizeAnswer(answer);
		if (normalized && prompt.includes(` ${normalized} `))
			report('prompt-contains-answer', `prompt contains its answer “${answer}”`);
	}
}

function checkOptions(question: Question, report: Report) {
	if (question.type !== 'single-choice' && question.type !== 'multiple-choice') return;
	const normalized = question.options.map(normalizeAnswer);
	if (new Set(normalized).size < 3) report('options', 'needs at least 3 distinct options');
	if (question.type === 'single-choice') {
		const correct = normalized[question.correctIndex];
		if (normalized.filter((o) => o === correct).length !== 1)
			report('options', 'more than one option equals the correct one');
	} else if (new Set(question.correctIndexes).size >= question.options.length) {
		report('options', 'every option is correct');
	}
}
