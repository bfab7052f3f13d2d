import type { Article, ArticleSentence } from '../types';
import type { CauseRelation } from './cause-patterns';
import { whyAbout } from './cause-connectives';
import { clauseFrom, resolvePossessive } from './effects-clause';
import { lowerFirst } from '../text/lower-first';

/** "This prompted…", "The decision angered…": the sentence before is the cause. */
const REFERS_BACK =
	/^(?:This|That|The (?:decision|move|announcement|change|ruling|plan|attack|increase|rise|cut|ban|closure|strike|vote|news|policy))\s+(prompted|led to|sparked|triggered|caused|forced|angered|resulted in|provoked|fuelled|fueled)\s+/;
/** "As a result, 300 workers lost their jobs": the sentence before is the cause. */
const CONSEQUENTLY =
	/^(?:As a (?:result|consequence)|Consequently|Because of this|As such|Therefore),\s+/;

/**
 * Cause and effect told in two sentences. The earlier sentence's main clause is the cause: its
 * opener ("On Monday,") is dropped, and a sentence with quotation marks or a question is never used,
 * as its main clause is someone's words rather than an event.
 */
export function adjacentRelations(article: Article): CauseRelation[] {
	const found: CauseRelation[] = [];
	const { sentences } = article;
	for (let i = 1; i < sentences.length; i += 1) {
		const sentence = sentences[i]!;
		const previous = sentences[i - 1]!;
		// News paragraphs are often one sentence long: "This prompted…" may open the next one.
		if (sentence.isQuestion || previous.isQuestion) continue;
		const cause = mainEvent(previous);
		if (!cause) continue;
		const base = {
			cause,
			sentence,
			evidence: [previous, sentence],
			causeIsClause: true,
			effectIsPhrase: false,
			effectIsClause: false,
			weight: 0
		};
		const back = REFERS_BACK.exec(sentence.text);
		if (back) {
			const written = clauseFrom(sentence, back[0].length);
			const effect = written && resolvePossessive(article, sentence, written);
			if (effect)
				found.push({
					...base,
					effect,
					effectIsPhrase: true,
					prompt: `According to the article, what ${back[1]} ${effect}?`,
					result: back[1] === 'angered' ? undefined : effect
				});
			continue;
		}
		const so = CONSEQUENTLY.exec(sentence.text);
		const why = so && whyAbout(article, sentence, so[0].length, sentence.text.length);
		const effect = so && clauseFrom(sentence, so[0].length);
		if (why && effect)
			found.push({ ...base, effect, effectIsClause: true, prompt: why.prompt, result: effect });
	}
	return found;
}

/** The main clause of a sentence told as an event: "The factory closed in May". */
function mainEvent(sentence: ArticleSentence): string | undefined {
	if (/[“”"]/.test(sentence.text)) return undefined;
	const opener = /^[^,]{2,40},\s+/.exec(sentence.text);
	const from =
		opener && !/\b(?:is|are|was|were|has|have|had|said|says)\b/.test(opener[0])
			? opener[0].length
			: 0;
	const clause = clauseFrom(sentence, from);
	if (!clause || /^(?:this|that|these|those|it|they|he|she|there)\b/i.test(clause))
		return undefined;
	const first = sentence.terms.find((t) => t.start >= from);
	return lowerFirst(clause, { term: first });
}
