import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { QuestionSchema, type Question } from '../../quiz/question';
import {
	describeIssues,
	parsedError,
	parsedOk,
	type Parsed,
	uniqueBy
} from '../../core/validation';

const questionId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a question id'));
/** A pinned id named twice would put its question in the module twice, under one id. */
const questionIds = v.pipe(
	v.array(questionId),
	uniqueBy(
		(id) => id,
		(id) => `names ${JSON.stringify(id)} twice`
	)
);

/**
 * `questions/<slug>/questions.yaml`: an author's additions to, and edits of, the generated set.
 * - `add`: whole questions written by hand (same fields as generated ones; evidence is checked
 *   against the article);
 * - `edit`: fields to replace in a generated question, by id (the result must still be valid);
 * - `pin`: generated questions always kept and shown first, in this order;
 * - `hide`: generated questions left out.
 */
const QuestionsFileSchema = v.strictObject({
	add: v.optional(v.array(v.unknown()), []),
	edit: v.optional(v.record(questionId, v.record(v.string(), v.unknown())), {}),
	pin: v.optional(questionIds, []),
	hide: v.optional(questionIds, [])
});

export interface QuestionsFile {
	add: Question[];
	edit: Record<string, Record<string, unknown>>;
	pin: string[];
	hide: string[];
}

/** Parses a questions file; every problem is reported as `<label>: <field path>: <what is wrong>`. */
export function parseQuestionsFile(text: string, label: string): Parsed<QuestionsFile> {
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return parsedError(`${label}: is not valid YAML: ${reason}`);
	}
	// An empty file or one holding only comments is a valid "no changes".
	const parsed = v.safeParse(QuestionsFileSchema, data ?? {}, { abortPipeEarly: true });
	if (!parsed.success) return prefixed(label, describeIssues(parsed.issues));

	const errors: string[] = [];
	const add: Question[] = [];
	parsed.output.add.forEach((entry, index) => {
		const question = v.safeParse(QuestionSchema, withAuthoredOrigin(entry), {
			abortPipeEarly: true
		});
		if (question.success) add.push(question.output);
		else errors.push(...describeIssues(question.issues).map((line) => `add[${index}].${line}`));
	});
	if (errors.length > 0) return prefixed(label, errors);
	return parsedOk({ ...parsed.output, add });
}

function withAuthoredOrigin(entry: unknown): unknown {
	return entry !== null && typeof entry === 'object' ? { origin: 'authored', ...entry } : entry;
}

function prefixed<T>(label: string, lines: string[]): Parsed<T> {
	return { ok: false, errors: lines.map((line) => `${label}: ${line}`) };
}
