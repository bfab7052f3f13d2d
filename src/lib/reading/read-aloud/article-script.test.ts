import { describe, expect, it } from 'vitest';
import { segmentBody } from '../article/segment';
import { articleScript } from './article-script';
import { scriptOf } from './source';

const blocks = segmentBody('Protests began. Prices doubled.\n\n## Reaction\n\nTroops arrived.');

describe('articleScript', () => {
	it('reads the title, then headings and sentences in order, sentences with their ids', () => {
		expect(articleScript('Unrest', blocks)).toEqual([
			{ text: 'Unrest' },
			{ id: 'p1s1', text: 'Protests began.' },
			{ id: 'p1s2', text: 'Prices doubled.' },
			{ text: 'Reaction' },
			{ id: 'p2s1', text: 'Troops arrived.' }
		]);
	});

	it('leaves out a blank title', () => {
		expect(articleScript('  ', blocks)[0]).toEqual({ id: 'p1s1', text: 'Protests began.' });
	});

	it('gives nothing to read for an empty article', () => {
		expect(articleScript('', [])).toEqual([]);
	});
});

describe('scriptOf', () => {
	it('reads an article source as its article script', () => {
		expect(scriptOf({ kind: 'article', title: 'Unrest', blocks })).toHaveLength(5);
	});
});
