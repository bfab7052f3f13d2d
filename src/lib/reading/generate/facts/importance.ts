import { MONTH_NAMES } from '../../../core/format';
import { normalizeAnswer } from '../text/normalize';
import { CLOZE_BLANK } from '../../../quiz/question';
import type { Article, ArticleSentence, Candidate, FactKind } from '../types';
import { asideSlot } from './aside-slots';
import { REPORTING_VERBS } from '../analyze/name-runs';
import { sentenceCentrality, wordFrequencies } from './centrality';

/**
 * What each kind of fact is worth to a teacher, before where it sits and how central it is: the
 * main event, its causes and effects, the key numbers, people's reactions, then who, when and
 * where; a detail phrase or a word's meaning after those; weekdays and currency conversions last.
 */
const KIND_WEIGHT: Record<FactKind, number> = {
	'main-idea': 1,
	cause: 0.9,
	effect: 0.8,
	number: 0.7,
	border: 0.6,
	reaction: 0.6,
	person: 0.5,
	date: 0.45,
	place: 0.45,
	organization: 0.4,
	role: 0.4,
	quote: 0.4,
	sequence: 0.3,
	definition: 0.2,
	event: 0.1,
	vocabulary: -0.2,
	trivia: -1.2
};

/** Past this share of the sentences, a story gives background and detail. */
const LATE_SHARE = 0.6;
/** The lead: the sentences that state the main event. */
const LEAD_SENTENCES = 2;
/** "2019", "in 2019", "since 1986": a year with nothing else. */
const YEAR_ALONE = /^(?:in |since |by |until )?(?:1[89]|20)\d\d$/;

