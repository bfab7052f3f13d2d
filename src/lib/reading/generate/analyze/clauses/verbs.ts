import type { Term } from '../../types';
import { IRREGULAR_PAST, breakAfter, has, isAuxiliary, isNominal } from './lexicon';

const flagsOfTerms = new WeakMap<readonly Term[], readonly boolean[]>();

/** `finiteFlags` of a sentence's terms, worked out once however many rules ask. */
export function finiteFlagsOf(terms: readonly Term[]): readonly boolean[] {
	const known = flagsOfTerms.get(terms);
	if (known) return known;
	const flags = finiteFlags(terms);
	flagsOfTerms.set(terms, flags);
	return flags;
}

/**
 * Which terms can head a finite verb group. compromise tags some past forms as nouns ("the water
 * rose") and some plural nouns as verbs ("forces had arrived"), so both are corrected here, once per
 * sentence (see `finiteFlagsOf`), rather than by every rule that asks.
 */
export function finiteFlags(terms: readonly Term[]): boolean[] {
	const flags = terms.map((term, i) => looksFinite(terms, i, term));
	for (let i = 0; i < terms.length; i++) {
		const term = terms[i]!;
		const previous = terms[i - 1];
		if (
			!flags[i] &&
			IRREGULAR_PAST.has(term.normal) &&
			previous &&
			!breakAfter(previous) &&
			(has(previous, 'Plural') || has(previous, 'Noun') || flags[i - 1]) &&
			!has(previous, 'Determiner') &&
			!has(previous, 'Possessive') &&
			terms[i + 1]?.normal !== 'of'
		) {
			flags[i] = true;
		}
	}
	// "the pension funds, led by …, entered": a plural noun compromise took for a verb, set off by
	// the aside before the clause's real verb.
	for (let i = 2; i < terms.length; i++) {
		const term = terms[i]!;
		if (
			flags[i] &&
			term.tags.has('PresentTense') &&
			/s$/.test(term.normal) &&
			/,/.test(term.post) &&
			has(terms[i - 1], 'Noun') &&
			!has(terms[i - 1], 'Plural') &&
			!has(terms[i - 1], 'Pronoun') &&
			has(terms[i - 2], 'Determiner') &&
			flags.slice(i + 2).some(Boolean)
		)
			flags[i] = false;
	}
	for (let i = 1; i < terms.length; i++) {
		if (flags[i] && participleAsideEnd(terms, flags, i) !== undefined) flags[i] = false;
	}
	// "A second sample taken three weeks later also tested positive": a participle that is no
	// past tense ("taken", "given"), right after its noun, before the clause's own verb.
	for (let i = 1; i < terms.length; i++) {
		const term = terms[i]!;
		if (!flags[i] || !term.tags.has('Participle') || !has(terms[i - 1], 'Noun')) continue;
		if (breakAfter(terms[i - 1]!)) continue;
		for (let k = i + 1; k < terms.length; k++) {
			if (flags[k]) {
				flags[i] = false;
				break;
			}
			if (breakAfter(terms[k]!)) break;
		}
	}
	// "a mid-sized company based near Grenoble": where a noun is based, found or headquartered
	// says what it is, right after it; it is no verb of the clause.
	for (let i = 1; i < terms.length; i++) {
		if (!flags[i] || !WHERE_SOMETHING_IS.test(terms[i]!.normal)) continue;
		const noun = terms[i - 1]!;
		if (has(noun, 'Noun') && !has(noun, 'Pronoun') && !breakAfter(noun)) flags[i] = false;
	}
	// "a local company called PT Bahari Lestari": "called" or "named" after a noun that "a" or "an"
	// introduces, before a name, gives the noun's name; it is no verb of the clause ("The mayor
	// called Ana Ruiz" is one).
	for (let i = 1; i < terms.length; i++) {
		if (!flags[i] || !/^(?:called|named|dubbed)$/.test(terms[i]!.normal)) continue;
		const noun = terms[i - 1]!;
		if (!has(noun, 'Noun') || has(noun, 'Pronoun') || has(noun, 'ProperNoun')) continue;
		if (breakAfter(noun) || !/^\p{Lu}/u.test(terms[i + 1]?.text ?? '')) continue;
		let k = i - 2;
		while (
			k >= 0 &&
			(has(terms[k], 'Adjective') || has(terms[k], 'Noun')) &&
			!breakAfter(terms[k]!)
		)
			k--;
		if (/^(?:a|an)$/.test(terms[k]?.normal ?? '')) flags[i] = false;
	}
	// "months of strikes and riots in 2023": an -s word joined to a plural noun, before a
	// preposition, is a second plural noun.
	for (let i = 2; i < terms.length; i++) {
		const term = terms[i]!;
		if (!flags[i] || !term.tags.has('PresentTense') || !/s$/.test(term.normal)) continue;
		if (!/^(?:and|or)$/.test(terms[i - 1]!.normal) || !has(terms[i - 2], 'Plural')) continue;
		if (flags[i - 2] || breakAfter(terms[i - 2]!)) continue;
		if (terms[i + 1] === undefined || has(terms[i + 1], 'Preposition') || /[,;.]/.test(term.post))
			flags[i] = false;
	}
	// "its parks, cemeteries and school grounds from June 1": an -s word after a noun that "and"
	// joins to a plural is a list's last item, a compound plural noun.
	for (let i = 3; i < terms.length; i++) {
		const term = terms[i]!;
		if (!flags[i] || !term.tags.has('PresentTense') || !/s$/.test(term.normal)) continue;
		const [noun, and, plural] = [terms[i - 1]!, terms[i - 2]!, terms[i - 3]!];
		if (
			!has(noun, 'Noun') ||
			has(noun, 'Pronoun') ||
			has(noun, 'Plural') ||
			has(noun, 'ProperNoun')
		)
			continue;
		if (!/^(?:and|or)$/.test(and.normal) || !has(plural, 'Plural') || flags[i - 3]) continue;
		if (!breakAfter(noun) && !breakAfter(plural)) flags[i] = false;
	}
	// "Large rail projects across Europe have run late": an -s word after a noun, before a
	// preposition, with a plural verb group still to come in the clause, is the plural noun it heads.
	for (let i = 1; i < terms.length; i++) {
		const term = terms[i]!;
		if (!flags[i] || !term.tags.has('PresentTense') || !/s$/.test(term.normal)) continue;
		const previous = terms[i - 1]!;
		if (!has(previous, 'Noun') || has(previous, 'Pronoun') || has(previous, 'Plural')) continue;
		if (breakAfter(previous) || !has(terms[i + 1], 'Preposition') || breakAfter(term)) continue;
		if (pluralVerbAhead(terms, i + 2)) flags[i] = false;
	}
	// "A study published last year by researchers … estimated": a participle after a noun, whose
	// doer follows within a few words, describes that noun when the clause's verb comes later.
	for (let i = 1; i < terms.length; i++) {
		const term = terms[i]!;
		if (!flags[i] || !term.tags.has('PastTense') || !/(?:ed|en|wn)$/.test(term.normal)) continue;
		if (!has(terms[i - 1], 'Noun') || has(terms[i - 1], 'Pronoun') || breakAfter(terms[i - 1]!))
			continue;
		const by = terms.findIndex((t, k) => k > i + 1 && k <= i + 4 && t.normal === 'by');
		if (by >= 0 && !terms.slice(i + 1, by).some((t) => breakAfter(t) || has(t, 'Verb'))) {
			if (flags.slice(by + 2).some(Boolean)) flags[i] = false;
			continue;
		}
		// "Fires linked to lithium-ion batteries in phones have increased": the same before a
		// preposition, when the subject opens the sentence and its own verb group comes later.
		const opensSentence = i === 1 || (i === 2 && has(terms[0], 'Determiner'));
		const preposition = has(terms[i + 1], 'Preposition') || terms[i + 1]?.normal === 'to';
		if (opensSentence && preposition && auxiliaryAhead(terms, i + 2)) flags[i] = false;
	}
	// A "verb" right before another finite verb is a noun: "prices rose", "forces had arrived".
	// But "the river rose fast": a bare present form after a past one is the past one's adverb.
	for (let i = 0; i + 1 < terms.length; i++) {
		if (flags[i] && flags[i + 1] && !isAuxiliary(terms[i]) && !breakAfter(terms[i])) {
			const next = terms[i + 1]!;
			const pastThenBare =
				(terms[i]!.tags.has('PastTense') || IRREGULAR_PAST.has(terms[i]!.normal)) &&
				!isAuxiliary(next) &&
				next.tags.has('Infinitive') &&
				!next.tags.has('PastTense') &&
				!/s$/.test(next.normal);
			if (pastThenBare) flags[i + 1] = false;
			else flags[i] = false;
		}
	}
	return flags;
}

