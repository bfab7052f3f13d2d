import { escapeRegExp } from './escape-regexp';
import nlp from 'compromise';
import { splitClauses } from '../analyze/clauses';
import type { Article, ArticleSentence, Term } from '../types';
import { lowerFirst } from './lower-first';

const PRONOUNS = /^(?:he|she|it|they|we|i|you|this|that|these|those)$/i;
const PLURAL_SUBJECT = /^(?:they|we|i|you|these|those|others)$/i;
const ADVERBS_TO_DROP = /^(?:also|then|later|previously|too|still|reportedly|subsequently)$/;

/**
 * The text without the punctuation that ends it, but for the full stop of a dotted abbreviation
 * ("at around 2:30 a.m.", "in the U.S."), which is part of the word.
 */
export function stripFinalPunctuation(text: string): string {
	const stripped = text.replace(/[\s.!?;:,]+$/, '');
	const dotted =
		/(?:^|[\s(])(?:\p{L}\.)+\p{L}$/u.test(stripped) &&
		/^\.(?![.\s]*\.)/.test(text.slice(stripped.length));
	return dotted ? `${stripped}.` : stripped;
}

/** Quotes must pair up, or a prompt cut from a sentence would show a dangling quote mark. */
export function quotesBalanced(text: string): boolean {
	const straight = (text.match(/"/g) ?? []).length;
	const open = (text.match(/“/g) ?? []).length;
	const close = (text.match(/”/g) ?? []).length;
	return straight % 2 === 0 && open === close && !/\(/.test(text) === !/\)/.test(text);
}

interface Transforms {
	two: { transform: { verb: { toInfinitive: (v: string, m: unknown, tense: string) => string } } };
}
const { toInfinitive } = (nlp.methods() as unknown as Transforms).two.transform.verb;

/** Conjugations already asked for: a parse per verb phrase would cost more than the whole lookup. */
const infinitives = new Map<string, string | undefined>();
const MAX_CACHED_INFINITIVES = 2000;

/** A verb's dictionary form, as its sentence tags it: "urging" → "urge", "to act" keeps "act". */
export function lemmaOf(verb: Term): string {
	return verb.tags.has('Infinitive') ? verb.normal : (infinitiveOf(verb.normal) ?? verb.normal);
}

/** Irregular past forms compromise reads as nouns when alone. */
const IRREGULAR_PAST_NOUNS = new Set(['rose', 'saw', 'left']);

/**
 * The infinitive of a verb phrase as compromise conjugates it: "gave up" → "give up". Undefined
 * when neither compromise nor its tables can turn a past form back ("appeared" handed back as
 * itself would give "Why does the goal appeared?").
 */
export function infinitiveOf(verb: string): string | undefined {
	if (infinitives.has(verb)) return infinitives.get(verb);
	const forms = nlp(verb).verbs().conjugate() as { Infinitive?: string }[];
	// Alone, "joined" reads as an adjective; the lookup tables still know its infinitive.
	// "rose" the lexicon files as a noun: a past form it knows the infinitive of is still a verb's.
	const found =
		forms[0]?.Infinitive ??
		(/^[a-z]+ed$/i.test(verb) || IRREGULAR_PAST_NOUNS.has(verb.toLowerCase())
			? toInfinitive(verb.toLowerCase(), nlp.model(), 'PastTense')
			: undefined);
	const infinitive = found === verb && /[^e]ed$/.test(verb) ? undefined : found;
	if (infinitives.size >= MAX_CACHED_INFINITIVES) infinitives.clear();
	infinitives.set(verb, infinitive);
	return infinitive;
}

/**
 * The auxiliary a question about a verb takes: "did" for a past form, else "do" or "does" by the
 * subject. A bare form after a singular subject is past ("The bank cut its rate on Wednesday": the
 * present would be "cuts"), though compromise tags "cut", "set" or "put" as present or as a noun.
 */
export function doSupportFor(
	verb: Term,
	subject: { text: string; plural: boolean }
): 'did' | 'do' | 'does' {
	if (verb.tags.has('PastTense') || /^(?:had|did|was|were)$/.test(verb.normal)) return 'did';
	if (subject.plural) return 'do';
	// Whatever its tags say: compromise reads "The bank cut …" as a noun "cut".
	return /s$/.test(verb.normal) || /^(?:i|you)$/i.test(subject.text) ? 'does' : 'did';
}

/**
 * Whether the article writes a word with its capital inside a sentence ("Democrats", "Union"),
 * not only where a sentence or a quotation starts: there the capital is the word's own.
 */
export function capitalisedMidSentence(article: Pick<Article, 'sentences'>, word: string): boolean {
	return wordsCapitalisedMidSentence(article.sentences).has(word);
}

const capitalisedBySentences = new WeakMap<readonly ArticleSentence[], ReadonlySet<string>>();

/** The words `capitalisedMidSentence` accepts, read once per article's sentences. */
function wordsCapitalisedMidSentence(sentences: readonly ArticleSentence[]): ReadonlySet<string> {
	const known = capitalisedBySentences.get(sentences);
	if (known) return known;
	const words = new Set<string>();
	for (const s of sentences)
		s.terms.forEach((t, i) => {
			if (
				i > 0 &&
				!/[.!?:"“]\s*$/.test(s.terms[i - 1]!.post) &&
				// "The Foreign Investors' Association": a word inside a longer name is no name alone.
				!(/^\s*$/.test(t.post) && /^\p{Lu}/u.test(s.terms[i + 1]?.text ?? '')) &&
				// Nor is the last word of one: "World Health", "the Ministry of Health".
				!endsName(s.terms, i)
			)
				words.add(t.text);
		});
	capitalisedBySentences.set(sentences, words);
	return words;
}

function endsName(terms: readonly Term[], at: number): boolean {
	const before = terms[at - 1]!;
	if (/^\s*$/.test(before.post) && /^\p{Lu}/u.test(before.text)) return true;
	const first = terms[at - 2];
	return (
		/^(?:of|for|and)$/.test(before.normal) &&
		first !== undefined &&
		/^\s*$/.test(first.post) &&
		/^\p{Lu}/u.test(first.text)
	);
}

/**
 * "Health officials said they were monitoring …", "Because children cannot …, they are
 * separated": "they" is the plural subject of the clause before it in the same sentence. Undefined
 * when that subject is no plural noun phrase the question could name.
 */
function pluralSubjectBefore(
	article: Article,
	sentence: ArticleSentence,
	pronoun: Term
): { text: string; plural: boolean } | undefined {
	const at = sentence.terms.indexOf(pronoun);
	const before = splitClauses(sentence)
		.flatMap((c) => (c.subject && c.subject.to <= at ? [c.subject] : []))
		.sort((a, b) => b.to - a.to)[0];
	if (!before) return undefined;
	const terms = sentence.terms.slice(before.from, before.to);
	// "Doctors at two hospitals, the city's largest, said they …": an apposition the clause
	// finder took for the subject names the hospitals, not who said it.
	if (/,/.test(sentence.terms[before.from - 1]?.post ?? '') && /,/.test(terms.at(-1)?.post ?? ''))
		return undefined;
	const head = terms.at(-1);
	if (!head?.tags.has('Plural') || terms.some((t) => PRONOUNS.test(t.text))) return undefined;
	const named = questionSubject(article, sentence, terms);
	return named && { ...named, plural: true };
}

export function questionSubject(
	article: Article,
	sentence: ArticleSentence,
	allSubjectTerms: readonly Term[]
): { text: string; plural: boolean } | undefined {
	let subjectTerms = allSubjectTerms;
	// "First, it is…", "However, the river…": a short opener before a comma is not the subject.
	const opener = subjectTerms.findIndex((t) => /,/.test(t.post));
	if (
		opener >= 0 &&
		opener < 2 &&
		subjectTerms
			.slice(0, opener + 1)
			.every((t) => /Adverb|Ordinal|Conjunction|Value/.test([...t.tags].join(' ')))
	) {
		subjectTerms = subjectTerms.slice(opener + 1);
	}
	// "Immigrants who were brought to the U.S. as children demonstrated…": the question keeps the
	// head, "Where did immigrants demonstrate?"; the relative clause would be a second verb.
	const relative = subjectTerms.findIndex(
		(t, i) =>
			i > 0 && /^(?:who|which|that)$/.test(t.normal) && subjectTerms[i - 1]!.tags.has('Noun')
	);
	// Only a head that names its referent alone, a name or a bare plural ("Farmers who …"):
	// "another state that …" and "the senior FBI agent who …" need their clause.
	const beforeRelative = subjectTerms.slice(0, Math.max(relative, 0));
	const headNoun = beforeRelative.at(-1);
	if (
		relative > 0 &&
		headNoun &&
		(headNoun.tags.has('ProperNoun') ||
			(headNoun.tags.has('Plural') && !beforeRelative[0]!.tags.has('Determiner')))
	)
		subjectTerms = beforeRelative;
	if (subjectTerms.length === 0 || subjectTerms.length > 8) return undefined;
	const first = subjectTerms[0]!;
	if (subjectTerms.slice(0, -1).some((t) => /[,;:()"“”]/.test(t.post))) return undefined;
	// "Nearly 34,000 Americans": an adverb may lead a count.
	const leadsCount = first.tags.has('Adverb') && subjectTerms[1]?.tags.has('Value') === true;
	if (
		first.tags.has('Preposition') ||
		(first.tags.has('Adverb') && !leadsCount) ||
		first.tags.has('Conjunction')
	) {
		return undefined;
	}
	if (subjectTerms.some((t) => t.tags.has('Verb'))) return undefined;
	// "Greece's most | visited ancient site": a subject that ends on a degree word runs on into
	// the participle the tagger took for a verb.
	if (/^(?:most|more|least|less|very|best|worst)$/.test(subjectTerms.at(-1)!.normal))
		return undefined;
	// "…maiden flight in October | last year successfully reached": a time is no subject.
	if (
		/^(?:last|next|this|that|every|each)$/.test(first.normal) &&
		subjectTerms.at(-1)!.tags.has('Date')
	)
		return undefined;
	if (subjectTerms.every((t) => t.tags.has('Date') || t.tags.has('Determiner'))) return undefined;
	// "There was total bias": an existential "there" is no one to ask about.
	if (subjectTerms.length === 1 && /^there$/i.test(first.text)) return undefined;
	if (subjectTerms.length === 1 && PRONOUNS.test(first.text)) {
		const pronoun = first.normal;
		if (pronoun === 'it')
			return article.topic && continuesTopic(article, sentence)
				? { text: article.topic.name, plural: false }
				: undefined;
		if (pronoun === 'he' || pronoun === 'she') {
			const person = lastPersonBefore(article, sentence);
			return person ? { text: person, plural: false } : undefined;
		}
		if (pronoun === 'they') return pluralSubjectBefore(article, sentence, first);
		return undefined;
	}
	// A word the article capitalises mid-sentence is a name ("Democrats"), whatever its tags say.
	const subjectText = subjectTerms.map((t) => t.text).join(' ');
	// "Mayor Helen Carter", "Democrats": a title before a name, or a word the article capitalises
	// mid-sentence, keeps its capital.
	// "The Trump administration" names Trump, but its "The" is an article like any other.
	const named =
		// "Both Trump and Abe": a quantifier before the names is no part of them.
		!/^(?:the|a|an|both|either|neither|all|each|every|some|many|most|several)$/.test(
			first.normal
		) &&
		((/^\p{Lu}/u.test(first.text) &&
			subjectTerms.length > 1 &&
			article.entities.some(
				(e) => e.kind === 'person' && e.aliases.some((alias) => subjectText.includes(alias))
			)) ||
			// (The whole name: "Foreign companies" is not "Foreign Investors' Association".)
			article.entities.some((e) =>
				e.aliases.some(
					(alias) =>
						alias.split(/\s+/)[0] === first.text &&
						(subjectText === alias ||
							new RegExp(`^${escapeRegExp(alias)}(?![\\p{L}\\d])`, 'u').test(subjectText))
				)
			) ||
			(/^\p{Lu}\p{Ll}/u.test(first.text) && capitalisedMidSentence(article, first.text)));
	const text = (
		named ? (t: string) => t : (t: string) => lowerFirst(t, { term: first, keepCapitals: true })
	)(
		subjectTerms
			.map(
				(t, i) => t.pre.replace(/^\s+/, '') + t.text + (i < subjectTerms.length - 1 ? t.post : '')
			)
			.join('')
	).trim();
	const head = subjectTerms[subjectTerms.length - 1]!;
	const plural =
		head.tags.has('Plural') ||
		PLURAL_SUBJECT.test(head.text) ||
		subjectTerms.some((t) => t.normal === 'and');
	return { text, plural };
}

function lastPersonBefore(article: Article, sentence: ArticleSentence): string | undefined {
	const people = article.mentions.filter(
		(m) =>
			m.kind === 'person' &&
			m.sentence.position < sentence.position &&
			m.sentence.position >= sentence.position - 3
	);
	const last = people[people.length - 1];
	if (!last) return undefined;
	const entity = article.entities.find((e) => e.kind === 'person' && e.key === last.key);
	return entity?.name;
}

/**
 * Whether "it" at the start of `sentence` is the article's topic: the nearest earlier sentence
 * whose subject is not itself "it" has the topic as its subject ("Kazakhstan is bordered by … It is
 * a massive country"). "It" is as often the bill or the ruling just named, so nothing else counts.
 */
function continuesTopic(article: Article, sentence: ArticleSentence): boolean {
	const topic = article.topic;
	if (!topic) return false;
	for (let p = sentence.position - 1; p >= Math.max(0, sentence.position - 3); p -= 1) {
		const before = article.sentences[p]!;
		// "What difference does it make?": a rhetorical question leaves the topic where it was.
		if (before.isQuestion) continue;
		const clause = splitClauses(before).find((c) => c.subject);
		if (!clause?.subject) continue;
		const subject = before.terms
			.slice(clause.subject.from, clause.subject.to)
			.map((t) => t.text)
			.join(' ');
		if (/^it$/i.test(subject)) continue;
		return topic.aliases.some((alias) => subject === alias || subject.endsWith(` ${alias}`));
	}
	return false;
}

/**
 * Turns "the Panthers gave up 308 points" around a wh-phrase: "How many points did the Panthers give
 * up?". `verbIndex` is the first verb term after the subject; `rest` is what follows the wh-phrase's
 * own words; the subject runs from `subjectStart` (after an opener such as "In 1972,") to the verb.
 * Returns undefined when the clause is not simple enough to invert correctly.
 */
export function invertWithWh(
	article: Article,
	sentence: ArticleSentence,
	verbIndex: number,
	verbEnd: number,
	wh: string,
	rest: string,
	subjectStart = 0,
	ownSubjectEnd?: number
): string | undefined {
	const { terms } = sentence;
	// "speaking to strikers gathered outside a gate": a noun right after a preposition is its
	// object, and the participle after it no verb of its own ("What did strikers gather…?"); one
	// after "which" ("incidents in which users suffered burns") has lost what "which" stood for.
	const beforeSubject = terms[subjectStart - 1];
	if (
		beforeSubject &&
		!/[,;:—–]/.test(beforeSubject.post) &&
		(beforeSubject.tags.has('Preposition') ||
			/^(?:to|which|whom|whose)$/.test(beforeSubject.normal))
	)
		return undefined;
	// "Democrats initially pushed for …": an adverb before the verb follows the subject in the
	// question, "What did Democrats initially push for?" A subject shared with an earlier verb
	// ("Chad was on the list but was dropped") ends where the caller says.
	let subjectEnd = ownSubjectEnd ?? verbIndex;
	while (
		ownSubjectEnd === undefined &&
		subjectEnd - 1 > subjectStart &&
		terms[subjectEnd - 1]!.tags.has('Adverb') &&
		!terms[subjectEnd - 1]!.tags.has('Negative') &&
		!/[,;:]/.test(terms[subjectEnd - 2]!.post)
	)
		subjectEnd -= 1;
	const subject = questionSubject(article, sentence, terms.slice(subjectStart, subjectEnd));
	if (!subject) return undefined;
	const adverbs = terms
		.slice(ownSubjectEnd === undefined ? subjectEnd : verbIndex, verbIndex)
		.filter((t) => !ADVERBS_TO_DROP.test(t.normal))
		.map((t) => ` ${t.text}`)
		.join('');
	const verbTerms = terms.slice(verbIndex, verbEnd).filter((t) => !ADVERBS_TO_DROP.test(t.normal));
	const first = verbTerms[0];
	if (!first || verbTerms.some((t) => t.tags.has('Negative'))) return undefined;
	const tail = rest ? ` ${rest}` : '';
	// "has since been reassigned": "has" before another verb is an auxiliary, whatever its tags say.
	const haveAuxiliary =
		/^(?:has|have|had)$/.test(first.normal) && verbTerms.slice(1).some((t) => t.tags.has('Verb'));
	if (
		first.tags.has('Auxiliary') ||
		first.tags.has('Copula') ||
		first.tags.has('Modal') ||
		haveAuxiliary
	) {
		const remainder = verbTerms
			.slice(1)
			.map((t) => t.text)
			.join(' ');
		const aux = first.text.toLowerCase();
		return `${wh} ${aux} ${subject.text}${adverbs}${remainder ? ` ${remainder}` : ''}${tail}?`;
	}
	const phrase = verbTerms.map((t) => t.text).join(' ');
	const infinitive = infinitiveOf(phrase);
	if (!infinitive) return undefined;
	const auxiliary = doSupportFor(first, subject);
	return `${wh} ${auxiliary} ${subject.text}${adverbs} ${infinitive}${tail}?`;
}
