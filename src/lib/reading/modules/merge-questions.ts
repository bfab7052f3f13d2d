import * as v from 'valibot';
import { QuestionSchema, type Question } from '../../quiz/question';
import type { Sentence } from '../article';
import { describeIssues } from '../../core/validation';
import type { QuestionsFile } from './questions-file';

/**
 * Applies an author's questions file to the generated set: hide, edit, pin, then add.
 * Pinned questions come first in pin order, then the other generated ones, then the added ones.
 * Every id the file names must exist, and all evidence must be sentences of the article, so a
 * stale file fails the build instead of silently doing nothing.
 */
export function mergeQuestions(
	generated: readonly Question[],
	file: QuestionsFile,
	sentences: readonly Sentence[],
	label: string
): { questions: Question[]; problems: string[] } {
	const problems: string[] = [];
	const byId = new Map(generated.map((q) => [q.id, q]));
	const unknownId = (field: string, id: string) =>
		problems.push(
			`${label}: ${field}: no generated question has id "${id}" (run "npm run generate" on the article to list the ids)`
		);

	for (const id of file.hide) if (!byId.has(id)) unknownId('hide', id);
	for (const id of file.pin) {
		if (!byId.has(id)) unknownId('pin', id);
		if (file.hide.includes(id)) problems.push(`${label}: pin: "${id}" is also hidden`);
	}

	const edited = new Map<string, Question>();
	for (const [id, changes] of Object.entries(file.edit)) {
		const original = byId.get(id);
		if (!original) {
			unknownId('edit', id);
			continue;
		}
		if ('id' in changes && changes.id !== id) {
			problems.push(`${label}: edit.${id}.id: cannot be changed`);
			continue;
		}
		const result = v.safeParse(
			QuestionSchema,
			{ ...original, ...changes },
			{ abortPipeEarly: true }
		);
		if (result.success) edited.set(id, withEvidenceIds(result.output, sentences));
		else
			problems.push(...describeIssues(result.issues).map((line) => `${label}: edit.${id}.${line}`));
	}

	const added = file.add.map((question) => withEvidenceIds(question, sentences));
	const seen = new Set<string>(generated.map((q) => q.id));
	added.forEach((question, index) => {
		if (seen.has(question.id))
			problems.push(`${label}: add[${index}].id: "${question.id}" is already used`);
		seen.add(question.id);
	});

	const checkEvidence = (question: Question, where: string) => {
		for (const text of question.evidence) {
			if (findSentence(text, sentences)) continue;
			problems.push(
				`${label}: ${where}.evidence: "${preview(text)}" is not a sentence of the article`
			);
		}
	};
	for (const question of edited.values()) checkEvidence(question, `edit.${question.id}`);
	added.forEach((question, index) => checkEvidence(question, `add[${index}]`));

	const current = (q: Question) => edited.get(q.id) ?? q;
	const hidden = new Set(file.hide);
	const pinned = file.pin.flatMap((id) => {
		const question = byId.get(id);
		return question ? [current(question)] : [];
	});
	const rest = generated.filter((q) => !hidden.has(q.id) && !file.pin.includes(q.id)).map(current);
	return { questions: [...pinned, ...rest, ...added], problems };
}

/**
 * Replaces each evidence string by the whole article sentence containing it, and records its id.
 * Two quotes from one sentence cite it once: pages key evidence by its text.
 */
function withEvidenceIds(question: Question, sentences: readonly Sentence[]): Question {
	const found = question.evidence.map((text) => findSentence(text, sentences));
	if (found.some((sentence) => !sentence)) return question;
	const matched = [...new Set(found as Sentence[])];
	return {
		...question,
		evidence: matched.map((s) => s.text),
		sentenceIds: matched.map((s) => s.id)
	};
}

function findSentence(text: string, sentences: readonly Sentence[]): Sentence | undefined {
	const wanted = squash(text);
	return wanted ? sentences.find((sentence) => squash(sentence.text).includes(wanted)) : undefined;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const preview = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}...` : text);
