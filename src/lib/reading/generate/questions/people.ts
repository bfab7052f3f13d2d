import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze, matching, shortAnswer, singleChoice } from '../compose/draft';
import { countryDistractors } from '../distractors/countries';
import { entityOf, sameKindEntities } from '../distractors/entities';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, wordsIn } from '../text/normalize';
import { NAME_PARTICLE, REPORTING_VERBS } from '../analyze/name-runs';
import type { Article, Candidate, Entity, FactKind, Mention } from '../types';
import { EMPTY_ROLE } from './roles';

/** A gap in a longer sentence is still answerable; a "Who …?" built from one is not readable. */
const MAX_CLOZE_WORDS = 60;
const SKIP_ADVERBS = /^(?:also|then|later|previously|too|reportedly|subsequently|now|still)$/;
const WH: Record<string, string> = {
	person: 'Who',
	country: 'Which country',
	organization: 'Which organization'
};

/**
 * Who/which questions from sentences that open with a name and a verb ("Mr. Tokayev thanked …" →
 * "Who thanked …?"), and a cloze for the most important name in other sentences.
 */
export function entityQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion || wordsIn(sentence.text) > MAX_CLOZE_WORDS) continue;
		const mentions = article.mentions.filter((m) => m.sentence === sentence);
		const opener = mentions.find((m) => m.firstTerm <= 3 && startsSentence(m));
		if (opener && opener.kind !== 'name' && wordsIn(sentence.text) <= 40)
			out.push(...subjectQuestion(article, opener));
		// Every name may become a gap; ranking keeps the important ones and at most three per sentence.
		const seen = new Set<string>();
		for (const target of mentions) {
			if (target === opener || seen.has(`${target.kind}:${target.key}`)) continue;
			seen.add(`${target.kind}:${target.key}`);
			out.push(...entityCloze(article, target));
		}
	}
	out.push(...roleMatching(article));
	return out;
}

/** Words that open a clause, never a title before a name: "When Sky Digital was launched…". */
const CLAUSE_OPENERS =
	/^(?:When|While|If|After|Before|Although|Though|As|Since|Because|Once|Until|In|On|At|But|And|So|Then|Where)\b/;

function startsSentence(mention: Mention): boolean {
	const before = mention.sentence.text.slice(0, mention.start).trim();
	if (CLAUSE_OPENERS.test(before)) return false;
	return (
		before === '' ||
		((/^(?:(?:Mr|Mrs|Ms|Dr)\.?|[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)?)$/u.test(before) ||
			// "Lead researcher Dr. Ingrid Solberg said…": a short role ending in a courtesy title.
			/^[\p{Lu}][\p{L}-]*(?: [\p{Ll}-]+)? (?:Mr|Mrs|Ms|Dr|Prof)\.$/u.test(before)) &&
			mention.kind === 'person')
	);
}

function importance(article: Article, mention: Mention): number {
	const entity = entityOf(article, mention.kind, mention.key);
	return (entity?.mentions.length ?? 1) + (mention.kind === 'country' ? 1 : 0);
}

function answersOf(
	article: Article,
	mention: Mention
): { entity: Entity | undefined; accepted: string[] } {
	const entity = entityOf(article, mention.kind, mention.key);
	const accepted = [entity?.name ?? mention.text, mention.text, ...(entity?.aliases ?? [])];
	return { entity, accepted };
}

