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
			.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
	);
}

/** "Putin" and "Vladimir Putin" are one person even if keyed apart. */
function overlaps(a: Entity, b: Entity): boolean {
	const aliases = new Set(b.aliases.map((x) => x.toLowerCase()));
	return a.aliases.some((x) => aliases.has(x.toLowerCase()));
}

export function entityOf(article: Article, kind: EntityKind, key: string): Entity | undefined {
	return article.entities.find((e) => e.kind === kind && e.key === key);
}
