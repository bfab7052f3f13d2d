import { findCountry } from '../data/countries';
import type { ArticleSentence, Entity, EntityKind, Mention, Term } from '../types';

/** Words that make a capitalised run a role, not part of a name: "President", "Prime Minister". */
const ROLE_WORDS = new Set(
	'president vice prime minister chancellor king queen prince princess governor mayor senator sen. rep. representative secretary general gen. colonel col. captain capt. judge justice chief ceo chairman chairwoman chair director professor prof. coach spokesperson spokesman spokeswoman ambassador commissioner leader premier sheikh pope bishop archbishop lieutenant sergeant officer inspector deputy head founder'.split(
		' '
	)
);
/** Courtesy titles: dropped from names and not worth a role. */
const COURTESY = new Set('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady'.split(' '));
const ORGANIZATION_WORDS =
	/\b(?:Organi[sz]ation|Party|Ministry|Council|Agency|Company|Inc|Corp|Corporation|Ltd|University|Bank|Committee|Group|Union|Association|Institute|Service|Department|Commission|Court|Army|Police|Fund|Authority|Office|Foundation|Network|Times|Post|News|Federation|League|Club|Alliance|Board|Parliament|Assembly|Congress|Senate|Guard|Forces|Company)\b/;
const NOT_NAMES = /^(?:Date|Month|WeekDay|Pronoun|Value|Determiner|Conjunction|Preposition|Verb)$/;

/** Finds the people, countries, places and organizations a sentence names. */
export function findMentions(sentence: ArticleSentence): Mention[] {
	const mentions: Mention[] = [];
	const { terms } = sentence;
	let i = 0;
	while (i < terms.length) {
		if (!startsName(terms, i)) {
			i += 1;
			continue;
		}
		let j = i + 1;
		while (j < terms.length && joined(terms[j - 1]!, terms[j]!)) {
			if (continuesName(terms[j]!)) j += 1;
			// "University of Oslo", "Bank of England": "of" joins an institution to its place.
			else if (
				terms[j]!.normal === 'of' &&
				ORGANIZATION_WORDS.test(terms[j - 1]!.text) &&
				terms[j + 1] &&
				isNameTerm(terms[j + 1]!) &&
				joined(terms[j]!, terms[j + 1]!)
			)
				j += 2;
			else break;
		}
		const mention = classify(sentence, i, j);
		if (mention) mentions.push(mention);
		i = j;
	}
	return mentions;
}

function isNameTerm(term: Term): boolean {
	if ([...term.tags].some((tag) => NOT_NAMES.test(tag))) return false;
	return (
		/^\p{Lu}/u.test(term.text) &&
		(term.tags.has('ProperNoun') ||
			term.tags.has('Person') ||
			term.tags.has('Place') ||
			term.tags.has('Organization') ||
			term.tags.has('Honorific'))
	);
}

function startsName(terms: readonly Term[], i: number): boolean {
	const term = terms[i]!;
	if (term.tags.has('Demonym') && terms[i + 1] && isRoleTerm(terms[i + 1]!)) return true;
	return isNameTerm(term);
}

function continuesName(term: Term): boolean {
	return isNameTerm(term) || (term.tags.has('Acronym') && /^\p{Lu}/u.test(term.text));
}

/** Whether the term runs straight on into the next one: a space or hyphen, no punctuation. */
function joined(term: Term, next: Term): boolean {
	if (next.pre !== '') return false;
	if (/^\.\s+$/.test(term.post) && COURTESY.has(`${term.normal.replace(/\.$/, '')}.`)) return true;
	// "Fielding H. Garrison", "M. Theo Kearney": an initial runs on into the rest of the name.
	if (/^\.\s+$/.test(term.post) && /^\p{Lu}$/u.test(term.text)) return true;
	return /^(?:\s+|-)$/.test(term.post);
}

function isRoleTerm(term: Term): boolean {
	return ROLE_WORDS.has(term.normal) || term.tags.has('Honorific');
}