function subjectQuestion(article: Article, mention: Mention): Candidate[] {
	const { sentence } = mention;
	let verb = mention.lastTerm;
	while (SKIP_ADVERBS.test(sentence.terms[verb]?.normal ?? '')) verb += 1;
	const verbTerm = sentence.terms[verb];
	if (!verbTerm?.tags.has('Verb') || /[,;:]/.test(sentence.terms[mention.lastTerm - 1]!.post))
		return [];
	// "Which place said it would continue its efforts?": a place that acts is a misread body
	// ("Texas RioGrande Legal Aid"), and its wrong options would be towns.
	if (mention.kind === 'place') return [];
	const rest = stripFinalPunctuation(sentence.text.slice(verbTerm.start));
	const wh = WH[mention.kind] ?? 'What';
	const prompt = `${wh} ${rest}?`;
	const { entity, accepted } = answersOf(article, mention);
	if (!quotesBalanced(rest) || accepted.some((a) => containsAnswer(rest, a))) return [];
	// "Who said she had ordered the quarry closed …?": the pronoun tells which of the people it was.
	if (mention.kind === 'person' && /\b(?:he|she|his|her|him|hers)\b/i.test(rest)) return [];
	// "Who told VOA he was “…before March.” He said …?": two sentences are no question.
	if (/[.!?]["”]?\s+\p{Lu}/u.test(rest)) return [];
	const name = entity?.name ?? mention.text;
	const common = {
		prompt,
		skill: 'detail' as const,
		evidence: [sentence],
		explanation: `The article says: “${sentence.text}”`
	};
	const key = `entity:${mention.kind}:${mention.key}:${sentence.id}`;
	const wrong =
		mention.kind === 'country'
			? countryDistractors(article, name, [], 3)
			: entity
				? sameKindEntities(article, entity).map((e) => e.name)
				: [];
	const choice = singleChoice(
		common,
		name,
		wrong.map((text) => ({ text }))
	);
	if (choice) return candidate(choice, 6, key);
	return candidate(shortAnswer({ ...common, difficulty: 'medium' }, accepted, wrong), 5.5, key);
}

function entityCloze(article: Article, mention: Mention): Candidate[] {
	const { sentence } = mention;
	// A gap inside a word ("Abu al-_____ al-Biruni") or for a bare demonym ("American") tests nothing.
	const around = sentence.text.charAt(mention.start - 1) + sentence.text.charAt(mention.end);
	if (/[\p{L}\p{N}-]/u.test(around)) return [];
	// "de _____ said" for "de Graaf": a gap after a surname's particle leaves half the name shown.
	const wordBefore = /(?:^|\s)(\S+)\s$/.exec(sentence.text.slice(0, mention.start))?.[1] ?? '';
	if (NAME_PARTICLE.test(wordBefore)) return [];
	const terms = sentence.terms.slice(mention.firstTerm, mention.lastTerm);
	if (terms.every((t) => t.tags.has('Demonym'))) return [];
	// "the Collective Security Treaty Organisation (CSTO)": the gap takes the bracket too, which
	// would give the answer away, and either form is accepted.
	const bracket = /^\s*\(([\p{Lu}][\p{L}\d&]{1,9})\)/u.exec(sentence.text.slice(mention.end));
	const end =
		bracket && article.abbreviations.has(bracket[1]!)
			? mention.end + bracket[0].length
			: mention.end;
	const prompt = gapPrompt(sentence, mention.start, end);
	const { entity, accepted } = answersOf(article, mention);
	if (accepted.some((a) => containsAnswer(prompt, a))) return [];
	const rejected = entity ? sameKindEntities(article, entity).map((e) => e.name) : [];
	// The article's own topic is too easy to guess to be worth a gap.
	const isTopic = entity !== undefined && entity === article.topic;
	const score = 4 + Math.min(2, importance(article, mention) / 2) - (isTopic ? 2 : 0);
	return candidate(
		cloze(
			{
				prompt,
				skill: mention.kind === 'country' || mention.kind === 'place' ? 'geography' : 'detail',
				evidence: [sentence],
				difficulty: 'easy'
			},
			[mention.text, ...accepted],
			rejected
		),
		score,
		`entity:${mention.kind}:${mention.key}:${sentence.id}`
	).map((c) => ({ ...c, kind: ENTITY_FACT[mention.kind], answer: mention.text }));
}

/** What a gap for a name tests: who, where or which organisation. */
const ENTITY_FACT: Record<Mention['kind'], FactKind> = {
	person: 'person',
	organization: 'organization',
	country: 'place',
	place: 'place',
	name: 'event'
};

/** "Almaty, the epicenter of protests", "Jane Doe, the city's mayor,": an appositive description. */
function appositiveAfter(mention: Mention): string | undefined {
	const after = mention.sentence.text.slice(mention.end);
	const m = /^,\s+((?:the|a|an)\s+[^,.;:()“”"]{3,60}?)(?=,|\.|;|$)/.exec(after);
	if (!m) return undefined;
	const words = m[1]!.split(/\s+/);
	// "EPO, the Athletics Integrity Unit said Wednesday": an attribution, not a description.
	if (words.some((w) => REPORTING_VERBS.has(w.toLowerCase()))) return undefined;
	const cutAt = words.findIndex(
		(w, i) =>
			i > 1 &&
			// "a historian at Ghent University who co-led the research": the description ends where
			// a clause about the person begins.
			(/^(?:who|whose|which|that)$/i.test(w) ||
				// "the chief executive of the Anti-Doping Agency": a name's "-ing" is no participle.
				(/^\p{Ll}/u.test(w) &&
					/(?:ed|ing)$/.test(w) &&
					!/^(?:during|building|king|wing|red|bed|seed|united|limited|based)$/i.test(w)))
	);
	const phrase = (cutAt > 0 ? words.slice(0, cutAt) : words).join(' ');
	return wordsIn(phrase) <= 8 ? phrase : undefined;
}

/** People matched to their roles and places to how the article describes them. */
function roleMatching(article: Article): Candidate[] {
	const pairs: { left: string; right: string; evidence: Mention }[] = [];
	const seenRight = new Set<string>();
	for (const entity of article.entities) {
		for (const mention of entity.mentions) {
			const role =
				mention.title && wordsIn(mention.title) <= 4 ? mention.title : appositiveAfter(mention);
			if (!role || seenRight.has(role.toLowerCase()) || pairs.some((p) => p.left === entity.name))
				continue;
			// "Rep.", "Sen.": a courtesy abbreviation alone is no role to learn.
			if (EMPTY_ROLE.test(role)) continue;
			seenRight.add(role.toLowerCase());
			pairs.push({
				left: entity.name,
				right: role.replace(/^./, (c) => c.toUpperCase()),
				evidence: mention
			});
		}
	}
	// Two pairs answer themselves once one is known: raters dropped every two-pair matching.
	if (pairs.length < 3) return [];
	const chosen = pairs.slice(0, 5);
	const hasPlaces = chosen.some((p) => p.evidence.kind !== 'person');
	return candidate(
		matching(
			{
				prompt: hasPlaces
					? 'Match each name with how the article describes it.'
					: 'Match each person with their role in the article.',
				skill: 'detail',
				evidence: chosen.map((p) => p.evidence.sentence),
				difficulty: 'medium'
			},
			chosen
		),
		7,
		`matching:${chosen.map((p) => p.left).join('|')}`
	).map((c) => ({ ...c, kind: 'role' as const }));
}
