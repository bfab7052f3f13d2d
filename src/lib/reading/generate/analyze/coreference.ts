import { findCountry } from '../data/countries';
import { bareStormName } from './storm-names';
import type { Entity, Mention, Term } from '../types';
import { finishEntities, type Cluster } from './entity-names';
import { INSTITUTION_QUALIFIERS, isAcronym, ORGANIZATION_WORDS, vocabularyForm } from './titles';
import { promoteSpeakers } from './speakers';

/**
 * Groups mentions into entities, one per referent: "Mr. Tokayev" and "Kassym-Jomart Tokayev" are
 * one person, "Kim Jong Un" and "Kim Yong Chol" two, "Supreme Court" joins "U.S. Supreme Court".
 * Every mention's `key` (and `kind`, when a bare surname turns out to be a person) is updated to its
 * entity's, so `article.mentions` and `article.entities` agree.
 */
export function groupEntities(mentions: readonly Mention[]): Entity[] {
	const clusters: Cluster[] = [];
	const byText = new Map<string, Cluster>();
	mentions.forEach((mention, order) => {
		const cluster = clusterFor(clusters, byText, mention);
		cluster.mentions.push(mention);
		cluster.lastSeen = order;
		byText.set(textKey(cluster.kind, mention.text), cluster);
	});
	promoteSpeakers(clusters);
	const merged = mergeLateMatches(clusters);
	return finishEntities(merged);
}

const textKey = (kind: string, text: string): string => `${kind}:${text.toLowerCase()}`;
const tokensOf = (text: string): string[] => text.toLowerCase().split(/\s+/);

function clusterFor(clusters: Cluster[], byText: Map<string, Cluster>, mention: Mention): Cluster {
	if (isKnownPerson(clusters, mention)) mention.kind = 'person';
	if (mention.kind === 'country') {
		const found = clusters.find((c) => c.kind === 'country' && c.mentions[0]!.key === mention.key);
		return found ?? open(clusters, mention);
	}
	if (mention.kind === 'person') return personCluster(clusters, mention);
	if (isAcronym(mention.text)) {
		const expanded = clusters.find((c) => c.kind !== 'person' && hasInitials(c, mention.text));
		if (expanded) return expanded;
	}
	return byText.get(textKey(mention.kind, mention.text)) ?? open(clusters, mention);
}

/**
 * "Trump" tagged as an organization after "Donald Trump", "Park Sun Hee" read as a place after
 * "Deputy Chairman Park Sun Hee": a name already known as a person's is that person.
 */
function isKnownPerson(clusters: readonly Cluster[], mention: Mention): boolean {
	if (mention.kind === 'person' || mention.kind === 'country' || isAcronym(mention.text))
		return false;
	const tokens = tokensOf(mention.text);
	if (tokens.length === 1) return bareMatches(clusters, mention.text).length > 0;
	if (mention.kind === 'organization') return false;
	return clusters.some(
		(c) => c.kind === 'person' && c.mentions.some((m) => sameFullName(tokensOf(m.text), tokens))
	);
}

function open(clusters: Cluster[], mention: Mention): Cluster {
	const cluster: Cluster = { kind: mention.kind, mentions: [], lastSeen: 0 };
	clusters.push(cluster);
	return cluster;
}

function personCluster(clusters: Cluster[], mention: Mention): Cluster {
	const tokens = tokensOf(mention.text);
	const people = clusters.filter((c) => c.kind === 'person');
	if (tokens.length === 1) {
		// A bare name is the most recently named person it fits: the surname ("Comey"), or the family
		// name that Korean and Chinese names put first ("Kim").
		const candidates = bareMatches(people, tokens[0]!);
		const recent = candidates.sort((a, b) => b.lastSeen - a.lastSeen)[0];
		return recent ?? open(clusters, mention);
	}
	const same = people.find((c) => c.mentions.some((m) => sameFullName(tokensOf(m.text), tokens)));
	return same ?? open(clusters, mention);
}

/**
 * Person clusters a one-word name may refer to: by surname first, else by a first family name, else
 * by a middle one.
 */
function bareMatches(clusters: readonly Cluster[], word: string): Cluster[] {
	const token = word.toLowerCase();
	const people = clusters.filter((c) => c.kind === 'person');
	const fullForms = (c: Cluster) =>
		c.mentions.map((m) => tokensOf(m.text)).filter((t) => t.length > 1);
	const bySurname = people.filter((c) => fullForms(c).some((t) => t[t.length - 1] === token));
	if (bySurname.length > 0) return bySurname;
	const byFamilyName = people.filter((c) => fullForms(c).some((t) => t[0] === token));
	if (byFamilyName.length > 0) return byFamilyName;
	// "Elena Quirós Mata" is "Quirós": Spanish and Portuguese names go by the first of two surnames.
	const byFirstSurname = people.filter((c) =>
		fullForms(c).some((t) => t.length >= 3 && t.slice(1, -1).includes(token))
	);
	if (byFirstSurname.length > 0) return byFirstSurname;
	return people.filter((c) => c.mentions.some((m) => m.text.toLowerCase() === token));
}

/**
 * "Kim Yong Chol" / "Kim Young Chol" (one middle word misspelt) and "Donald Trump" / "Donald J. Trump"
 * (an added initial) are one name; "Kim Jong Un" / "Kim Yong Chol" are not.
 */
