import { findVocabulary, meaningIn, type VocabularyUse } from '../analyze/vocabulary';
import { candidate, matching, singleChoice } from '../compose/draft';
import { VOCABULARY, type VocabularyEntry } from '../data/vocabulary';
import { fnv1a32 } from '../../../core/hash';
import type { Article, Candidate } from '../types';

const STOP = new Set(
	'a an the of to in on for by with and or not be is are as at from that who it its too very'.split(
		' '
	)
);

const senses = new Map<VocabularyEntry, Set<string>>();

/** Content words of a word's meaning, synonyms and itself, crudely stemmed: "prices" → "price". */
function senseWords(entry: VocabularyEntry): Set<string> {
	const known = senses.get(entry);
	if (known) return known;
	const words = [entry.word, entry.meaning, ...entry.synonyms]
		.join(' ')
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter((w) => w && !STOP.has(w))
		.map((w) => w.replace(/(?:ing|ed|es|s|ly)$/, ''));
	const found = new Set(words);
	senses.set(entry, found);
	return found;
}

/** Whether `b` could pass for a meaning of `a`: never offer it as a wrong option. */
export function isNearSynonym(a: VocabularyEntry, b: VocabularyEntry): boolean {
	if (a.synonyms.includes(b.word) || b.synonyms.includes(a.word)) return true;
	const aWords = senseWords(a);
	return [...senseWords(b)].some((w) => aWords.has(w));
}

/**
 * Wrong meanings for a word: meanings of other words of the same part of speech, in the same form,
 * none of them a near-synonym of the word or of each other. Deterministic for a given word.
 */
export function vocabularyDistractors(use: VocabularyUse, count: number): string[] {
	const { entry, form } = use;
	const sameKind = (other: VocabularyEntry) =>
		form === 'plural'
			? other.pos === 'n'
			: entry.pos === 'n' || entry.pos === 'nu'
				? other.pos === 'n' || other.pos === 'nu'
				: other.pos === entry.pos;
	// "erupted violently" takes no object: "took away from" or "put right" cannot stand in for it.
	const standsAlone = (other: VocabularyEntry) =>
		entry.pos !== 'v' || takesObject(use) || STANDS_ALONE.test(other.meaning);
	// "the _____ was read" (verdict) never offers "rebel fighter": a person only for a person.
	const sameBeing = (other: VocabularyEntry) =>
		entry.pos === 'v' || PERSON_MEANING.test(other.meaning) === PERSON_MEANING.test(entry.meaning);
	const picked: VocabularyEntry[] = [];
	// Those that fit first; the rest only when too few do.
	const pool = VOCABULARY.filter((other) => other !== entry && sameKind(other))
		.map((other) => ({
			other,
			fit: (standsAlone(other) ? 0 : 1) + (sameBeing(other) ? 0 : 2),
			key: fnv1a32(entry.word + other.word)
		}))
		.sort((a, b) => a.fit - b.fit || a.key - b.key)
		.map(({ other }) => other);
	for (const other of pool) {
		if (picked.length >= count) break;
		if (isNearSynonym(entry, other) || picked.some((p) => isNearSynonym(p, other))) continue;
		picked.push(other);
	}
	return picked.map((other) => meaningIn(other, form));
}

/** Meanings that name a person: "person held captive", "rebel fighter". */
const PERSON_MEANING = /\b(?:person|people|someone|fighters?)\b|^officials? representing\b/;

/** Meanings of verbs that need no object, so they fit a verb used without one. */
const STANDS_ALONE =
	/^(?:speed up|slow down|go (?:down|up)|get worse|become \w+|come (?:out|together)|break out\b.*|grow \w+|fall\b.*|stop\b.*|keep going|end officially)$/;

