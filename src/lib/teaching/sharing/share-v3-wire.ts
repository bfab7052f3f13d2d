import * as v from 'valibot';
import { CarriedBlockSchema } from '../../reading/article';

/**
 * Link format 3, as it travels. Frozen: every link made with it must keep opening, so nothing in
 * this file may change meaning. A new idea needs a new format number.
 *
 * Payload (after `#m=`), ASCII only:
 *
 *     3.<checksum>.<data>                          the article travels in the link
 *     3.<checksum>.<slug>.<article hash>.<data>    the article ships with Lectern
 *
 * - `<checksum>`: 8 base64url characters, the first 6 bytes of SHA-256 of the UTF-8 text after
 *   `3.<checksum>.` (slug, hash and data included). Checked before anything else is read.
 * - `<slug>`: the bundled article's folder name; `<article hash>`: `articleHash(body)` in base 36.
 * - `<data>`: base64url (no padding) of raw DEFLATE of the JSON below, made with a preset
 *   dictionary: `LINK_DICTIONARY_V3`, followed by the bundled article's trimmed body for a bundled
 *   link (only the last 32 KB of that serve, as DEFLATE looks no further back).
 *
 * The JSON is an object:
 *
 *     { i: id, t: title, s?: source, k?: bundledSlug (1 = the link's slug), o?: settings,
 *       a?: article, b?: body, q: questions }
 *
 * - `o`: only the settings that differ from `LINK_SETTINGS` (`link-settings.ts`), with their full names.
 * - `a` (only when the article travels): the article as split where the module was made, one entry
 *   per block: a string for a block with no sentences (a heading, verbatim), or an array of the
 *   paragraph's sentences. Paragraph n (counting arrays only, from 1) sentence m is "p<n>s<m>".
 * - `b`: the body verbatim, only when joining `a` (blocks by a blank line, sentences by a space)
 *   would not give it back exactly (e.g. a paragraph broken across lines).
 * - `q`: one array per question, `[code, prompt, refs, explanation, x, y?, extras?]`:
 *   - `code` = type + 8 × skill + 64 × difficulty + 192 × origin, indexes into the lists below;
 *     skill 7 means "named in extras.k".
 *   - `prompt`: the text, or 1 for the first evidence sentence with the first occurrence of the
 *     answer text replaced by `_____` (a gap), or 2 for `Choose the answer that fills the gap: `
 *     followed by that.
 *   - `refs`: sentenceIds as flat pairs, `[4, 2, 5, 1]` for `["p4s2", "p5s1"]`.
 *   - `explanation`: 0 for none, 1 for `The article says: “<evidence joined by ” “>”`, or the text.
 *   - `x`, `y` by type: choices: options, correctIndex(es); true-false: 1 or 0; numeric: answer,
 *     unit; short answer and cloze: accepted, rejected; ordering: items; matching: left, right,
 *     left, right… `y` is 0 when empty or unused, and left off at the end.
 *   - `extras`, only what cannot be derived: `i` id (derived: `q-` + 8 hex digits of
 *     fnv1a32(type, answerText, prompt, sentenceIds joined by "," — separated by U+0000)),
 *     `t` answerText (derived as the question builder writes it), `e` evidence (derived: the
 *     cited sentences of `a`; with a bundled article: none), `s` sentenceIds not of the form
 *     p<n>s<m>, `f` optionFeedback, `z` tolerance (derived: 0), `k` a skill not in the list.
 */

export const V3_TYPES = [
	'single-choice',
	'multiple-choice',
	'true-false',
	'numeric',
	'short-answer',
	'cloze',
	'ordering',
	'matching'
] as const;
export const V3_SKILLS = [
	'detail',
	'number',
	'cause-effect',
	'sequence',
	'geography',
	'vocabulary',
	'main-idea'
] as const;
/** The skill slot that says "the skill is written out in extras.k". */
export const V3_OTHER_SKILL = 7;
export const V3_DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const V3_ORIGINS = ['generated', 'authored'] as const;

export const V3_EXPLANATION_QUOTE = 1;
export const quoteExplanation = (evidence: readonly string[]) =>
	`The article says: “${evidence.join('” “')}”`;

