import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../../src/lib/reading/article/clean-text';
import { segmentBody } from '../../../src/lib/reading/article/segment';
import {
	checkQuality,
	GenerationError,
	generateQuestions
} from '../../../src/lib/reading/generate';
import { QuestionSchema } from '../../../src/lib/quiz/question/schema';

/** Valid questions that keep every rule, or a GenerationError; anything else is a bug. */
function outcome(text: string): 'ok' | 'error' | string {
	try {
		const questions = generateQuestions(text);
		if (!questions.every((q) => v.is(QuestionSchema, q))) return 'invalid question';
		const issues = checkQuality(questions, segmentBody(cleanArticleText(text)));
		return issues.length === 0 ? 'ok' : `quality: ${issues[0]!.message}`;
	} catch (error) {
		return error instanceof GenerationError ? 'error' : `threw ${String(error)}`;
	}
}

const words = [
	'river',
	'Russia',
	'China',
	'rose',
	'3%',
	'2,500',
	'soldiers',
	'because',
	'sparked by',
	'the',
	'price',
	'in March 2022',
	'Mr. Smith',
	'said',
	'(LPG)',
	'“quote”',
	'.',
	',',
	'\n'
];

describe('generateQuestions on any input', () => {
	it('returns valid questions or a GenerationError for random Unicode strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) =>
				['ok', 'error'].includes(outcome(text))
			),
			{ numRuns: 60 }
		);
	});

	it('returns valid questions or a GenerationError for random news-like word salad', () => {
		const salad = fc.array(fc.constantFrom(...words), { maxLength: 150 }).map((w) => w.join(' '));
		fc.assert(
			fc.property(salad, (text) => ['ok', 'error'].includes(outcome(text))),
			{ numRuns: 40 }
		);
	});

	it('handles HTML markup', () => {
		const html =
			'<html><body><script>var x = 1;</script><h1>Floods</h1><p>The river rose 4.5 metres on 12 March 2023, forcing 3,400 residents from their homes.</p><p>Emergency crews evacuated 1,200 people from Brenford because the bridge was closed.</p></body></html>';
		expect(['ok', 'error']).toContain(outcome(html));
	});

	it('handles 200 KB of text without hanging', () => {
		const paragraph =
			'Kazakhstan is bordered to the north by Russia and to the east by China. Emergency crews evacuated 1,200 people from the town because the bridge was closed in March 2022.\n\n';
		const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
		const started = performance.now();
		expect(outcome(text)).toBe('ok');
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});
