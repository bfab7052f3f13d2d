import { splitClauses, type Clause } from '../analyze/clauses';
import { candidate, shortAnswer, singleChoice, type WrongOption } from '../compose/draft';
import { countryDistractors } from '../distractors/countries';
import { entityOf, isClearOrganization, sameKindEntities } from '../distractors/entities';
import { invertWithWh, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, normalizeAnswer, wordsIn } from '../text/normalize';
import { wellFormed } from '../text/question-grammar';
import { leadingAppositiveRole } from '../analyze/roles';
import { clauseKey, continuesList, wholeSubject } from './clause-parts';
import { objectQuestion } from './wh-object';
import { tellerOf } from './reported-wh';
import { prepositionQuestion } from './wh-preposition';
import { whenQuestion } from './wh-when';
import { whereQuestion } from './wh-where';
import type { Article, ArticleSentence, Candidate, Entity, FactKind, Mention } from '../types';

const PRONOUN_START = /^(?:that\s+)?(?:he|she|it|they|this|these|those)\b/i;
/** Words a question cannot end on: a conjunction, a preposition, a wh-word. */
const DANGLING =
	/^(?:how|what|why|when|where|whether|that|which|who|whom|if|because|and|or|but|about|to|of|for|with|as|than|so|in|on|at|by|from|said|says)$/i;
const LOCATIVE = /^(?:to|in|at|from|into|near|inside|outside|across|throughout)$/;
const WH_SUBJECT: Record<string, string> = {
	person: 'Who',
	organization: 'Which organization',
	country: 'Which country'
};
const KIND: Record<string, FactKind> = {
	person: 'person',
	organization: 'organization',
	country: 'place',
	place: 'place'
};
/**
 * Wh-questions cut to one clause: "Who called off the summit?" for a named subject, and with
 * subject–auxiliary inversion and do-support "Where did Joe Hagin fly on Sunday?" for a place after
 * a locative preposition, "Who did Trump meet?" for a named object. The answer is the entity's
 * canonical name; wrong options are entities of the same kind from the article, never one the
 * question itself shows.
 */
export function whQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion || wordsIn(sentence.text) > 70) continue;
		const mentions = article.mentions.filter((m) => m.sentence === sentence);
		const clauses = splitClauses(sentence);
		for (const [index, clause] of clauses.entries()) {
			out.push(...describedNameQuestion(article, sentence, clause, mentions));
			if (!clause.subject || !clause.verb || clause.quoted) continue;
			// "Convention 169, which Guatemala ratified in 1996", "incidents in which users suffered
			// burns": the relative word stands for the verb's object or its setting, which a
			// question without it leaves out ("When did Guatemala ratify?").
			if (clause.kind === 'relative' && clause.subject.from >= clause.firstTerm) continue;
			// "If the bill reaches the president's desk, …": a condition states nothing that happened.
			if (/^(?:if|unless|whether)$/.test(clause.connective ?? '')) continue;
			const reported = clauses.find((c) => c.parent === index && c.kind === 'reported');
			// "…moved from Mexico when Davila was 3 years old": a time clause sets the scene, and
			// "Who was 3 years old?" asks for its subject without it.
			if (!/^(?:when|while|as|after|before|until|once|since)$/.test(clause.connective ?? ''))
				out.push(...subjectQuestion(article, sentence, clause, mentions, reported));
			// "Ryan has said the fix should be considered on its own merits": asked without its
			// speaker, an opinion or a forecast reads as a fact (the speaker's questions ask it).
			if (isReportedOpinion(sentence, clause)) continue;
			out.push(...complementQuestions(article, sentence, clause, mentions));
			out.push(...objectQuestion(article, sentence, clause, mentions));
			out.push(...prepositionQuestion(article, sentence, clause, mentions));
			out.push(...whenQuestion(article, sentence, clause));
			out.push(...whereQuestion(article, sentence, clause, mentions));
		}
	}
	return out;
}

/** A reported clause whose verb says what should, would or could be: a view, not a fact. */
function isReportedOpinion(sentence: ArticleSentence, clause: Clause): boolean {
	if (clause.kind !== 'reported' || !clause.verb) return false;
	return sentence.terms
		.slice(clause.verb.from, clause.verb.to)
		.some((term) => /^(?:should|would|could|might|may|must|ought)$/.test(term.normal));
}

/**
 * Terms of the clause after the verb group, minus nested clauses that are not its own; undefined
 * when its first comma opens the rest of a list ("brought together the Civic Centre, the Rural
 * Alliance and …"), which the question would cut to its first item.
 */
