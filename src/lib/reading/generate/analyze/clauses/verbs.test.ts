import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../../tests/unit/generate/helpers';
import { clauseStartsAt, finiteFlags, nounPhraseEnd, verbGroupEnd, verbStartsAt } from './verbs';

const termsOf = (sentence: string) => analyzed(sentence).sentences[0]!.terms;

const finiteWords = (sentence: string) => {
	const terms = termsOf(sentence);
	const flags = finiteFlags(terms);
	return terms.filter((_, i) => flags[i]).map((t) => t.text);
};

describe('finiteFlags', () => {
	it.each([
		['The water rose quickly.', ['rose']],
		[
			'The owner, a local company called Bahari Lestari, could not be reached.',
			['could', 'be', 'reached']
		],
		['The mayor called Ana Ruiz on Monday.', ['called']],
		['A man called the police at midnight.', ['called']],
		['Forces had arrived in the city.', ['had', 'arrived']],
		['Prices rose and more than 40 officers were injured.', ['rose', 'were']],
		['He gave a televised address.', ['gave']],
		['Protests sparked by fuel prices spread across the country.', ['spread']],
		['A landslide triggered by days of heavy rain buried the road.', ['buried']],
		['Fires caused by lightning destroyed 40 homes.', ['destroyed']],
		['Prices rose by 5% and wages fell.', ['rose', 'fell']],
		['A company based near Grenoble said its products were safe.', ['said', 'were']],
		[
			'The city will ban it from its parks, cemeteries and school grounds in June.',
			['will', 'ban']
		],
		['Farmers and dairy workers protest in June.', ['protest']],
		['Sales dropped by a third last year.', ['dropped']],
		['The plan to reopen the bridge failed.', ['failed']],
		['Officials, gathering in Almaty, met.', ['met']],
		['No verb here at all.', []],
		['The pension funds, led by a fund in Halifax, entered the contest.', ['entered']],
		['The minibuses, known as matatus, stayed off the roads.', ['stayed']],
		["Nairobi's privately owned minibuses stayed off the roads.", ['stayed']],
		['Police said the man, arrested on Monday, was released.', ['said', 'was']],
		['Buses bound for the shelters left the town.', ['left']],
		['France saw months of strikes and riots in 2023.', ['saw']],
		['The unions and the government agree on little.', ['agree']],
		['Large rail projects across Europe have frequently run late.', ['have', 'run']],
		['The union says in a statement that it has agreed.', ['says', 'has', 'agreed']],
		['A study published last year by researchers at a university estimated a fall.', ['estimated']],
		['The report was published last year by the bank.', ['was', 'published']],
		['The river rose fast in the night.', ['rose']],
		["Greece's most visited ancient site was closed.", ['was']],
		[
			'Fires linked to lithium-ion batteries in phones and chargers have increased sharply.',
			['have', 'increased']
		],
		['The company moved to Berlin, and has since grown.', ['moved', 'has', 'grown']],
		['Prices rose in the city as the storm was passing.', ['rose', 'was']]
	])('finds the finite verbs of %j', (sentence, expected) => {
		expect(finiteWords(sentence)).toEqual(expected);
	});
});

describe('verbGroupEnd', () => {
	const groupAt = (sentence: string, word: string) => {
		const terms = termsOf(sentence);
		const at = terms.findIndex((t) => t.text === word);
		return terms
			.slice(at, verbGroupEnd(terms, at, terms.length))
			.map((t) => t.text)
			.join(' ');
	};

	it.each([
		['The bridge will not reopen soon.', 'will', 'will not reopen'],
		['Officials have also said so.', 'have', 'have also said'],
		['It is urging calm.', 'is', 'is urging'],
		['More than 40 officers were injured.', 'were', 'were injured'],
		['The water rose quickly.', 'rose', 'rose'],
		['The vote was on Monday.', 'was', 'was'],
		['It has been closed since May.', 'has', 'has been closed']
	])('in %j the group at “%s” is “%s”', (sentence, word, expected) => {
		expect(groupAt(sentence, word)).toBe(expected);
	});
});

describe('nounPhraseEnd', () => {
	const phraseAt = (sentence: string, from: number) => {
		const terms = termsOf(sentence);
		const end = nounPhraseEnd(terms, finiteFlags(terms), from, terms.length);
		return terms
			.slice(from, end)
			.map((t) => t.text)
			.join(' ');
	};

	it.each([
		['More than 40 officers were injured.', 0, 'More than 40 officers'],
		['He gave a televised address.', 2, 'a televised address'],
		['He told reporters the vote was delayed.', 2, 'reporters'],
		['Almaty, the largest city, was calm.', 0, 'Almaty'],
		['The head of the agency resigned.', 0, 'The head of the agency'],
		['The water rose quickly.', 2, '']
	])('in %j the noun phrase at %i is “%s”', (sentence, from, expected) => {
		expect(phraseAt(sentence, from)).toBe(expected);
	});
});

describe('clauseStartsAt and verbStartsAt', () => {
	it.each([
		['Prices rose and more than 40 officers were injured.', 'more', true],
		['He told reporters the vote was delayed.', 'the', true],
		['He told reporters the vote was delayed.', 'reporters', false],
		['Almaty, the largest city, was calm.', 'Almaty', false]
	])('in %j a clause starts at “%s”: %s', (sentence, word, expected) => {
		const terms = termsOf(sentence);
		const at = terms.findIndex((t) => t.text === word);
		expect(clauseStartsAt(terms, finiteFlags(terms), at, terms.length)).toBe(expected);
	});

	it('lets an adverb open a verb group', () => {
		const terms = termsOf('Officials also said no.');
		const flags = finiteFlags(terms);
		expect(terms.map((_, i) => verbStartsAt(terms, flags, i))).toEqual([false, true, true, false]);
	});
});