/**
 * An auxiliary ("have", "was") that opens the clause's verb group within twelve words, with no
 * connective, pronoun or other verb before it: the participle before is then no verb of its own.
 */
function auxiliaryAhead(terms: readonly Term[], from: number): boolean {
	for (let k = from; k < terms.length && k < from + 12; k++) {
		const term = terms[k]!;
		if (isAuxiliary(term)) {
			const previous = terms[k - 1]!;
			return !has(previous, 'Conjunction') && !/[,;:]/.test(previous.post);
		}
		// "in phones, e-bikes and chargers": an -s word in a list is a noun the tagger took for a verb.
		const listNoun = term.tags.has('PresentTense') && /s$/.test(term.normal);
		if ((has(term, 'Verb') && !listNoun) || has(term, 'Pronoun') || /[;:]/.test(term.post))
			return false;
		if (/^(?:that|which|who|where|when|because|while|as|but)$/.test(term.normal)) return false;
	}
	return false;
}

/** A plural verb group ("have run", "are") before the clause ends at punctuation or a connective. */
function pluralVerbAhead(terms: readonly Term[], from: number): boolean {
	for (let k = from; k < terms.length && k < from + 8; k++) {
		const term = terms[k]!;
		if (/^(?:have|are|were|do)$/.test(term.normal)) return true;
		if (has(term, 'Verb') || has(term, 'Pronoun') || has(term, 'Conjunction')) return false;
		if (/^(?:that|which|who)$/.test(term.normal) || breakAfter(term)) return false;
	}
	return false;
}