function restAfter(sentence: ArticleSentence, clause: Clause, from: number): string | undefined {
	const end = clause.lastTerm;
	if (from >= end) return '';
	const start = sentence.terms[from]!.start;
	const stop = sentence.terms[end - 1]!.end;
	// "ordered that the levy, which took effect on Sept. 1, be halted": an aside set off inside the
	// clause is left out, so the clause is not cut at its first comma ("Who ordered that the levy?").
	const text = sentence.text.slice(start, stop).replace(INNER_RELATIVE, ' ');
	const [first, ...others] = text.split(/(?=;|:(?!\d)|,\s)/);
	if (continuesList(others.join(''))) return undefined;
	return stripFinalPunctuation(first ?? '').trim();
}

/** A relative clause between commas with the clause going on after it in lower case. */
const INNER_RELATIVE = /,\s(?:which|who|whose)\s[^,;:“”"]{1,80},\s(?=\p{Ll})/gu;

function subjectQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[],
	reported?: Clause
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const subjectTerms = sentence.terms.slice(subject.from, subject.to);
	// The subject must be a name (with its title), not "the ally of Russia" or "Trump and Abe".
	const named = mentions.find(
		(m) =>
			m.firstTerm >= subject.from - 4 &&
			m.lastTerm === subject.to &&
			m.kind !== 'name' &&
			!subjectTerms.some((t) => t.normal === 'and' || t.normal === 'or')
	);
	// "Charlie Craig and David Mullins went…": the last of two joined names is half the subject.
	// "the department's inspector general, Michael Horowitz, blasted …": a name set off after its
	// role is the doer itself.
	if (
		!named ||
		!(
			wholeSubject(sentence, subject) ||
			(named.kind === 'person' &&
				leadingAppositiveRole(sentence, named.firstTerm, named.lastTerm) !== undefined)
		)
	)
		return [];
	// "Republican critics in Congress" is not Congress: only a title or determiner may lead the name.
	const lead = sentence.terms.slice(subject.from, named.firstTerm);
	if (lead.some((t) => !/^\p{Lu}/u.test(t.text) && !t.tags.has('Determiner'))) return [];
	const entity = entityOf(article, named.kind, named.key);
	if (!entity) return [];
	const verbText = sentence.text.slice(
		sentence.terms[verb.from]!.start,
		sentence.terms[verb.to - 1]!.end
	);
	// "Which country approach…": the verb must agree with a singular "who"/"which".
	const firstVerb = sentence.terms[verb.from]!;
	if (/^(?:are|were|have|do)$/i.test(firstVerb.text)) return [];
	const agrees =
		firstVerb.tags.has('PastTense') ||
		firstVerb.tags.has('Modal') ||
		firstVerb.tags.has('Auxiliary') ||
		firstVerb.tags.has('Copula') ||
		/s$/i.test(firstVerb.text);
	if (!agrees) return [];
	let rest = restAfter(sentence, clause, verb.to);
	if (rest === undefined) return [];
	// "Who said in a televised address?" asks nothing: what was said is in the reported clause.
	if (reported && !reported.quoted) {
		if (wordsIn(reported.text) > 16 || PRONOUN_START.test(reported.text)) return [];
		// "said income tax paid by Brennard | and its employees accounted for …": a verb right after
		// a noun and before "by" is a participle describing it, no clause's verb.
		const verbAt = reported.verb?.from ?? -1;
		const beforeVerb = sentence.terms[verbAt - 1];
		if (
			verbAt > 0 &&
			beforeVerb?.tags.has('Noun') &&
			!beforeVerb.tags.has('Pronoun') &&
			sentence.terms[verbAt + 1]?.normal === 'by'
		)
			return [];
		// "Later If Democrats were…": a capital that is no name is a quotation's or sentence's start.
		const first = sentence.terms.find((t) => t.start >= reported.start);
		if (
			first &&
			/^\p{Lu}/u.test(first.text) &&
			!first.tags.has('ProperNoun') &&
			!first.tags.has('Acronym') &&
			first.text !== 'I'
		)
			return [];
		rest = `${rest} that ${reported.text.replace(/^that\s+/i, '')}`.trim();
	} else if (reported) return [];
	// "blasted Comey for a series of steps he took": a clause that leans on a pronoun ends the question.
	// Only after a noun: "talking about how he wanted" would leave "about how" dangling.
	const leaning = /(\S+)\s(?:he|she|they|it|we)\s/i.exec(rest);
	if (
		leaning &&
		!reported &&
		!DANGLING.test(leaning[1]!) &&
		wordsIn(rest.slice(0, leaning.index)) >= 2
	)
		rest = rest.slice(0, leaning.index + leaning[1]!.length);
	if (wordsIn(rest) < 2) return [];
	// "Which place voted against the bill?": a place as the doer is a misread group; ask no one.
	const wh = WH_SUBJECT[entity.kind];
	if (!wh || (entity.kind === 'organization' && !isClearOrganization(entity))) return [];
	const asked = `${wh} ${verbText.replace(/^\w/, (c) => c.toLowerCase())}${rest ? ` ${rest}` : ''}?`;
	// "The White House said Senate Democrats failed …": the claim is the White House's, and the
	// question says so rather than state it as a fact.
	const teller = clause.kind === 'reported' ? tellerOf(article, sentence, clause) : undefined;
	if (clause.kind === 'reported' && !teller) return [];
	const prompt = teller
		? `According to ${teller}, ${asked.charAt(0).toLowerCase()}${asked.slice(1)}`
		: asked;
	return entityAnswer(
		article,
		sentence,
		entity,
		prompt,
		8.5,
		// Who did it and what they did are one fact: the clause's other questions share its key.
		clauseKey(clause)
	);
}

