import type { Clause } from '../analyze/clauses';
import { finiteFlagsOf } from '../analyze/clauses/verbs';
import { infinitiveOf, invertWithWh, lemmaOf, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, wordsIn } from '../text/normalize';
import { VAGUE_HEAD, wellFormed } from '../text/question-grammar';
import type { Article, ArticleSentence, Candidate, Mention, Term } from '../types';
import { bareOf, clauseKey, continuesList, phraseAnswer, wholeSubject } from './clause-parts';

/** Prepositions a verb takes its object with: "voted against the bill", "called for a ban". */
const OBJECT_PREPOSITION = /^(?:to|for|against|with|about|into|on|onto|over)$/;

/** Verbs whose object says little: "told reporters", "took time", "made it". */
const EMPTY_OBJECT_VERB =
	/^(?:say|tell|write|take|make|have|get|give|do|put|keep|see|add|ask|call|find|include|continue)$/;

const NOUNISH = (t: Term) =>
	(t.tags.has('Noun') ||
		t.tags.has('Adjective') ||
		t.tags.has('Determiner') ||
		t.tags.has('Value')) &&
	!t.tags.has('Pronoun') &&
	!t.tags.has('QuestionWord');
const STOP_NP =
	/^(?:that|which|who|whom|whose|to|for|from|in|on|at|by|with|of|over|after|before|as|than|and|or|but|if)$/;

/** Verbs whose object is told to do something: "urged the council to act". */
const CONTROL_VERB =
	/^(?:urge|ask|tell|allow|force|persuade|encourage|want|expect|require|order|invite|help|lead|cause|prompt|enable|push|press|call|warn|advise|direct|instruct|pressure)$/;

/** Nouns for people that compromise does not tag as actors: they are asked with "Who". */
/** Nouns that measure out a thing: "a fraction of", "the majority of", "a share of". */
const QUANTITY_NOUN =
	/^(?:fraction|share|portion|proportion|percentage|majority|minority|half|third|quarter|number|handful|part|lot|lots|range|total|sum|amount)$/;

export const PEOPLE_NOUN =
	/^(?:prosecutors?|officials?|lawmakers?|senators?|voters?|residents?|judges?|leaders?|members?|citizens?|immigrants?|migrants?|students?|teachers?|protesters?|police|officers?|soldiers?|troops|critics?|supporters?|opponents?|experts?|analysts?|doctors?|patients?|victims?|refugees?|families|family|people|agents?|diplomats?|ministers?|delegates?|attorneys?|lawyers?|journalists?|farmers?|recipients?|colleagues?|allies|ally|rivals?|beneficiar(?:y|ies)|workers?|employees?|parents?|children|child|women|woman|men|man|activists?|advocates?|investigators?|researchers?|scientists?|prisoners?|inmates?|detainees?|hostages?|survivors?|witnesses|suspects?|defendants?|plaintiffs?|donors?|veterans?|governors?|mayors?|justices|hackers?|militants?|rebels?|fighters?|demonstrators?|consumers?|customers?|taxpayers?|owners?|executives?|investors?|negotiators?|spokes(?:man|woman|person)|candidates?|nominees?|representatives?|villagers?|passengers?|commuters?|travell?ers?|shoppers?|tourists?|pensioners?|retirees?|engineers?|nurses?|pilots?|rescuers?|firefighters?|contractors?|operators?|exporters?|importers?|producers?|growers?|miners?|traders?|roasters?|dealers?|buyers?|sellers?|retailers?|lenders?|borrowers?|bankers?|brokers?|fans|players?|coaches|locals|mourners?|onlookers?|bystanders?)$/;

/** Verbs whose object may be a clause: "hoped other cities would act", "expects prices to fall". */
const COMPLEMENT_VERB =
	/^(?:hope|expect|believe|think|say|fear|predict|suspect|assume|know|feel|wish|claim|insist|argue|suggest|estimate|doubt|worry|warn|consider|want|see)$/;

