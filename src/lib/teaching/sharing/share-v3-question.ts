import * as v from 'valibot';
import type { Question } from '../../quiz/question';
import { describeIssues, parsedError, parsedOk, type Parsed } from '../../core/validation';

import { derivedAnswerText, derivedQuestionId, type AnswerFields } from './share-v3-derive';
import {
	gapPrompts,
	idsOf,
	quoteExplanation,
	refsOf,
	V3_DIFFICULTIES,
	V3_EXPLANATION_QUOTE,
	V3_ORIGINS,
	V3_OTHER_SKILL,
	V3_PROMPT_GAP,
	V3_SKILLS,
	V3_TYPES,
	type WireExtras,
	type WireQuestion
} from './share-v3-wire';

/**
 * One question as a format-3 array and back (the layout is in `share-v3-wire.ts`). Nothing here
 * splits sentences: the encoder is handed the cited sentences, the decoder looks them up in the
 * split the link carries. Decoding yields a candidate that `QuestionSchema` still has to pass.
 */

/** Text of a sentence by id ("p4s2") in the article as split where the module was made. */
export type SentenceLookup = (id: string) => string | undefined;

/**
 * @example wireQuestion(question, (id) => sentences.get(id)) // [0, 'Who…?', [1, 1], 1, […], 0]
 */
export function wireQuestion(question: Question, cited: SentenceLookup | null): unknown[] {
	const extras: WireExtras = {};
	const skill = (V3_SKILLS as readonly string[]).indexOf(question.skill);
	if (skill === -1) extras.k = question.skill;
	const indexes = [
		V3_TYPES.indexOf(question.type),
		V3_DIFFICULTIES.indexOf(question.difficulty),
		V3_ORIGINS.indexOf(question.origin)
	];
	// A type, difficulty or origin added to the question schema needs a new link format.
	if (indexes.includes(-1)) throw new Error(`Link format 3 cannot carry question ${question.id}`);
	const [type = 0, difficulty = 0, origin = 0] = indexes;
	const code = type + 8 * (skill === -1 ? V3_OTHER_SKILL : skill) + 64 * difficulty + 192 * origin;
	let refs = refsOf(question.sentenceIds);
	if (!refs) {
		refs = [];
		extras.s = [...question.sentenceIds];
	}
	// With a bundled article nothing is restored, so only an empty evidence list is left out.
	const restored = cited ? question.sentenceIds.map(cited) : [];
	if (!sameStrings(restored, question.evidence)) extras.e = [...question.evidence];
	const explanation =
		question.explanation === undefined
			? 0
			: question.explanation === quoteExplanation(question.evidence)
				? V3_EXPLANATION_QUOTE
				: question.explanation;
	const [x, y] = answerSlots(question, extras);
	if (derivedAnswerText(question) !== question.answerText) extras.t = question.answerText;
	const gapAt = gapPrompts(question.evidence, question.answerText).indexOf(question.prompt);
	const prompt = gapAt === -1 ? question.prompt : V3_PROMPT_GAP + gapAt;
	const id = derivedQuestionId(
		question.type,
		question.answerText,
		question.prompt,
		question.sentenceIds
	);
	if (id !== question.id) extras.i = question.id;
	const wire: unknown[] = [code, prompt, refs, explanation, x, y, extras];
	if (Object.keys(extras).length === 0) wire.pop();
	if (wire.length === 6 && y === 0) wire.pop();
	return wire;
}

/** The type's answer fields as slots x and y; rarer fields go to `extras`. */
function answerSlots(question: Question, extras: WireExtras): [unknown, unknown] {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-choice':
			if (question.optionFeedback) extras.f = [...question.optionFeedback];
			return [
				question.options,
				question.type === 'single-choice' ? question.correctIndex : question.correctIndexes
			];
		case 'true-false':
			return [question.answer ? 1 : 0, 0];
		case 'numeric':
			if (question.tolerance !== 0) extras.z = question.tolerance;
			return [question.answer, question.unit ?? 0];
		case 'short-answer':
		case 'cloze':
			return [question.accepted, question.rejected.length ? question.rejected : 0];
		case 'ordering':
			return [question.items, 0];
		case 'matching':
			return [question.pairs.flatMap((p) => [p.left, p.right]), 0];
	}
}

type Candidate = Record<string, unknown> & { type: string };

const CHOICES: readonly string[] = ['single-choice', 'multiple-choice'];
const TWO_SLOTS: readonly string[] = [...CHOICES, 'numeric', 'short-answer', 'cloze'];

/**
 * Rebuilds a question from its array. `cited` is null when the article is bundled (nothing to
 * restore evidence from). Errors name the question, e.g. `questions.2.options: …`.
 */
