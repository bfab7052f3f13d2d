import { candidate, singleChoice } from '../compose/draft';
import { findCountry } from '../data/countries';
import { countryDistractors } from '../distractors/countries';
import { fnv1a32 } from '../../../core/hash';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';
import { splitClauses } from '../analyze/clauses';
import { normalizeAnswer } from '../text/normalize';
import { clauseItem } from './timeline';
import { lowerFirst } from '../text/lower-first';
import { escapeRegExp } from '../text/escape-regexp';

/** Adjectives and other names a country goes by that its own name does not begin. */
const OTHER_FORMS: Record<string, readonly string[]> = {
	France: ['French'],
	Spain: ['Spanish', 'Spaniard'],
	Greece: ['Greek'],
	Denmark: ['Danish', 'Dane'],
	Finland: ['Finnish', 'Finn'],
	Poland: ['Polish', 'Pole', 'Poles'],
	Ireland: ['Irish'],
	Netherlands: ['Dutch', 'Holland'],
	Switzerland: ['Swiss'],
	'United Kingdom': ['British', 'Britain', 'English', 'Scottish', 'Welsh', 'UK', 'U.K.'],
	'United States': ['America', 'U.S.', 'US', 'USA'],
	Philippines: ['Filipino'],
	Portugal: ['Portuguese'],
	Peru: ['Peruvian'],
	Cyprus: ['Cypriot'],
	Madagascar: ['Malagasy'],
	'New Zealand': ['Kiwi'],
	Thailand: ['Thai'],
	Laos: ['Lao'],
	Myanmar: ['Burma', 'Burmese']
};

/** A "person" whose name says it is a firm ("Halvorsen Mining"): a swap would be nonsense. */
const FIRM =
	/\b(?:Mining|Metals|Capital|Bank|Group|Holdings|Ltd|Inc|Corp|Company|Fund|Partners|Energy|Motors|Airlines|Media|Ports)\b/;

/** Everything a reader of the article sees: headings and every sentence. */
function fullText(article: Article): string {
	const headings = article.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
	return [...headings, ...article.sentences.map((s) => s.text)].join('\n');
}

/**
 * Whether the article certainly never names the country: not its name, an alias, an adjective
 * ("Chinese" for China: any word starting with the name's stem, matched as a capitalized word), so
 * "Which country is NOT mentioned?" can never be answered by a reader who remembers "Chinese troops".
 */
export function countryAbsent(text: string, name: string): boolean {
	const country = findCountry(name);
	const names = [name, ...(country?.aliases ?? []), ...(OTHER_FORMS[country?.name ?? name] ?? [])];
	if (
		names.some((n) => new RegExp(`(?<![\\p{L}.])${escapeRegExp(n)}(?![\\p{L}])`, 'iu').test(text))
	)
		return false;
	const stem = name.slice(0, Math.max(4, name.length - 5));
	return !new RegExp(`(?<!\\p{L})${escapeRegExp(stem)}`, 'u').test(text);
}

/** Where the article first names the entity, verbatim. */
const firstSentence = (entity: Entity): ArticleSentence | undefined => entity.mentions[0]?.sentence;

/**
 * "Which of these does the article NOT say happened?" when the article's actors allow it; else
 * "Which of these countries does the article NOT mention?": three countries the article names
 * (most mentioned first) and one near them that it certainly never names. Raters called the
 * country form a scanning exercise, so it comes second. At most one per article.
 */
