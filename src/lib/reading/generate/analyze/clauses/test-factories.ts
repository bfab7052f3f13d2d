import { analyzed } from '../../../../../../tests/unit/generate/helpers';
import type { Context, Draft } from './types';
import { finiteFlags } from './verbs';

/** The first sentence of `text`, analysed, and the clause scanner's context over it. */
export function sentenceAndContext(text: string, drafts: Draft[] = []) {
	const sentence = analyzed(text).sentences[0]!;
	const { terms } = sentence;
	const ctx: Context = { text: sentence.text, terms, finite: finiteFlags(terms), drafts };
	return { sentence, ctx };
}

export const contextOf = (text: string, drafts: Draft[] = []): Context =>
	sentenceAndContext(text, drafts).ctx;

/** A main clause over no words: override the range and kind a test is about. */
export const draft = (more: Partial<Draft>): Draft => ({
	from: 0,
	textFrom: 0,
	to: 0,
	holes: [],
	nested: [],
	kind: 'main',
	...more
});

/** The index of the first term whose text is `word`. */
export const at = (ctx: Context, word: string) => ctx.terms.findIndex((t) => t.text === word);
