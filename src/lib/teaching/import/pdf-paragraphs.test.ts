import { describe, expect, it } from 'vitest';
import { articleTextOf, rebuildPdfText } from './pdf-paragraphs';
import { BODY_SIZE, fullLine, item, LEADING, LEFT, page, stacked } from './testing/pdf-items';

const paragraphs = (pages: Parameters<typeof rebuildPdfText>[0]) =>
	rebuildPdfText(pages).blocks.map((block) => block.text);

describe('rebuildPdfText: paragraphs', () => {
	it('joins the wrapped lines of a paragraph into one paragraph', () => {
		const first = fullLine('The council voted on Tuesday');
		const second = fullLine('to build a floating solar farm');

		const result = paragraphs([page(stacked([first, second, 'on the reservoir.'], 700))]);

		expect(result).toEqual([`${first} ${second} on the reservoir.`]);
	});

	it('starts a paragraph after a wider gap between lines', () => {
		const result = paragraphs([
			page(
				stacked(
					[
						fullLine('One'),
						fullLine('two'),
						{ text: fullLine('Three'), gapBefore: 8 },
						fullLine('four'),
						fullLine('five')
					],
					700
				)
			)
		]);

		expect(result).toHaveLength(2);
		expect(result[1]).toMatch(/^Three /);
	});

	it('starts a paragraph at a first-line indent with no gap', () => {
		const result = paragraphs([
			page(
				stacked(
					[
						fullLine('One'),
						fullLine('two'),
						{ text: fullLine('Three'), x: LEFT + 18 },
						fullLine('four'),
						fullLine('five')
					],
					700
				)
			)
		]);

		expect(result).toHaveLength(2);
		expect(result[1]).toMatch(/^Three /);
	});

	it('keeps apart a one-line indented paragraph and the indented paragraph after it', () => {
		const result = paragraphs([
			page(
				stacked(
					[
						fullLine('One'),
						fullLine('two ends here.'),
						{ text: `${fullLine('Three')} ends.`, x: LEFT + 18 },
						{ text: fullLine('Four'), x: LEFT + 18 },
						fullLine('five')
					],
					700
				)
			)
		]);

		expect(result).toHaveLength(3);
		expect(result[1]).toMatch(/^Three .* ends\.$/);
		expect(result[2]).toMatch(/^Four .* five/);
	});

	it('starts a paragraph after a short line that ends a sentence', () => {
		const result = paragraphs([
			page(stacked([fullLine('One'), 'ends here.', fullLine('Three'), fullLine('four')], 700))
		]);

		expect(result).toHaveLength(2);
		expect(result[0]).toMatch(/ends here\.$/);
	});

	it('runs on after a short line that does not end a sentence', () => {
		const result = paragraphs([
			page(stacked([fullLine('One'), 'a short line', fullLine('three'), fullLine('four')], 700))
		]);

		expect(result).toHaveLength(1);
	});

	it('joins runs of one line with a space only where the PDF left a gap', () => {
		const result = paragraphs([
			page([item('Hel', LEFT, 700), item('lo', LEFT + 16.5, 700), item('world', LEFT + 40, 700)])
		]);

		expect(result).toEqual(['Hello world']);
	});

	it('keeps a raised footnote mark on its line', () => {
		const result = paragraphs([
			page(
				[item('The dam is 90 years old', LEFT, 700), item('1', LEFT + 127, 704, 7)],
				stacked(['and needs a survey.'], 700 - LEADING)
			)
		]);

		expect(result).toEqual(['The dam is 90 years old1 and needs a survey.']);
	});

	it('gives nothing for pages without text', () => {
		expect(rebuildPdfText([page([]), page([item('   ', LEFT, 700)])])).toEqual({
			blocks: [],
			dropped: []
		});
	});
});

describe('rebuildPdfText: line-end hyphens', () => {
	const twoLines = (end: string, start: string, elsewhere = 'Nothing else to say.') => [
		page(
			stacked(
				[fullLine(elsewhere), { text: fullLine('First') + ` ${end}`, gapBefore: 8 }, start],
				700
			)
		)
	];

	it('joins a word hyphenated at a line end', () => {
		const [, joined] = paragraphs(twoLines('an inter-', 'national deal.'));

		expect(joined).toMatch(/ an international deal\.$/);
	});

	it('keeps the hyphen of a compound written with it elsewhere in the text', () => {
		const [, joined] = paragraphs(twoLines('a well-', 'known charity.', 'A re-elected mayor.'));
		const [, kept] = paragraphs(twoLines('was re-', 'elected today.', 'A re-elected mayor.'));

		expect(joined).toMatch(/ a well-known charity\.$/);
		expect(kept).toMatch(/ was re-elected today\.$/);
	});

	it('drops the hyphen when the word is written whole elsewhere', () => {
		const [, joined] = paragraphs(twoLines('the co-', 'operative shop.', 'A cooperative.'));

		expect(joined).toMatch(/ the cooperative shop\.$/);
	});

	it('keeps the hyphen before a capital or a digit', () => {
		const [, names] = paragraphs(twoLines('a Franco-', 'German team.'));
		const [, numbers] = paragraphs(twoLines('the COVID-', '19 rules.'));

		expect(names).toMatch(/ a Franco-German team\.$/);
		expect(numbers).toMatch(/ the COVID-19 rules\.$/);
	});

	it('keeps the hyphen of a fragment that is already a compound', () => {
		const [, joined] = paragraphs(twoLines('a state-of-the-', 'art dam.'));

		expect(joined).toMatch(/ a state-of-the-art dam\.$/);
	});

	it('removes a soft hyphen at a line end', () => {
		const [, joined] = paragraphs(twoLines('the reser\u00AD', 'voir bed.'));

		expect(joined).toMatch(/ the reservoir bed\.$/);
	});

	it('keeps a dash set against the word before it against the word after it', () => {
		const [, joined] = paragraphs(twoLines('the vote—', 'seven to two.'));

		expect(joined).toMatch(/ the vote—seven to two\.$/);
	});
});

