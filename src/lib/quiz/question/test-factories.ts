import type {
	ClozeQuestion,
	MatchingQuestion,
	MultipleChoiceQuestion,
	NumericQuestion,
	OrderingQuestion,
	Question,
	ShortAnswerQuestion,
	SingleChoiceQuestion,
	TrueFalseQuestion
} from './schema';

/**
 * Small question factories for any test that needs a question: sensible defaults, override what a
 * test is about.
 */

const base = () => ({
	prompt: 'Question?',
	evidence: ['A sentence from the article.'],
	sentenceIds: [],
	skill: 'detail' as const,
	difficulty: 'medium' as const,
	origin: 'authored' as const
});

export const singleChoice = (over: Partial<SingleChoiceQuestion> = {}): SingleChoiceQuestion => ({
	...base(),
	id: 'single',
	type: 'single-choice',
	options: ['Russia', 'China', 'India'],
	correctIndex: 0,
	answerText: 'Russia',
	...over
});

export const multipleChoice = (
	over: Partial<MultipleChoiceQuestion> = {}
): MultipleChoiceQuestion => ({
	...base(),
	id: 'multiple',
	type: 'multiple-choice',
	options: ['Russia', 'China', 'India', 'Kazakhstan'],
	correctIndexes: [0, 2, 3],
	answerText: 'Russia; India; Kazakhstan',
	...over
});

export const trueFalse = (over: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion => ({
	...base(),
	id: 'true-false',
	type: 'true-false',
	options: ['True', 'False'],
	answer: true,
	answerText: 'True',
	...over
});

export const numeric = (over: Partial<NumericQuestion> = {}): NumericQuestion => ({
	...base(),
	id: 'numeric',
	type: 'numeric',
	answer: 3,
	unit: '%',
	tolerance: 0,
	answerText: '3%',
	...over
});

export const shortAnswer = (over: Partial<ShortAnswerQuestion> = {}): ShortAnswerQuestion => ({
	...base(),
	id: 'short',
	type: 'short-answer',
	accepted: ['Russia'],
	rejected: [],
	answerText: 'Russia',
	...over
});

export const cloze = (over: Partial<ClozeQuestion> = {}): ClozeQuestion => ({
	...base(),
	id: 'cloze',
	type: 'cloze',
	prompt: 'The pipeline runs from _____ to China.',
	accepted: ['Russia'],
	rejected: ['China', 'Kazakhstan'],
	answerText: 'Russia',
	...over
});

export const ordering = (over: Partial<OrderingQuestion> = {}): OrderingQuestion => ({
	...base(),
	id: 'ordering',
	type: 'ordering',
	items: ['Talks began', 'A deal was signed', 'Gas started to flow'],
	answerText: 'Talks began; A deal was signed; Gas started to flow',
	...over
});

export const matching = (over: Partial<MatchingQuestion> = {}): MatchingQuestion => ({
	...base(),
	id: 'matching',
	type: 'matching',
	pairs: [
		{ left: 'Russia', right: 'Moscow' },
		{ left: 'China', right: 'Beijing' },
		{ left: 'India', right: 'New Delhi' }
	],
	answerText: 'Russia – Moscow; China – Beijing; India – New Delhi',
	...over
});

/** One question of every type, as the factories above make them, in the order of `QUESTION_TYPES`. */
export const oneOfEachType = (): Question[] => [
	singleChoice(),
	multipleChoice(),
	trueFalse(),
	numeric(),
	shortAnswer(),
	cloze(),
	ordering(),
	matching()
];