const WEEKDAY = /^(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** A weekday alone ("Monday", "on Friday"): when something was said, hardly ever what matters. */
export const isWeekday = (answer: string): boolean => WEEKDAY.test(normalizeAnswer(answer));

const MONTH = new RegExp(`^(?:in )?(?:${MONTH_NAMES.join('|')})$`);

/**
 * A month alone ("in _____ to rescind…" → "January"), without its year or day: teachers drop it as
 * trivia like a weekday. A full date, or a year, can be the fact and is kept.
 */
export const isBareMonth = (answer: string): boolean => MONTH.test(normalizeAnswer(answer));

/** A weekday or a month with nothing else: when something happened, hardly ever what matters. */
export const isTimeAlone = (answer: string): boolean => isWeekday(answer) || isBareMonth(answer);
const CONVERSION = /\((?:about|around|roughly|some|approximately)?\s*[$€£¥][\d.,]+/;

interface Importance {
	score: number;
	/** Why, for `--explain`: "lead +0.9", "central +0.7", "cause +0.9"… */
	reasons: string[];
	/** A weekday, a bare count, a name the reader fills without reading: only to make up five. */
	trivia: boolean;
}

interface ImportanceModel {
	of(candidate: Candidate): Importance;
}

/**
 * Scores facts by (1) their kind, (2) where they sit — news states what matters first — and
 * (3) how central their sentence is (TextRank over sentences), plus (4) how often the answer's own
 * words or entity recur across the article: a name mentioned five times matters more than one
 * mentioned once. Each part is in [0, ~1] so no one part decides alone.
 */
export function importanceModel(article: Article): ImportanceModel {
	const centrality = sentenceCentrality(article.sentences);
	// The country the headline or the lead is about is a topic too, beside the entity named most
	// ("Which country …? → Bangladesh" in a story on Bangladesh's blackout that names Dhaka more).
	const headlineCountries = article.entities.filter(
		(e) =>
			e.kind === 'country' &&
			(e.mentions.some((m) => m.sentence.position === 0) ||
				e.aliases.some((alias) =>
					` ${normalizeAnswer(article.title)} `.includes(` ${normalizeAnswer(alias)} `)
				))
	);
	const topicNames = new Set(
		[article.topic, ...headlineCountries].flatMap((e) => e?.aliases ?? []).map(normalizeAnswer)
	);
	const headline = ` ${normalizeAnswer(article.title)} `;
	// Names the article repeats so often that a gap for them gives nothing away.
	const repeated = new Set(
		article.entities
			.filter((e) => e.mentions.length >= 3 || e === article.topic)
			.flatMap((e) => e.aliases.map(normalizeAnswer))
	);
	const frequencies = wordFrequencies(article.sentences);
	const count = Math.max(1, article.sentences.length);
	const byId = new Map(article.sentences.map((s) => [s.id, s]));
	// "Kazakhstan holds 3% of global oil reserves": a figure about what the story is about is
	// background a teacher asks for, wherever it sits.
	// ("First, it is a former Soviet republic … including 3% …": the question names it.)
	const namesTopic = (sentence: ArticleSentence | undefined, prompt: string) => {
		if (article.topic === undefined) return false;
		const topicKey = article.topic.key;
		if (article.mentions.some((m) => m.sentence === sentence && m.key === topicKey)) return true;
		const asked = ` ${normalizeAnswer(prompt)} `;
		return [...topicNames].some((name) => asked.includes(` ${name} `));
	};
	const ranks = [...centrality.values()].sort((a, b) => a - b);
	const medianCentrality = ranks[Math.floor(ranks.length / 2)] ?? 0;
	const aliasMentions = new Map<string, number>();
	for (const entity of article.entities)
		for (const alias of entity.aliases)
			aliasMentions.set(normalizeAnswer(alias), entity.mentions.length);
	const salience = (answer: string): number => {
		const normalized = normalizeAnswer(answer);
		const mentions = aliasMentions.get(normalized);
		if (mentions !== undefined) return Math.min(1, mentions / 4);
		const words = normalized.split(' ').filter((w) => w.length > 3);
		if (words.length === 0) return 0;
		const recurring = words.filter((w) => (frequencies.get(w.replace(/s$/, '')) ?? 0) >= 2);
		return Math.min(1, recurring.length / words.length);
	};
	return {
		of(candidate) {
			const reasons: string[] = [];
			const add = (label: string, value: number) => {
				if (Math.abs(value) >= 0.05)
					reasons.push(`${label} ${value >= 0 ? '+' : ''}${value.toFixed(2)}`);
				return value;
			};
			const sentence = byId.get(candidate.draft.sentenceIds[0] ?? '');
			const position = sentence?.position ?? count;
			let score = 1;
			const answer = candidate.answer ?? candidate.draft.answerText;
			score += add('lead', 0.5 * Math.max(0, 1 - position / count) ** 1.5);
			score += add('central', 0.6 * (centrality.get(sentence?.id ?? '') ?? 0));
			score += add('recurs', 0.6 * salience(answer));
			const ownKind = incidental(candidate, sentence, repeated, topicNames, headline)
				? 'trivia'
				: triviaOrKind(candidate, sentence?.text ?? '');
			// A cause and its effect are one fact, asked either way: "Why did crews clear 60 tonnes
			// by hand?" is as specific as "What happened as a result of …? → Crews cleared 60 tonnes".
			const relation = ownKind === 'cause' || ownKind === 'effect';
			score += add(
				'specific',
				specificity(relation ? `${answer} ${candidate.draft.prompt}` : answer)
			);
			// "a further 32 hours of observing time", "the 222 national federations", the city of a
			// congress: a figure, date or place in the story's last part, in a sentence it does not
			// turn on, is a detail of a detail (raters dropped every such number of two unseen sets).
			const detailOfADetail =
				(ownKind === 'number' || ownKind === 'date' || ownKind === 'place') &&
				position >= LATE_SHARE * count &&
				(centrality.get(sentence?.id ?? '') ?? 0) < medianCentrality &&
				!namesTopic(sentence, candidate.draft.prompt);
			// The year a boat was built, an earlier theft, a fund set up: a year alone past the lead
			// is background (raters kept 3 of 38 such questions, all three on the main event).
			const backgroundYear = YEAR_ALONE.test(normalizeAnswer(answer)) && position >= LEAD_SENTENCES;
			// "The company, which employs about 2,800 people and reported turnover of €1.9 billion,
			// said …": a figure set off between the subject and its verb describes who acts, and is
			// not the news (raters dropped such turnovers, memberships and launch weights).
			const describesSubject =
				ownKind === 'number' &&
				sentence !== undefined &&
				inSubjectAside(sentence, askedAt(candidate, sentence.text, answer));
			const kind = detailOfADetail || backgroundYear || describesSubject ? 'trivia' : ownKind;
			score += add(kind, KIND_WEIGHT[kind]);
			return { score, reasons, trivia: kind === 'trivia' };
		}
	};
}

/**
 * A specific answer (a number, a date, a name) is a fact a reader can check; a common word is
 * rarely what a teacher asks for. News puts its facts all through the story, so specificity
 * matters more than position.
 */
function specificity(answer: string): number {
	if (/\d/.test(answer)) return 0.9;
	if (/^\p{Lu}/u.test(answer) && !/^(?:True|False)$/.test(answer)) return 0.3;
	return 0;
}

/**
 * A gap whose answer a reader fills without reading: the article's own topic, a name its headline
 * prints, or a name it repeats three times or more ("Iran" in an article about Iran), a name used
 * as a modifier ("the _____ approach", "_____ recipients"), or a bare number with nothing counted
 * ("the _____ countries").
 */
function incidental(
	candidate: Candidate,
	sentence: ArticleSentence | undefined,
	repeated: ReadonlySet<string>,
	topic: ReadonlySet<string>,
	headline: string
): boolean {
	const { draft } = candidate;
	if (!sentence) return false;
	const answer = candidate.answer ?? draft.answerText;
	// "Which country is described as authoritarian?" in an article about that country: any form
	// whose one answer is the article's own topic asks what every reader already knows.
	if (topic.has(normalizeAnswer(answer)) && !['matching', 'multiple-choice'].includes(draft.type))
		return true;
	if (!draft.prompt.includes(CLOZE_BLANK)) return false;
	// "…," said _____, vice chairman of …": who said it, as a gap, is a name to recall; the
	// quotation questions ask it with the other speakers as options (raters kept 2 gaps of 17).
	// ("Police said _____ people were arrested" asks a count, not who said it.)
	if (SPEAKER_GAP.test(draft.prompt) && /^\p{Lu}/u.test(answer)) return true;
	// "colluded with _____" under the headline "… in Russia Probe": the name is printed above.
	if (/^\p{Lu}/u.test(answer) && headline.includes(` ${normalizeAnswer(answer)} `)) return true;
	const at = sentence.text.indexOf(answer);
	if (at < 0) return false;
	// "a _____-page report": a number inside a compound adjective measures nothing asked about.
	if (/^\d/.test(answer) && sentence.text.charAt(at + answer.length) === '-') return true;
	if (asideSlot(sentence.text, at, answer)) return true;
	const next = sentence.terms.find(
		(t) => t.start > at + answer.length - 1 && t.start <= at + answer.length + 1
	);
	// "the _____ approach": a lowercase word that goes on the noun phrase (compromise may call
	// "approach" a verb, but no verb follows "the U.S." without a subject of its own).
	const modifier =
		/^\p{Lu}/u.test(answer) &&
		next !== undefined &&
		/^\p{Ll}/u.test(next.text) &&
		![
			'Preposition',
			'Conjunction',
			'Determiner',
			'Adverb',
			'PastTense',
			'Copula',
			'Auxiliary',
			'Modal',
			'Pronoun'
		].some((tag) => next.tags.has(tag)) &&
		!/[,;:.!?)]/.test(sentence.text.charAt(at + answer.length));
	if (modifier) return true;
	if (/^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(answer)) {
		// "The _____ leaders spoke": "the two" points back to people already named, no count.
		if (/\bthe\s+$/i.test(sentence.text.slice(0, at))) return true;
		// "citizens of _____ Muslim countries — Iran, Libya, Somalia, Syria and Yemen": the gap
		// sentence lists what it counts, and the count answers itself.
		if (listsItsCount(sentence.text.slice(at + answer.length))) return true;
		// "At least _____ people are reported killed", "one of _____ states": a count the article
		// stresses is the fact.
		if (
			/\b(?:at least|more than|over|nearly|almost|up to|as many as|one of)\s+$/i.test(
				sentence.text.slice(0, at)
			)
		)
			return false;
		return (
			!next?.tags.has('Noun') ||
			/^(?:people|times|others|ones|countries|states)$/i.test(next.normal)
		);
	}
	return repeated.has(normalizeAnswer(answer));
}

/** Whether the words after a count go on to list that many things: "— Iran, Libya and Yemen". */
function listsItsCount(after: string): boolean {
	const list = /^[^—–:;.]{0,40}[—–:]\s*([^.;—–]+)/.exec(after)?.[1];
	if (!list || !/\sand\s/.test(list)) return false;
	return (
		list.split(/,\s*(?:and\s+)?|\s+and\s+/).filter((item) => /^\p{Lu}/u.test(item.trim())).length >=
		2
	);
}

const REPORTING = [...REPORTING_VERBS, 'according to'].join('|');
/** A gap beside its sentence's reporting verb: "said _____", "_____, a spokesman, said". */
const SPEAKER_GAP = new RegExp(
	`\\b(?:${REPORTING})\\s+(?:the\\s+)?${CLOZE_BLANK}|${CLOZE_BLANK}(?:,[^,]{1,80},)?\\s+(?:${REPORTING})\\b`
);

/** A person named with their age ("Gloria Esposito, 71,", "a 46-year-old mother") who speaks of themselves. */
const NAMED_WITH_AGE =
	/\p{Lu}[\p{L}'’-]+(?:\s(?:(?:de|da|dos|das|do|del|van|von|der|al|bin|le|la)\s)?\p{Lu}[\p{L}'’-]+)+,\s\d{1,3},|\b\d{1,3}-year-old\b/u;
