import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { QuestionSchema, type Question } from '../../quiz/question/schema';
import { toGift } from './gift';

/**
 * A structural check of a GIFT file without a GIFT parser: after the header, every block is one
 * line that starts with a `::name::`, holds exactly one answer block, and has no unescaped
 * control character outside it except the name's colons.
 */
function structureProblems(text: string): string[] {
	const problems: string[] = [];
	if (!text.endsWith('\n')) problems.push('no final newline');
	const [, ...blocks] = text.trimEnd().split('\n\n');
	for (const block of blocks) {
		if (/[\r\n]/.test(block)) problems.push(`line break inside: ${block}`);
		const name = /^::((?:\\.|[^\\:])*)::/.exec(block);
		if (!name) {
			problems.push(`no name: ${block}`);
			continue;
		}
		let depth = 0;
		let answerBlocks = 0;
		for (let i = name[0].length; i < block.length; i++) {
			const char = block[i];
			if (char === '\\') i++;
			else if (char === '{') {
				depth++;
				answerBlocks++;
				if (depth > 1) problems.push(`nested brace: ${block}`);
			} else if (char === '}') {
				depth--;
				if (depth < 0) problems.push(`unopened brace: ${block}`);
			} else if (depth === 0 && '~=#:'.includes(char ?? '')) {
				problems.push(`unescaped ${char} outside the answers: ${block}`);
			}
		}
		if (depth !== 0) problems.push(`unclosed brace: ${block}`);
		if (answerBlocks !== 1) problems.push(`${answerBlocks} answer blocks: ${block}`);
	}
	return problems;
}

const GIFT_CHARS = [
	'{',
	'}',
	'=',
	'~',
	'#',
	':',
	'\\',
	'\n',
	'\r\n',
	' ',
	'->',
	'%5%',
	'[html]',
	'a'
];
/** Text full of GIFT's control characters and line breaks, never blank (the schema forbids it). */
const anyText = fc
	.oneof(
		fc.string({ minLength: 1 }),
		fc.string({ unit: fc.constantFrom(...GIFT_CHARS), minLength: 1 })
	)
	.filter((text) => text.trim() !== '');
const distinct = (min: number) =>
	fc.uniqueArray(anyText, { minLength: min, maxLength: 5, selector: (t) => t.toLowerCase() });

const anyQuestion: fc.Arbitrary<Question> = fc
	.oneof(
		fc
			.record({ prompt: anyText, options: distinct(2), explanation: anyText })
			.map((q) => make.singleChoice({ ...q, optionFeedback: q.options.map((o) => o) })),
		fc
			.record({ prompt: anyText, options: distinct(2) })
			.map((q) => make.multipleChoice({ ...q, correctIndexes: [0] })),
		fc.record({ prompt: anyText, explanation: anyText }).map((q) => make.trueFalse(q)),
		fc.record({ prompt: anyText, unit: anyText }).map((q) => make.numeric(q)),
		fc.record({ prompt: anyText, accepted: distinct(1) }).map((q) => make.shortAnswer(q)),
		fc
			.tuple(anyText, anyText, distinct(1))
			.map(([before, after, accepted]) =>
				make.cloze({ prompt: `${before}_____${after}`.replace(/_____(?=.*_____)/g, ''), accepted })
			),
		fc
			.uniqueArray(fc.record({ left: anyText, right: anyText }), {
				minLength: 3,
				maxLength: 4,
				selector: (p) => p.right
			})
			.map((pairs) => make.matching({ pairs }))
	)
	.filter((question) => v.is(QuestionSchema, question)); // only questions the schema lets through

describe('toGift, structure under fuzzed text', () => {
	it('writes well-formed blocks, one per question kept, whatever the text holds', () => {
		fc.assert(
			fc.property(fc.array(anyQuestion, { maxLength: 6 }), (questions) => {
				const { text, skipped } = toGift(questions);

				expect(structureProblems(text)).toEqual([]);
				const blocks = text.trimEnd().split('\n\n').length - 1;
				expect(blocks + skipped.length).toBe(questions.length);
			})
		);
	});

	it('finds the problems it is meant to find', () => {
		expect(structureProblems('// h\n\n::a:: x {=a {b}}\n')).toContain(
			'nested brace: ::a:: x {=a {b}}'
		);
		expect(structureProblems('// h\n\n::a:: x = y {T}\n')).toHaveLength(1);
		expect(structureProblems('// h\n\n::a:: x {T} {F}\n')).toHaveLength(1);
	});
});