export function questionFromWire(
	wire: WireQuestion,
	cited: SentenceLookup | null,
	index: number
): Parsed<Candidate> {
	const [code, promptSlot, refs, explanationSlot, x, y, extras] = wire;
	const at = `questions.${index}`;
	const type = V3_TYPES[code % 8] ?? 'single-choice';
	const skillSlot = Math.floor(code / 8) % 8;
	const misplaced =
		((skillSlot === V3_OTHER_SKILL) !== (extras.k !== undefined) && 'skill') ||
		(extras.f !== undefined && !CHOICES.includes(type) && 'optionFeedback') ||
		(extras.z !== undefined && type !== 'numeric' && 'tolerance') ||
		(y !== 0 && !TWO_SLOTS.includes(type) && 'answer') ||
		(extras.s !== undefined && refs.length > 0 && 'sentenceIds');
	if (misplaced) return parsedError(`${at}.${misplaced}: is missing, given twice or misplaced`);
	const sentenceIds = extras.s ?? idsOf(refs);
	let evidence = extras.e;
	if (!evidence) {
		const texts = cited ? sentenceIds.map(cited) : [];
		const missing = texts.findIndex((t) => t === undefined);
		if (missing !== -1) {
			return parsedError(
				`${at}.sentenceIds: names sentence ${JSON.stringify(sentenceIds[missing])}, which the article does not have`
			);
		}
		evidence = texts as string[];
	}
	const answer = answerFields(type, x, y);
	if (!answer.ok) return { ok: false, errors: answer.errors.map((line) => `${at}.${line}`) };
	const answerText = extras.t ?? derivedAnswerText(answer.value as AnswerFields);
	const prompt =
		typeof promptSlot === 'string'
			? promptSlot
			: gapPrompts(evidence, answerText)[promptSlot - V3_PROMPT_GAP];
	if (prompt === undefined) {
		return parsedError(`${at}.prompt: names a gap in evidence that does not hold the answer`);
	}
	const candidate: Candidate = {
		...answer.value,
		id: extras.i ?? derivedQuestionId(type, answerText, prompt, sentenceIds),
		prompt,
		answerText,
		evidence,
		sentenceIds,
		skill: skillSlot === V3_OTHER_SKILL ? extras.k : V3_SKILLS[skillSlot],
		difficulty: V3_DIFFICULTIES[Math.floor(code / 64) % 3],
		origin: V3_ORIGINS[Math.floor(code / 192)]
	};
	if (type === 'true-false') candidate.options = ['True', 'False'];
	if (type === 'numeric') candidate.tolerance = extras.z ?? 0;
	if (extras.f !== undefined) candidate.optionFeedback = extras.f;
	if (explanationSlot !== 0) {
		candidate.explanation =
			explanationSlot === V3_EXPLANATION_QUOTE ? quoteExplanation(evidence) : explanationSlot;
	}
	return parsedOk(candidate);
}

const strings = v.array(v.string());

/** The answer slots of a type, under the names `Question` gives them. */
function answerFields(type: (typeof V3_TYPES)[number], x: unknown, y: unknown) {
	switch (type) {
		case 'single-choice':
			return fields(v.object({ options: strings, correctIndex: v.number() }), type, {
				options: x,
				correctIndex: y
			});
		case 'multiple-choice':
			return fields(v.object({ options: strings, correctIndexes: v.array(v.number()) }), type, {
				options: x,
				correctIndexes: y
			});
		case 'true-false':
			return fields(v.object({ answer: v.picklist([0, 1]) }), type, { answer: x }, (f) => ({
				answer: f.answer === 1
			}));
		case 'numeric':
			return fields(
				v.object({ answer: v.number(), unit: v.union([v.literal(0), v.string()]) }),
				type,
				{ answer: x, unit: y },
				(f) => (f.unit === 0 ? { answer: f.answer } : f)
			);
		case 'short-answer':
		case 'cloze':
			return fields(
				v.object({ accepted: strings, rejected: v.union([v.literal(0), strings]) }),
				type,
				{ accepted: x, rejected: y },
				(f) => ({ ...f, rejected: f.rejected === 0 ? [] : f.rejected })
			);
		case 'ordering':
			return fields(v.object({ items: strings }), type, { items: x });
		case 'matching':
			return fields(
				v.object({
					pairs: v.pipe(
						strings,
						v.check((s) => s.length % 2 === 0, 'must list left and right sides')
					)
				}),
				type,
				{ pairs: x },
				(f) => ({ pairs: sidesToPairs(f.pairs) })
			);
	}
}

/** Checks the slots against `schema`, then shapes them as the question's fields. */
function fields<T extends object, O extends object = T>(
	schema: v.GenericSchema<unknown, T>,
	type: string,
	input: Record<string, unknown>,
	shape: (checked: T) => O = (checked) => checked as unknown as O
): Parsed<O & { type: string }> {
	const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
	return parsed.success
		? parsedOk({ type, ...shape(parsed.output) })
		: { ok: false, errors: describeIssues(parsed.issues) };
}

function sidesToPairs(sides: readonly string[]): { left: string; right: string }[] {
	const pairs = [];
	for (let i = 0; i + 1 < sides.length; i += 2) {
		pairs.push({ left: sides[i] ?? '', right: sides[i + 1] ?? '' });
	}
	return pairs;
}

function sameStrings(a: readonly (string | undefined)[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((text, i) => text === b[i]);
}
