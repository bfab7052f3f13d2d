import { normalizeSpace } from './normalize-space';
import { tableBlocks } from './table-blocks';

/** One block of an imported article: a paragraph or a heading, with the element that held it. */
export interface HtmlBlock {
	kind: 'paragraph' | 'heading' | 'caption';
	text: string;
	/** The element the text sat in (a `<p>`, a `<nav>`): what the page said the block was. */
	container: Element;
}

// Numeric node types: the DOM's `Node` constants are not defined where tests run (Node.js).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'math',
	'canvas',
	'iframe',
	'object',
	'embed',
	'video',
	'audio',
	'img',
	'picture',
	'button',
	'input',
	'select',
	'textarea',
	'head'
]);

/** Elements that start a new block; everything else (a, em, span…) runs on inside one. */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'caption',
	'dd',
	'details',
	'dialog',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul'
]);

const HEADING = /^h[1-6]$/;
/** Marks a `<br>` inside a run of text until the run becomes blocks. */
const BREAK = '\u0000';
/** Text with no letter or digit ("|", "·", "•") is not a block of its own. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The readable blocks under `root`, in reading order: each heading and each paragraph, where a
 * paragraph is a run of inline text between block elements (so text directly inside a `<div>` or a
 * `<nav>` counts too). One `<br>` keeps a line break inside the paragraph, two start a new one.
 * Data tables become one paragraph per row (see tableBlocks).
 *
 * @example htmlBlocks(parse('<h2>Why</h2><p>Rain <em>fell</em>.</p>').body)
 * // [{ kind: 'heading', text: 'Why', … }, { kind: 'paragraph', text: 'Rain fell.', … }]
 */
export function htmlBlocks(root: Element): HtmlBlock[] {
	const blocks: HtmlBlock[] = [];
	let run: string[] = [];

	const flush = (container: Element) => {
		const paragraphs = run
			.join('')
			.split(new RegExp(`${BREAK}\\s*(?:${BREAK}\\s*)+`))
			.map((paragraph) => paragraph.split(BREAK).map(normalizeSpace).filter(Boolean).join('\n'));
		for (const text of paragraphs) {
			if (HAS_WORD.test(text)) blocks.push({ kind: 'paragraph', text, container });
		}
		run = [];
	};

	const visitChildren = (element: Element) => {
		for (const child of Array.from(element.childNodes)) visit(child, element);
	};

	const visit = (node: Node, parent: Element) => {
		if (node.nodeType === TEXT_NODE) {
			run.push(node.textContent ?? '');
			return;
		}
		if (node.nodeType !== ELEMENT_NODE) return;
		const element = node as Element;
		const tag = element.localName;
		if (SKIPPED.has(tag) || element.hasAttribute('hidden')) return;
		if (tag === 'br') {
			run.push(BREAK);
			return;
		}
		if (!BLOCKS.has(tag)) {
			visitChildren(element);
			return;
		}
		flush(parent);
		if (HEADING.test(tag)) {
			const text = normalizeSpace(element.textContent ?? '');
			if (HAS_WORD.test(text)) blocks.push({ kind: 'heading', text, container: element });
		} else if (tag === 'figcaption' || tag === 'caption') {
			const text = normalizeSpace(element.textContent ?? '');
			if (HAS_WORD.test(text)) blocks.push({ kind: 'caption', text, container: element });
		} else if (tag === 'table') {
			const rows = tableBlocks(element);
			if (rows)
				blocks.push(
					...rows.map((text) => ({ kind: 'paragraph' as const, text, container: element }))
				);
			else visitChildren(element);
		} else {
			visitChildren(element);
		}
		flush(element);
	};

	visitChildren(root);
	flush(root);
	return blocks;
}

/**
 * The article text format of ImportedArticle: paragraphs separated by one blank line, headings
 * written "## Heading". Captions are not article text and are left out.
 */
export function blocksToText(blocks: readonly HtmlBlock[]): string {
	return blocks
		.filter((block) => block.kind !== 'caption')
		.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text))
		.join('\n\n');
}