function sameFullName(a: readonly string[], b: readonly string[]): boolean {
	const plain = (t: readonly string[]) => t.map((w) => w.replace(/\.$/, ''));
	const [x, y] = [plain(a), plain(b)];
	if (x[0] !== y[0] || x[x.length - 1] !== y[y.length - 1]) return false;
	if (x.length === y.length) {
		const differing = x.filter((w, i) => w !== y[i]!);
		if (differing.length === 0) return true;
		const i = x.findIndex((w, k) => w !== y[k]!);
		return differing.length === 1 && editDistance(x[i]!, y[i]!) <= 2;
	}
	const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
	const extra = longer.filter((w) => !shorter.includes(w));
	return extra.length === longer.length - shorter.length && extra.every((w) => w.length === 1);
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length]!;
}

function hasInitials(cluster: Cluster, acronym: string): boolean {
	const letters = acronym.replace(/\./g, '');
	return cluster.mentions.some((m) => {
		const capitals = m.text
			.split(/[\s-]+/)
			.filter((w) => /^\p{Lu}/u.test(w))
			.map((w) => w[0])
			.join('');
		return m.text.includes(' ') && capitals === letters;
	});
}

/**
 * Matches only visible at the end: a bare name written before the full one ("Trump … Donald Trump"),
 * an acronym before its expansion, and an institution without its place ("Supreme Court").
 */
function mergeLateMatches(clusters: readonly Cluster[]): Cluster[] {
	const alive = new Set(clusters);
	const absorb = (into: Cluster, from: Cluster) => {
		for (const mention of from.mentions) mention.kind = into.kind;
		into.mentions.push(...from.mentions);
		into.mentions.sort(byPosition);
		alive.delete(from);
	};
	for (const cluster of clusters) {
		const forms = new Set(cluster.mentions.map((m) => m.text));
		if (forms.size !== 1) continue;
		const [text] = forms;
		if (cluster.kind === 'country' || !text || text.includes(' ')) continue;
		const others = [...alive].filter((c) => c !== cluster);
		const people = isAcronym(text) ? [] : bareMatches(others, text).filter((c) => c !== cluster);
		const target = people.length > 0 ? mostMentioned(people) : undefined;
		const expansion = isAcronym(text)
			? others.find((c) => c.kind !== 'person' && hasInitials(c, text))
			: undefined;
		if (target && people.some((c) => c.mentions.some((m) => m.text.includes(' '))))
			absorb(target, cluster);
		else if (expansion) absorb(expansion, cluster);
	}
	for (const cluster of [...alive]) {
		if (cluster.kind === 'country') continue;
		const names = new Set(cluster.mentions.map((m) => m.text.toLowerCase()));
		// "Halvorsen said …" after "Halvorsen Line": a bare word read as someone's surname is the
		// company it begins (or the storm it ends: "Dalisay weakened" after "Typhoon Dalisay").
		const company = [...alive].filter(
			(c) => c !== cluster && c.mentions.some((m) => names.has(withoutCompanyWord(m)))
		);
		if (company.length === 1 && ![...names].some((name) => name.includes(' '))) {
			absorb(company[0]!, cluster);
			continue;
		}
		if (cluster.kind === 'person') continue;
		const fuller = [...alive].filter(
			(c) => c !== cluster && c.kind !== 'person' && c.mentions.some((m) => names.has(core(m)))
		);
		if (fuller.length === 1) absorb(fuller[0]!, cluster);
	}
	return clusters.filter((c) => alive.has(c));
}

/**
 * "Halvorsen Line" → "halvorsen": a company's name without the word that says it is one; "Typhoon
 * Dalisay" → "dalisay", a storm's name without the word that says it is one ("Dalisay weakened").
 */
function withoutCompanyWord(mention: Mention): string {
	const storm = mention.kind === 'name' ? bareStormName(mention.text) : undefined;
	if (storm) return storm;
	if (mention.kind !== 'organization') return '';
	const words = mention.text.toLowerCase().split(/\s+/);
	const last = words.at(-1) ?? '';
	return words.length === 2 && ORGANIZATION_WORDS.has(vocabularyForm(last)) ? words[0]! : '';
}

function mostMentioned(clusters: readonly Cluster[]): Cluster {
	return [...clusters].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
}

function byPosition(a: Mention, b: Mention): number {
	return a.sentence.position - b.sentence.position || a.start - b.start;
}

/** An institution's name without a leading place or qualifier: "U.S. Supreme Court" → "supreme court". */
function core(mention: Mention): string {
	const terms = mention.sentence.terms.slice(mention.firstTerm, mention.lastTerm);
	const isQualifier = (term: Term) =>
		INSTITUTION_QUALIFIERS.has(vocabularyForm(term.normal).replace(/\./g, '')) ||
		term.tags.has('Demonym') ||
		findCountry(term.text.replace(/\./g, '')) !== undefined;
	let i = 0;
	// compromise calls "Supreme" a place now and then: a place must leave two words of name behind.
	while (
		(i < terms.length - 1 && isQualifier(terms[i]!)) ||
		(i < terms.length - 2 && terms[i]!.tags.has('Place'))
	)
		i += 1;
	if (i === 0) return '';
	return mention.sentence.text.slice(terms[i]!.start, mention.end).toLowerCase();
}