/** Verbs whose object is someone held to account or spoken to: "accused the government of …". */
const PERSON_OBJECT_VERB =
	/^(?:accuse|blame|criticize|criticise|thank|praise|congratulate|condemn|invite|urge|warn|fire|sack|appoint|elect|nominate)$/;

/** Nouns that carry their meaning in the phrase after them: "an end to", "a series of". */
const LIGHT_NOUN =
	/^(?:end|part|series|number|lot|kind|type|range|host|set|start|halt|stop|total|means|source|form|way)$/i;

/** Verbs that take whom something goes to before the thing: "gives recipients protection". */
const GIVING_VERB = /^(?:give|offer|grant|award|send|deny|lend|owe|pay|hand|promise)$/;

/**
 * "The program gives recipients temporary protection from deportation" → "What does the program
 * give recipients?": with a giving verb, the first noun phrase is whom it goes to (people, or a
 * name) and the second is the thing given, which is asked for.
 */
function givenThingQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[],
	from: number,
	particles: string
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb || particles) return [];
	const { terms } = sentence;
	// Whom it goes to: a name, or a short phrase ending in a word for people ("fishermen").
	const named = mentions.find((m) => m.firstTerm === from && m.kind === 'person');
	let receiverEnd = named?.lastTerm ?? -1;
	if (!named) {
		for (let i = from; i < Math.min(from + 3, clause.lastTerm); i += 1) {
			const term = terms[i]!;
			if (term.tags.has('Actor') || PEOPLE_NOUN.test(term.normal)) {
				receiverEnd = i + 1;
				break;
			}
			if (!NOUNISH(term)) break;
		}
	}
	const receiver = terms[receiverEnd - 1];
	if (!receiver || /[,;:]/.test(receiver.post)) return [];
	const end = nounPhraseAt(terms, receiverEnd, clause.lastTerm);
	if (end === undefined || !endsNounPhrase(terms, end, clause.lastTerm)) return [];
	if (mentions.some((m) => m.firstTerm < end && m.lastTerm > receiverEnd)) return [];
	// "temporary protection from deportation": a short "from", "for" or "to" phrase completes it.
	let thingEnd = end;
	if (
		/^(?:from|for|to|against)$/.test(terms[end]?.normal ?? '') &&
		!/[,;:]/.test(terms[end - 1]!.post)
	) {
		const complement = simpleNounPhraseAt(terms, end + 1, clause.lastTerm);
		if (complement !== undefined && complement - receiverEnd <= 8) thingEnd = complement;
	}
	const thing = stripFinalPunctuation(
		sentence.text.slice(terms[receiverEnd]!.start, terms[thingEnd - 1]!.end)
	);
	const whom = sentence.text.slice(terms[from]!.start, receiver.end).replace(/[,.;:!?"”)]+$/, '');
	if (!wholeSubject(sentence, subject) || wordsIn(thing) < 2) return [];
	const prompt = invertWithWh(article, sentence, verb.from, verb.to, 'What', whom, subject.from);
	if (!prompt || !wellFormed(prompt, article.introducedNouns) || containsAnswer(prompt, thing))
		return [];
	if (VAGUE_HEAD.test(`the ${bareOf(thing)}`)) return [];
	return phraseAnswer(prompt, sentence, thing, {
		skill: 'detail',
		kind: 'event',
		score: 6.5,
		factKey: clauseKey(clause)
	});
}

/**
 * Whether a name inside an object phrase is what the phrase names:  a person or a place is asked
 * with "Who" or "Where"; "DACA benefits", "Trump's plan" and "the Controlled Substances Act" are
 * things a "What" asks for, a name only saying which.
 */
function namesThePhrase(mention: Mention, from: number, end: number): boolean {
	if (mention.firstTerm >= end || mention.lastTerm <= from) return false;
	if (mention.lastTerm < end) return false;
	// A body or a law is a thing ("the Harbour Safety Act"); a bare unknown name may be a place.
	return !(
		mention.kind === 'organization' ||
		(mention.kind === 'name' && mention.firstTerm > from)
	);
}

/** Whether the object phrase ending before `end` is the first item of a list the sentence goes on with. */
function opensList(sentence: ArticleSentence, end: number): boolean {
	const { terms } = sentence;
	let stop = end;
	while (stop < terms.length && !terms[stop]!.tags.has('Verb')) stop += 1;
	return continuesList(sentence.text.slice(terms[end - 1]!.end, terms[stop - 1]!.end));
}

/**
 * Words that read as prepositions or adverbs but, right after a verb, complete it: "voted down the
 * bill", "brings together three parties".
 */
export const PARTICLE = /^(?:up|down|out|off|away|back|together|apart|aside)$/;

/** The plain noun phrase starting at `from`: "a discharge petition", "temporary protection". */
export function simpleNounPhraseAt(
	terms: readonly Term[],
	from: number,
	to: number
): number | undefined {
	let end = from;
	while (end < to && end - from < 6 && NOUNISH(terms[end]!) && !STOP_NP.test(terms[end]!.normal)) {
		end += 1;
		if (/[,;:.!?)"”]/.test(terms[end - 1]!.post)) break;
	}
	const last = terms[end - 1];
	if (end === from || !last || !last.tags.has('Noun') || last.tags.has('Pronoun')) return undefined;
	// A bare determiner or number is not a thing to ask for.
	if (terms.slice(from, end).every((t) => t.tags.has('Determiner') || t.tags.has('Value')))
		return undefined;
	return end;
}

/**
 * Whether a noun phrase may end before `end`: at the clause's end or a punctuation mark, or before a
 * preposition or an adverb ("the report | on Monday"), never inside "the immigration | debate".
 */
export function endsNounPhrase(terms: readonly Term[], end: number, limit: number): boolean {
	const next = terms[end];
	return (
		end >= limit ||
		/[,;:.!?)]/.test(terms[end - 1]!.post) ||
		(next !== undefined && (next.tags.has('Preposition') || next.tags.has('Adverb')))
	);
}

/**
 * The noun phrase starting at `from`, with an "of" complement when it has one: "the possibility
 * of debate" is the thing voted down, "the possibility" alone names nothing.
 */
export function nounPhraseAt(terms: readonly Term[], from: number, to: number): number | undefined {
	const end = simpleNounPhraseAt(terms, from, to);
	if (end === undefined || terms[end]?.normal !== 'of' || /[,;:]/.test(terms[end - 1]!.post))
		return end;
	const complement = simpleNounPhraseAt(terms, end + 1, to);
	return complement !== undefined && complement - from <= 8 ? complement : end;
}

/**
 * "What did Goodlatte introduce?" → "a bill", "What is the First Step Act?" → "a prison reform
 * bill": the thing a clause's verb acts on, when it is a plain noun phrase (no name: those get
 * who/where questions). Typed answers accept the phrase with or without its determiner.
 */
export function objectQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const { terms } = sentence;
	let from = verb.to;
	while (
		terms[from]?.tags.has('Adverb') ||
		terms[from]?.tags.has('Particle') ||
		(from === verb.to &&
			PARTICLE.test(terms[from]?.normal ?? '') &&
			terms[from + 1]?.normal !== 'to' &&
			!/[,;:]/.test(terms[from]!.post))
	)
		from += 1;
	if (/[,;:]/.test(terms[verb.to - 1]!.post)) return [];
	// "sign on to a discharge petition" → "What would members sign on to?": the preposition stays.
	// An adverb such as "even" stays out of the question: "What did the Senate vote down?"
	const particles = terms
		.slice(verb.to, from)
		.filter((t) => !t.tags.has('Adverb') || t.tags.has('Particle') || PARTICLE.test(t.normal))
		.map((t) => t.text)
		.join(' ');
	let preposition = '';
	if (
		terms[from] &&
		OBJECT_PREPOSITION.test(terms[from]!.normal) &&
		!/[,;:]/.test(terms[from]!.post)
	) {
		preposition = terms[from]!.text;
		from += 1;
	}
	// "was called by the union": who did it is the doer's question ("Who was … by?" when a
	// person), never "What was the strike called by?".
	if (preposition.toLowerCase() === 'by') return [];
	const giving = terms.slice(verb.from, verb.to).at(-1)!;
	if (GIVING_VERB.test(lemmaOf(giving)) && !preposition) {
		return givenThingQuestion(article, sentence, clause, mentions, from, particles);
	}
	// "limited to 50 people": a count is the how-many questions' ("Who … limited to?" asks no one).
	if (terms[from]?.tags.has('Value')) return [];
	// "inflation climbed above 50 percent": a level reached is no thing ("What did inflation climb?").
	if (
		/^(?:above|below|beyond|around|about|nearly|almost|over|under)$/.test(terms[from]?.normal ?? '')
	)
		return [];
	const end = nounPhraseAt(terms, from, clause.lastTerm);
	if (end === undefined || mentions.some((m) => namesThePhrase(m, from, end))) return [];
	// The phrase must end where a noun phrase can: "the immigration | debate" is cut mid-phrase.
	// "to" ends it before a verb ("asked lawmakers | to act"), not before a noun ("a tough road to passage").
	const boundary =
		endsNounPhrase(terms, end, clause.lastTerm) ||
		terms[end]?.normal === 'that' ||
		(terms[end]?.normal === 'to' && terms[end + 1]?.tags.has('Verb') === true);
	if (!boundary || !wholeSubject(sentence, subject)) return [];
	// "pushed for the spending bill to include a fix": what was pushed for is the bill including it.
	if (
		/^for$/i.test(preposition || particles.split(' ').at(-1) || '') &&
		opensInfinitive(terms, from, end)
	)
		return [];
	const phrase = sentence.text
		.slice(terms[from]!.start, terms[end - 1]!.end)
		.replace(/[,.;:!?"”)]+$/, '');
	if (wordsIn(phrase) < 2 && !terms[from]!.tags.has('Noun')) return [];
	if (opensList(sentence, end)) return [];
	// "ordered an end to the program": a noun that only leads into what follows is no answer.
	if (
		LIGHT_NOUN.test(bareOf(phrase).split(' ').at(-1) ?? '') &&
		/^(?:to|of|for|on)$/.test(terms[end]?.normal ?? '')
	)
		return [];
	const verbTerms = terms.slice(verb.from, verb.to);
	const main = verbTerms[verbTerms.length - 1]!;
	if (EMPTY_OBJECT_VERB.test(lemmaOf(main))) return [];
	if (terms.slice(from, end).some((t) => t.tags.has('Date') || t.tags.has('Duration'))) return [];
	const copula = verbTerms.length === 1 && verbTerms[0]!.tags.has('Copula') && !preposition;
	// "Chileshe is a senior member of …" → never "What is Chileshe?": a person is no thing to define.
	const subjectText = sentence.text.slice(terms[subject.from]!.start, terms[subject.to - 1]!.end);
	const personSubject =
		mentions.some(
			(m) => m.kind === 'person' && m.firstTerm >= subject.from && m.lastTerm <= subject.to
		) ||
		terms.slice(subject.from, subject.to).some((t) => t.tags.has('Person')) ||
		article.entities.some((e) => e.kind === 'person' && e.aliases.includes(subjectText));
	if (copula && personSubject) return [];
	// "roads had been cut" → never "What had roads been?": "been" waits for its participle.
	if (verbTerms.length > 1 && /^(?:be|been|being)$/.test(main.normal) && !preposition) return [];
	// "are negatively impacted", "was charged": a passive or a participle is no thing to name.
	if (terms.slice(verb.to, end).some((t) => t.tags.has('Verb') || t.tags.has('Participle')))
		return [];
	const tail = stripFinalPunctuation(
		sentence.text
			.slice(terms[end - 1]!.end, terms[clause.lastTerm - 1]!.end)
			.split(/;|:(?!\d)|,\s/)[0] ?? ''
	).trim();
	if (wordsIn(tail) > 10 || /^(?:that|which|who|and|or|but)\b/i.test(tail)) return [];
	// "needs the support of at least 71 lawmakers", "followed the collapse in June of the
	// government": what the answer's noun is of stays with it, never alone in the question.
	if (/^(?:of|(?:in|on|at|by)\s+(?:\S+\s+){0,2}?of)\b/i.test(tail)) return [];
	// "hoped other large cities would act": the noun after a verb of hoping or saying is the
	// subject of what was hoped, not the thing hoped.
	if (
		COMPLEMENT_VERB.test(infinitiveOf(main.normal) ?? main.normal) &&
		finiteFlagsOf(terms).slice(end, clause.lastTerm).some(Boolean)
	)
		return [];
	// "pushed for stand-alone legislation to address the problem": the purpose is not part of
	// the question, and often leans on an earlier sentence.
	const purpose = terms[end]?.normal === 'to' && terms[end + 1]?.tags.has('Infinitive');
	// "urge the administration to end its policy": the object is who is urged, not what; no question.
	if (purpose && !preposition && CONTROL_VERB.test(infinitiveOf(main.normal) ?? main.normal))
		return [];
	const asked = purpose ? '' : tail;
	// "Davila was 3 years old": a copula question needs a noun phrase to define, "a former republic".
	if (copula && !terms[from]!.tags.has('Determiner')) return [];
	// "vaccinating only a fraction of eligible children": an amount of something is asked by the
	// how-many questions, and its last noun is not what the verb takes.
	if (
		terms
			.slice(from, end)
			.some((t, i) => i > 0 && t.normal === 'of' && QUANTITY_NOUN.test(terms[from + i - 1]!.normal))
	)
		return [];
	// "spoke to prosecutors": people are asked with "Who".
	const head = terms[end - 1]!;
	// "Poland is the EU's largest poultry producer" defines Poland: "What is Poland?", never "Who".
	const wh = !copula && (head.tags.has('Actor') || PEOPLE_NOUN.test(head.normal)) ? 'Who' : 'What';
	// "What did Pimentel accuse of forcing the bill through?": these verbs take someone, whom a
	// "What" does not ask for.
	if (wh === 'What' && PERSON_OBJECT_VERB.test(infinitiveOf(main.normal) ?? main.normal)) return [];
	const prompt = copula
		? invertWithWh(article, sentence, verb.from, verb.to, wh, '', subject.from)
		: invertWithWh(
				article,
				sentence,
				verb.from,
				verb.to,
				wh,
				[particles, preposition, asked].filter(Boolean).join(' '),
				subject.from
			);
	if (!prompt || !wellFormed(prompt, article.introducedNouns)) return [];
	if (containsAnswer(prompt, phrase)) return [];
	// "the decision", "the policy": an answer that names nothing on its own.
	if (VAGUE_HEAD.test(`the ${bareOf(phrase)}`)) return [];
	// "What did supporters fold? → banners", "What did the team repeat? → analysis": one common
	// noun asks for a word of the sentence, not a fact of the story.
	if (wh === 'What' && /^\p{Ll}[\p{Ll}-]*$/u.test(bareOf(phrase))) return [];
	return phraseAnswer(prompt, sentence, phrase, {
		skill: 'detail',
		kind: copula ? 'definition' : 'event',
		score: copula ? 7 : 6.5,
		factKey: clauseKey(clause)
	});
}

/**
 * Whether the phrase from `from` to `at` is a definite thing that "to" and a verb follow, so that
 * it is the doer of that verb: "pushed for the bill | to include a fix". Not an indefinite one,
 * which the infinitive describes: "pushed for stand-alone legislation to address the problem".
 */
export const opensInfinitive = (terms: readonly Term[], from: number, at: number): boolean =>
	/^(?:the|its|their|his|her|our)$/.test(terms[from]?.normal ?? '') &&
	terms[at]?.normal === 'to' &&
	!/[,;:]/.test(terms[at - 1]?.post ?? '') &&
	terms[at + 1]?.tags.has('Verb') === true;
