import { stripFinalPunctuation } from '../text/grammar';
import { wordsIn } from '../text/normalize';
import type { Article, ArticleSentence } from '../types';
import { becauseRelation, cleanClause } from './cause-patterns';

/**
 * Connectives that give a reason or a purpose after the main clause: "…, blaming X", "… amid X",
 * "… on X grounds", "… as a result of X", "… in order to X", "… so that X", "… citing X".
 * Purpose and reason both answer "Why …?". `after` is left out: it dates more often than it explains.
 */
const REASON =
	/(?:,\s*|\s)(blaming|citing|amid|in order to|so that|on (?:the )?(?:[\w-]+ ){1,3}grounds? (?:that|of)?|on (?:the )?grounds (?:that|of))\s/i;
/** "flew to Singapore to focus on logistics": a purpose infinitive after a motion or effort verb. */
const PURPOSE =
	/\b(?:went|go|goes|traveled|travelled|flew|came|met|meet|worked|work|moved|plans?)\b[^,;]{0,60}?\s(to (?!the\b|a\b|an\b)[a-z]+)\s/i;

export interface Reason {
	cause: string;
	effect: string;
	prompt: string;
	weight: number;
}

/** Reasons and purposes stated with a connective after a simple main clause. */
export function connectiveReasons(article: Article, sentence: ArticleSentence): Reason[] {
	const found: Reason[] = [];
	const text = sentence.text;
	const m = REASON.exec(text);
	if (m) {
		const connective = m[1]!.toLowerCase();
		const at = m.index + m[0].indexOf(m[1]!);
		// "…, blaming X": the reason runs to the clause's end; the main clause is what it explains.
		const [, effect, prompt] = becauseRelation(article, sentence, m.index, m[0].length);
		const cause = answerAfter(text.slice(at), connective);
		if (cause && effect && prompt) found.push({ cause, effect, prompt, weight: 0.5 });
	}
	const p = m ? null : PURPOSE.exec(text);
	if (p) {
		const at = p.index + p[0].lastIndexOf(p[1]!);
		const [, effect, prompt] = becauseRelation(article, sentence, at - 1, 1);
		const cause = cleanClause(text.slice(at));
		if (cause && effect && prompt && wordsIn(cause) >= 3)
			found.push({ cause, effect, prompt, weight: 0 });
	}
	return found;
}

/**
 * The reason as an answer, cut to the clause: "blaming what he said was “X” shown in …" → "X" when
 * the reason is a quotation (the quoted words are the reason given), else the connective's phrase
 * up to its clause's end, at most 14 words.
 */
function answerAfter(rest: string, connective: string): string | undefined {
	const phrase = rest.split(/[;:]|,\s|\.\s|\.$/)[0] ?? '';
	const quoted = /[“"]([^”"]{6,80})[”"]/.exec(phrase);
	if (quoted && /^(?:blaming|citing)$/.test(connective)) return quoted[1]!.trim();
	const words = stripFinalPunctuation(phrase).split(/\s+/);
	if (words.length > 14 || words.length <= connective.split(' ').length) return undefined;
	return cleanClause(words.join(' '));
}
