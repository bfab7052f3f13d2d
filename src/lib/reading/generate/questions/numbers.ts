import { CONVERSION_AFTER, endOfSpan } from '../text/spans';
import { isPartOrWhole } from '../text/part-of-whole';
import { splitClauses, type Clause } from '../analyze/clauses';
import { finiteFlagsOf } from '../analyze/clauses/verbs';
import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze, numeric, singleChoice, trueFalse } from '../compose/draft';
import { entityNamedIn } from '../distractors/entities';
import { format, numberDistractors } from '../distractors/numbers';
import {
	invertWithWh,
	questionSubject,
	quotesBalanced,
	stripFinalPunctuation
} from '../text/grammar';
import { fnv1a32 } from '../../../core/hash';
import { wholeSubject } from './clause-parts';
import { normalizeAnswer, wordsIn } from '../text/normalize';
import { wellFormed } from '../text/question-grammar';
import type { Article, Candidate, NumberMention, Term } from '../types';
import { CURRENCY_NAMES, mentionMeasures } from '../facts/number-measure';

const CURRENCY_WORD = new RegExp(`^(?:${CURRENCY_NAMES})$`, 'i');

const CONVERTED_NEXT = new RegExp(`^${CONVERSION_AFTER}`, 'u');

const LEAD_QUALIFIERS =
	/^(?:approximately|about|nearly|almost|around|roughly|some|over|more|than|at|least|an|estimated|just|only|a|total|of)$/;
const HOLD_VERBS =
	/^(?:including|with|has|have|had|holds|hold|held|owns|own|controls|control|accounts|produces|produce|produced)$/;

/** "the figure", "the measures": a thing an amount's sentence names only by pointing back. */
const POINTS_BACK =
	/\bthe (?:figures?|tally|total|measures|moves?|steps?)\b(?!\s+(?:of|for|that|which|from)\b)/i;

/**
 * "the Maasvlakte 2 area", "ILO Convention 169": a number after a capitalised word that counts
 * nothing after it is part of a name, not an amount.
 */
