import { lowerFirst } from '../text/lower-first';
import { splitClauses, type Clause } from '../analyze/clauses';
import { candidate, shortAnswer, singleChoice } from '../compose/draft';
import { lemmaOf, stripFinalPunctuation } from '../text/grammar';
import { capitalize, containsAnswer, wordsIn } from '../text/normalize';
import { COUNTED_BACK, POINTS_BACK_PHRASE, VAGUE_NOUN, wellFormed } from '../text/question-grammar';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';
import { entityOf, holdersOfRole } from '../distractors/entities';
import { optionsOfAnswerKind } from '../text/noun-class';
import {
	bareOf,
	clauseKey,
	continuesList,
	opensWithPronoun,
	SAYING,
	wholeSubject
} from './clause-parts';
import { contentWords } from './effects-pool';
import { EMPTY_HEAD } from './phrases';
import { PEOPLE_NOUN } from './wh-object';
import { INFINITIVE_GOES_ON } from './clause-parts';

const CONNECTIVE =
	/^(?:that|when|while|after|before|because|if|as|since|although|though|where|until)$/;
/** A bare group that may well include whoever did it: "Lawmakers" beside "U.S. senators". */
const GENERIC_DOER =
	/^(?:lawmakers|officials|people|others|members|leaders|authorities|critics|experts|many|some)$/i;
/** People `PEOPLE_NOUN` leaves out: groups by party or origin, and titles. */
const PEOPLE_TOO =
	/^(?:head|ombudsman|ombudsmen|democrats|republicans|dreamers|others|americans|europeans|crews|staff|leadership|volunteers|drivers|president|chairman|chairwoman|speaker|secretary|director|congressman|congresswoman|ambassador|envoy|chief|commander|general|king|queen|pope)$/;
const LONGEST_ANSWER = 14;
const LONGEST_REST = 18;

interface Doer {
	clause: Clause;
	sentence: ArticleSentence;
	/** The subject as written, with a restrictive relative clause: "Immigrants who were brought…". */
	text: string;
	/** People the subject names ("Joe Hagin" in "…Joe Hagin and others…"): right typed answers. */
	names: string[];
	/** People, or a body that acts as people do (a court, a company, a country); not an idea. */
	who: boolean;
	verb: string;
}

/**
 * "Who is urging the attorney general to end the policy?" → "A bipartisan group of more than 70
 * former federal prosecutors": the doer of a clause when it is a described group or thing rather
 * than a name (names have their own subject questions). Wrong options are the doers of the
 * article's other clauses, so each is someone the story mentions doing something else.
 */
export function subjectPhraseQuestions(article: Article): Candidate[] {
	const doers = article.sentences.flatMap((sentence) =>
		sentence.isQuestion ? [] : splitClauses(sentence).flatMap((c) => doerOf(article, c) ?? [])
	);
	const out: Candidate[] = [];
	for (const doer of doers) {
		const prompt = promptFor(doer, article.introducedNouns);
		if (!prompt) continue;
		const words = contentWords(doer.text);
		const wrong = doers
			.filter(
				(other) =>
					other.who === doer.who &&
					other.sentence !== doer.sentence &&
					other.verb !== doer.verb &&
					!containsAnswer(prompt, other.text) &&
					!GENERIC_DOER.test(bareOf(other.text)) &&
					![...contentWords(other.text)].some((word) => words.has(word))
			)
			.map((other) => ({
				text: capitalize(other.text),
				feedback: `The article says this about ${lowerFirst(other.text, 'determiner-or-phrase')}: “${other.sentence.text}”`
			}));
		const common = {
			prompt,
			skill: 'detail' as const,
			evidence: [doer.sentence],
			explanation: `The article says: “${doer.sentence.text}”`
		};
		const answer = capitalize(doer.text);
		const choice = singleChoice(common, answer, optionsOfAnswerKind(doer.text, wrong));
		const accepted = [...typedForms(doer.text, doer.who), ...doer.names].filter(
			(form) => !containsAnswer(prompt, form)
		);
		const typed = accepted.length > 0 ? shortAnswer(common, accepted) : undefined;
		// Both ways, one kept: a described doer among other sentences' doers often reads as no
		// rival at all ("Who has 14 days to appeal? A Kenyan court | At least two patients"), and
		// the ranking takes the form teachers keep more often.
		const key = clauseKey(doer.clause);
		out.push(
			...[...candidate(choice, 8, key), ...candidate(typed, 6, key)].map((c) => ({
				...c,
				group: `doer:${key}`,
				kind: doer.who ? ('person' as const) : ('event' as const),
				answer: bareOf(doer.text)
			}))
		);
	}
	return out;
}

/** The clause's subject when it is a described doer worth asking for. */
const SUBJECT_ADVERB =
	/^(?:last|also|then|now|already|still|recently|first|later|again|once|previously|finally|only)$/;

