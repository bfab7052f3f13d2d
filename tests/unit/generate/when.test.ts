import { describe, expect, it } from 'vitest';
import { whenQuestions } from '../../../src/lib/reading/generate/questions/when';
import { analyzed, PADDING } from './helpers';

const promptsFor = (sentence: string) =>
	whenQuestions(analyzed(sentence, ...PADDING)).map((c) => [c.draft.prompt, c.draft.answerText]);

describe('whenQuestions', () => {
	it.each([
		[
			'In 1972, Denmark joined the European Union.',
			'When did Denmark join the European Union?',
			'1972'
		],
		[
			'Greenland signed a Treaty in 1985 giving it a special status.',
			'When did Greenland sign a Treaty giving it a special status?',
			'1985'
		],
		[
			'The bridge reopened on 15 March 2023 after engineers checked its foundations.',
			'When did the bridge reopen?',
			'15 March 2023'
		]
	])('turns “%s” into “%s” (%s)', (sentence, prompt, answer) => {
		expect(promptsFor(sentence)).toContainEqual([prompt, answer]);
	});

	it.each([
		'When Sky Digital was launched in 1998 the new service used the Astra 2A satellite.',
		'The story began in March 2022, when the firm bought a stake in the company.',
		'An ad-hoc committee headed by Nicholas Golovin in July 1961 recommended a launch vehicle.',
		'The Marsden Dam, completed in 1959, is one of the largest reservoirs in the region.'
	])('asks nothing it cannot phrase correctly: %s', (sentence) => {
		expect(promptsFor(sentence)).toEqual([]);
	});
});
