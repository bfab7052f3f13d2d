import { marked, type Token, type Tokens } from 'marked';
import { splitSentences } from './split-sentences';

export interface Sentence {
	/** `p<paragraph>s<sentence>`, both counted from 1, e.g. "p4s2". */
	id: string;
	text: string;
}

export type ArticleBlock =
	{ kind: 'heading'; text: string } | { kind: 'paragraph'; number: number; sentences: Sentence[] };

/**
 * Turns a Markdown body into headings and numbered paragraphs of sentences with stable ids.
 * Inline Markdown (emphasis, links) is reduced to its text: articles are rendered as text, never HTML.
 */
export function segmentBody(markdown: string): ArticleBlock[] {
	const blocks: ArticleBlock[] = [];
	let paragraphNumber = 0;
	const addParagraph = (text: string) => {
		const sentences = splitSentences(text);
		if (sentences.length === 0) return;
		paragraphNumber += 1;
		const number = paragraphNumber;
		blocks.push({
			kind: 'paragraph',
			number,
			sentences: sentences.map((sentence, index) => ({
				id: `p${number}s${index + 1}`,
				text: sentence
			}))
		});
	};
	for (const token of marked.lexer(markdown)) {
		if (token.type === 'heading') {
			const text = inlineText((token as Tokens.Heading).tokens).trim();
			if (text) blocks.push({ kind: 'heading', text });
		} else if (token.type === 'paragraph' || token.type === 'text') {
			addParagraph(
				inlineText((token as Tokens.Paragraph).tokens ?? []) || (token as Tokens.Text).text
			);
		} else if (token.type === 'list') {
			for (const item of (token as Tokens.List).items) addParagraph(inlineText(item.tokens));
		} else if (token.type === 'blockquote') {
			addParagraph(inlineText((token as Tokens.Blockquote).tokens));
		}
	}
	return blocks;
}

/** The article's sentences in reading order. */
export function sentencesOf(blocks: readonly ArticleBlock[]): Sentence[] {
	return blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : []));
}

/** Plain text of the body: one paragraph per line, headings included, for the question generator. */
export function plainTextOf(blocks: readonly ArticleBlock[]): string {
	return blocks
		.map((block) =>
			block.kind === 'heading' ? block.text : block.sentences.map((s) => s.text).join(' ')
		)
		.join('\n\n');
}

export function wordCount(blocks: readonly ArticleBlock[]): number {
	return sentencesOf(blocks).reduce(
		(sum, s) => sum + s.text.split(/\s+/).filter(Boolean).length,
		0
	);
}

function inlineText(tokens: readonly Token[] | undefined): string {
	if (!tokens) return '';
	return tokens
		.map((token) => {
			if (token.type === 'br') return ' ';
			if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
				return inlineText(token.tokens);
			}
			return 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : '';
		})
		.join('');
}

/** marked escapes a few characters in inline text tokens; undo that so quotes stay verbatim. */
function decodeEntities(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