export function notMentionedQuestions(article: Article): Candidate[] {
	const text = fullText(article);
	const events = eventForm(article, text);
	if (events.length > 0) return events;
	const named = article.entities
		.filter((e) => e.kind === 'country' && findCountry(e.name) && text.includes(e.name))
		.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
		.slice(0, 3);
	if (named.length < 3) return [];
	const near = countryDistractors(
		article,
		named[0]!.name,
		named.map((e) => e.name),
		12
	).filter((c) => countryAbsent(text, c));
	if (near.length === 0) return [];
	// The nearest few are all plausible; the article's own text picks one, the same on every run.
	const answer = near[fnv1a32(article.sentences[0]?.text ?? '') % Math.min(3, near.length)]!;
	const draft = singleChoice(
		{
			prompt: 'Which of these countries does the article NOT mention?',
			skill: 'detail',
			evidence: named.flatMap((e) => firstSentence(e) ?? []),
			difficulty: 'easy',
			explanation: `The article mentions ${named.map((e) => e.name).join(', ')}, but never ${answer}.`
		},
		answer,
		named.map((e) => ({ text: e.name, feedback: `The article mentions ${e.name}.` }))
	);
	// A scan for a name, not a reading of the story: raters dropped it in each of the last three
	// rounds, so it only makes up a quiz of five (the events' version asks what happened).
	return candidate(draft, 5, 'not-mentioned').map((c) => ({ ...c, kind: 'trivia' as const }));
}

interface Deed {
	text: string;
	entity: Entity;
	/** The item without its subject: "rejected the demand". */
	predicate: string;
}

/** Stated events whose subject is a named entity: "Halden Capital made a formal offer". */
function deeds(article: Article): Deed[] {
	const out: Deed[] = [];
	for (const s of article.sentences) {
		if (s.isQuestion) continue;
		const clauses = splitClauses(s);
		clauses.forEach((_, i) => {
			const text = clauseItem(article, clauses, i);
			// The subject may carry a title: "Chairman Robert Hale resigned".
			const mention =
				text &&
				article.mentions.find(
					(m) =>
						m.sentence === s &&
						new RegExp(`^(?:[\\p{L}-]+ ){0,3}${escapeRegExp(m.text)} `, 'u').test(text)
				);
			const entity =
				mention && article.entities.find((e) => e.key === mention.key && e.kind === mention.kind);
			const predicate =
				text && mention
					? text.slice(text.indexOf(`${mention.text} `) + mention.text.length + 1)
					: '';
			// "were" or "has" would have to agree with the new subject.
			if (
				entity &&
				!/^(?:was|were|has|have)\b/.test(predicate) &&
				!out.some((d) => d.text === text)
			)
				out.push({ text: text!, entity, predicate });
		});
	}
	return out;
}

/**
 * "Which of these does the article NOT say happened?": a stated deed given to another named actor
 * of the same kind. It is certainly unstated only if no sentence with that deed names the actor.
 */
function eventForm(article: Article, text: string): Candidate[] {
	const stated = deeds(article);
	const normal = ` ${normalizeAnswer(text)} `;
	const swaps = stated.flatMap((a) =>
		stated
			// Only kinds the analysis is sure of: an unplaced "name" may be a person or a firm.
			.filter(
				(b) =>
					b.entity !== a.entity &&
					b.entity.kind === a.entity.kind &&
					/^(?:person|organization|country)$/.test(a.entity.kind) &&
					!(a.entity.kind === 'person' && [a, b].some((d) => FIRM.test(d.entity.name)))
			)
			.map((b) => ({ a, b, answer: `${b.entity.name} ${a.predicate}` }))
			.filter(({ b, answer }) => {
				if (normal.includes(` ${normalizeAnswer(answer)} `)) return false;
				const withDeed = article.sentences.filter((s) => s.text.includes(a.predicate));
				return withDeed.every((s) => !b.entity.aliases.some((n) => s.text.includes(n)));
			})
	);
	if (swaps.length === 0 || stated.length < 3) return [];
	const { a, b, answer } = swaps[fnv1a32(text.slice(0, 500)) % swaps.length]!;
	const others = [a, b, ...stated.filter((d) => d !== a && d !== b)].slice(0, 3);
	const draft = singleChoice(
		{
			prompt: 'Which of these does the article NOT say happened?',
			skill: 'detail',
			evidence: article.sentences
				.filter((s) => others.some((d) => s.text.includes(d.predicate)))
				.slice(0, 3),
			explanation: `The article says that ${lowerFirst(a.text)}, not ${b.entity.name}.`
		},
		answer,
		others.map((d) => ({ text: d.text, feedback: 'The article says this happened.' }))
	);
	return candidate(draft, 6.5, 'not-mentioned').map((c) => ({ ...c, kind: 'event' as const }));
}