function partOfName(terms: readonly Term[], mention: NumberMention): boolean {
	const before = terms[mention.firstTerm - 1];
	if (!before || mention.isPercent || mention.isMoney || /[,;:(]/.test(before.post)) return false;
	if (!/^\p{Lu}/u.test(before.text) || mention.firstTerm - 1 === 0) return false;
	if (before.tags.has('Date') || before.tags.has('Month') || before.tags.has('WeekDay'))
		return false;
	return !terms[mention.lastTerm]?.tags.has('Plural');
}

/** Amount questions: numeric entry where a question can be phrased, a cloze otherwise, and a true/false. */
export function numberQuestions(article: Article): Candidate[] {
	return article.numbers.flatMap((mention) => {
		const measures = mentionMeasures(mention);
		return questionsOfNumber(article, mention).map((c) => ({ ...c, measures }));
	});
}

function questionsOfNumber(article: Article, mention: NumberMention): Candidate[] {
	const out: Candidate[] = [];
	const { sentence } = mention;
	if (sentence.isQuestion || wordsIn(sentence.text) > 60) return out;
	// "four or five hours", "between $35 and $50": one end of a span, asked alone, is half a
	// fact, and its gap is answered by the other end (raters dropped "four or _____ hours").
	if (endOfSpan(sentence.text, mention.start, mention.end)) return out;
	// "The ministry put the figure at about 62%": which figure, only the sentence before says.
	if (POINTS_BACK.test(sentence.text.slice(0, mention.start))) return out;
	if (partOfName(sentence.terms, mention)) return out;
	// "from several hundred people": a rough guess of a crowd, not a figure to recall.
	if (
		/\b(?:several|a few|few|some|many)\s+$/i.test(sentence.text.slice(0, mention.start)) &&
		!/\d/.test(mention.text)
	)
		return out;
	const key = `number:${sentence.id}:${mention.start}`;
	const others = article.numbers.filter((n) => n !== mention);
	const wrong = numberDistractors(mention, others, 3);
	const importance = 6 + (mention.isPercent ? 1 : 0) + (mention.isMoney ? 0.5 : 0);
	const counted = withDurationUnit(mention);
	// "a 9 million euro package": an amount of money, which "How many euro package" cannot ask.
	const moneyInWords = CURRENCY_WORD.test(mention.unit?.split(' ')[0] ?? '');
	// "a 58-year-old man": a number inside a modifier counts nothing ("How many year old man…?").
	const insideModifier = /^-\p{L}/u.test(sentence.text.slice(mention.end));
	// "“Four seats is not a comfortable margin,” said …": a figure in a quotation is the
	// speaker's way of putting it, not a count to ask for ("How many seats is not …?").
	const quoted = (sentence.text.slice(0, mention.start).match(/[“”"]/g) ?? []).length % 2 === 1;
	const phrased =
		moneyInWords || insideModifier || quoted
			? undefined
			: (countInClause(article, mention) ??
				(counted.isPercent || counted.isMoney || counted.unit
					? phraseQuestion(article, counted)
					: undefined));
	// "How many options did lawmakers have Agree to …?": the same grammar check as every wh-question.
	const prompt = phrased && wellFormed(phrased, article.introducedNouns) ? phrased : undefined;
	if (prompt) {
		const explanation = `The article says: “${sentence.text}”`;
		const common = { prompt, skill: 'number' as const, evidence: [sentence], explanation };
		if (mention.isPercent || mention.isMoney) {
			out.push(
				...candidate(
					singleChoice(
						common,
						mention.text,
						wrong.map((text) => ({ text }))
					),
					importance + 1,
					key
				)
			);
		}
		if (!mention.isMoney) {
			out.push(
				...candidate(
					numeric(
						{ ...common, difficulty: 'medium' },
						mention.value,
						mention.isPercent ? '%' : counted.unit,
						mention.text
					),
					importance + (mention.isPercent ? 0 : 1),
					key
				)
			);
		}
	}
	const blanked = gapPrompt(sentence, mention.start, mention.end);
	if (!blanked.includes(mention.text)) {
		out.push(
			...candidate(
				cloze(
					{ prompt: blanked, skill: 'number', evidence: [sentence], difficulty: 'medium' },
					variantsOf(mention),
					// "about _____ megawatts": another amount of megawatts, never "38" hours.
					others.filter((o) => sameKindOfAmount(o, mention)).map((o) => o.text)
				),
				importance - 1,
				key
			)
		);
	}
	// "($110 million)", "36-volt batteries": a statement false only in a conversion or a
	// modifier tests arithmetic or a spec, not the story (raters dropped both); "32 billion yen"
	// changed to 16 billion is given away by the conversion after it.
	const convertedOrConversion =
		sentence.text.lastIndexOf('(', mention.start) > sentence.text.lastIndexOf(')', mention.start) ||
		CONVERTED_NEXT.test(sentence.text.slice(mention.end));
	if (
		wrong[0] &&
		mention.value !== 2 &&
		!convertedOrConversion &&
		!insideModifier &&
		!isPartOrWhole(sentence.text, mention.start, mention.end) &&
		quotesBalanced(sentence.text) &&
		wordsIn(sentence.text) <= 35
	) {
		const isTrue = fnv1a32(key) % 2 === 0;
		const statement = isTrue
			? sentence.text
			: sentence.text.slice(0, mention.start) + wrong[0] + sentence.text.slice(mention.end);
		out.push(
			...candidate(
				trueFalse(
					{
						prompt: `True or false? ${statement}`,
						skill: 'number',
						evidence: [sentence],
						difficulty: 'easy',
						explanation: isTrue
							? 'True: the article gives this figure.'
							: `False: the article gives ${mention.text}, not ${wrong[0]}.`
					},
					isTrue
				),
				importance - 2,
				key
			)
		);
	}
	return out;
}

/** Two amounts of one thing: both percentages, both money, or counts of one unit. */
const sameKindOfAmount = (a: NumberMention, b: NumberMention): boolean =>
	a.isPercent === b.isPercent &&
	a.isMoney === b.isMoney &&
	(a.isPercent || a.isMoney || (a.unit ?? '') === (b.unit ?? ''));

/**
 * A count that is its clause's subject or its verb's object, asked within that clause: "Three
 * Central American parents sued the government" → "How many Central American parents sued the
 * government?", "Manafort was already facing five other criminal charges" → "How many other
 * criminal charges was Manafort already facing?".
 */
function countInClause(article: Article, mention: NumberMention): string | undefined {
	const { sentence } = mention;
	const { terms } = sentence;
	const unit = mention.unit;
	// "a two-year deal", "the 600-page report": a count inside a modifier counts nothing asked.
	if (!unit || mention.isPercent || mention.isMoney || /^-/.test(sentence.text.slice(mention.end)))
		return undefined;
	let lead = mention.firstTerm;
	while (lead > 0 && LEAD_QUALIFIERS.test(terms[lead - 1]!.normal)) lead -= 1;
	const afterUnit = mention.lastTerm + unit.split(' ').length;
	// "… 46 states have acted," said Gardner: a count inside a quotation lacks the context to ask.
	if (!quotesBalanced(sentence.text.slice(0, mention.start))) return undefined;
	const clauseRest = (from: number, to: number) => {
		// "joined two colleagues, Representatives Lewis and Lee": past a comma is another phrase.
		if (from >= to || /[,;:—–]/.test(terms[from - 1]?.post ?? '')) return '';
		const text = sentence.text.slice(terms[from]!.start, terms[to - 1]!.end);
		const rest = stripFinalPunctuation(text.split(/[,;:—–]\s|\s[—–]/)[0]!).trim();
		// "recorded 41 deaths and more than 2,300 cases": what follows "and" is another count.
		return /^(?:and|or|but)\s/.test(rest) ? '' : rest;
	};
	const clauses = splitClauses(sentence);
	const oneOf =
		terms[mention.firstTerm - 1]?.normal === 'of' && terms[mention.firstTerm - 2]?.normal === 'one';
	const described = clauses
		.map((clause) => describedCountQuestion(sentence, clause, afterUnit, unit, oneOf))
		.find((question) => question !== undefined && wellFormed(question, article.introducedNouns));
	if (described) return described;
	for (const clause of clauses) {
		const { subject, verb } = clause;
		if (!subject || !verb || clause.quoted || clause.kind === 'relative') continue;
		if (mention.firstTerm < clause.firstTerm || afterUnit > clause.lastTerm) continue;
		const verbTerms = terms.slice(verb.from, verb.to);
		if (subject.from === lead && subject.to === afterUnit) {
			const rest = clauseRest(subject.to, clause.lastTerm) || restPastAside(sentence, clause);
			if (!rest || !quotesBalanced(rest)) return undefined;
			// "Grisham said 122 recipients are hurt" is Grisham's count, and the question says so.
			const speaker = clause.kind === 'reported' ? namedSpeaker(article, clause.speaker) : '';
			const question = speaker
				? `How many ${unit} did ${speaker} say ${rest.replace(/^["“]|["”]$/g, '')}?`
				: `How many ${unit} ${rest}?`;
			return wellFormed(question, article.introducedNouns) ? question : undefined;
		}
		const grouped = groupCountQuestion(sentence, clause, lead, afterUnit, unit, clauseRest);
		if (grouped !== undefined)
			return wellFormed(grouped, article.introducedNouns) ? grouped : undefined;
		const between = terms.slice(verb.to, lead);
		if (lead < verb.to) continue;
		const reportedBy = clause.kind === 'reported' ? reportingSource(article, clause.speaker) : '';
		if (
			reportedBy &&
			between.every((t, i) => inVerbGroup(t, between[i - 1] ?? terms[verb.to - 1]))
		) {
			// "CBP said it had reunited about 500 families" → "How many families did CBP say it had
			// reunited?": the count is the source's, and its pronoun subject reads back to it.
			const rest = clauseRest(afterUnit, clause.lastTerm);
			// "it had reunited" is the source's own doing: "…does the article say CBP had reunited?".
			const own =
				SOURCE_PRONOUN.test(terms[subject.from]!.normal) && subject.to === subject.from + 1;
			const before = sentence.text.slice(
				terms[own ? subject.to : subject.from]!.start,
				terms[lead - 1]!.end
			);
			const said = [before, rest].filter(Boolean).join(' ');
			const question = own
				? `How many ${unit} does the article say ${reportedBy} ${said}?`
				: `How many ${unit} did ${reportedBy} say ${said}?`;
			if (quotesBalanced(question) && wellFormed(question, article.introducedNouns))
				return question;
		}
		if (!between.every((t) => t.tags.has('Adverb'))) continue;
		// "Harris, Durbin and Cory Booker joined …": the question needs the whole subject.
		if (!wholeSubject(sentence, subject)) return undefined;
		// "Davila was 3 years old": after "be" a number describes; "How old …" is another question.
		if (verbTerms[verbTerms.length - 1]!.tags.has('Copula')) return undefined;
		// "310 millimeters (12.2 inches) of rain": "How many millimeters …?" would leave out of what.
		if (terms[pastConversion(terms, afterUnit)]?.normal === 'of') return undefined;
		// "The river rose on June 12 and flooded 40 homes": a subject shared with an earlier verb
		// ends where it does, not at this clause's verb.
		const sharedSubjectEnd = subject.to <= clause.firstTerm ? subject.to : undefined;
		const ask = (rest: string) =>
			invertWithWh(
				article,
				sentence,
				verb.from,
				verb.to,
				`How many ${unit}`,
				rest,
				subject.from,
				sharedSubjectEnd
			);
		// "… in an effort to sway their testimony": a tail that leans on a pronoun is left out.
		const question = [ask(clauseRest(afterUnit, clause.lastTerm)), ask('')].find(
			(q) => q !== undefined && quotesBalanced(q) && wellFormed(q, article.introducedNouns)
		);
		return question;
	}
	return undefined;
}

/**
 * "More than 520 firefighters, supported by 160 vehicles, were deployed" → "were deployed": the
 * clause's own text after its subject, which leaves the aside between them out. Empty unless a
 * comma ends the subject and the clause's text runs on past it.
 */
function restPastAside(sentence: NumberMention['sentence'], clause: Clause): string {
	const { subject } = clause;
	if (!subject || !/,/.test(sentence.terms[subject.to - 1]!.post)) return '';
	const subjectText = sentence.text.slice(
		sentence.terms[subject.from]!.start,
		sentence.terms[subject.to - 1]!.end
	);
	if (!clause.text.startsWith(subjectText)) return '';
	const rest = stripFinalPunctuation(clause.text.slice(subjectText.length).trim());
	return /[,;:—–]/.test(rest) ? '' : rest;
}

/**
 * "the 800,000 DACA recipients, who will lose their protection in March" → "How many DACA
 * recipients will lose their protection in March?": a relative clause set off by a comma describes
 * every one counted, so it asks for the count, as does one after "one of" ("one of 22 states that
 * prohibit …"). Otherwise ("381 immigrants who have been separated") it picks some out of more,
 * and is no question about the count.
 */
function describedCountQuestion(
	sentence: NumberMention['sentence'],
	clause: Clause,
	afterUnit: number,
	unit: string,
	oneOfThem: boolean
): string | undefined {
	const { terms } = sentence;
	if (clause.kind !== 'relative' || clause.firstTerm !== afterUnit) return undefined;
	// "Colorado is one of 22 states that prohibit …": the clause counts all 22, comma or not.
	if (!oneOfThem && !/,$/.test(terms[afterUnit - 1]!.post.trim())) return undefined;
	if (!/^(?:who|which|that)$/.test(clause.connective ?? '')) return undefined;
	const rest = stripFinalPunctuation(clause.text.split(/[,;:—–]\s|\s[—–]/)[0]!).trim();
	if (wordsIn(rest) < 2 || !quotesBalanced(rest)) return undefined;
	return `How many ${unit} ${rest}?`;
}

/** Past a converted amount in brackets right after a unit: "(12.2 inches)"; else `at` itself. */
function pastConversion(terms: readonly Term[], at: number): number {
	if (!/\(/.test(terms[at]?.pre ?? '')) return at;
	for (let k = at; k < terms.length && k < at + 5; k++) {
		if (/\)/.test(terms[k]!.post)) return k + 1;
	}
	return at;
}

/** A reported clause's subject that stands for its source: "CBP said it had reunited…". */
const SOURCE_PRONOUN = /^(?:it|he|she)$/;

/** "had reunited", "have already hired": compromise tags some participles after "had" as nouns. */
const inVerbGroup = (term: Term, before: Term | undefined) =>
	term.tags.has('Adverb') ||
	term.tags.has('Verb') ||
	(/ed$/.test(term.normal) && /^(?:had|has|have|was|were|been|be)$/.test(before?.normal ?? ''));

/** Nouns that stand for the people or things they count: "a group of 70 prosecutors". */
const GROUP_NOUN =
	/^(?:group|coalition|team|crowd|delegation|panel|total|number|convoy|fleet|handful)$/;
const PLURAL_OF: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };

/**
 * "A bipartisan group of more than 70 former federal prosecutors is urging …" → "How many former
 * federal prosecutors are urging …?": the count ends the subject and a group noun holds it, so the
 * question asks for the count with the verb made plural. Undefined when the clause is not so built.
 */
function groupCountQuestion(
	sentence: NumberMention['sentence'],
	clause: Clause,
	lead: number,
	afterUnit: number,
	unit: string,
	clauseRest: (from: number, to: number) => string
): string | undefined {
	const { subject, verb } = clause;
	const { terms } = sentence;
	if (!subject || !verb || subject.to !== afterUnit || subject.from >= lead) return undefined;
	const of = terms.slice(subject.from, lead + 1).findIndex((t) => t.normal === 'of');
	const group = terms[subject.from + of - 1];
	if (of <= 0 || !group || !GROUP_NOUN.test(group.normal)) return undefined;
	if (!wholeSubject(sentence, subject)) return undefined;
	const rest = clauseRest(subject.to, clause.lastTerm);
	const [first = '', ...others] = rest.split(' ');
	const plural =
		PLURAL_OF[first.toLowerCase()] ??
		(terms[verb.from]!.tags.has('PastTense') || terms[verb.from]!.tags.has('Modal')
			? first
			: undefined);
	if (!plural || others.length < 2 || !quotesBalanced(rest)) return undefined;
	return `How many ${unit} ${[plural, ...others].join(' ')}?`;
}

/** The speaker of a reported clause when it names a person: "Grisham", not "officials". */
function namedSpeaker(article: Article, speaker: string | undefined): string {
	if (!speaker || wordsIn(speaker) > 5) return '';
	const entity = entityNamedIn(article, speaker);
	return entity?.kind === 'person' ? entity.name : '';
}

/**
 * Who reported a count, to name in the question: a named person ("Grisham"), or an organisation
 * or office named in full ("U.S. Customs and Border Protection", "the White House").
 */
function reportingSource(article: Article, speaker: string | undefined): string {
	const person = namedSpeaker(article, speaker);
	if (person || !speaker) return person;
	const words = speaker.replace(/^the\s/i, '').split(/\s+/);
	const named =
		words.length <= 6 &&
		/^\p{Lu}/u.test(words[0] ?? '') &&
		words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|the)$/.test(w));
	const entity = entityNamedIn(article, speaker);
	const isItsName = entity?.aliases.some(
		(alias) => normalizeAnswer(alias) === normalizeAnswer(words.join(' '))
	);
	if (!named || !isItsName) return '';
	return /^the\s/i.test(speaker) ? `the ${words.join(' ')}` : speaker;
}

/**
 * "took 18 months": a span of time has no unit of its own (it reads as a date), but "How many months
 * did the report take to complete?" asks for it as a count.
 */
function withDurationUnit(mention: NumberMention): NumberMention {
	if (mention.unit || mention.isPercent || mention.isMoney) return mention;
	const next = mention.sentence.terms[mention.lastTerm];
	if (!next || /[,.;:!?)]/.test(mention.sentence.terms[mention.lastTerm - 1]!.post)) return mention;
	if (!next.tags.has('Duration') || !DURATION_UNIT.test(next.normal)) return mention;
	return { ...mention, unit: next.normal };
}

