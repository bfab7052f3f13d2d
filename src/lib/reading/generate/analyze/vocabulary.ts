import nlp from 'compromise';
import { VOCABULARY, type VocabularyEntry } from '../data/vocabulary';
import type { ArticleSentence, Term } from '../types';

/** The grammatical form a word takes in its sentence; its meaning is put in the same form. */
export type WordForm = 'base' | 'past' | 'participle' | 'present' | 'gerund' | 'plural';

export interface VocabularyUse {
	entry: VocabularyEntry;
	sentence: ArticleSentence;
	term: Term;
	form: WordForm;
}

interface VerbForms {
	Infinitive?: string;
	PastTense?: string;
	PresentTense?: string;
	Gerund?: string;
	Participle?: string;
}

interface Transforms {
	two: {
		transform: {
			verb: { conjugate: (verb: string, model: unknown) => VerbForms };
			noun: { toPlural: (noun: string, model: unknown) => string };
		};
	};
}

const methods = nlp.methods() as unknown as Transforms;
const model = nlp.model();

/** Conjugated once per verb: compromise's lookup tables, no parse. */
const conjugations = new Map<string, VerbForms>();
function conjugate(verb: string): VerbForms {
	let forms = conjugations.get(verb);
	if (!forms) {
		forms = methods.two.transform.verb.conjugate(verb, model);
		conjugations.set(verb, forms);
	}
	return forms;
}

function pluralOf(noun: string): string {
	return methods.two.transform.noun.toPlural(noun, model);
}

/** Every spelling of an entry in the article, with the form it stands for. */
let formIndex: Map<string, { entry: VocabularyEntry; form: WordForm }[]> | undefined;
function indexOfForms() {
	if (formIndex) return formIndex;
	const index = new Map<string, { entry: VocabularyEntry; form: WordForm }[]>();
	const add = (spelling: string | undefined, entry: VocabularyEntry, form: WordForm) => {
		if (!spelling) return;
		const list = index.get(spelling) ?? [];
		if (!list.some((x) => x.entry === entry)) list.push({ entry, form });
		index.set(spelling, list);
	};
	for (const entry of VOCABULARY) {
		add(entry.word, entry, 'base');
		if (entry.pos === 'v') {
			const forms = conjugate(entry.word);
			add(forms.PastTense, entry, 'past');
			add(forms.Participle, entry, 'participle');
			add(forms.PresentTense, entry, 'present');
			add(forms.Gerund, entry, 'gerund');
		} else if (entry.pos === 'n') {
			add(pluralOf(entry.word), entry, 'plural');
		}
	}
	formIndex = index;
	return index;
}

const BE_OR_HAVE = /^(?:be|been|being|is|are|was|were|am|has|have|had|having|get|gets|got|gotten)$/;

/** Meanings that only an amount can have: "go down", "become smaller". */
const AMOUNT_CHANGE =
	/^(?:go (?:down|up)|become (?:smaller|larger|bigger)|fall|rise|increase|decrease)\b/;

/**
 * Whether the verb at `index` has a person as its doer: a person named among the words before it,
 * back to the previous verb ("Phillips, a devout Christian, declined").
 */
function doneByPerson(sentence: ArticleSentence, index: number): boolean {
	for (let i = index - 1; i >= 0 && i >= index - 8; i -= 1) {
		const { tags } = sentence.terms[i]!;
		if (tags.has('Verb')) return false;
		if (tags.has('Person') || tags.has('Actor') || tags.has('Pronoun')) return true;
	}
	return false;
}

/** Whether compromise's reading of the term fits the entry's part of speech. */
function fits(entry: VocabularyEntry, term: Term): boolean {
	const { tags } = term;
	if (tags.has('ProperNoun')) return false;
	switch (entry.pos) {
		case 'v':
			return tags.has('Verb') || (tags.has('Adjective') && /ed$/.test(term.normal));
		case 'n':
		case 'nu':
			return tags.has('Noun') && !tags.has('Verb');
		case 'adj':
			// compromise reads a predicate adjective ("described as authoritarian") as a noun.
			return (tags.has('Adjective') || tags.has('Noun')) && !tags.has('Verb');
		case 'adv':
			return tags.has('Adverb');
	}
}

/** Nouns after which a listed word takes another sense than its listed meaning. */
const OTHER_SENSE_BEFORE: Readonly<Record<string, RegExp>> = {
	domestic: /^(?:workers?|violence|abuse|chores|help|staff|servants?|duties|life|partners?)$/,
	// "a magnitude 6.5 earthquake", "the local magnitude scale": a strength on a scale, not
	// "great size".
	magnitude: /^(?:\d|scales?$)/
};

/**
 * Words of the bundled vocabulary list the article uses, first use of each, in reading order. A
 * past form after "be" or "have" is a participle ("will be reinstated": "brought back").
 */
