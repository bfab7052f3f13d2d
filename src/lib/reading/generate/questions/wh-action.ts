import { splitClauses, type Clause } from '../analyze/clauses';
import { candidate, singleChoice } from '../compose/draft';
import { infinitiveOf, stripFinalPunctuation } from '../text/grammar';
import { capitalize, normalizeAnswer, wordsIn } from '../text/normalize';
import { VAGUE_NOUN, wellFormed } from '../text/question-grammar';
import { lowerFirst } from '../text/lower-first';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';
import { entityOf, holdersOfRole } from '../distractors/entities';
import { clauseKey, opensWithPronoun, SAYING, wholeSubject } from './clause-parts';
import { SPEECH_VERBS, THAT_VERBS } from '../analyze/clauses/lexicon';
import { contentWords } from './effects-pool';
import { PEOPLE_NOUN } from './wh-object';

/** Verbs of being and happening: no deed of the subject's. */
const NOT_AN_ACTION =
	/^(?:be|have|do|get|seem|appear|become|remain|include|come|go|last|happen|occur|follow|continue)$/;
/** Words an action cannot lean on: whom "it", "they" or "his" mean is in another sentence. */
const UNRESOLVED = /\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|that)\b/i;
const ACTION_CLAUSE = new Set(['main', 'coordinate', 'subordinate']);
/** Things, not actors, that news gives verbs: "the trial enrolled", "the storm destroyed". */
const NOT_A_DOER =
	/^(?:trial|trials|study|studies|report|survey|research|analysis|data|figures|results|vaccine|drug|observations|observation|findings|images|tests|measurements|plan|deal|bill|law|measure|policy|program|programme|proposal|storm|flood|floods|fire|earthquake|decision|ruling|vote|move|strike|crisis|war|conflict|project|scheme|system|outage|outages|blackout|blackouts|shortage|shortages|outbreak|attack|attacks|collapse|accident|crash|explosion|blast|eruption|heatwave|drought|blaze|wildfire|pandemic|epidemic|recession|unrest|protest|protests|failure|disruption|disruptions|delay|delays|closure)$/;
/** "The outage began at 2:10 p.m.": a verb of starting or ending says when, not what anyone did. */
const ASPECT =
	/^(?:begin|start|end|finish|stop|resume|close|open|last|conclude|commence|cease|wrap)$/;
/** What rises and falls rather than acts: "the economy grew 4.1%", "prices rose". */
const A_MEASURE =
	/^(?:economy|economies|prices|price|inflation|growth|rate|rates|output|exports|imports|shares|stocks|index|currency|sales|production|demand|revenue|revenues|profit|profits|costs|unemployment|population|temperatures|temperature|levels|level|river|rivers|water)$/;
const SHORTEST_ACTION = 3;
const LONGEST_ACTION = 14;

interface Action {
	clause: Clause;
	sentence: ArticleSentence;
	/** Who acted, as the article names them: "A bipartisan group of U.S. lawmakers". */
	doer: string;
	doerKey: string;
	/** What they did, in the past tense, as written: "unveiled new legislation". */
	did: string;
	/** A person or a body acting, not a measure changing ("the economy grew"). */
	agent: boolean;
	verb: string;
}

/**
 * "What did the special counsel do on Friday?" → "brought additional charges against Manafort":
 * what an actor of the story did, for an actor the article shows doing one thing, with the things
 * other actors did as wrong options. The main events of a story are actions; a gap in one hides a
 * word, this asks the reader for the event.
 */
export function actionQuestions(article: Article): Candidate[] {
	const actions = article.sentences.flatMap((sentence) =>
		sentence.isQuestion ? [] : splitClauses(sentence).flatMap((c) => actionOf(article, c) ?? [])
	);
	const byDoer = new Map<string, number>();
	for (const action of actions) byDoer.set(action.doerKey, (byDoer.get(action.doerKey) ?? 0) + 1);
	const out: Candidate[] = [];
	for (const action of actions) {
		// Someone shown doing two things has two right answers to "What did … do?".
		if (byDoer.get(action.doerKey) !== 1) continue;
		const prompt = `What did ${action.doer} do?`;
		if (!wellFormed(prompt, article.introducedNouns)) continue;
		const words = contentWords(action.did);
		const wrong = actions
			.filter(
				(other) =>
					other.doerKey !== action.doerKey &&
					other.verb !== action.verb &&
					// "What did Salas do?" — never "Grew 4.1% last year", what the economy did.
					other.agent === action.agent &&
					[...contentWords(other.did)].every((w) => !words.has(w))
			)
			.map((other) => ({
				text: capitalize(other.did),
				feedback: `The article says ${other.doer} did this: “${other.sentence.text}”`
			}));
		const draft = singleChoice(
			{
				prompt,
				skill: 'detail',
				evidence: [action.sentence],
				explanation: `The article says: “${action.sentence.text}”`
			},
			capitalize(action.did),
			wrong
		);
		out.push(
			...candidate(draft, 8, clauseKey(action.clause)).map((c) => ({
				...c,
				kind: 'event' as const,
				answer: action.did
			}))
		);
	}
	return out;
}

