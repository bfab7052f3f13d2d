import { describe, expect, it } from 'vitest';
import { droppedLines } from './dropped-blocks';
import { htmlBlocks } from './html-blocks';
import { bodyOf } from './testing/jsdom';

const blocksOf = (html: string) => htmlBlocks(bodyOf(html));

describe('droppedLines', () => {
	it('does not take a one-word menu item for kept because a longer word in the article holds it', () => {
		const page = blocksOf('<nav><ul><li>Home</li></ul></nav><p>Floods reached 400 homes.</p>');
		const kept = blocksOf('<p>Floods reached 400 homes.</p>');
		expect(droppedLines(page, kept, [])).toEqual(['Navigation (1): Home']);
	});

	it('counts a long block as kept when the article has it split in two', () => {
		const page = blocksOf('<div>The port closed on Monday. Ships waited in the estuary.</div>');
		const kept = blocksOf('<p>The port closed on Monday.</p><p>Ships waited in the estuary.</p>');
		expect(droppedLines(page, kept, [])).toEqual([]);
	});

	it('counts the byline line as used even with the reporter’s job after the name', () => {
		const page = blocksOf('<p class="byline">By Jane Doe, science reporter</p>');
		expect(droppedLines(page, [], ['Jane Doe'])).toEqual([]);
	});

	it('calls a block that says nothing about itself "Other text"', () => {
		expect(droppedLines(blocksOf('<div><p>Kicker</p></div>'), [], [])).toEqual([
			'Other text (1): Kicker'
		]);
	});

	it('shows the first words of a long group and marks the cut', () => {
		const items = Array.from(
			{ length: 12 },
			(_, index) => `<li>Story number ${index + 1} about the floods</li>`
		);
		const [line] = droppedLines(
			blocksOf(`<aside class="related"><ul>${items.join('')}</ul></aside>`),
			[],
			[]
		);
		expect(line).toMatch(
			/^Related links \(12\): Story number 1 about the floods · Story number 2 about the floods · .*…$/
		);
		expect(line!.length).toBeLessThan(130);
	});
});
