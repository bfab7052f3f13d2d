import type { Question } from '../../quiz/question';
import { finalize, readsCut } from './compose/draft';
import { gapChoice } from './compose/gap-choice';
import { isTypedPhrase, phraseChoice, phrasePool } from './compose/phrase-choice';
import { importanceModel, isTimeAlone } from './facts/importance';
import { formLabel, formPrior } from './facts/form-prior';
import { givenAwayBySummary, leakedBySummary, withoutLeakingOptions } from './facts/option-leaks';
import {
	MAX_QUESTIONS,
	questionBudget,
	selectQuestions,
	withinShares,
	type Scored
} from './facts/select';
import { prepareArticle, type PreparedArticle } from './prepare';
import { qualityIssues } from './quality';
import {
	asksTheDateline,
	copiesItsEvidence,
	leansOnPronoun,
	pointsToUnshown,
	convertedBesideGap,
	tooBareAroundGap,
	splitsCompound,
	splitsSpelledOutName,
	opensOnUnshownThing,
	splitsPersonName
} from './facts/form-checks';
import { acceptAbbreviations } from './questions/abbreviations';
import { BUILDERS } from './questions/builders';
import { forgetNormalized } from './text/normalize';
import { quotesBalanced } from './text/grammar';
import type { Candidate } from './types';

export { GenerationError, type GenerationErrorCode } from './errors';
export { checkQuality, type QualityIssue } from './quality';

export interface GenerateOptions {
	/** Upper bound on the number of questions; the article's important facts set the usual number. */
	maxQuestions?: number;
	/** Told after each step, so a long article shows its progress (the builder runs this in a worker). */
	onProgress?: (progress: GenerationProgress) => void;
}

/** How far generation got: `done` of `total` steps (reading the article, each kind of question). */
export interface GenerationProgress {
	done: number;
	total: number;
}

/** The questions and how the generator got there: what `--explain` prints. */
export interface Generation {
	questions: Question[];
	prepared: PreparedArticle;
	/** Every candidate that passed the quality rules, best first, with the chosen ones marked. */
	ranked: readonly (Scored & { chosen: boolean })[];
	budget: number;
}

/**
 * Turns a news article (raw pasted text or a Markdown body) into reading-comprehension questions.
 * Deterministic: the same text always gives the same questions with the same ids. Evidence is
 * quoted verbatim from `segmentBody(cleanArticleText(text))`, whose sentence ids it cites.
 * Throws `GenerationError` for empty, binary or too-short input.
 *
 * @example
 * const questions = generateQuestions(articleText, { maxQuestions: 10 });
 * questions[0].type; // e.g. 'multiple-choice'
 */
export function generateQuestions(text: string, options: GenerateOptions = {}): Question[] {
	return generateWithReasons(text, options).questions;
}

/** Words that say how much, not what: never an answer by themselves. */
const AMOUNT_WORD =
	/^(?:less|more|much|many|few|fewer|little|nothing|everything|something|anything|most|all)$/i;

/** `generateQuestions`, with the ranked candidates and the article as read, for `--explain`. */

