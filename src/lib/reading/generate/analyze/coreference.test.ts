import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { groupEntities } from './coreference';
import { findMentions } from './entities';

const entitiesOf = (...paragraphs: string[]) =>
	groupEntities(analyzed(...paragraphs).sentences.flatMap(findMentions)).map((e) => ({
		kind: e.kind,
		key: e.key,
		name: e.name,
		aliases: e.aliases,
		mentions: e.mentions.length
	}));

describe('groupEntities', () => {
	it('reads a name ending in a company word as a company, and its first word alone as it', () => {
		const entities = entitiesOf(
			'Containers were stuck after an attack on Halvorsen Line, a Copenhagen-based carrier.',
			'Halvorsen said it had shut down its systems.',
			'Shares in Halvorsen fell on Tuesday.'
		).filter((e) => /Halvorsen/.test(e.name));
		expect(entities).toEqual([
			expect.objectContaining({ kind: 'organization', name: 'Halvorsen Line', mentions: 3 })
		]);
	});

	it('groups a titled full name with a later courtesy surname', () => {
		expect(
			entitiesOf('President Kassym-Jomart Tokayev met officials.', 'Mr. Tokayev said so.')
		).toEqual([
			{
				kind: 'person',
				key: 'tokayev',
				name: 'Kassym-Jomart Tokayev',
				aliases: ['Kassym-Jomart Tokayev', 'Tokayev'],
				mentions: 2
			}
		]);
	});

	it.each([
		[
			'an institution with and without its qualifier',
			['The U.S. Supreme Court and the Supreme Court differ.'],
			{
				kind: 'organization',
				key: 'u.s. supreme court',
				name: 'U.S. Supreme Court',
				aliases: ['U.S. Supreme Court', 'Supreme Court'],
				mentions: 2
			}
		],
		[
			'a name with its abbreviation',
			['The European Union (EU) and the EU agree.'],
			{
				kind: 'organization',
				key: 'european union',
				name: 'European Union',
				aliases: ['European Union', 'EU'],
				mentions: 3
			}
		],
		[
			'two names of one country',
			['The UK and Britain agree.'],
			{
				kind: 'country',
				key: 'united kingdom',
				name: 'Britain',
				aliases: ['UK', 'Britain', 'United Kingdom'],
				mentions: 2
			}
		],
		[
			'three forms of one person, named by the shortest full form',
			['James B. Comey spoke.', 'James Comey left. Comey said no.'],
			{
				kind: 'person',
				key: 'comey',
				name: 'James Comey',
				aliases: ['James B. Comey', 'James Comey', 'Comey'],
				mentions: 3
			}
		]
	])('groups %s', (_, paragraphs, expected) => {
		expect(entitiesOf(...paragraphs)).toEqual([expected]);
	});

	it('keeps two people who share a family name apart, keyed by their full names', () => {
		expect(
			entitiesOf('Kim Jong Un met Kim Yong Chol.', 'Kim Jong Un later left.').map((e) => [
				e.key,
				e.mentions
			])
		).toEqual([
			['kim jong un', 2],
			['kim yong chol', 1]
		]);
	});

	it('gives every mention its entity’s key', () => {
		const mentions = analyzed('James B. Comey spoke.', 'Comey said no.').sentences.flatMap(
			findMentions
		);
		groupEntities(mentions);
		expect(mentions.map((m) => [m.kind, m.key])).toEqual([
			['person', 'comey'],
			['person', 'comey']
		]);
	});

	it('groups nothing into no entity', () => {
		expect(groupEntities([])).toEqual([]);
	});
});
