import { normalizeAnswer } from '../text/normalize';
import { ORGANIZATION_ACRONYMS, ORGANIZATION_WORDS } from '../analyze/titles';
import { findCountry } from '../data/countries';
import type { Article, Entity, EntityKind } from '../types';

/** Other entities of the same kind the article names, most mentioned first. */
export function sameKindEntities(
	article: Article,
	answer: Entity,
	kinds?: readonly EntityKind[]
): Entity[] {
	const wanted = kinds ?? [answer.kind];
	return (
		article.entities
			.filter((e) => wanted.includes(e.kind) && e !== answer && !overlaps(e, answer))
			// "Chad" read as a surname is still a country: never a wrong option for a person.
			.filter((e) => e.kind !== 'person' || !findCountry(e.name))
			// "Angry", "Conflicted Democrats": only a name that says it is one stands in for one.
			.filter((e) => e.kind !== 'organization' || isClearOrganization(e))
			// "_____'s largest port" → Europe: a region stands in only for a region, a city for a city.
			// "the city of _____" → never "Pan-American Highway": a road, river or square only for
			// another such.
			.filter((e) => e.kind !== 'place' || placeKind(e.name) === placeKind(answer.name))
			.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
	);
}

/** A continent or a region of several countries: "Europe", "Latin America", "the Middle East". */
const REGION =
	/^(?:the\s+)?(?:(?:North|South|East|West|Central|Southeast|Eastern|Western|Northern|Southern|Sub-Saharan)\s+)?(?:Europe|Asia|Africa|America|Americas|Latin America|Oceania|Middle East|Caribbean|Balkans|Sahel|Arctic|Antarctica|Pacific|Atlantic|Gulf|Baltics|Scandinavia|Horn of Africa)$/i;

export const isRegion = (name: string): boolean =>
	REGION.test(name.trim()) && !findCountry(name.trim());

/** A place named by what it is: "Pan-American Highway", "Jogoo Road", "Lake Chad", "Tahrir Square". */
const FEATURE =
	/(?:^(?:Lake|Mount|River|Gulf|Bay|Cape)\s)|\s(?:Highway|Road|Street|Avenue|Boulevard|Bridge|River|Mountains?|Lake|Square|Plaza|Park|Airport|Port|Canal|Dam|Volcano|Valley|Desert|Sea|Ocean|Strait|Island|Islands)$/;

/** Which places stand in for each other: regions, features (roads, rivers), or settlements and countries. */
function placeKind(name: string): 'region' | 'feature' | 'settlement' {
	if (isRegion(name)) return 'region';
	return FEATURE.test(name.trim()) ? 'feature' : 'settlement';
}

/**
 * An organisation whose name says so: it ends in (or holds) an organisation word ("Justice
 * Department", "Brookings Institution", "Fox News Channel") or is a known or expanded acronym
 * ("FBI", "CSTO"). compromise calls many capitalised words organisations; a question asks about,
 * and offers, only these.
 */
export function isClearOrganization(entity: Entity): boolean {
	return entity.aliases.some((alias) => {
		const words = alias.toLowerCase().replace(/\./g, '').split(/\s+/);
		if (words.some((w) => ORGANIZATION_WORDS.has(w))) return true;
		return (
			/^\p{Lu}{2,6}$/u.test(alias.replace(/\./g, '')) || ORGANIZATION_ACRONYMS.has(words.join(' '))
		);
	});
}

/** "Putin" and "Vladimir Putin" are one person even if keyed apart. */
function overlaps(a: Entity, b: Entity): boolean {
	const aliases = new Set(b.aliases.map((x) => x.toLowerCase()));
	return a.aliases.some((x) => aliases.has(x.toLowerCase()));
}

export function entityOf(article: Article, kind: EntityKind, key: string): Entity | undefined {
	return article.entities.find((e) => e.kind === kind && e.key === key);
}

/**
 * The entity a speaker phrase names: "South Korea's Yonhap news agency" → Yonhap, "Senator Maria
 * Grisham" → Maria Grisham. The first entity with an alias inside the phrase, as whole words.
 */
export function entityNamedIn(article: Article, phrase: string): Entity | undefined {
	const normalized = ` ${normalizeAnswer(phrase)} `;
	return article.entities.find((e) =>
		e.aliases.some((alias) => normalized.includes(` ${normalizeAnswer(alias)} `))
	);
}

/**
 * The people the article gives the role `phrase` names ("the U.S. president" → Donald Trump),
 * compared as answers are (case, "the", punctuation aside).
 */
export function holdersOfRole(article: Article, phrase: string): Entity[] {
	const role = normalizeAnswer(phrase);
	return article.entities.filter((entity) =>
		entity.roles.some((held) => normalizeAnswer(held) === role)
	);
}
