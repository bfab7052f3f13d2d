import { fnv1a32 } from './link-hash';

/**
 * What a format-3 link leaves out of a question because the decoder can work it out: its id and
 * its answer text. Frozen with link format 3: these are copies of how the generator names
 * questions (`generate/compose/draft.ts`) and how the builder writes answers
 * (`builder/answer-text.ts`) when format 3 was made. If those change, new questions simply stop
 * matching and travel with their id or answer text written out; old links keep their meaning.
 */

/**
 * The id the generator gives a question with this content.
 *
 * @example derivedQuestionId('true-false', 'True', 'Gas flows?', ['p1s1']) // 'q-' + 8 hex digits
 */
export function derivedQuestionId(
	type: string,
	answerText: string,
	prompt: string,
	sentenceIds: readonly string[]
): string {
	const content = `${type}\u0000${answerText}\u0000${prompt}\u0000${sentenceIds.join(',')}`;
	return `q-${fnv1a32(content).toString(16).padStart(8, '0')}`;
}

/** The answer fields of a question, as far as `derivedAnswerText` needs them. */
export type AnswerFields =
	| { type: 'single-choice'; options: readonly string[]; correctIndex: number }
	| { type: 'multiple-choice'; options: readonly string[]; correctIndexes: readonly number[] }
	| { type: 'true-false'; answer: boolean }
	| { type: 'numeric'; answer: number; unit?: string | undefined }
	| { type: 'short-answer' | 'cloze'; accepted: readonly string[] }
	| { type: 'ordering'; items: readonly string[] }
	| { type: 'matching'; pairs: readonly { left: string; right: string }[] };

const SYMBOL_UNIT = /^[^\p{L}]/u;
const joined = (parts: readonly string[]) => parts.map((p) => p.trim()).join('; ');

/**
 * The correct answer written out: lists joined by "; ", matching pairs as "left: right", a unit
 * after a number (no space before a symbol such as "%").
 *
 * @example derivedAnswerText({ type: 'numeric', answer: 3, unit: '%' }) // '3%'
 */
export function derivedAnswerText(fields: AnswerFields): string {
	switch (fields.type) {
		case 'single-choice':
			return fields.options[fields.correctIndex]?.trim() ?? '';
		case 'multiple-choice':
			return joined(
				[...new Set(fields.correctIndexes)]
					.sort((a, b) => a - b)
					.flatMap((i) => fields.options[i] ?? [])
			);
		case 'true-false':
			return fields.answer ? 'True' : 'False';
		case 'numeric': {
			const unit = fields.unit?.trim() ?? '';
			if (!unit) return String(fields.answer);
			return SYMBOL_UNIT.test(unit) ? `${fields.answer}${unit}` : `${fields.answer} ${unit}`;
		}
		case 'short-answer':
		case 'cloze':
			return fields.accepted[0]?.trim() ?? '';
		case 'ordering':
			return joined(fields.items);
		case 'matching':
			return joined(fields.pairs.map((p) => `${p.left.trim()}: ${p.right.trim()}`));
	}
}