/** Words that open a list of members set off by commas: "Crews, including eight specialists, …". */
const INCLUSION = /^(?:including|excluding|among|besides)$/;

const isPastParticiple = (term: Term) =>
	term.tags.has('PastTense') && /(?:ed|en|wn)$/.test(term.normal);

/**
 * "The minibuses, known as matatus, stayed": a participle that opens an aside between commas, with
 * the clause's verb right after it, is no verb of its own; nor is one inside an aside that lists
 * members or tells what the subject was doing ("Crews, including eight specialists flown in from
 * South Africa, then cleared", "Rescuers, working through the night, reached"). Returns where the
 * aside ends (after its closing comma), or undefined when no such aside starts at `at`.
 */
export function participleAsideEnd(
	terms: readonly Term[],
	finite: readonly boolean[],
	at: number
): number | undefined {
	const term = terms[at];
	if (!term || isAuxiliary(term) || !/,/.test(terms[at - 1]?.post ?? '')) return undefined;
	const opensList = INCLUSION.test(term.normal) || term.tags.has('Gerund');
	if (!opensList && !isPastParticiple(term)) return undefined;
	for (let k = at + 1; k <= at + 14 && k < terms.length; k++) {
		// "Crews, including eight specialists flown in from abroad, cleared": a participle after
		// its noun, inside the aside, is no verb either.
		const reducedRelative = opensList && isPastParticiple(terms[k]!) && has(terms[k - 1], 'Noun');
		if (finite[k] && !reducedRelative) return undefined;
		if (!/,/.test(terms[k]!.post)) continue;
		const after = terms[k + 1];
		const verbFollows =
			(after !== undefined && finite[k + 1] === true) ||
			(has(after, 'Adverb') && finite[k + 2] === true);
		if (verbFollows) return k + 1;
		// "supported by 160 vehicles, 11 aircraft and 8 helicopters, were deployed": a list runs on
		// past its commas; anything else ends the aside with no verb after it.
		if (!has(after, 'Value') && !has(after, 'Noun') && !has(after, 'Adjective')) return undefined;
	}
	return undefined;
}

/** Participles that say where a thing is: "a company based near Grenoble". */
const WHERE_SOMETHING_IS = /^(?:based|headquartered|located|situated|stationed|registered)$/;

/** Words that open an amount after "by": "rose by about 5%". */
const BY_AMOUNT =
	/^(?:about|around|nearly|almost|roughly|some|more|less|over|up|as|just|half|a|an)$/;