export const V3_PROMPT_GAP = 1;
const V3_PROMPT_CHOOSE_GAP = 2;
const CHOOSE_GAP = 'Choose the answer that fills the gap: ';

/** The prompts a number stands for, or [] when there is no evidence or the answer is not in it. */
export function gapPrompts(evidence: readonly string[], answerText: string): string[] {
	const sentence = evidence[0] ?? '';
	const at = answerText ? sentence.indexOf(answerText) : -1;
	if (at === -1) return [];
	const gap = `${sentence.slice(0, at)}_____${sentence.slice(at + answerText.length)}`;
	return [gap, `${CHOOSE_GAP}${gap}`];
}

const text = v.string();
const count = v.pipe(v.number(), v.integer(), v.minValue(1));

export const WireBlockSchema = CarriedBlockSchema;
export type WireBlock = v.InferOutput<typeof WireBlockSchema>;

const WireExtrasSchema = v.strictObject({
	i: v.optional(text),
	t: v.optional(text),
	e: v.optional(v.array(text)),
	s: v.optional(v.array(text)),
	f: v.optional(v.array(v.nullable(text))),
	z: v.optional(v.number()),
	k: v.optional(text)
});
export type WireExtras = v.InferOutput<typeof WireExtrasSchema>;

export const WireQuestionSchema = v.strictTuple([
	v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(383)),
	v.union([v.literal(V3_PROMPT_GAP), v.literal(V3_PROMPT_CHOOSE_GAP), text]),
	v.pipe(
		v.array(count),
		v.check((refs) => refs.length % 2 === 0, 'must list paragraph and sentence pairs')
	),
	v.union([v.literal(0), v.literal(V3_EXPLANATION_QUOTE), text]),
	v.unknown(),
	v.optional(v.unknown(), 0),
	v.optional(WireExtrasSchema, {})
]);
export type WireQuestion = v.InferOutput<typeof WireQuestionSchema>;

export const WireModuleSchema = v.strictObject(
	{
		i: text,
		t: text,
		s: v.optional(text),
		k: v.optional(v.union([v.literal(1), text])),
		o: v.optional(v.record(text, v.unknown())),
		a: v.optional(v.array(WireBlockSchema)),
		b: v.optional(text),
		q: v.array(WireQuestionSchema)
	},
	'must be a Lectern module'
);

/** What the decoder gets back from a carried article, without splitting anything itself. */
interface RebuiltArticle {
	/** Blocks joined by a blank line, a paragraph's sentences by a space. */
	body: string;
	/** Each paragraph's sentences: `segments[n - 1][m - 1]` is sentence "p<n>s<m>". */
	segments: string[][];
}

/** @example rebuildArticle(['## Gas', ['It flows.', 'It stops.']]).body // '## Gas\n\nIt flows. It stops.' */
export function rebuildArticle(blocks: readonly WireBlock[]): RebuiltArticle {
	const body = blocks.map((block) => (typeof block === 'string' ? block : block.join(' ')));
	const segments = blocks.filter((block): block is string[] => typeof block !== 'string');
	return { body: body.join('\n\n'), segments };
}

/** "p4s2" ↔ [4, 2]; only ids of exactly this form (no leading zeros) travel as numbers. */
const SENTENCE_ID = /^p([1-9]\d{0,8})s([1-9]\d{0,8})$/;

export function refsOf(ids: readonly string[]): number[] | null {
	const refs: number[] = [];
	for (const id of ids) {
		const match = SENTENCE_ID.exec(id);
		if (!match) return null;
		refs.push(Number(match[1]), Number(match[2]));
	}
	return refs;
}

export function idsOf(refs: readonly number[]): string[] {
	const ids: string[] = [];
	for (let i = 0; i + 1 < refs.length; i += 2) ids.push(`p${refs[i]}s${refs[i + 1]}`);
	return ids;
}

/**
 * Sentence text by id in a carried split; only ids written exactly "p<n>s<m>" resolve.
 *
 * @example lookupIn([['It flows.']])('p1s1') // 'It flows.'
 */
export function lookupIn(
	segments: readonly (readonly string[])[]
): (id: string) => string | undefined {
	return (id) => {
		const match = SENTENCE_ID.exec(id);
		return match ? segments[Number(match[1]) - 1]?.[Number(match[2]) - 1] : undefined;
	};
}