export function findVocabulary(sentences: readonly ArticleSentence[]): VocabularyUse[] {
	const index = indexOfForms();
	const uses: VocabularyUse[] = [];
	const seen = new Set<VocabularyEntry>();
	for (const sentence of sentences) {
		if (sentence.isQuestion) continue;
		sentence.terms.forEach((term, i) => {
			const matches = index.get(term.normal) ?? [];
			for (const { entry, form: spelled } of matches) {
				if (seen.has(entry) || !fits(entry, term)) continue;
				// "was secure", "defensive tackle", "in tackles": a bare verb form after a copula, an
				// adjective, an article or a preposition is compromise misreading an adjective or a noun.
				const previous = sentence.terms[i - 1];
				if (
					entry.pos === 'v' &&
					(spelled === 'base' || spelled === 'present') &&
					(previous?.tags.has('Copula') ||
						previous?.tags.has('Adjective') ||
						previous?.tags.has('Determiner') ||
						previous?.tags.has('Preposition'))
				)
					continue;
				// "had been overwhelming favourites", "an overwhelming win": an -ing form between "be",
				// an article or an adjective and a noun describes the noun; its sense is not the verb's
				// ("defeat completely").
				const next = sentence.terms[i + 1];
				if (
					entry.pos === 'v' &&
					spelled === 'gerund' &&
					next?.tags.has('Noun') &&
					!next.tags.has('Pronoun') &&
					(previous?.tags.has('Copula') ||
						/^(?:be|been|being)$/.test(previous?.normal ?? '') ||
						previous?.tags.has('Adjective') ||
						previous?.tags.has('Determiner'))
				)
					continue;
				// "could encourage further challenges": an -s form right after another verb (an adverb
				// between) is that verb's object, a plural noun, not a second verb.
				let k = i - 1;
				while (k >= 0 && sentence.terms[k]!.tags.has('Adverb')) k -= 1;
				const verbBefore = sentence.terms[k];
				if (
					entry.pos === 'v' &&
					spelled === 'present' &&
					verbBefore?.tags.has('Verb') &&
					!verbBefore.tags.has('Auxiliary') &&
					!verbBefore.tags.has('Modal') &&
					!verbBefore.tags.has('Copula')
				)
					continue;
				// "declined to comment": a verb before "to" and another verb often has another sense
				// (refuse) than the one listed (go down), so it is not asked.
				const after = sentence.terms[i + 1];
				if (
					entry.pos === 'v' &&
					after?.normal === 'to' &&
					sentence.terms[i + 2]?.tags.has('Verb') === true
				)
					continue;
				// "Phillips declined, saying…": a person who declines refuses; only amounts go down.
				if (entry.pos === 'v' && AMOUNT_CHANGE.test(entry.meaning) && doneByPerson(sentence, i))
					continue;
				// "a domestic worker" works in a home, not "within a country": before these nouns the
				// word has a sense the list does not give.
				if (OTHER_SENSE_BEFORE[entry.word]?.test(after?.normal ?? '')) continue;
				let form = spelled;
				if (entry.pos === 'v' && (form === 'past' || form === 'participle')) {
					const before = sentence.terms[i - 1]?.normal ?? '';
					const beforeThat = sentence.terms[i - 2]?.normal ?? '';
					form =
						BE_OR_HAVE.test(before) || (/ly$/.test(before) && BE_OR_HAVE.test(beforeThat))
							? 'participle'
							: term.tags.has('Adjective') || term.tags.has('Passive')
								? 'participle'
								: 'past';
				}
				seen.add(entry);
				uses.push({ entry, sentence, term, form });
				break;
			}
		});
	}
	return uses;
}

/**
 * The entry's meaning in the form the word takes: "bring back" as a past form is "brought back",
 * "complaint about unfair treatment" as a plural is "complaints about unfair treatment".
 */
export function meaningIn(entry: VocabularyEntry, form: WordForm): string {
	const words = entry.meaning.split(' ');
	if (entry.pos === 'v' && form !== 'base') {
		const inForm = (verb: string) => {
			const forms = conjugate(verb);
			const spelled =
				form === 'past'
					? forms.PastTense
					: form === 'participle'
						? (forms.Participle ?? forms.PastTense)
						: form === 'present'
							? forms.PresentTense
							: forms.Gerund;
			return spelled ?? verb;
		};
		// "take back or pull out" → "taken back or pulled out": a verb after "or" takes the form too.
		return words
			.map((w, i) => (i === 0 || (i > 1 && /^(?:or|and)$/.test(words[i - 1]!)) ? inForm(w) : w))
			.join(' ');
	}
	if (entry.pos === 'n' && form === 'plural') {
		const head = headNounIndex(words);
		// "person who comes next" → "people who come next": the relative clause agrees too.
		// "outskirts": "outer parts of a town" already names more than one.
		if (/[^suia]s$/.test(words[head] ?? '')) return entry.meaning;
		return words
			.map((w, i) =>
				i === head ? pluralOf(w) : i > 0 && words[i - 1] === 'who' ? pluralVerb(w) : w
			)
			.join(' ');
	}
	return entry.meaning;
}

/** "comes" → "come", "has" → "have", "is" → "are": a present verb after a plural "who". */
function pluralVerb(verb: string): string {
	const irregular: Record<string, string> = { is: 'are', has: 'have', does: 'do', was: 'were' };
	if (irregular[verb]) return irregular[verb];
	if (/(?:ch|sh|ss|x|o)es$/.test(verb)) return verb.slice(0, -2);
	if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
	return /[^s]s$/.test(verb) ? verb.slice(0, -1) : verb;
}

const AFTER_HEAD =
	/^(?:of|about|after|in|to|for|on|who|that|with|from|by|held|kept|made|taken|given|known|seen|found|sent|built|paid|sold|told|brought|left|lost|chosen|done|set|put)$|(?:ing|ed)$/;

/** "central point of activity" → "point"; "unproven claim" → "claim"; "person held captive" → "person". */
function headNounIndex(words: readonly string[]): number {
	// "mass meeting", "public hearing": a noun in -ing at the end is the head, not a participle.
	const next = words.findIndex(
		(w, i) => i > 0 && AFTER_HEAD.test(w) && !(i === words.length - 1 && NOUN_IN_ING.test(w))
	);
	return next > 0 ? next - 1 : words.length - 1;
}

const NOUN_IN_ING =
	/^(?:meeting|hearing|building|gathering|setting|ruling|finding|opening|offering|painting|saving|feeling|warning|uprising)$/;
