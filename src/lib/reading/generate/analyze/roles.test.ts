import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { findNameRuns } from './name-runs';
import {
	appositiveRole,
	leadingAppositiveRole,
	nameStartAfterTitle,
	roleBefore,
	skipCourtesy
} from './roles';

/** For each capitalised run of the sentence: the run, the name after its title, the role before it. */
function readRuns(text: string) {
	const sentence = analyzed(text).sentences[0]!;
	const { terms } = sentence;
	const slice = (from: number, to: number) =>
		from >= to ? '' : sentence.text.slice(terms[from]!.start, terms[to - 1]!.end);
	const runs = findNameRuns(sentence);
	return runs.map((run, index) => {
		const nameFrom = nameStartAfterTitle(terms, run);
		const hasTitle = nameFrom !== undefined && nameFrom > run.from;
		const role = roleBefore(terms, runs, index, run.from, hasTitle);
		return {
			run: slice(run.from, run.to),
			name: nameFrom === undefined ? undefined : slice(nameFrom, run.to),
			widenedBy: slice(role.from, run.from),
			swallowed: role.swallowed !== undefined
		};
	});
}

describe('nameStartAfterTitle and roleBefore', () => {
	it.each([
		[
			'FBI Director James Comey spoke.',
			[{ run: 'FBI Director James Comey', name: 'James Comey', widenedBy: '', swallowed: false }]
		],
		[
			'Former Vice President Mike Pence spoke.',
			[
				{
					run: 'Former Vice President Mike Pence',
					name: 'Mike Pence',
					widenedBy: '',
					swallowed: false
				}
			]
		],
		[
			'Sen. Warren spoke.',
			[{ run: 'Sen. Warren', name: 'Warren', widenedBy: '', swallowed: false }]
		],
		[
			'White House deputy chief of staff Joe Hagin spoke.',
			[
				{ run: 'White House', name: undefined, widenedBy: '', swallowed: false },
				{
					run: 'Joe Hagin',
					name: undefined,
					widenedBy: 'White House deputy chief of staff',
					swallowed: true
				}
			]
		],
		[
			'Senate Majority Leader spoke.',
			[{ run: 'Senate Majority Leader', name: undefined, widenedBy: '', swallowed: false }]
		],
		[
			'The Vice President spoke.',
			[{ run: 'Vice President', name: '', widenedBy: '', swallowed: false }]
		]
	])('reads the title and name of %j', (sentence, expected) => {
		expect(readRuns(sentence)).toEqual(expected);
	});
});

describe('skipCourtesy', () => {
	it.each([
		['Mr. Dr. John Smith spoke.', 0, 4, 2],
		['John Smith spoke.', 0, 2, 0],
		['Mr. Smith spoke.', 0, 1, 0]
	])('in %j from %i to %i, the name starts at %i', (text, from, to, expected) => {
		expect(skipCourtesy(analyzed(text).sentences[0]!.terms, from, to)).toBe(expected);
	});
});

describe('appositiveRole', () => {
	const roleOf = (text: string) => {
		const sentence = analyzed(text).sentences[0]!;
		return appositiveRole(sentence, findNameRuns(sentence)[0]!.to);
	};

	it.each([
		[
			"Michael Horowitz, the department's inspector general, said so.",
			"the department's inspector general"
		],
		['Michael Horowitz, a senior fellow, said so.', 'senior fellow'],
		['Michael Horowitz, the senior fellow, said so.', 'senior fellow'],
		['Michael Horowitz, who is a fellow, said so.', undefined],
		['Michael Horowitz, Joe Hagin and Sen. Warren met.', undefined],
		['Michael Horowitz, 43, said so.', undefined],
		['Michael Horowitz said so.', undefined]
	])('reads the role after the name in %j as %j', (text, expected) => {
		expect(roleOf(text)).toBe(expected);
	});
});

describe('leadingAppositiveRole', () => {
	const roleOf = (text: string) => {
		const sentence = analyzed(text).sentences[0]!;
		const run = findNameRuns(sentence).find((r) =>
			/,/.test(sentence.terms[r.from - 1]?.post ?? '')
		);
		return run && leadingAppositiveRole(sentence, run.from, run.to);
	};

	it.each([
		[
			"In a short report, the city's chief auditor, Maria Okafor, faulted the budget.",
			"the city's chief auditor"
		],
		['The regional director, Tomas Varga, resigned on Monday.', 'regional director'],
		['On Friday, a senior adviser, Lena Brandt, spoke.', 'senior adviser'],
		// A list of people, a place before the name, no title word: no role.
		['Senators Kamala Harris, Dick Durbin and Cory Booker joined.', undefined],
		['In the capital, Dana Whitfield spoke.', undefined],
		['The visitors, Tomas Varga and his son, arrived late.', undefined]
	])('reads the role before the name in %j as %j', (text, expected) => {
		expect(roleOf(text)).toBe(expected);
	});
});