/** A clause whose subject did one thing in the past tense, told in a few words. */
function actionOf(article: Article, clause: Clause): Action | undefined {
	const { subject, verb, sentence } = clause;
	if (!subject || !verb || clause.quoted || !ACTION_CLAUSE.has(clause.kind)) return undefined;
	if (subject.from < clause.firstTerm || !wholeSubject(sentence, subject)) return undefined;
	const { terms } = sentence;
	const verbTerms = terms.slice(verb.from, verb.to);
	const main = verbTerms[verbTerms.length - 1]!;
	// "unveiled", not "has unveiled" or "was unveiled": "What did … do?" asks a simple past.
	if (verbTerms.length !== 1 || !main.tags.has('PastTense') || main.tags.has('Passive'))
		return undefined;
	// "The planet, known as LHS 2791 c, …": a participle set off after its noun describes it.
	// ("Kennedy, who wrote …, delivered" is the verb after an aside, and stays.)
	if (verb.from === subject.to && /,/.test(terms[verb.from - 1]?.post ?? '')) return undefined;
	const lemma = infinitiveOf(main.normal) ?? main.normal;
	if (SAYING.test(lemma) || NOT_AN_ACTION.test(lemma) || main.tags.has('Copula')) return undefined;
	// "began at about 2:10 p.m.": with no object, starting or ending is a time, not a deed.
	const next = terms[verb.to];
	if (
		ASPECT.test(lemma) &&
		(!next || ['Preposition', 'Date', 'Adverb', 'Value'].some((tag) => next.tags.has(tag)))
	)
		return undefined;
	// "estimated in a report last month | that …": what was estimated is another clause, which
	// "What did the council do?" would leave out.
	if (SPEECH_VERBS.has(main.normal) || THAT_VERBS.has(main.normal)) return undefined;
	const first = terms[subject.from]!;
	if (opensWithPronoun(first)) return undefined;
	const written = sentence.text.slice(first.start, terms[subject.to - 1]!.end);
	// A named actor by name alone ("Helen Carter", not "Harbour Mayor Helen Carter").
	const named = namedSubject(article, clause);
	// "What did the trial do?": a study, a document or an event does nothing a reader can be asked.
	if (!named && NOT_A_DOER.test(terms[subject.to - 1]!.normal)) return undefined;
	// "What did ash do?": a bare singular noun is a substance or an idea, not someone acting.
	if (
		!named &&
		subject.to - subject.from === 1 &&
		!first.tags.has('Plural') &&
		!first.tags.has('ProperNoun') &&
		!PEOPLE_NOUN.test(first.normal)
	)
		return undefined;
	const doer = named?.name ?? lowerFirst(written, { term: first, keepCapitals: true });
	if (/[,;:()"“”]/.test(doer) || wordsIn(doer) > 10) return undefined;
	if (verb.to >= clause.lastTerm) return undefined;
	const did = stripFinalPunctuation(
		sentence.text
			.slice(main.start, terms[clause.lastTerm - 1]!.end)
			.split(/;|:(?!\d)|,\s|\s[—–]\s/)[0] ?? ''
	).trim();
	if (wordsIn(did) < SHORTEST_ACTION || wordsIn(did) > LONGEST_ACTION) return undefined;
	// "enrolled children in Burkina Faso, Mali, Tanzania and Malawi": cut at a comma of a list,
	// the answer would name one of four.
	const after = sentence.text.slice(main.start + did.length);
	if (/^,\s\p{Lu}[^,]*(?:,\s\p{Lu}[^,]*)*,?\s(?:and|or)\s\p{Lu}/u.test(after)) return undefined;
	// "rescinded the policy": which policy is in another sentence.
	if (UNRESOLVED.test(did) || /["“”]/.test(did) || VAGUE_NOUN.test(did)) return undefined;
	return {
		clause,
		sentence,
		doer,
		doerKey: named ? `entity:${named.key}` : doerKey(article, doer),
		did,
		agent: named !== undefined || !A_MEASURE.test(terms[subject.to - 1]!.normal),
		verb: lemma
	};
}

/** The entity a clause's subject names, when it ends on a name: "Harbour Mayor Helen Carter". */
function namedSubject(article: Article, clause: Clause): Entity | undefined {
	const subject = clause.subject!;
	const named = article.mentions.find(
		(m) =>
			m.sentence === clause.sentence &&
			m.lastTerm === subject.to &&
			m.firstTerm >= subject.from &&
			m.kind !== 'name'
	);
	return named && entityOf(article, named.kind, named.key);
}

/** One key per actor: a role the article gives a named person ("the chief justice") is that person. */
function doerKey(article: Article, doer: string): string {
	const [byRole] = holdersOfRole(article, doer);
	return byRole ? `entity:${byRole.key}` : normalizeAnswer(doer);
}
