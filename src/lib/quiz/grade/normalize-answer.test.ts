import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from './normalize-answer';

describe('normalizeAnswer', () => {
	it.each([
		['ignores case and surrounding punctuation', 'RUSSIA!', 'russia'],
		['strips accents', 'São Tomé', 'sao tome'],
		['strips a leading article', 'the Russia', 'russia'],
		['strips only one leading article', 'The The', 'the'],
		['keeps a lone article', 'A', 'a'],
		['strips a leading possessive', 'his trial', 'trial'],
		['keeps a lone possessive', 'Her', 'her'],
		['strips a leading "in" of when or where', 'in November', 'november'],
		['strips "at the" of where', 'at the town hall', 'town hall'],
		['keeps a lone "on"', 'On', 'on'],
		['keeps "to" and "from", which mean opposite things', 'from Paris', 'from paris'],
		['reads an ordinal day as its number', 'March 5th', 'march 5'],
		['reads ordinals in words too', 'the 22nd and 3rd', '22 and 3'],
		['keeps a word that only ends like an ordinal', 'Forth', 'forth'],
		['collapses spaces and tabs', '  new \t  delhi ', 'new delhi'],
		['reads hyphens as spaces', 'Al-Qaeda', 'al qaeda'],
		['drops straight and curly apostrophes', "Xi’s and Xi's", 'xis and xis'],
		['drops curly quotes', '“Russia”', 'russia'],
		['drops leading and trailing punctuation', '...(Russia)?!', 'russia'],
		['folds full-width characters', 'Ｒｕｓｓｉａ ３％', 'russia 3 percent'],
		['drops emoji', 'Russia 🇷🇺', 'russia'],
		['writes percent signs as a word', '3%', '3 percent'],
		['joins "per cent"', '3 per cent', '3 percent'],
		['removes thousands commas', '2,500', '2500'],
		['removes thousands spaces', '2 500', '2500'],
		['removes no-break thousands spaces', '2\u202f500', '2500'],
		['removes chained separators', '1,234,567', '1234567'],
		['keeps decimals', '3.50', '3.5'],
		['does not treat a list as thousands', '1, 200', '1 200'],
		['reads number words', 'Twenty thousand', '20000'],
		['keeps a minus that starts a number', '-3 degrees', '-3 degrees'],
		['does not read a hyphen in a word as a minus', 'Covid-19', 'covid 19'],
		['leaves ß alone', 'Rußland', 'rußland'],
		['reads “U.S.” and “American” as one country', 'U.S. officials', 'us officials'],
		['reads “American” as the United States', 'American officials', 'us officials'],
		['reads “the United States of America” whole', 'the United States of America', 'us'],
		['reads “Britain” and “the UK” alike', 'Great Britain', 'uk'],
		['reads a month’s abbreviation beside a day as the month', 'Jan. 14', 'january 14'],
		['puts the day after the month', '14 January', 'january 14'],
		['reads "Sept." as September', '1 Sept.', 'september 1'],
		['keeps the year after the day', '5 March 2023', 'march 5 2023'],
		['leaves "mar" alone away from a day', 'a mar on his record', 'mar on his record'],
		['gives an empty form for only spaces', '   ', ''],
		['gives an empty form for only punctuation', '?!…', '']
	])('%s: "%s" → "%s"', (_, text, expected) => {
		expect(normalizeAnswer(text)).toBe(expected);
	});

	it('normalizes 100 KB of text quickly', () => {
		const text = 'Russia, the 2,500 soldiers! '.repeat(4000);

		const start = performance.now();
		const form = normalizeAnswer(text);
		const elapsed = performance.now() - start;

		expect(form.startsWith('russia the 2500 soldiers russia')).toBe(true);
		expect(elapsed).toBeLessThan(500);
	});
});
