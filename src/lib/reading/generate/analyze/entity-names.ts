import { findCountry } from '../data/countries';
import type { Entity, EntityKind, Mention } from '../types';

/** Mentions found to name one referent, in article order. */
export interface Cluster {
	kind: EntityKind;
	mentions: Mention[];
	/** Index of the cluster's latest mention in the article, for "the most recent person". */
	lastSeen: number;
}

/**
 * Korean, Chinese and Vietnamese names put the family name first; without a bare mention to show it,
 * these common family names tell "Kim Jong Un" is a Kim, not an "Un".
 */
const FAMILY_NAMES_FIRST = new Set(
	'kim lee park choi jung kang cho yoon moon xi li wang zhang liu chen yang huang zhao wu zhou hu sun ma nguyen tran pham'.split(
		' '
	)
);

/** Names, aliases, roles and stable keys for the grouped mentions; mentions get their entity's key. */
export function finishEntities(clusters: readonly Cluster[]): Entity[] {
	const entities = clusters.map(toEntity);
	// "on Webb next year" after "the James Webb Space Telescope": a lone word of a thing's or a
	// place's longer name is that name shortened, not a person.
	const otherNames = entities
		.filter((e) => e.kind !== 'person' && /\s/.test(e.name))
		.flatMap((e) => e.name.split(/\s+/));
	for (const entity of entities) {
		if (
			entity.kind === 'person' &&
			entity.roles.length === 0 &&
			entity.mentions.every((m) => !/\s/.test(m.text)) &&
			otherNames.includes(entity.name)
		)
			entity.kind = 'name';
	}
	const surnames = new Map<string, number>();
	for (const entity of entities) {
		if (entity.kind === 'person') surnames.set(entity.key, (surnames.get(entity.key) ?? 0) + 1);
	}
	const usedKeys = new Set<string>();
	for (const entity of entities) {
		// Two people called Kim need keys of their own: their full names.
		if (entity.kind === 'person' && (surnames.get(entity.key) ?? 0) > 1) {
			entity.key = entity.name.toLowerCase();
		} else if (entity.kind === 'person' && !entity.aliases.some((a) => sameWord(a, entity.key))) {
			entity.aliases.push(surnameAsWritten(entity));
		}
		let key = entity.key;
		for (let n = 2; usedKeys.has(`${entity.kind}:${key}`); n++) key = `${entity.key} ${n}`;
		entity.key = key;
		usedKeys.add(`${entity.kind}:${key}`);
		for (const mention of entity.mentions) {
			mention.key = key;
			mention.kind = entity.kind;
		}
	}
	return entities;
}

function toEntity(cluster: Cluster): Entity {
	const aliases = unique(cluster.mentions.map((m) => m.text));
	const name = cluster.kind === 'person' ? personName(cluster.mentions) : fullestName(aliases);
	const roles =
		cluster.kind === 'person'
			? unique(
					cluster.mentions.flatMap((m) => [m.title, m.appositive].filter((r) => r !== undefined))
				)
			: [];
	const entity: Entity = {
		key: name.toLowerCase(),
		kind: cluster.kind,
		name,
		aliases,
		mentions: cluster.mentions,
		roles
	};
	if (cluster.kind === 'person') entity.key = surnameOf(cluster.mentions, name);
	if (cluster.kind === 'country') {
		const country = findCountry(name) ?? findCountry(name.replace(/\./g, ''));
		entity.key = (country?.name ?? name).toLowerCase();
		if (country && !aliases.includes(country.name)) aliases.push(country.name);
	}
	return entity;
}

/**
 * The full form with the fewest words ("James Comey" over "James B. Comey"); among spellings of one
 * length the most used, then the first ("Kim Yong Chol" over a later "Kim Young Chol").
 */
function personName(mentions: readonly Mention[]): string {
	const counts = new Map<string, number>();
	for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
	const forms = [...counts.keys()];
	const words = (form: string) => form.split(/\s+/).length;
	const full = forms.filter((f) => words(f) > 1);
	const pool = full.length > 0 ? full : forms;
	return pool.reduce((best, form) => {
		if (words(form) !== words(best)) return words(form) < words(best) ? form : best;
		return counts.get(form)! > counts.get(best)! ? form : best;
	});
}

function fullestName(aliases: readonly string[]): string {
	return aliases.reduce((best, alias) => (alias.length > best.length ? alias : best));
}

/**
 * The family name, lowercased: the word a bare mention used, else the first word of a name that puts
 * the family first, else the last word.
 */
function surnameOf(mentions: readonly Mention[], name: string): string {
	const words = name.split(/\s+/);
	const bare = mentions.find(
		(m) => !/\s/.test(m.text) && words.length > 1 && words.includes(m.text)
	);
	if (bare) return bare.text.toLowerCase();
	if (words.length > 1 && FAMILY_NAMES_FIRST.has(words[0]!.toLowerCase())) {
		return words[0]!.toLowerCase();
	}
	return words[words.length - 1]!.toLowerCase();
}

function surnameAsWritten(entity: Entity): string {
	const word = entity.name.split(/\s+/).find((w) => sameWord(w, entity.key));
	return word ?? entity.key;
}

function sameWord(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

function unique(items: readonly string[]): string[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const folded = item.toLowerCase();
		if (seen.has(folded)) return false;
		seen.add(folded);
		return true;
	});
}
