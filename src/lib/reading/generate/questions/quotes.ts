import { candidate, singleChoice, shortAnswer } from '../compose/draft';
import { entityOf, sameKindEntities } from '../distractors/entities';
import { fnv1a32 } from '../../../core/hash';
import { normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';

const SPEECH =
	'(?:said|says|say|wrote|writes|told|tells|added|adds|asked|claimed|claims|argued|argues|warned|warns|insisted|insists|stated|states|announced|declared|tweeted|explained|noted|confirmed|replied|responded)';
/** “…,” Trump said / “…,” said Trump: the speaker after the quotation. */
const QUOTE_THEN_SPEAKER = new RegExp(
	`^[“"]([^”"]{12,400})[,.!?]?[”"],?\\s+(?:${SPEECH}\\s+([^,.;]{2,60}?)|([^,.;]{2,60}?)\\s+${SPEECH})\\b`
);
/** Trump said, “…” / Trump told reporters: “…” */
const SPEAKER_THEN_QUOTE = new RegExp(
	`^([^,“”"]{2,60}?)\\s+${SPEECH}\\b[^“”"]{0,40}?[,:]\\s*[“"]([^”"]{12,400})[”"]`
);
const PRONOUN = /^(?:he|she|they|it)$/i;

interface Quotation {
	sentence: ArticleSentence;
	words: string;
	speaker: Entity;
}

/**
 * "Who said …?" for each direct quotation whose speaker the article names (a pronoun speaker is
 * the person named last before it): the answer is the speaker, the wrong options other people or
 * organisations the article quotes or names. Reactions and claims are what a reader must attribute.
 */
export function quoteQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	const quotations = findQuotations(article);
	const speakers = [...new Set(quotations.map((q) => q.speaker))];
	for (const quotation of quotations) {
		const { sentence, speaker } = quotation;
		const quote = trimQuote(quotation.words);
		if (!quote) continue;
		const others = [
			...speakers.filter((s) => s !== speaker && s.kind === speaker.kind),
			...sameKindEntities(article, speaker).filter((e) => !speakers.includes(e))
		].filter(
			(e) =>
				!e.aliases.some((a) => ` ${normalizeAnswer(quote)} `.includes(` ${normalizeAnswer(a)} `))
		);
		const common = {
			prompt: `According to the article, who said: “${quote}”?`,
			skill: 'detail' as const,
			evidence: [sentence],
			explanation: `The article says: “${sentence.text}”`
		};
		const key = `quote:${sentence.id}:${fnv1a32(quote)}`;
		const choice = singleChoice(
			common,
			speaker.name,
			others.map((e) => ({ text: e.name }))
		);
		const draft =
			choice ??
			shortAnswer(
				common,
				[speaker.name, ...speaker.aliases],
				others.map((e) => e.name)
			);
		out.push(
			...candidate(draft, choice ? 8 : 6.5, key).map((c) => ({
				...c,
				kind: 'reaction' as const,
				answer: speaker.name
			}))
		);
	}
	return out;
}

/** A quotation short enough to read in a prompt, cut at a sentence end when long. */
function trimQuote(words: string): string | undefined {
	const text = words.trim().replace(/[,]$/, '');
	if (wordsIn(text) <= 28) return text;
	const first = /^(.{20,}?[.!?])\s/.exec(text)?.[1];
	return first && wordsIn(first) <= 28 ? first : undefined;
}

function findQuotations(article: Article): Quotation[] {
	const found: Quotation[] = [];
	for (const sentence of article.sentences) {
		let words: string | undefined;
		let speakerText: string | undefined;
		const after = QUOTE_THEN_SPEAKER.exec(sentence.text);
		if (after) {
			words = after[1];
			speakerText = after[2] ?? after[3];
		} else {
			const before = SPEAKER_THEN_QUOTE.exec(sentence.text);
			if (before) {
				words = before[2];
				speakerText = before[1];
			}
		}
		if (!words || !speakerText) continue;
		const speaker = speakerOf(article, sentence, speakerText);
		if (speaker) found.push({ sentence, words, speaker });
	}
	return found;
}

/** The entity a speaker phrase names: "Trump", "President Trump", "he" (the last person named). */
function speakerOf(
	article: Article,
	sentence: ArticleSentence,
	phrase: string
): Entity | undefined {
	const text = phrase.trim();
	if (PRONOUN.test(text)) {
		const before = article.mentions.filter(
			(m) =>
				m.kind === 'person' &&
				(m.sentence.position < sentence.position ||
					(m.sentence === sentence && m.start < sentence.text.indexOf(text))) &&
				m.sentence.position >= sentence.position - 3
		);
		const last = before[before.length - 1];
		return last && article.entities.find((e) => e.kind === 'person' && e.key === last.key);
	}
	const start = sentence.text.indexOf(text);
	const mention = article.mentions.find(
		(m) =>
			m.sentence === sentence &&
			m.start >= start &&
			m.end <= start + text.length &&
			(m.kind === 'person' || m.kind === 'organization')
	);
	// "a White House official": someone of the organization spoke, not the organization.
	if (mention?.kind === 'organization' && /\s\p{Ll}/u.test(text.slice(mention.end - start)))
		return undefined;
	if (mention) return entityOf(article, mention.kind, mention.key);
	// A speaker compromise did not tag in this sentence is still one the article names elsewhere.
	const normalized = ` ${normalizeAnswer(text)} `;
	return [...article.entities]
		.filter((e) => e.kind === 'person' || e.kind === 'organization')
		.sort((a, b) => b.mentions.length - a.mentions.length)
		.find((e) => e.aliases.some((alias) => normalized.endsWith(` ${normalizeAnswer(alias)} `)));
}
