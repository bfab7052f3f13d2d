import * as v from 'valibot';
import { describeIssues, parsedOk, type Parsed } from '../../core/validation';

import { AssignmentSchema, type Assignment } from './assignment';
import {
	compactQuestion,
	expandQuestion,
	sentenceTextsOf,
	type CompactQuestion,
	type SentenceTexts
} from './compact-question';
import { articleHash } from './link-hash';
import { changedSettings, LINK_SETTINGS } from './link-settings';
import { waitingForArticle, type OpenedShareLink } from './opened-share-link';

export { articleHash };

/**
 * The JSON inside a format-1 share link:
 * `{ id, title, source?, body | article: { slug, hash }, settings?, questions }` with the keys of
 * `Assignment`. `settings` holds only what differs from `LINK_SETTINGS`; questions are compacted
 * (see `compact-question.ts`). `article` stands in for a body that ships with Lectern.
 *
 * Lectern writes format 3 now (`share-v3-wire.ts`); this file stays so that format-1 and format-2
 * links keep opening, and `buildSharePayload` so tests and `scripts/link-size.ts` can make them.
 */

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
	const changed = changedSettings(settings);
	return {
		...rest,
		...(bundledSlug ? { article: { slug: bundledSlug, hash: articleHash(body) } } : { body }),
		...(changed ? { settings: changed } : {}),
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
	return waitingForArticle(slug, hash, checked.value.title, (body) =>
		assemble(payload, body, sentenceTextsOf(body))
	);
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
	const settings = { ...LINK_SETTINGS, ...payload.settings };
	const candidate = { ...payload, body, settings, questions };
	const parsed = v.safeParse(AssignmentSchema, candidate, { abortPipeEarly: true });
	return parsed.success
		? parsedOk(parsed.output)
		: { ok: false, errors: describeIssues(parsed.issues) };
}
