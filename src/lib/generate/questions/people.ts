import { CLOZE_BLANK } from '../../question/schema';
import { candidate, cloze, matching, shortAnswer, singleChoice } from '../build/draft';
import { countryDistractors } from '../distractors/countries';
import { entityOf, sameKindEntities } from '../distractors/entities';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, wordsIn } from '../text/normalize';
import type { Article, Candidate, Entity, Mention } from '../types';

const SKIP_ADVERBS = /^(?:also|then|later|previously|too|reportedly|subsequently|now|still)$/;
const WH: Record<string, string> = {
	person: 'Who',
	country: 'Which country',
	organization: 'Which organization',
	place: 'Which place'
};

/**
 * Who/which questions from sentences that open with a name and a verb ("Mr. Tokayev thanked …" →
 * "Who thanked …?"), and a cloze for the most important name in other sentences.
 */
export function entityQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion || wordsIn(sentence.text) > 40) continue;
		const mentions = article.mentions.filter((m) => m.sentence === sentence);
		const opener = mentions.find((m) => m.firstTerm <= 2 && startsSentence(m));
		if (opener) out.push(...subjectQuestion(article, opener));
		const targets = [...mentions]
			.filter((m) => m !== opener)
			.sort((a, b) => importance(article, b) - importance(article, a) || a.start - b.start)
			.slice(0, 2);
		for (const target of targets) out.push(...entityCloze(article, target));
	}
	out.push(...roleMatching(article));
	return out;
}

function startsSentence(mention: Mention): boolean {
	const before = mention.sentence.text.slice(0, mention.start).trim();
	return (
		before === '' ||
		(/^(?:(?:Mr|Mrs|Ms|Dr)\.?|[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)?)$/u.test(before) &&
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
	const rest = stripFinalPunctuation(sentence.text.slice(verbTerm.start));
	const wh = WH[mention.kind] ?? 'What';
	const prompt = `${wh} ${rest}?`;
	const { entity, accepted } = answersOf(article, mention);
	if (!quotesBalanced(rest) || accepted.some((a) => containsAnswer(rest, a))) return [];
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
	return candidate(shortAnswer({ ...common, difficulty: 'medium' }, accepted), 5.5, key);
}

function entityCloze(article: Article, mention: Mention): Candidate[] {
	const { sentence } = mention;
	const prompt =
		sentence.text.slice(0, mention.start) + CLOZE_BLANK + sentence.text.slice(mention.end);
	const { entity, accepted } = answersOf(article, mention);
	if (accepted.some((a) => containsAnswer(prompt, a))) return [];
	const rejected = entity ? sameKindEntities(article, entity).map((e) => e.name) : [];
	const score = 4 + Math.min(2, importance(article, mention) / 2);
	return candidate(
		cloze(
			{
				prompt,
				skill:
					mention.kind === 'person'
						? 'detail'
						: mention.kind === 'organization'
							? 'detail'
							: 'geography',
				evidence: [sentence],
				difficulty: 'easy'
			},
			[mention.text, ...accepted],
			rejected
		),
		score,
		`entity:${mention.kind}:${mention.key}:${sentence.id}`
	);
}

/** "Almaty, the epicenter of protests", "Jane Doe, the city's mayor,": an appositive description. */
function appositiveAfter(mention: Mention): string | undefined {
	const after = mention.sentence.text.slice(mention.end);
	const m = /^,\s+((?:the|a|an)\s+[^,.;:()“”"]{3,60}?)(?=,|\.|;|$)/.exec(after);
	if (!m) return undefined;
	const words = m[1]!.split(/\s+/);
	const cutAt = words.findIndex(
		(w, i) =>
			i > 1 &&
			/(?:ed|ing)$/.test(w) &&
			!/^(?:during|building|king|wing|red|bed|seed|united|limited|based)$/i.test(w)
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
			seenRight.add(role.toLowerCase());
			pairs.push({
				left: entity.name,
				right: role.replace(/^./, (c) => c.toUpperCase()),
				evidence: mention
			});
		}
	}
	if (pairs.length < 2) return [];
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
	);
}
