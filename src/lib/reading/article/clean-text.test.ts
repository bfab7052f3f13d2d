import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticleText } from './clean-text';
import { parseArticleFile } from './parse-article-file';
import { segmentBody } from './segment';

const bundled = () => {
	const parsed = parseArticleFile(
		readFileSync('questions/kazakhstan-2022/article.md', 'utf8'),
		'article.md'
	);
	if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
	return parsed.value.body;
};

describe('cleanArticleText', () => {
	it('keeps the blocks and sentence ids of an already-clean Markdown body', () => {
		const body = bundled();
		expect(segmentBody(cleanArticleText(body))).toEqual(segmentBody(body));
	});

	it('turns the shared plain-text article into the same sentences as the bundled Markdown', () => {
		const raw = readFileSync('/work/shared/articles/kazakhstan-2022.txt', 'utf8');
		const fromText = segmentBody(cleanArticleText(raw));
		expect(fromText.find((b) => b.kind === 'heading')).toEqual({
			kind: 'heading',
			text: 'Kazakhstan: The Fundamentals'
		});
		expect(JSON.stringify(fromText)).not.toContain('ALSO READ');
		expect(JSON.stringify(fromText)).not.toContain('Plane Crash');
	});

	it('strips front matter', () => {
		expect(cleanArticleText('---\ntitle: T\n---\nThe river rose two metres overnight.')).toBe(
			'The river rose two metres overnight.'
		);
	});

	it.each([
		['a byline', 'By Jane Doe'],
		['a byline with an agency', 'By Jane Doe and John Roe, Reuters'],
		['an advert marker', 'Advertisement'],
		['a photo credit', 'Photo: Rescue boats on the high street. Getty Images'],
		['an agency credit', '(Reuters)'],
		['an image caption', 'Image caption: A student asleep at her desk'],
		['a newsletter prompt', 'Sign up for our weekly science newsletter'],
		[
			'a long newsletter prompt',
			"Sign up for The Ledger's free Morning Edition newsletter and get the day's top local stories in your inbox at 6 a.m."
		],
		['a subscription prompt', 'Subscribe to read more'],
		['a share prompt', 'Share this article']
	])('drops %s', (_name, junk) => {
		const text = `The river rose two metres overnight and flooded the town.\n${junk}\nResidents were moved to the school hall by boat.`;
		expect(cleanArticleText(text)).toBe(
			'The river rose two metres overnight and flooded the town.\n\nResidents were moved to the school hall by boat.'
		);
	});

	it('drops a related-stories list up to the next real paragraph', () => {
		const text =
			'Water levels fell on Monday across the whole valley.\nRead more:\n- Storm warnings issued\nHow to prepare for a flood\nEngineers will inspect the bridge on Tuesday before it reopens to traffic and buses.';
		expect(cleanArticleText(text)).toBe(
			'Water levels fell on Monday across the whole valley.\n\nEngineers will inspect the bridge on Tuesday before it reopens to traffic and buses.'
		);
	});

	it('keeps a sentence that merely starts with "By"', () => {
		expect(cleanArticleText('By Monday, the water had gone.')).toBe(
			'By Monday, the water had gone.'
		);
	});

	it('makes a short line without final punctuation a heading', () => {
		expect(cleanArticleText('Kazakhstan: The Fundamentals\nIt is a big country.')).toBe(
			'## Kazakhstan: The Fundamentals\n\nIt is a big country.'
		);
	});
});