const OWN_LIFE = /\b(?:he|she|his|her|hers|him)\b/i;

const isAnecdote = (sentence: string) => NAMED_WITH_AGE.test(sentence) && OWN_LIFE.test(sentence);

/**
 * Where in its sentence a question asks: its answer's place, or for a true/false the first place
 * its statement differs from the sentence (the number it changed).
 */
function askedAt(candidate: Candidate, text: string, answer: string): number {
	if (candidate.draft.type !== 'true-false') return text.indexOf(answer);
	const statement = candidate.draft.prompt.replace(/^True or false\?\s*/, '');
	let at = 0;
	while (at < text.length && text[at] === statement[at]) at += 1;
	return at < text.length ? at : -1;
}

/**
 * Whether position `at` stands in an aside set off by commas between a sentence's subject and its
 * verb: the sentence's first comma opens it, and a verb follows the comma that closes it ("The
 * company, which employs about 2,800 people, said …").
 */
function inSubjectAside(sentence: ArticleSentence, at: number): boolean {
	if (at <= 0) return false;
	const { text } = sentence;
	const open = text.search(/\S,\s/);
	if (open < 0 || open + 1 >= at) return false;
	// A quotation's words are the speaker's, not the subject's description.
	if (/[“"]/.test(text.slice(0, open))) return false;
	const close = text.indexOf(', ', at);
	if (close < 0) return false;
	const next = sentence.terms.find((t) => t.start > close);
	const after = next && sentence.terms[sentence.terms.indexOf(next) + 1];
	const verbNext = (t: typeof next) =>
		t !== undefined && t.tags.has('Verb') && !t.tags.has('Gerund');
	return verbNext(next) || (next?.tags.has('Adverb') === true && verbNext(after));
}

const isNumberQuestion = (candidate: Candidate) =>
	candidate.kind === 'number' || candidate.draft.skill === 'number';

/** What stands before the size of a sample or an audience: "a survey of", "attended by about". */
const SAMPLE_BEFORE =
	/\b(?:(?:survey|poll|sample|subset|panel)\s+of|surveyed|polled|interviewed|questioned|attended by)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|fewer than|just over|just under)\s+)?$/i;