function classify(sentence: ArticleSentence, from: number, to: number): Mention | undefined {
	const { terms } = sentence;
	let nameStart = from;
	const role: string[] = [];
	while (nameStart < to - 1) {
		const term = terms[nameStart]!;
		const isTitle = isRoleTerm(term) || COURTESY.has(term.normal) || term.tags.has('Demonym');
		if (!isTitle) break;
		if (!COURTESY.has(term.normal)) role.push(term.text);
		nameStart += 1;
	}
	// "Indian National Congress": a demonym leads an organization's name, not a person's role.
	const onlyDemonyms =
		nameStart > from && terms.slice(from, nameStart).every((t) => t.tags.has('Demonym'));
	const rest = terms.slice(nameStart, to);
	if (
		onlyDemonyms &&
		(rest.some((t) => t.tags.has('Organization')) ||
			ORGANIZATION_WORDS.test(sentence.text.slice(rest[0]!.start, rest[rest.length - 1]!.end))) &&
		!rest.some((t) => t.tags.has('Person'))
	) {
		nameStart = from;
		role.length = 0;
	}
	const first = terms[nameStart]!;
	const last = terms[to - 1]!;
	const start = first.start;
	let end = last.end;
	let text = sentence.text.slice(start, end);
	const possessive = /['’]s?$/.exec(text);
	if (possessive && text.length > 3) {
		text = text.slice(0, possessive.index);
		end = start + text.length;
	}
	text = text.replace(/\.$/, (dot) => (/\b\p{Lu}[a-z]?$/u.test(text.slice(0, -1)) ? dot : ''));
	end = start + text.length;
	if (text.length < 2 || !/\p{L}/u.test(text)) return undefined;
	// "American", "Roman": a demonym on its own describes, it does not name.
	if (terms.slice(nameStart, to).every((t) => t.tags.has('Demonym')) && !findCountry(text))
		return undefined;
	const hadTitle = role.length > 0 || nameStart > from;
	const kind = kindOf(terms.slice(nameStart, to), text, hadTitle);
	if (!kind) return undefined;
	const key = keyOf(kind, text);
	const mention: Mention = {
		sentence,
		start,
		end,
		firstTerm: nameStart,
		lastTerm: to,
		text,
		kind,
		key
	};
	if (kind === 'person' && role.length > 0) mention.title = role.join(' ');
	return mention;
}

function kindOf(terms: readonly Term[], text: string, hadTitle: boolean): EntityKind | undefined {
	if (findCountry(text) && !terms.some((t) => t.tags.has('Person') && !t.tags.has('Place'))) {
		return 'country';
	}
	if (hadTitle || terms.some((t) => t.tags.has('Person'))) {
		return terms.some((t) => t.tags.has('Organization')) ? 'organization' : 'person';
	}
	if (terms.some((t) => t.tags.has('Organization')) || ORGANIZATION_WORDS.test(text)) {
		return 'organization';
	}
	if (terms.some((t) => t.tags.has('Place'))) return 'place';
	// Two or more proper nouns in a row name something, even when compromise cannot say what.
	if (terms.length >= 2 && terms.every((t) => t.tags.has('ProperNoun') || t.tags.has('Value')))
		return 'name';
	return undefined;
}

function keyOf(kind: EntityKind, text: string): string {
	if (kind === 'country') return (findCountry(text)?.name ?? text).toLowerCase();
	if (kind === 'person') return text.split(/[\s]+/).pop()!.toLowerCase();
	return text.toLowerCase();
}

/** Groups mentions into entities: "Mr. Tokayev" and "Kassym-Jomart Tokayev" are one person. */
export function groupEntities(mentions: readonly Mention[]): Entity[] {
	const byKey = new Map<string, Entity>();
	for (const mention of mentions) {
		const key = `${mention.kind}:${mention.key}`;
		let entity = byKey.get(key);
		if (!entity) {
			entity = {
				key: mention.key,
				kind: mention.kind,
				name: mention.text,
				aliases: [],
				mentions: [],
				roles: []
			};
			byKey.set(key, entity);
		}
		entity.mentions.push(mention);
		if (!entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
		if (mention.text.length > entity.name.length) entity.name = mention.text;
		const role = mention.title;
		if (role && !entity.roles.includes(role)) entity.roles.push(role);
	}
	for (const entity of byKey.values()) {
		if (entity.kind === 'person') {
			const surname = entity.name.split(/\s+/).pop() ?? entity.name;
			if (!entity.aliases.includes(surname)) entity.aliases.push(surname);
		}
		if (entity.kind === 'country') {
			const country = findCountry(entity.name);
			if (country && !entity.aliases.includes(country.name)) entity.aliases.push(country.name);
		}
	}
	return [...byKey.values()];
}
