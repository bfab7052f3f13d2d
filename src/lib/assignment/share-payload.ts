import * as v from 'valibot';
import { hashString } from '../quiz/shuffle';
import { describeIssues } from '../validation/describe-issues';
import { parsedError, parsedOk, type Parsed } from '../validation/result';
import { AssignmentSchema, type Assignment, type AssignmentSettings } from './assignment';
import {
	compactQuestion,
	expandQuestion,
	sentenceTextsOf,
	type CompactQuestion,
	type SentenceTexts
} from './compact-question';

/**
 * The JSON inside a format-1 share link:
 * `{ id, title, source?, body | article: { slug, hash }, settings?, questions }` with the keys of
 * `Assignment`. `settings` holds only what differs from `V1_SETTINGS`; questions are compacted
 * (see `compact-question.ts`). `article` stands in for a body that ships with Lectern.
 */

/** Frozen for format 1: changing these would change what every existing link means. */
const V1_SETTINGS: AssignmentSettings = {
	shuffleQuestions: false,
	shuffleOptions: true,
	passMark: 60,
	attemptsAllowed: null,
	feedback: 'after-each',
	timeLimitMinutes: null,
	dueDate: null
};

/** Hash of a body as a bundled-article reference records it; trimmed like `AssignmentSchema` trims. */
export const articleHash = (body: string): number => hashString(body.trim());

export type OpenedShareLink =
	| { kind: 'assignment'; assignment: Assignment }
	| {
			/** The link names an article that ships with Lectern; look it up by `slug`, then `complete`. */
			kind: 'needs-article';
			slug: string;
			hash: number;
			title: string;
			/** Checks `body` is the article the link was made from and builds the assignment. */
			complete(body: string): Parsed<Assignment>;
	  };

const PayloadSchema = v.pipe(
	v.looseObject(
		{
			body: v.optional(v.string()),
			article: v.optional(
				v.object({
					slug: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be a folder name')),
					hash: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))
				})
			),
			settings: v.optional(v.looseObject({})),
			questions: v.array(
				v.looseObject({
					evidence: v.optional(v.array(v.string())),
					sentenceIds: v.optional(v.array(v.string()))
				})
			)
		},
		'must be a Lectern module'
	),
	v.check(
		(p) => (p.body === undefined) !== (p.article === undefined),
		'must carry either the article text or a bundled article, not both'
	)
);
type Payload = v.InferOutput<typeof PayloadSchema>;

/** The format-1 JSON for an assignment; with `bundledSlug`, a reference replaces the body. */
export function buildSharePayload(assignment: Assignment, bundledSlug?: string): object {
	const { body, settings, questions, ...rest } = assignment;
	const sentences = sentenceTextsOf(body);
	const changed = Object.entries(settings).filter(
		([key, value]) => V1_SETTINGS[key as keyof AssignmentSettings] !== value
	);
	return {
		...rest,
		...(bundledSlug ? { article: { slug: bundledSlug, hash: articleHash(body) } } : { body }),
		...(changed.length ? { settings: Object.fromEntries(changed) } : {}),
		questions: questions.map((q) => compactQuestion(q, sentences))
	};
}

/** Checks format-1 JSON and rebuilds the assignment, or what is needed to finish it. */
export function openSharePayload(data: unknown): Parsed<OpenedShareLink> {
	const parsed = v.safeParse(PayloadSchema, data, { abortPipeEarly: true });
	if (!parsed.success) return { ok: false, errors: describeIssues(parsed.issues) };
	const payload = parsed.output;
	if (payload.body !== undefined) {
		const assignment = assemble(payload, payload.body, sentenceTextsOf(payload.body));
		return assignment.ok
			? parsedOk({ kind: 'assignment', assignment: assignment.value })
			: assignment;
	}
	const { slug, hash } = payload.article ?? { slug: '', hash: 0 };
	// Check everything but the article now, so a broken link fails before the article is looked up.
	const checked = assemble(payload, `(bundled article ${slug})`, null);
	if (!checked.ok) return checked;
	return parsedOk({
		kind: 'needs-article',
		slug,
		hash,
		title: checked.value.title,
		complete: (body: string) =>
			articleHash(body) === hash
				? assemble(payload, body, sentenceTextsOf(body))
				: parsedError(
						`article: the bundled article "${slug}" has changed since this link was made, so its questions may no longer fit it; ask for a new link`
					)
	});
}

function assemble(
	payload: Payload,
	body: string,
	sentences: SentenceTexts | null
): Parsed<Assignment> {
	const questions: CompactQuestion[] = [];
	for (const [index, compact] of payload.questions.entries()) {
		const expanded = expandQuestion(compact, sentences, index);
		if (!expanded.ok) return expanded;
		questions.push(expanded.value);
	}
	// `article` rides along and is dropped by the schema, which keeps only an assignment's keys.
	const settings = { ...V1_SETTINGS, ...payload.settings };
	const candidate = { ...payload, body, settings, questions };
	const parsed = v.safeParse(AssignmentSchema, candidate, { abortPipeEarly: true });
	return parsed.success
		? parsedOk(parsed.output)
		: { ok: false, errors: describeIssues(parsed.issues) };
}
