import { describe, expect, it } from 'vitest';
import { asideSlot } from './aside-slots';

const slotOf = (sentence: string, answer: string) =>
	asideSlot(sentence, sentence.indexOf(answer), answer);

describe('asideSlot', () => {
	it.each([
		[
			'A council official confirmed to Radio Kestrel on Monday that the port would close.',
			'Radio Kestrel',
			'medium'
		],
		['The mayor wrote on Facebook that the bridge was safe.', 'Facebook', 'medium'],
		['The minister told Harbour Weekly the plan was sound.', 'Harbour Weekly', 'medium'],
		[
			'“We owe this to the people of Kestrel and the Harbour Board,” she said.',
			'Harbour Board',
			'quoted-name'
		],
		[
			'Fishermen from Ardley, Bramston, Colby and Dunmore joined the march.',
			'Colby',
			'list-member'
		],
		[
			'Fishermen from Ardley, Bramston, Colby and Dunmore joined the march.',
			'Ardley',
			'list-member'
		],
		[
			'Henrik Olde, an aviation analyst at the consultancy Skyline Data in Hamburg, said the stakes were high.',
			'Skyline Data',
			'description'
		],
		[
			'Sam Okafor, campaign director at the Perth-based Reef Futures Alliance, said the results were grim.',
			'Reef Futures Alliance',
			'description'
		],
		[
			'The council said in a filing on Monday (June 4) that the port would close.',
			'June 4',
			'bracketed'
		],
		[
			'Citizens of five countries — Iran, Libya, Somalia, Syria and Yemen — were barred.',
			'Yemen',
			'list-member'
		]
	])('%s → %s is an aside', (sentence, answer, slot) => {
		expect(slotOf(sentence, answer)).toBe(slot);
	});

	it.each([
		['The council closed the port in Kestrel after the storm.', 'Kestrel'],
		['Mayor Ana Ruiz said the port would reopen in June.', 'Ana Ruiz'],
		['The storm hit Ardley and Bramston on Monday.', 'Bramston'],
		['“We lost 40 boats,” said Tomas Vidal.', 'Tomas Vidal'],
		['Repairs will cost “at least 4 million euros”, the council said.', '4 million euros'],
		['The repairs (worth 4 million euros) begin in June.', '4 million euros'],
		['In Lyon, officials voted to ban the weedkiller made by Agrovia.', 'Agrovia'],
		['Olde, the analyst, said pilots at Rheinflug would strike.', 'Rheinflug']
	])('%s → %s is the news', (sentence, answer) => {
		expect(slotOf(sentence, answer)).toBeUndefined();
	});
});
