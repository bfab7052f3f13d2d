import * as make from '../../quiz/question/test-factories';
import type { Question } from '../../quiz/question/schema';
import { DEFAULT_SETTINGS, type Assignment } from './assignment';

/** Test data for share links and module files: a small article and one question of every type. */

export const BODY = [
	'Gas flows from Russia to China. The pipeline opened in 2019.',
	'## The deal',
	'Talks began in 2004. A deal was signed in 2014. Gas started to flow five years later.'
].join('\n\n');

/** Sentence ids of `BODY` as `segmentBody` numbers them, with their text. */
export const SENTENCES = {
	p1s1: 'Gas flows from Russia to China.',
	p1s2: 'The pipeline opened in 2019.',
	p2s1: 'Talks began in 2004.',
	p2s2: 'A deal was signed in 2014.',
	p2s3: 'Gas started to flow five years later.'
} as const;

type SentenceId = keyof typeof SENTENCES;
const cites = (...ids: SentenceId[]) => ({
	sentenceIds: ids,
	evidence: ids.map((id) => SENTENCES[id]),
	origin: 'generated' as const
});

/** One question of each type; most cite the article as generated questions do. */
export function everyQuestionType(): Question[] {
	return [
		make.singleChoice({ ...cites('p1s1'), optionFeedback: [null, 'It receives the gas.', null] }),
		make.multipleChoice({ ...cites('p1s1', 'p2s2'), difficulty: 'hard' }),
		make.trueFalse({ ...cites('p1s2'), answer: false, answerText: 'False' }),
		make.numeric({ ...cites('p1s2'), answer: 2019, unit: undefined, answerText: '2019' }),
		make.numeric({ id: 'numeric-tolerant', tolerance: 0.5, explanation: 'Rounded.' }),
		make.shortAnswer({ ...cites('p1s1'), accepted: ['Russia', 'RF'] }),
		make.cloze({ ...cites('p1s1') }),
		make.ordering({ ...cites('p2s1', 'p2s2', 'p2s3') }),
		make.matching({ evidence: ['Quoted from memory.'], sentenceIds: ['p1s1'] })
	];
}

export function makeAssignment(over: Partial<Assignment> = {}): Assignment {
	return {
		id: 'gas-pipeline',
		title: 'The gas pipeline',
		source: 'A news report',
		body: BODY,
		questions: everyQuestionType(),
		settings: { ...DEFAULT_SETTINGS },
		...over
	};
}