function looksFinite(terms: readonly Term[], i: number, term: Term): boolean {
	if (!term.tags.has('Verb')) return false;
	if (term.normal === 'to' || term.tags.has('Gerund')) return false;
	const previous = terms[i - 1];
	const next = terms[i + 1];
	if (isAuxiliary(term)) return !(term.normal === 'be' && previous?.normal === 'to');
	if (!term.tags.has('PastTense') && !term.tags.has('PresentTense')) return false;
	if (previous?.normal === 'to') return false;
	// "school buses bound for temporary shelters": where something is headed, not a verb.
	if (term.normal === 'bound' && /^(?:for|to)$/.test(next?.normal ?? '')) return false;
	// "a televised address", "Nairobi's privately owned minibuses": a participle between a
	// determiner and its noun is an adjective, maybe after an adverb of its own.
	const modifier =
		previous?.tags.has('Adverb') && /ly$/.test(previous.normal) ? terms[i - 2] : previous;
	// "Greece's most visited ancient site": a participle graded by "most" describes what follows.
	if (
		/^(?:most|least)$/.test(previous?.normal ?? '') &&
		(has(next, 'Adjective') || has(next, 'Noun'))
	)
		return false;
	if (
		!/^(?:that|which|who)$/.test(modifier?.normal ?? '') &&
		(has(modifier, 'Determiner') || possessive(modifier) || has(modifier, 'Adjective')) &&
		has(next, 'Noun') &&
		!has(next, 'Pronoun')
	) {
		return false;
	}
	// "protests sparked by fuel prices": a participle modifying the noun before it.
	if (next?.normal === 'by' && has(previous, 'Noun') && !has(previous, 'Pronoun')) {
		// "Prices rose by 5%": by how much, after a verb of its own.
		if (has(terms[i + 2], 'Value') || BY_AMOUNT.test(terms[i + 2]?.normal ?? '')) return true;
		// "A landslide triggered by days of rain buried the road": the clause's own verb follows
		// within the same stretch, with no comma or "and" between.
		for (let k = i + 2; k < Math.min(terms.length, i + 12); k++) {
			if (breakAfter(terms[k - 1]!) || /^(?:and|or|but|that|which|who)$/.test(terms[k]!.normal))
				break;
			if (isAuxiliary(terms[k]) || has(terms[k], 'PastTense')) return false;
		}
		return terms.slice(i + 2).some((t) => isAuxiliary(t) || has(t, 'PastTense'));
	}
	return true;
}