export function generateWithReasons(text: string, options: GenerateOptions = {}): Generation {
	forgetNormalized();
	const prepared = prepareArticle(text);
	const { article, sentenceTexts } = prepared;
	const importance = importanceModel(article);
	const personNames = article.entities
		.filter((e) => e.kind === 'person')
		.flatMap((e) => [e.name, ...e.aliases]);
	const scored: Scored[] = [];
	const total = BUILDERS.length + 2;
	options.onProgress?.({ done: 1, total });
	const candidates = BUILDERS.flatMap((build, index) => {
		const built = build(article);
		options.onProgress?.({ done: index + 2, total });
		return built;
	});
	const pool = phrasePool(candidates);
	for (const built of candidates.flatMap((c) => withChoices(article, c, pool))) {
		const question = finalize(built.draft);
		if (!question || qualityIssues([question], sentenceTexts, true).length > 0) continue;
		if (leansOnPronoun(question) || copiesItsEvidence(question) || splitsCompound(question))
			continue;
		if (pointsToUnshown(question) || convertedBesideGap(question) || tooBareAroundGap(question))
			continue;
		if (splitsSpelledOutName(question, article.abbreviations.values())) continue;
		if (opensOnUnshownThing(question, article.introducedNouns)) continue;
		if (splitsPersonName(question, personNames)) continue;
		// "What triggered mass protests? → Pension reforms have": an answer cut short.
		if (question.type === 'short-answer' && readsCut(built.draft.answerText)) continue;
		// "What were customers buying? → less": an amount word names no thing.
		if (AMOUNT_WORD.test(built.draft.answerText.trim())) continue;
		// "so-called "super shoes": an answer cut inside a quotation leaves a stray mark in the gap.
		if (!quotesBalanced(built.draft.answerText)) continue;
		const answers = answersOf(question, built);
		if (asksTheDateline(question, answers, prepared.reading.dateline)) continue;
		const { score, reasons, trivia } = importance.of(built);
		// How well the builder made it, times how often teachers keep a question of its form.
		const made = built.score / 8;
		const kept = formPrior(question, built.measures);
		const form = made * kept;
		scored.push({
			question,
			score: score * form,
			importance: score,
			...(trivia ? { trivia } : {}),
			factKey: built.factKey,
			group: built.group,
			answers,
			...(built.draft.wrongOptions ? { wrongOptions: built.draft.wrongOptions } : {}),
			reasons: [
				...reasons,
				`form ×${made.toFixed(2)}`,
				`${formLabel(question, built.measures)} kept ×${kept.toFixed(2)}`
			]
		});
	}
	const unique = [...new Map(scored.map((s) => [s.question.id, s])).values()];
	const budget = questionBudget(
		unique,
		article.words,
		Math.max(1, options.maxQuestions ?? MAX_QUESTIONS)
	);
	const first = settle(unique, budget, sentenceTexts);
	const settleAroundSummary = (candidates: readonly Scored[], leaked: readonly Scored[]) => {
		const withSummary = settle(
			candidates.filter((s) => !leaked.includes(s)),
			budget,
			sentenceTexts
		);
		if (withSummary.leaked.length === 0) return withSummary.set;
		return settle(
			candidates.filter((s) => s.question.skill !== 'main-idea'),
			budget,
			sentenceTexts
		).set;
	};
	// A summary whose wrong options give two questions away: the set is chosen again without the
	// questions it answers, for what the article is about is asked before any detail; failing
	// that, without the summary, so its place and the questions it crowded out come back.
	const again = first.leaked.length > 0 ? settleAroundSummary(unique, first.leaked) : [];
	// The summary is worth one detail: reviewers kept two in three summaries, one in three details.
	const final = again.length > 0 && again.length + 1 >= first.set.length ? again : first.set;
	const position = new Map(article.sentences.map((s) => [s.id, s.position]));
	// A chosen question is shown as asked: with the options swapped in for any that leaked.
	const chosen = new Map(final.map((s) => [s.question.id, s.question]));
	const questions = final
		.sort(
			(a, b) =>
				(position.get(a.question.sentenceIds[0] ?? '') ?? 0) -
					(position.get(b.question.sentenceIds[0] ?? '') ?? 0) || b.score - a.score
		)
		.map((s) => s.question);
	const ranked = [...unique]
		.sort((a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id))
		.map((s) => ({
			...s,
			question: chosen.get(s.question.id) ?? s.question,
			chosen: chosen.has(s.question.id)
		}));
	options.onProgress?.({ done: total, total });
	return { questions, prepared, ranked, budget };
}

/**
 * The set within the budget, after the rules of the whole set: duplicate facts across builders,
 * the shares, options that give another question away, and a summary that does.
 */
function settle(
	unique: readonly Scored[],
	budget: number,
	sentenceTexts: ReadonlyMap<string, string>
): { set: Scored[]; leaked: Scored[] } {
	const selected = selectQuestions(unique, budget);
	// A last guard for rules that need the whole set (duplicate facts across builders).
	const flagged = new Set(
		qualityIssues(
			selected.map((s) => s.question),
			sentenceTexts
		).map((issue) => issue.questionId)
	);
	const kept = withinShares(selected.filter((s) => !flagged.has(s.question.id)));
	const swapped = withoutLeakingOptions(kept);
	const givenAway = givenAwayBySummary(swapped);
	// A quiz keeps its five questions even so: a short article has few sentences to spare.
	if (swapped.length - givenAway.size < 5) return { set: swapped, leaked: [] };
	const summary = [...givenAway].find((s) => s.question.skill === 'main-idea');
	return {
		set: swapped.filter((s) => !givenAway.has(s)),
		// The questions the dropped summary answers, to choose the set again without them.
		leaked: summary ? leakedBySummary(summary, swapped) : []
	};
}

/** A candidate and, for a typed answer, the same question with options. */
function withChoices(
	article: Parameters<typeof acceptAbbreviations>[0],
	c: Candidate,
	pool: readonly string[]
) {
	const withAliases = { ...c, draft: acceptAbbreviations(article, c.draft) };
	const { draft } = withAliases;
	// A weekday or month alone ("…confirmed to VOA News on _____") is when, not what happened.
	if (draft.type === 'cloze' && isTimeAlone(draft.answerText)) return [];
	const gap = gapChoice(withAliases);
	const variants = gap.length > 0 ? gap : phraseChoice(withAliases, pool);
	// A gap for a phrase to type word for word: raters kept about one in five (the key refused
	// every other wording), so it is asked only with options of its own kind.
	if (draft.type === 'cloze' && isTypedPhrase(draft.answerText)) {
		return variants.filter((variant) => variant.draft.type !== 'cloze');
	}
	return variants.length > 0 ? variants : [withAliases];
}

/** What a student answers, for "each answer once": names on both sides of a matching pair too. */
function answersOf(question: Question, candidate: Candidate): string[] {
	if (candidate.answer) return [candidate.answer];
	switch (question.type) {
		case 'multiple-choice':
			return question.correctIndexes.map((i) => question.options[i] ?? '');
		case 'matching':
			return question.pairs.flatMap((p) => [p.left, p.right]);
		case 'ordering':
		case 'true-false':
			return [];
		default:
			return [question.answerText];
	}
}
