import { describe, expect, it } from 'vitest';
import { blocksToText, htmlBlocks } from './html-blocks';
import { bodyOf } from './testing/jsdom';

const textOf = (html: string) => blocksToText(htmlBlocks(bodyOf(html)));

describe('htmlBlocks', () => {
	it('makes one paragraph of each <p>, joining inline elements and collapsing source whitespace', () => {
		expect(
			textOf('<p>Rain <em>fell</em>\n\t on the <a href="#">town</a>.</p><p>Rivers rose.</p>')
		).toBe('Rain fell on the town.\n\nRivers rose.');
	});

	it('writes headings of every level as "## " headings', () => {
		expect(textOf('<h1>Floods</h1><p>Text.</p><h3>Why</h3><p>More.</p>')).toBe(
			'## Floods\n\nText.\n\n## Why\n\nMore.'
		);
	});

	it('keeps text sitting directly in a <div> beside its blocks as paragraphs of their own', () => {
		expect(
			textOf('<div>Before the list.<ul><li>One item</li><li>Two items</li></ul>After it.</div>')
		).toBe('Before the list.\n\nOne item\n\nTwo items\n\nAfter it.');
	});

	it('keeps one <br> as a line break and starts a new paragraph at two', () => {
		expect(textOf('<p>Line one<br>line two<br><br>New paragraph</p>')).toBe(
			'Line one\nline two\n\nNew paragraph'
		);
	});

	it('leaves out scripts, styles, buttons, hidden elements and blocks with no word in them', () => {
		const text = textOf(
			'<script>var x = 1;</script><style>p{}</style><p>Kept.</p><button>Share</button><p hidden>Secret</p><p> | · </p>'
		);
		expect(text).toBe('Kept.');
	});

	it('removes soft hyphens and zero-width spaces, and turns no-break spaces into spaces', () => {
		expect(textOf('<p>flood\u00adwater\u200b rose\u00a0fast</p>')).toBe('floodwater rose fast');
	});

	it('marks captions as captions, and blocksToText leaves them out of the article', () => {
		const blocks = htmlBlocks(
			bodyOf('<figure><figcaption>A photo.</figcaption></figure><p>Text.</p>')
		);
		expect(blocks.map((block) => block.kind)).toEqual(['caption', 'paragraph']);
		expect(blocksToText(blocks)).toBe('Text.');
	});

	it('records the element each block sat in', () => {
		const [block] = htmlBlocks(bodyOf('<nav><a href="/">Home</a> <a href="/news">News</a></nav>'));
		expect(block?.text).toBe('Home News');
		expect(block?.container.localName).toBe('nav');
	});
});
