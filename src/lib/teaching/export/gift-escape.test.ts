import { describe, expect, it } from 'vitest';
import { escapeGift, giftLine, giftProse } from './gift-escape';

describe('escapeGift', () => {
	it('puts a backslash before each of ~ = # { } : and doubles a backslash', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
	});

	it('leaves other punctuation alone', () => {
		expect(escapeGift('50% -> "yes"? (a) [b] * /')).toBe('50% -> "yes"? (a) [b] * /');
	});
});

describe('giftLine', () => {
	it('puts a multi-line answer on one line with single spaces', () => {
		expect(giftLine('  New\r\n  Delhi\u2028city\t ')).toBe('New Delhi city');
	});

	it("shields a text that starts like a format tag so Moodle keeps the text's own tag", () => {
		expect(giftLine('[html] is a tag')).toBe('[moodle][html] is a tag');
	});
});

describe('giftProse', () => {
	it("keeps paragraphs as GIFT's \\n escape, never as a raw blank line", () => {
		expect(giftProse('First.\n\nSecond: yes.\r\n')).toBe('First.\\n\\nSecond\\: yes.');
	});

	it('keeps a literal backslash-n apart from a line break', () => {
		expect(giftProse('C:\\new')).toBe('C\\:\\\\new');
	});
});