describe('rebuildPdfText: running headers, footers and page numbers', () => {
	const words = ['zero', 'one', 'two'];
	const body = (number: number) => [
		fullLine(`The ${words[number]} page opens`),
		fullLine(`and the ${words[number]} runs on`),
		`and the ${words[number]} ends.`
	];
	const articlePage = (number: number) =>
		page(
			[item('The Example Herald — Weekly', LEFT, 760, 8)],
			[item(`Issue ${number + 40}`, 480, 760, 8)],
			stacked(body(number), 700),
			[item(`Page ${number} of 2`, LEFT, 40, 8)],
			[item('Printed for classroom use', 300, 40, 8)]
		);

	it('drops a header and footer repeated on two pages, and the page numbers', () => {
		const result = rebuildPdfText([articlePage(1), articlePage(2)]);

		expect(result.blocks.map((block) => block.text)).toEqual([
			body(1).join(' '),
			body(2).join(' ')
		]);
		expect(result.dropped).toEqual([
			'Running header “The Example Herald — Weekly” on 2 pages',
			'Running header “Issue 41” on 2 pages',
			'Running footer “Printed for classroom use” on 2 pages',
			'Page numbers (2)'
		]);
	});

	it.each(['3', 'Page 3 of 5', '- 3 -', '— 3 —', 'p. 3', '3/5', '[3]'])(
		'drops the page number “%s” at the foot of a single page',
		(number) => {
			const result = rebuildPdfText([page(stacked(['Some text.'], 700), [item(number, 300, 40)])]);

			expect(result.blocks.map((block) => block.text)).toEqual(['Some text.']);
			expect(result.dropped).toEqual(['Page numbers (1)']);
		}
	);

	it('keeps a line at the top of one page only', () => {
		const result = rebuildPdfText([
			page([item('Special report', LEFT, 760, 8)], stacked(['Page one text.'], 700)),
			page(stacked(['Page two text.'], 700))
		]);

		expect(articleTextOf(result.blocks)).toMatch(/^Special report /);
		expect(result.dropped).toEqual([]);
	});

	it('keeps text repeated in the middle of pages', () => {
		const middle = (text: string) =>
			page(stacked([`Top of page ${text}.`], 760), stacked(['The same sentence.'], 400));

		const text = articleTextOf(rebuildPdfText([middle('one'), middle('two')]).blocks);

		expect(text.match(/The same sentence\./g)).toHaveLength(2);
	});
});

describe('rebuildPdfText: headings', () => {
	it('makes a line in a larger font a heading, and writes it "## Heading"', () => {
		const result = rebuildPdfText([
			page(
				stacked([{ text: 'What happens next', size: 14 }], 720),
				stacked(['Construction begins in the autumn.'], 700)
			)
		]);

		expect(result.blocks).toEqual([
			{ kind: 'heading', text: 'What happens next' },
			{ kind: 'paragraph', text: 'Construction begins in the autumn.' }
		]);
		expect(articleTextOf(result.blocks)).toBe(
			'## What happens next\n\nConstruction begins in the autumn.'
		);
	});

	it('joins a headline set on two lines into one heading', () => {
		const headline = [
			item('Council backs floating solar', LEFT, 740, 20),
			item('farm on old reservoir', LEFT, 716, 20)
		];

		const body = stacked([fullLine('Body'), fullLine('body'), 'body.'], 680);

		const result = rebuildPdfText([page(headline, body)]);

		expect(result.blocks[0]).toEqual({
			kind: 'heading',
			text: 'Council backs floating solar farm on old reservoir'
		});
	});

	it('reads a long passage in a larger font as a paragraph, not a heading', () => {
		const lead = stacked(
			['One', 'two', 'three', 'four', 'five'].map((word) => ({ text: fullLine(word), size: 13 })),
			740
		);
		const body = stacked([fullLine('Body'), fullLine('body'), fullLine('body'), 'body.'], 600);

		const result = rebuildPdfText([page(lead, body, stacked([fullLine('Body')], 500))]);

		expect(result.blocks[0]?.kind).toBe('paragraph');
		expect(result.blocks.some((block) => block.kind === 'heading')).toBe(false);
	});
});

describe('rebuildPdfText: page breaks', () => {
	const pageOne = [fullLine('One'), fullLine('two'), fullLine('the paragraph goes on to')];

	it('keeps a paragraph that runs on to the next page as one paragraph', () => {
		const result = paragraphs([
			page([item('Herald', LEFT, 760, 8)], stacked(pageOne, 100 + 2 * LEADING)),
			page([item('Herald', LEFT, 760, 8)], stacked(['the next page.'], 700))
		]);

		expect(result).toEqual([`${pageOne.join(' ')} the next page.`]);
	});

	it('starts a new paragraph on the next page when its first line is indented', () => {
		const result = paragraphs([
			page(stacked([...pageOne.slice(0, 2), fullLine('Ends')], 100 + 2 * LEADING)),
			page(stacked([{ text: 'A new paragraph.', x: LEFT + 2 * BODY_SIZE }], 700))
		]);

		expect(result).toHaveLength(2);
	});
});
