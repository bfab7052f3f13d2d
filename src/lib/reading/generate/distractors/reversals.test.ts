import { describe, expect, it } from 'vitest';
import { reversed } from './reversals';

describe('reversed', () => {
	it.each([
		[
			'The harbour board criticized Mayor Helen Carter for the delay',
			'The harbour board praised Mayor Helen Carter for the delay'
		],
		[
			'Lawmakers approved a new flood budget on Monday',
			'Lawmakers rejected a new flood budget on Monday'
		],
		[
			'The court upheld the fishing ban, handing the council a win',
			'The court overturned the fishing ban, handing the council a win'
		],
		['The union refused to end the strike', 'The union agreed to end the strike'],
		['Valmouth has closed its port to ferries', 'Valmouth has opened its port to ferries'],
		// Only the first reversible verb: the summary's main one.
		['Prices rose after the mill closed', 'Prices fell after the mill closed']
	])('reverses the main verb of “%s”', (statement, expected) => {
		expect(reversed(statement)).toBe(expected);
	});

	it.each([
		['no reversible verb', 'The mayor spoke to fishermen on Monday'],
		['a participle after an article', 'The approved budget goes to the council'],
		['a participle after a number', 'More than 2,300 separated children wait in shelters'],
		['a base form, which may be a noun', 'Bipartisan support for the plan grew'],
		['a capitalised name', 'Closed Harbour Trust met on Monday'],
		[
			'a verb whose opposite does not fit the next word',
			'Cars will be banned from the top of the street'
		],
		[
			'“allowed to”, whose opposite is no “banned to”',
			'Fishermen were allowed to return to the port'
		],
		[
			'a verb past the summary’s first words',
			'The long report about the storm and the harbour and the river and the ferries and the town finally approved nothing'
		]
	])('leaves %s alone: “%s”', (_case, statement) => {
		expect(reversed(statement)).toBeUndefined();
	});
});