/**
 * "Kilimnik, who ran the Kiev office of the firm, was charged" → "Who ran the Kiev office of the
 * firm?": a relative clause set off after a name says what that person or body did, so it asks for
 * the name as a clause's doer does.
 */
function describedNameQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	if (clause.kind !== 'relative' || clause.quoted || !clause.verb) return [];
	if (!/^(?:who|which)$/.test(clause.connective ?? '')) return [];
	const before = sentence.terms[clause.firstTerm - 1];
	if (!before || !/^,/.test(before.post.trim())) return [];
	const named = mentions.find((m) => m.lastTerm === clause.firstTerm && m.kind !== 'name');
	if (!named) return [];
	// "Carlos Curbleo and Ileana Ros-Lehtinen, who vowed…": the clause says it of both.
	if (/^(?:and|or)$/.test(sentence.terms[named.firstTerm - 1]?.normal ?? '')) return [];
	const entity = entityOf(article, named.kind, named.key);
	const wh = entity && WH_SUBJECT[entity.kind];
	if (!entity || !wh || (entity.kind === 'organization' && !isClearOrganization(entity))) return [];
	// "who" stands for a person, "which" for anything else: a mismatch is a misread antecedent.
	if ((clause.connective === 'who') !== (entity.kind === 'person')) return [];
	const said = stripFinalPunctuation(clause.text.split(/;|:(?!\d)|,\s|\s[—–]\s/)[0] ?? '').trim();
	const firstVerb = sentence.terms[clause.verb.from]!;
	if (/^(?:are|were|have|do)$/i.test(firstVerb.text) || wordsIn(said) < 3) return [];
	if (PRONOUN_START.test(said)) return [];
	return entityAnswer(article, sentence, entity, `${wh} ${said}?`, 8, clauseKey(clause));
}

