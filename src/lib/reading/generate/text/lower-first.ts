import type { Term } from '../types';
import { NAME_ELSEWHERE } from '../analyze/tag-repairs';

/**
 * When `lowerFirst` keeps a capital. The rules differ on purpose, and changing one changes
 * generated questions (and so their ids):
 * - `{ term }`: the first word as tagged in its sentence decides; a name or an acronym keeps its
 *   capital ("Kestrel Bank", "NATO"), a missing term lowers. `keepCapitals` also keeps "I" and a
 *   word opening with two capitals ("UK-based"), for subjects whose tags may miss those.
 * - `'phrase'`: text no longer tied to its terms (an option's text) is judged by its shape: a
 *   capitalised word, then a lowercase one ("Fresh gunfire" → "fresh gunfire"; "Kestrel Bank" stays).
 * - `'determiner-or-phrase'`: as `'phrase'` (without hyphens, with a one-letter first word), and
 *   any text opening with an article or possessive ("The Kestrel Bank collapse" → "the …").
 * - `'always'`: the caller has already decided.
 */
export type LowerFirstRule =
	| { readonly term: Term | undefined; readonly keepCapitals?: boolean }
	| 'phrase'
	| 'determiner-or-phrase'
	| 'always';

const PHRASE = /^\p{Lu}[\p{Ll}-]+ \p{Ll}/u;
const DETERMINER_OR_PHRASE =
	/^(?:A|An|The|This|Its|His|Her|Their|Some|Many|Most|Several|Both|All|Each|Every)\s|^\p{Lu}\p{Ll}* \p{Ll}/u;

/** A capitalised word, not a determiner, run on by more capitalised words. */
const TITLE_RUN =
	/^(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Some|Many|Most|Several|Both|All|Each|Every|No|Any|Other|Such|Last|Next|On|In|At|For|By|With|From|After|Before|During|When|While|If|As|But|And|Or|So|Then)\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}.'’-]*){2,}/u;

const TIME_POSSESSIVE =
	/^(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|last|next)['’]s$/i;

function keepsCapital(text: string, rule: LowerFirstRule): boolean {
	switch (rule) {
		case 'always':
			return false;
		case 'phrase':
			return !PHRASE.test(text);
		case 'determiner-or-phrase':
			return !DETERMINER_OR_PHRASE.test(text);
		default: {
			const { term, keepCapitals = false } = rule;
			if (!term) return false;
			if (['ProperNoun', 'Acronym', NAME_ELSEWHERE].some((tag) => term.tags.has(tag))) return true;
			// "Deputy Transport Minister Paolo Ferri", "Police Chief Ana Ruiz": a title run on into a
			// name is the name's, though compromise tags its first word a common noun.
			if (TITLE_RUN.test(text)) return true;
			// "Britain's HS2 line": a capitalised possessive opening a subject is a name's, unless
			// it is a day's ("Today's decision", "Monday's vote").
			if (/^\p{Lu}\p{Ll}+['’]s$/u.test(term.text) && !TIME_POSSESSIVE.test(term.text)) return true;
			return keepCapitals && (term.text === 'I' || /^\p{Lu}{2,}/u.test(term.text));
		}
	}
}

/**
 * Sentence-initial text made fit for the middle of a sentence, unless `rule` says its capital
 * belongs to a name.
 *
 * @example
 * lowerFirst('The river rose'); // "the river rose"
 * lowerFirst('Kestrel Bank failed', 'phrase'); // "Kestrel Bank failed"
 */
export function lowerFirst(text: string, rule: LowerFirstRule = 'always'): string {
	return keepsCapital(text, rule) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