/** Whether the verb is followed by what it acts on: "erupted violently" is not, "withdrew troops" is. */
function takesObject(use: VocabularyUse): boolean {
	const at = use.sentence.terms.indexOf(use.term);
	const next = use.sentence.terms[at + 1];
	if (!next || /[,;:.!?]/.test(use.term.post)) return false;
	return ['Determiner', 'Noun', 'Pronoun', 'Value', 'Adjective', 'Possessive'].some((tag) =>
		next.tags.has(tag)
	);
}

function promptWord(use: VocabularyUse): string {
	return use.term.text.toLowerCase();
}

/** The words of a meaning that carry it: "stopped for a time" → stopped, time. */
const meaningWords = (meaning: string): string[] =>
	meaning
		.toLowerCase()
		.split(/\s+/)
		.filter(
			(word) => word.length > 3 && !/^(?:that|with|from|into|about|something|someone)$/.test(word)
		)
		// "stop" and "stopped" are one word.
		.map((word) => word.replace(/(?:ing|ed|es|s)$/, '').replace(/(\p{L})\1$/u, '$1'));

/**
 * Words that only say how much or which ("roughly a fifth", "primarily"): nothing of the story
 * turns on them, and raters dropped "roughly" as not worth a question. They stay wrong meanings.
 */
const HEDGES = new Set([
	'roughly',
	'approximately',
	'predominantly',
	'primarily',
	'principally',
	'essentially',
	'specifically'
]);

/**
 * "In paragraph 5, the word “temporarily” is closest in meaning to…" for the less common words of
 * the bundled list the article uses, and a matching of three or four of them to their meanings.
 */
export function vocabularyQuestions(article: Article): Candidate[] {
	const uses = findVocabulary(article.sentences)
		.filter((use) => use.entry.level >= 2 && !HEDGES.has(use.entry.word))
		.sort((a, b) => b.entry.level - a.entry.level || a.sentence.position - b.sentence.position);
	// With four words or more, the less common ones are asked singly and the next three or four
	// are matched to their meanings, so no word is asked twice.
	const singles = uses.length >= 4 ? uses.slice(0, Math.min(3, uses.length - 3)) : uses;
	// "suspended: stopped for a time" beside "halted: stopped": two meanings that share a word can
	// be swapped and both read right, so a matching keeps the first of them.
	const forMatching: typeof uses = [];
	const matchedWords = new Set<string>();
	for (const use of uses.length >= 4 ? uses.slice(singles.length) : []) {
		if (forMatching.length >= 4) break;
		const words = meaningWords(meaningIn(use.entry, use.form));
		if (words.some((word) => matchedWords.has(word))) continue;
		forMatching.push(use);
		words.forEach((word) => matchedWords.add(word));
	}
	const out: Candidate[] = [];
	for (const use of singles) {
		const word = promptWord(use);
		const meaning = meaningIn(use.entry, use.form);
		out.push(
			...candidate(
				singleChoice(
					{
						prompt: `In paragraph ${use.sentence.paragraph}, the word “${word}” is closest in meaning to…`,
						skill: 'vocabulary',
						evidence: [use.sentence],
						difficulty: use.entry.level === 3 ? 'hard' : 'medium',
						explanation: `Here “${word}” means “${meaning}”.`
					},
					meaning,
					vocabularyDistractors(use, 3).map((text) => ({ text }))
				),
				use.entry.level === 3 ? 6.5 : 5,
				`vocabulary:${use.entry.word}`
			)
		);
	}
	if (forMatching.length >= 3) {
		const pairs = forMatching
			.sort((a, b) => a.sentence.position - b.sentence.position || a.term.start - b.term.start)
			.map((use) => ({ left: promptWord(use), right: meaningIn(use.entry, use.form) }));
		out.push(
			...candidate(
				matching(
					{
						prompt: 'Match each word with its meaning in the article.',
						skill: 'vocabulary',
						evidence: forMatching.map((use) => use.sentence),
						difficulty: 'medium'
					},
					pairs
				),
				7,
				`vocabulary-matching:${pairs.map((p) => p.left).join('|')}`
			)
		);
	}
	return out;
}
