import { COUNTRIES, findCountry } from '../data/countries';
import type { Article } from '../types';

/**
 * Countries that are plausible but wrong where `answer` is right: countries the article names first,
 * then the answer's neighbours, then its region, then its continent. `exclude` lists every country
 * that would also be right (for "which country borders X": all of X's real neighbours).
 */
export function countryDistractors(
	article: Article,
	answer: string,
	exclude: readonly string[],
	count: number
): string[] {
	const answerCountry = findCountry(answer);
	const banned = new Set(
		[answer, ...exclude].map((name) => (findCountry(name)?.name ?? name).toLowerCase())
	);
	const picked: string[] = [];
	const add = (name: string) => {
		const canonical = findCountry(name)?.name ?? name;
		if (picked.length >= count || banned.has(canonical.toLowerCase())) return;
		banned.add(canonical.toLowerCase());
		picked.push(canonical);
	};
	article.entities.filter((e) => e.kind === 'country').forEach((e) => add(e.name));
	if (!answerCountry) return picked;
	const region = answerCountry.region;
	const continent = continentOf(region);
	const secondRing = answerCountry.neighbours.flatMap((n) => findCountry(n)?.neighbours ?? []);
	answerCountry.neighbours.forEach(add);
	[...new Set(secondRing)].sort().forEach(add);
	COUNTRIES.filter((c) => c.region === region).forEach((c) => add(c.name));
	COUNTRIES.filter((c) => continentOf(c.region) === continent).forEach((c) => add(c.name));
	return picked;
}

/** Wrong answers for "which country borders X": near X, but not its neighbours. */
export function nonNeighbours(
	country: string,
	alsoExclude: readonly string[],
	count: number
): string[] {
	const found = findCountry(country);
	if (!found) return [];
	const banned = new Set(
		[found.name, ...found.neighbours, ...alsoExclude].map((n) =>
			(findCountry(n)?.name ?? n).toLowerCase()
		)
	);
	const picked: string[] = [];
	const add = (name: string) => {
		if (picked.length < count && !banned.has(name.toLowerCase())) {
			banned.add(name.toLowerCase());
			picked.push(name);
		}
	};
	// Nearest first: a neighbour's neighbour in the same region beats one across the continent.
	const secondRing = new Set(found.neighbours.flatMap((n) => findCountry(n)?.neighbours ?? []));
	const closeness = (c: (typeof COUNTRIES)[number]) =>
		(secondRing.has(c.name) ? 2 : 0) +
		(c.region === found.region ? 2 : 0) +
		(continentOf(c.region) === continentOf(found.region) ? 1 : 0);
	[...COUNTRIES]
		.filter((c) => closeness(c) >= 2)
		.sort((a, b) => closeness(b) - closeness(a) || a.name.localeCompare(b.name))
		.forEach((c) => add(c.name));
	return picked;
}

function continentOf(region: string): string {
	if (/Caribbean|America/.test(region)) return 'Americas';
	return region.split(' ').pop() ?? region;
}