/** compromise leaves some names' "'s" untagged: "Nairobi's". */
function possessive(term: Term | undefined): boolean {
	if (term === undefined || term.tags.has('Pronoun')) return false;
	return term.tags.has('Possessive') || /\p{L}['’]s$/u.test(term.text);
}

/** Adverbs that sit inside a verb group: "has also said", "will soon close". */
const INNER_ADVERB =
	/^(?:\w+ly|also|still|never|already|soon|now|then|just|only|ever|even|later|again|both|all)$/;

/** A word compromise took for a verb that stands right before the real one: "forces had arrived". */
export function isDemotedNoun(
	terms: readonly Term[],
	finite: readonly boolean[],
	at: number
): boolean {
	const term = terms[at];
	return (
		term !== undefined &&
		term.tags.has('Verb') &&
		!term.tags.has('Gerund') &&
		!isAuxiliary(term) &&
		!finite[at] &&
		finite[at + 1] === true &&
		terms[at - 1]?.normal !== 'to'
	);
}

/** End (exclusive) of the verb group that starts at `at`: "has confirmed", "would not happen". */
export function verbGroupEnd(terms: readonly Term[], at: number, to: number): number {
	let end = at + 1;
	let last = terms[at];
	while (last && isAuxiliary(last) && end < to) {
		const next = terms[end]!;
		const negation = /^(?:not|never|n't)$/.test(next.normal);
		if (negation || isAuxiliary(next)) {
			last = negation ? last : next;
			end++;
			continue;
		}
		if (INNER_ADVERB.test(next.normal) && end + 1 < to && isVerbAfter(last, terms[end + 1]!)) {
			end++;
			continue;
		}
		if (isVerbAfter(last, next)) end++;
		break;
	}
	return end;
}

const BE_FORM = /^(?:is|are|was|were|be|been|am)$/;

/** Whether `next` continues the group after the auxiliary `auxiliary`: "were injured", "will close". */
function isVerbAfter(auxiliary: Term, next: Term): boolean {
	if (has(next, 'Determiner') || has(next, 'Preposition') || has(next, 'Pronoun')) return false;
	if (has(next, 'Value') || has(next, 'Conjunction') || next.normal === 'to') return false;
	// After a modal or "did", the next word is the verb whatever compromise called it ("won't reopen").
	if (
		auxiliary.tags.has('Modal') ||
		/^(?:do|does|did|didn't|doesn't|don't)$/.test(auxiliary.normal)
	) {
		return !has(next, 'ProperNoun');
	}
	if (next.tags.has('Verb') || IRREGULAR_PAST.has(next.normal)) return true;
	// "is urging": compromise calls some progressive forms nouns ("urging/Actor").
	if (BE_FORM.test(auxiliary.normal) && /ing$/i.test(next.text) && !/thing$/i.test(next.text))
		return !has(next, 'ProperNoun');
	// "were injured", "was shown": compromise calls many passive participles adjectives.
	return next.tags.has('Adjective') && /(?:ed|en|wn)$/i.test(next.text);
}

/** End (exclusive) of a noun phrase starting at `from`, or `from` if none starts there. */
export function nounPhraseEnd(
	terms: readonly Term[],
	finite: readonly boolean[],
	from: number,
	to: number
): number {
	let end = from;
	while (end < to && end - from < 12) {
		const term = terms[end]!;
		if (finite[end]) break;
		const linking = end > from && (term.normal === 'of' || term.normal === 'than');
		const adjectival =
			term.tags.has('Verb') && isNominal(terms[end + 1]) && !has(terms[end + 1], 'Determiner');
		const demoted = isDemotedNoun(terms, finite, end);
		if (!isNominal(term) && !linking && !adjectival && !demoted) break;
		if (term.tags.has('QuestionWord') || /^(?:that|which|who)$/.test(term.normal)) break;
		// "told reporters the vote…": a determiner after a noun starts the next noun phrase.
		if (end > from && startsNewPhrase(term) && isHead(terms[end - 1]!)) break;
		end++;
		if (breakAfter(term)) break;
	}
	return end;
}

/** Whether a finite verb group starts at `at`, maybe after an adverb: "later said", "was". */
export function verbStartsAt(
	terms: readonly Term[],
	finite: readonly boolean[],
	at: number
): boolean {
	if (finite[at]) return true;
	return has(terms[at], 'Adverb') && !breakAfter(terms[at]) && finite[at + 1] === true;
}

/** Whether a clause with its own subject starts at `at`: "more than 40 officers were injured". */
export function clauseStartsAt(
	terms: readonly Term[],
	finite: readonly boolean[],
	at: number,
	to: number
): boolean {
	let end = nounPhraseEnd(terms, finite, at, to);
	if (end === at || end >= to) return false;
	// "before Ana Ruiz and Tomas Varga arrived": two joined noun phrases are one subject.
	if (/^(?:and|or)$/.test(terms[end]!.normal) && !commaAfterPhrase(terms, end)) {
		const joined = nounPhraseEnd(terms, finite, end + 1, to);
		if (joined > end + 1 && joined < to && verbStartsAt(terms, finite, joined)) end = joined;
	}
	// "and 14 people, including three firefighters, were treated": an aside may part the subject
	// from its verb.
	if (commaAfterPhrase(terms, end)) {
		const aside = participleAsideEnd(terms, finite, end);
		return aside !== undefined && aside < to && verbStartsAt(terms, finite, aside);
	}
	// "singled out Strzok for his text and instant messages": a plural noun compromise read as a
	// present-tense verb, last in the clause after a noun and "and", ends a joined noun phrase.
	const last = terms[end];
	if (
		end === to - 1 &&
		last?.tags.has('PresentTense') &&
		/s$/.test(last.normal) &&
		terms[at - 1] !== undefined &&
		/^(?:and|or)$/.test(terms[at - 1]!.normal) &&
		isHead(terms[at - 2] ?? last)
	)
		return false;
	return verbStartsAt(terms, finite, end);
}

function commaAfterPhrase(terms: readonly Term[], end: number): boolean {
	const last = terms[end - 1];
	return last !== undefined && /[,;:]/.test(last.post);
}

function startsNewPhrase(term: Term): boolean {
	return term.tags.has('Determiner') || term.tags.has('Pronoun');
}

function isHead(term: Term): boolean {
	return term.tags.has('Noun') && !term.tags.has('Possessive');
}