function complementQuestions(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const out: Candidate[] = [];
	for (const mention of mentions) {
		if (mention.firstTerm < verb.to || mention.lastTerm > clause.lastTerm) continue;
		const entity = entityOf(article, mention.kind, mention.key);
		if (!entity || mention.kind === 'name') continue;
		const before = sentence.terms[mention.firstTerm - 1];
		// "went to Arlington National Cemetery", "at the White House": after a locative
		// preposition any named thing but a person is a place.
		const isPlace =
			mention.kind !== 'person' &&
			before !== undefined &&
			(LOCATIVE.test(before.normal) ||
				(before.tags.has('Determiner') &&
					LOCATIVE.test(sentence.terms[mention.firstTerm - 2]?.normal ?? '')));
		// "accuse Manafort and Kilimnik": one of two joined names is half an answer.
		const joinedNext = /^(?:and|or)$/.test(sentence.terms[mention.lastTerm]?.normal ?? '');
		const isObject = mention.firstTerm === verb.to && mention.kind === 'person' && !joinedNext;
		if (!isPlace && !isObject) continue;
		// "announced a policy on entry into the United States": a place after another preposition
		// belongs to a noun, not to where the clause happened.
		if (
			sentence.terms
				.slice(verb.to, mention.firstTerm - 1)
				.some((t) => t.tags.has('Preposition') || t.normal === 'to')
		)
			continue;
		// "near Almaty's main square": the place is a possessive, not where something happened.
		if (/^['’]s?\b/.test(sentence.text.slice(mention.end))) continue;
		// "fell 6.2 percent in Sao Paulo trading": the place describes the noun after it.
		const following = sentence.terms[mention.lastTerm];
		if (
			isPlace &&
			following &&
			/^\p{Ll}/u.test(following.text) &&
			!/[,;:.!?)"”]/.test(sentence.terms[mention.lastTerm - 1]!.post) &&
			((following.tags.has('Noun') && !following.tags.has('Date')) || following.tags.has('Gerund'))
		)
			continue;
		const cutFrom = !isPlace
			? mention.firstTerm
			: LOCATIVE.test(before.normal)
				? mention.firstTerm - 1
				: mention.firstTerm - 2;
		// The rest of the clause without the asked phrase and any apposition after it.
		const head = sentence.text.slice(
			sentence.terms[verb.to]?.start ?? sentence.terms[verb.to - 1]!.end,
			sentence.terms[cutFrom]!.start
		);
		const afterPhrase = sentence.text.slice(mention.end).replace(/^,\s[^,]*(?:,|$)/, '');
		// "accuse Manafort, 69, and Konstantin Kilimnik": past the aside, another name is joined.
		if (/^\s*(?:and|or)\s/.test(afterPhrase)) continue;
		const tail = afterPhrase.split(/;|:(?!\d)|,\s|\.$/)[0] ?? '';
		const rest = stripFinalPunctuation(`${head} ${tail}`.replace(/\s+/g, ' ').trim());
		if (wordsIn(rest) > 14) continue;
		if (!wholeSubject(sentence, subject)) continue;
		// "Where did they convene at the church …?" has two answers: ask only a lone place.
		if (
			isPlace &&
			mentions.some(
				(m) =>
					m !== mention && (m.kind === 'place' || m.kind === 'country') && rest.includes(m.text)
			)
		)
			continue;
		const prompt = invertWithWh(
			article,
			sentence,
			verb.from,
			verb.to,
			isPlace ? 'Where' : 'Who',
			rest,
			subject.from
		);
		if (!prompt) continue;
		out.push(
			...entityAnswer(
				article,
				sentence,
				entity,
				prompt,
				isPlace ? 8 : 7.5,
				isPlace ? `place:${sentence.id}:${entity.key}` : clauseKey(clause)
			)
		);
	}
	return out;
}

/** The words of a role that say what someone is: "Justice", "senator", "judge" (not "the", "of"). */
const roleWordsOf = (role: string) =>
	normalizeAnswer(role)
		.split(' ')
		.filter(
			(word) => word.length > 3 && !/^(?:former|then|deputy|chief|senior|acting)$/.test(word)
		);

function entityAnswer(
	article: Article,
	sentence: ArticleSentence,
	entity: Entity,
	prompt: string,
	score: number,
	factKey: string
): Candidate[] {
	if (!wellFormed(prompt, article.introducedNouns)) return [];
	if (entity.aliases.some((alias) => containsAnswer(prompt, alias))) return [];
	const shown = ` ${normalizeAnswer(prompt)} `;
	const notShown = (name: string) => !shown.includes(` ${normalizeAnswer(name)} `);
	// A country is offered beside countries only, a town beside towns: the country that holds a
	// town is also right ("Argentina" beside "Buenos Aires", raters said).
	const kinds = [entity.kind];
	// "Who took Comey to task?" offers no "James Comey": any name the entity goes by counts as shown.
	// "Who delivered the majority opinion?" → a justice: other people who hold a role of the same
	// word first ("Justice Sonia Sotomayor"), then anyone with a role (a law professor), so the
	// baker and the couple are not the only foils.
	const roleWords = new Set(entity.roles.flatMap(roleWordsOf));
	const peers = (e: Entity) =>
		e.roles.flatMap(roleWordsOf).some((w) => roleWords.has(w))
			? 0
			: roleWords.size > 0 && e.roles.length > 0
				? 1
				: 2;
	const others = sameKindEntities(article, entity, kinds)
		.filter((e) => [e.name, ...e.aliases].every(notShown))
		.map((e, order) => ({ e, order }))
		.sort((a, b) => peers(a.e) - peers(b.e) || a.order - b.order)
		.map(({ e }) => e.name);
	if (entity.kind === 'country') others.push(...countryDistractors(article, entity.name, [], 3));
	const wrong: WrongOption[] = [...new Set(others)].filter(notShown).map((text) => ({ text }));
	const common = {
		prompt,
		skill:
			entity.kind === 'country' || entity.kind === 'place'
				? ('geography' as const)
				: ('detail' as const),
		evidence: [sentence],
		explanation: `The article says: “${sentence.text}”`
	};
	const draft =
		singleChoice(common, entity.name, wrong) ??
		shortAnswer(
			common,
			[entity.name, ...entity.aliases],
			wrong.map((w) => w.text)
		);
	const kind = KIND[entity.kind] ?? 'event';
	return candidate(draft, draft.type === 'single-choice' ? score : score - 1, factKey).map((c) => ({
		...c,
		kind,
		answer: entity.name
	}));
}