function sizesASample(candidate: Candidate, sentence: string): boolean {
	const at = askedAt(candidate, sentence, (candidate.answer ?? candidate.draft.answerText).trim());
	return at > 0 && SAMPLE_BEFORE.test(sentence.slice(0, at));
}

/** Facts teachers delete however central their sentence: a weekday, a currency conversion. */
function triviaOrKind(candidate: Candidate, sentence: string): FactKind {
	const answer = normalizeAnswer(candidate.answer ?? candidate.draft.answerText);
	if (isTimeAlone(answer)) return 'trivia';
	// "Jamal Whitaker, 29, a nurse, said he pays $1,650 a month": a figure of one person's own life,
	// told to show the story, is no fact of it (raters dropped every such one of three unseen sets).
	// So is a gap in it: the nurse's hospital, the herder's village.
	const gap = candidate.draft.prompt.includes(CLOZE_BLANK);
	if (
		(candidate.kind === 'number' || candidate.draft.skill === 'number' || gap) &&
		isAnecdote(sentence)
	)
		return 'trivia';
	// "a survey of 96 members found that 61 per cent …", "a meeting attended by more than 120
	// members of the public": how many were asked, or came, is how the story was found out, not
	// what it found (raters dropped both, and a tracked subset's size).
	if (isNumberQuestion(candidate) && sizesASample(candidate, sentence)) return 'trivia';
	if (candidate.kind === 'number' && CONVERSION.test(sentence)) {
		const at = sentence.indexOf(candidate.answer ?? candidate.draft.answerText);
		const open = sentence.lastIndexOf('(', at);
		if (open >= 0 && sentence.indexOf(')', open) >= at) return 'trivia';
	}
	return candidate.kind ?? kindBySkill(candidate);
}

/** Forms that do not name their fact's kind are known by the skill they test. */
function kindBySkill(candidate: Candidate): FactKind {
	if (candidate.factKey.startsWith('borders:')) return 'border';
	switch (candidate.draft.skill) {
		case 'cause-effect':
			return 'cause';
		case 'number':
			return 'number';
		case 'sequence':
			return 'sequence';
		case 'vocabulary':
			return 'vocabulary';
		case 'main-idea':
			return 'main-idea';
		case 'geography':
			return 'place';
		default:
			return 'event';
	}
}