const DURATION_UNIT = /^(?:minutes|hours|days|weeks|months|years|decades|centuries)$/;

/** "How many soldiers are said to…", "How many points did the Panthers give up?", "What share of X does Y hold?" */
function phraseQuestion(article: Article, mention: NumberMention): string | undefined {
	const { sentence } = mention;
	const { terms } = sentence;
	let lead = mention.firstTerm;
	while (lead > 0 && LEAD_QUALIFIERS.test(terms[lead - 1]!.normal)) lead -= 1;
	const unitWords = mention.unit ? mention.unit.split(' ').length : 0;
	const afterUnit = mention.lastTerm + (mention.isPercent ? 0 : unitWords);
	const restText = (from: number) => {
		const t = terms[from];
		if (!t) return '';
		const rest = stripFinalPunctuation(sentence.text.slice(t.start).split(/[,;:]\s/)[0]!);
		// "operates 64 vessels and carries about 3% of …": what follows "and" is another verb's.
		return /^(?:and|or|but)\s/.test(rest) ? '' : rest;
	};
	if (!mention.isPercent && !mention.isMoney && mention.unit) {
		const unit = mention.unit;
		if (lead === 0) {
			const rest = restText(afterUnit);
			const verb = terms[afterUnit];
			if (!rest || !verb?.tags.has('Verb') || !quotesBalanced(rest)) return undefined;
			// "600 cargo trucks carrying minerals, fuel and food were lined up": the words before the
			// comma hold no verb of the count's own ("How many cargo trucks carrying minerals?").
			const restEnd = terms.findIndex(
				(t, i) => i >= afterUnit && t.end >= verb.start + rest.length
			);
			const finite = finiteFlagsOf(terms);
			const restTerms = restEnd < 0 ? terms.length : restEnd + 1;
			if (!finite.slice(afterUnit, restTerms).some(Boolean)) return undefined;
			// "More than 520 firefighters, supported by 160 vehicles, …, were deployed": past the
			// comma comes an aside, not the count's verb.
			if (/,/.test(terms[afterUnit - 1]!.post)) return undefined;
			return `How many ${unit} ${rest}?`;
		}
		const verbIndex = lead - 1;
		const verb = terms[verbIndex];
		if (!verb?.tags.has('Verb') || verb.tags.has('Auxiliary') || verb.tags.has('Copula'))
			return undefined;
		// "A second sample taken three weeks later also tested positive": a participle after its
		// noun is no verb to ask with ("How many weeks did a second sample take …?").
		if (!finiteFlagsOf(terms)[verbIndex]) return undefined;
		// "Forecasters said 180 millimetres fell": the number belongs to the reported clause.
		if (
			/^(?:say|said|says|told|tell|claimed|reported|announced|estimated|added|warned)$/.test(
				verb.normal
			)
		)
			return undefined;
		if (terms[afterUnit]?.normal === 'of') return undefined;
		let verbStart = verbIndex;
		while (
			verbStart > 0 &&
			(terms[verbStart - 1]!.tags.has('Auxiliary') || terms[verbStart - 1]!.tags.has('Modal'))
		)
			verbStart -= 1;
		if (terms[verbIndex]!.tags.has('Particle') && verbStart > 0) verbStart -= 1;
		// "People … who walked at least 7,000 steps were less likely …": the verb of a clause that
		// says which people has no subject of its own to ask with ("How many steps did people …
		// who walk?"); "Nordic Shipping, which operates 64 vessels" names its own.
		if (
			/^(?:who|which|that)$/.test(terms[verbStart - 1]?.normal ?? '') &&
			!/,/.test(terms[verbStart - 2]?.post ?? '')
		)
			return undefined;
		const rest = restText(afterUnit);
		const question = invertWithWh(
			article,
			sentence,
			verbStart,
			verbIndex + 1,
			`How many ${unit}`,
			rest.length <= 60 ? rest : ''
		);
		return question && quotesBalanced(question) ? question : undefined;
	}
	if (mention.isPercent) {
		const of = terms[mention.lastTerm];
		if (of?.normal !== 'of') return undefined;
		const np: string[] = [];
		for (let k = mention.lastTerm + 1; k < terms.length && np.length < 5; k += 1) {
			const t = terms[k]!;
			// compromise sometimes reads a plural noun as a verb ("oil reserves"); after a noun it is a noun.
			const pluralAfterNoun =
				t.tags.has('Verb') && /s$/.test(t.text) && np.length > 0 && terms[k - 1]!.tags.has('Noun');
			if (
				!(t.tags.has('Noun') || t.tags.has('Adjective') || pluralAfterNoun) ||
				t.tags.has('Pronoun')
			)
				break;
			np.push(t.text.replace(/[,.;:!?]+$/, ''));
			if (/[,.;:!?]/.test(t.post)) break;
		}
		const holder = terms[lead - 1];
		if (np.length === 0 || !holder || !HOLD_VERBS.test(holder.normal)) return undefined;
		const verbIndex = terms.findIndex((t) => t.tags.has('Verb'));
		if (verbIndex < 0 || verbIndex >= lead - 1) return undefined;
		// "X is a republic … including 3% of Y": nothing else may happen between X's verb and the holding cue.
		let firstVerbEnd = verbIndex;
		while (terms[firstVerbEnd + 1]?.tags.has('Verb') && firstVerbEnd + 1 < lead - 1)
			firstVerbEnd += 1;
		if (terms.slice(firstVerbEnd + 1, lead - 1).some((t) => t.tags.has('Verb'))) return undefined;
		const subject = questionSubject(article, sentence, terms.slice(0, verbIndex));
		if (!subject) return undefined;
		const past =
			terms[verbIndex]!.tags.has('PastTense') && !terms[verbIndex]!.tags.has('Participle');
		const auxiliary = past ? 'did' : subject.plural ? 'do' : 'does';
		return `What share of ${np.join(' ')} ${auxiliary} ${subject.text} hold?`;
	}
	return undefined;
}

/** "3%" is also "3 percent" and "3 per cent"; "2,500" is also "2500"; "four" is also "4". */
function variantsOf(mention: NumberMention): string[] {
	const variants = [mention.text];
	const digits = String(mention.value);
	if (mention.isPercent) variants.push(`${digits}%`, `${digits} percent`, `${digits} per cent`);
	else if (!mention.isMoney) variants.push(digits, mention.value.toLocaleString('en-US'));
	else
		variants.push(format(mention.value, { ...mention, text: mention.text.replace(/^[$€£¥]/, '') }));
	return [...new Set(variants)];
}