function doerOf(article: Article, clause: Clause): Doer | undefined {
	const { subject, verb, sentence } = clause;
	if (!subject || !verb || clause.quoted || clause.kind === 'relative') return undefined;
	if (clause.kind === 'reported' && clause.speaker === undefined) return undefined;
	// A verb that shares an earlier clause's subject ("…but does give") has its own question there.
	if (subject.from < clause.firstTerm || subject.to > verb.from) return undefined;
	if (!wholeSubject(sentence, subject)) return undefined;
	const { terms } = sentence;
	// "The union last staged a strike": an adverb before the verb read into the subject.
	if (SUBJECT_ADVERB.test(terms[subject.to - 1]?.normal ?? '')) return undefined;
	// "…related to the 2016 U.S. election escalated": a subject starts a clause, after its
	// connective or punctuation, not inside another phrase.
	const before = terms[subject.from - 1];
	if (
		before &&
		!/[,;:—–"“”]/.test(before.post) &&
		!before.tags.has('Conjunction') &&
		!CONNECTIVE.test(before.normal)
	)
		return undefined;
	// "The report released on Thursday …", "an organization based in Austin": a participle after
	// a noun is no verb of the clause.
	const verbTerms = terms.slice(verb.from, verb.to);
	if (
		verbTerms.length === 1 &&
		(verbTerms[0]!.tags.has('Passive') ||
			verbTerms[0]!.tags.has('Participle') ||
			/^(?:by|out)$/.test(terms[verb.to]?.normal ?? '') ||
			verbTerms[0]!.normal === 'based')
	)
		return undefined;
	if (verbTerms.some((t) => t.tags.has('Negative'))) return undefined;
	const first = terms[subject.from]!;
	if (opensWithPronoun(first)) return undefined;
	// "…, and math grades at the program schools rose": the subject starts after the conjunction.
	if (/^(?:and|or|but|nor|yet|so)$/i.test(first.text)) return undefined;
	// A name is asked by the named-subject questions; a name with a title too.
	if (
		article.mentions.some(
			(m) =>
				m.sentence === sentence &&
				m.kind !== 'name' &&
				m.lastTerm === subject.to &&
				m.firstTerm >= subject.from - 4
		)
	)
		return undefined;
	// "speaking to reporters at an emergency operations center": after a preposition a noun is its
	// object, whatever verb the tagger finds after it ("center").
	const preceding = terms[subject.from - 1];
	if (
		preceding &&
		!/[,;:]/.test(preceding.post) &&
		(preceding.tags.has('Preposition') || preceding.normal === 'to')
	)
		return undefined;
	// "38 container ships were waiting": a count is the how-many questions' to ask.
	if (first.tags.has('Value')) return undefined;
	// "The report, released on Thursday, said": a subject set off by a comma has its verb later.
	const last = terms[subject.to - 1]!;
	if (/,/.test(last.post)) return undefined;
	// The subject ends before any aside: "the U.S. president also plans", "lawmakers on Thursday unveiled".
	const text = stripFinalPunctuation(sentence.text.slice(first.start, last.end).trim());
	if (/[,;:—–()"“”]/.test(text) || wordsIn(text) > LONGEST_ANSWER) return undefined;
	// The head comes before any "of …" or other preposition: "a coalition of charities" is a
	// coalition, "the talks between the unions" are talks.
	// So is a noun before a participle or a relative clause: "police and villagers using shovels".
	const subjectTerms = terms.slice(subject.from, subject.to);
	const ofAt = subjectTerms.findIndex(
		(t, i) =>
			i > 0 &&
			(t.normal === 'of' ||
				t.tags.has('Preposition') ||
				t.tags.has('Gerund') ||
				/^(?:who|that|which)$/.test(t.normal))
	);
	const headPart = subjectTerms.slice(0, ofAt > 0 ? ofAt : undefined);
	const heads = headPart.filter((t) => t.tags.has('Noun'));
	const head = heads[heads.length - 1];
	// "Police and villagers": each noun before "and" heads a member of the list.
	const listHeads = headPart.filter(
		(t, i) => t.tags.has('Noun') && /^(?:and|or)$/.test(headPart[i + 1]?.normal ?? '')
	);
	if (!head || head.tags.has('Pronoun') || EMPTY_HEAD.test(head.normal)) return undefined;
	// "The plea", "the decision": a doer that names nothing without the sentence before.
	// "The two leaders": which two, only the sentences before say.
	if (
		VAGUE_NOUN.test(text) ||
		COUNTED_BACK.test(text) ||
		POINTS_BACK_PHRASE.test(text) ||
		// "What is now about $38 million? → Its annual payroll": whose, the sentence before says.
		/^(?:its|their|his|her)\s/i.test(text) ||
		(wordsIn(bareOf(text)) < 2 && !PEOPLE_NOUN.test(head.normal))
	)
		return undefined;
	const main = terms[verb.to - 1]!;
	const lemma = lemmaOf(main);
	if (SAYING.test(lemma) || GENERIC_DOER.test(bareOf(text))) return undefined;
	const names = article.mentions
		.filter(
			(m) =>
				m.sentence === sentence &&
				m.kind === 'person' &&
				m.firstTerm >= subject.from &&
				m.lastTerm <= subject.to
		)
		.flatMap((m) => entityOf(article, 'person', m.key)?.name ?? []);
	const holder = holderOfRole(article, text);
	if (holder) names.push(...[holder.name, ...holder.aliases].filter((n) => !names.includes(n)));
	// compromise calls "the agreement" an actor too; plural actors are people ("researchers").
	const who =
		[head, ...listHeads].some((noun) => PEOPLE_NOUN.test(noun.normal)) ||
		// "Democrats", "Dreamers"; "Joe Hagin and others".
		(head.tags.has('ProperNoun') && head.tags.has('Plural')) ||
		PEOPLE_TOO.test(head.normal) ||
		/(?:ists|ians)$/.test(head.normal) ||
		COMPOUND_PEOPLE.test(head.normal) ||
		names.length > 0 ||
		isGroup(head.normal) ||
		(head.tags.has('Actor') && head.tags.has('Plural'));
	// A court, a company or a country acts as people do: "Who blocked the merger?" offers other
	// actors, never "Fighting corruption" or "the hillside".
	const agent = AGENT_NOUN.test(head.normal) || head.tags.has('Organization');
	// "The commission is made up of …", "The court was asked …": a body that is described or acted
	// on is a thing to name ("What is made up of …?"); only people are "who" whatever the verb.
	const described = /^(?:is|was|are|were|be|been|being)$/.test(verbTerms[0]!.normal);
	return { clause, sentence, text, names, who: who || (agent && !described), verb: lemma };
}

/** "beekeepers", "policymakers", "homeowners": people named by what they keep, make or own. */
const COMPOUND_PEOPLE =
	/\p{Ll}(?:keepers?|makers?|goers?|holders?|owners?|growers?|workers?|riders?|users?|builders?|buyers?|sellers?|dwellers?|breeders?|seekers?|earners?|payers?|carers?|fighters?|fishers?|hunters?)$/u;

const PLACE_STATE = /^(?:open|closed|shut|operational|empty|full|crowded|flooded|inaccessible)\b/;

/** Things that act as people do: "a Zambian court", "the southern African nation", "the bank". */
const AGENT_NOUN =
	/^(?:courts?|nations?|countr(?:y|ies)|compan(?:y|ies)|firms?|banks?|insurers?|carriers?|airlines?|tribunals?|parliaments?|congress|senate|cabinet|army|military|navy|militia|party|parties|clubs?|league|universit(?:y|ies)|commission|board|watchdog)$/;

/**
 * Group nouns headed by people: "a group of prosecutors", "legal aid organizations", "the Trump
 * administration" are asked with "Who".
 */
function isGroup(noun: string): boolean {
	return /^(?:groups?|coalitions?|panel|delegation|crowd|team|committee|majority|minority|handful|dozens|hundreds|thousands|organi[sz]ations?|agenc(?:y|ies)|associations?|unions?|charities|charity|administrations?|governments?|councils?|departments?|ministr(?:y|ies)|police|lawmakers|officials|prosecutors|regulators|authorities)$/.test(
		noun
	);
}

/** "Who is urging …?": the doer's verb, agreeing with a singular "who" or "what", and its rest. */
function promptFor(doer: Doer, introduced: ReadonlySet<string>): string | undefined {
	const { clause, sentence } = doer;
	const { verb } = clause;
	if (!verb) return undefined;
	const { terms } = sentence;
	const verbTerms = terms.slice(verb.from, verb.to);
	const first = verbTerms[0]!;
	const singular = agreeing(first.text, first.tags);
	if (!singular) return undefined;
	const verbText = [singular, ...verbTerms.slice(1).map((t) => t.text)].join(' ');
	// "have continued, including talks…": what follows the comma is an aside, not the verb's rest.
	if (verb.to >= clause.lastTerm || /,/.test(terms[verb.to - 1]!.post)) return undefined;
	// "Swiss law allows federations | to be investigated": the verb's object goes on in the
	// infinitive after the clause, and without it the question asks nothing ("What allows
	// international sports federations?").
	// ("…federations, dozens of which are based in the country, to be investigated": past an aside.)
	const span = sentence.text.slice(terms[verb.to]!.start, terms[clause.lastTerm - 1]!.end);
	const firstPart = span.split(/;|:(?!\d)|,\s/)[0] ?? '';
	const after = sentence.text.slice(terms[verb.to]!.start + firstPart.length);
	if (INFINITIVE_GOES_ON.test(after)) return undefined;
	// "is made up of nine representatives each from workers, employers and the public": a list cut
	// to its first item.
	if (continuesList(after)) return undefined;
	let rest = stripFinalPunctuation(firstPart).trim();
	if (wordsIn(rest) < 2 || wordsIn(rest) > LONGEST_REST) return undefined;
	// "Who was largely positive?", "Who was also not without problems?": after "be", a bare
	// description says nothing of what about.
	if (
		/^(?:is|was|are|were)$/.test(first.normal) &&
		wordsIn(rest) <= 4 &&
		!/\b(?:about|of|with|to|for|on|in)\b/.test(rest)
	)
		return undefined;
	// "…Wednesday because of a Senate budget agreement": the reason is the why-question's answer.
	rest = rest.split(/\s(?:because|due to|as a result of|after|amid|following)\s/i)[0]!;
	// "hasten that possibility": a thing named by an earlier sentence.
	if (
		/\b(?:this|that|these|those|such)\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|will\b|would\b|could\b|can\b|does\b|did\b|week|month|year|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter)\p{Ll}+/u.test(
			rest
		) &&
		!/\bthat\s+\p{Ll}+(?:s|ed)\b/u.test(rest)
	)
		return undefined;
	// "Emergency departments … remained open": what stays open or shut is a place, not a doer.
	const placeState = /^(?:be|remain|stay)$/.test(doer.verb) && PLACE_STATE.test(rest);
	const wh = doer.who && !placeState ? 'Who' : 'What';
	// "…new legislation that would allow states to choose their own laws": when the relative
	// clause leans on a pronoun, the question stops before it ("Who unveiled new legislation?").
	const shorter = /^(.+?)\s(?:that|which|who)\s/.exec(rest)?.[1];
	return [rest, shorter]
		.filter((asked): asked is string => asked !== undefined && wordsIn(asked) >= 2)
		.map((asked) => `${wh} ${verbText} ${asked}?`)
		.find(
			(prompt) =>
				wellFormed(prompt, introduced) &&
				!containsAnswer(prompt, doer.text) &&
				!/\s(?:at|in|on|to|for|with|from|by|about|into|including)\?$/.test(prompt)
		);
}

/** A verb form that agrees with "who": "are urging" → "is urging", "demonstrated" as it is. */
function agreeing(word: string, tags: ReadonlySet<string>): string | undefined {
	const lower = word.toLowerCase();
	const fixed: Record<string, string> = { are: 'is', were: 'was', have: 'has', do: 'does' };
	if (fixed[lower]) return fixed[lower];
	if (/n['’]t$/.test(lower)) return undefined;
	if (tags.has('PastTense') || tags.has('Modal') || /^(?:is|was|has|does)$/.test(lower))
		return lower;
	// A plural present ("urge") would need its third person: leave it to other forms.
	return /s$/.test(lower) && tags.has('PresentTense') ? lower : undefined;
}

/**
 * What a student may type for a described doer: the phrase as written, and the end of each of its
 * noun phrases down to the head ("more than 70 former federal prosecutors", "federal prosecutors",
 * "prosecutors" of "a bipartisan group of more than 70 former federal prosecutors"); a lone head
 * only when it names people, since "organizations" alone says less than the article.
 */
function typedForms(text: string, who: boolean): string[] {
	const core = text.split(/\s+(?:which|from|in|at|on|with|for)\s+/i)[0] ?? text;
	const forms = [text, bareOf(text), core, bareOf(core)];
	// "Joe Hagin and others": the end of a list is one of its members, not the doer. "Teenagers
	// who stopped using their phones": the clause says which teenagers, and "teenagers" alone would
	// name the others too.
	if (/\s(?:and|or|who|that)\s/i.test(core)) return [...new Set(forms)];
	for (const part of core.split(/\s+of\s+/i)) {
		const words = bareOf(part).split(/\s+/);
		for (let i = 0; i < words.length; i += 1) {
			const tail = words.slice(i);
			if (/^(?:than|and|or|of|to|as)$/i.test(tail[0]!)) continue;
			if (tail.length >= 2 || (who && /s$/i.test(tail[0]!))) forms.push(tail.join(' '));
		}
	}
	return [...new Set(forms)];
}

/**
 * "the U.S. president" → Donald Trump: the one person the article gives this role, whom a
 * student may name instead. Nobody when two people hold it, or the role is written otherwise.
 */
function holderOfRole(article: Article, doer: string): Entity | undefined {
	const holders = holdersOfRole(article, doer).filter((entity) => entity.kind === 'person');
	return holders.length === 1 ? holders[0] : undefined;
}
