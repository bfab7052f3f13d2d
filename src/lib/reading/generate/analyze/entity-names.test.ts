import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import type { EntityKind, Mention } from '../types';
import { findMentions } from './entities';
import { finishEntities, type Cluster } from './entity-names';

/** Fresh mentions of one sentence each call: `finishEntities` rewrites their keys. */
const mentionsOf = (sentence: string): Mention[] => findMentions(analyzed(sentence).sentences[0]!);

const cluster = (kind: EntityKind, mentions: Mention[]): Cluster => ({
	kind,
	mentions,
	lastSeen: 0
});

const summary = (clusters: Cluster[]) =>
	finishEntities(clusters).map((e) => ({
		key: e.key,
		name: e.name,
		aliases: e.aliases,
		roles: e.roles
	}));

describe('finishEntities', () => {
	it('names a person by the shortest full form and keys them by the bare surname', () => {
		const comey = mentionsOf('FBI Director James Comey spoke to James B. Comey and Comey.');
		expect(summary([cluster('person', comey)])).toEqual([
			{
				key: 'comey',
				name: 'James Comey',
				aliases: ['James Comey', 'James B. Comey', 'Comey'],
				roles: ['FBI Director']
			}
		]);
	});

	it('keys a family-name-first person by the first word and adds it as an alias', () => {
		const [kim] = mentionsOf('Kim Jong Un met officials.');
		expect(summary([cluster('person', [kim!])])).toEqual([
			{ key: 'kim', name: 'Kim Jong Un', aliases: ['Kim Jong Un', 'Kim'], roles: [] }
		]);
	});

	it('keys two people who share a surname by their full names', () => {
		const [jongUn, yongChol] = mentionsOf('Kim Jong Un met Kim Yong Chol.');
		expect(
			summary([cluster('person', [jongUn!]), cluster('person', [yongChol!])]).map((e) => e.key)
		).toEqual(['kim jong un', 'kim yong chol']);
	});

	it('numbers a key that two entities of one kind would share', () => {
		const first = mentionsOf('Moscow is cold.');
		const second = mentionsOf('Moscow is far.');
		expect(summary([cluster('place', first), cluster('place', second)]).map((e) => e.key)).toEqual([
			'moscow',
			'moscow 2'
		]);
	});

	it('keys a country by its canonical name and adds that name as an alias', () => {
		const [uk] = mentionsOf('The UK voted.');
		expect(summary([cluster('country', [uk!])])).toEqual([
			{ key: 'united kingdom', name: 'UK', aliases: ['UK', 'United Kingdom'], roles: [] }
		]);
	});

	it('writes the entity’s key and kind onto every mention', () => {
		const mentions = mentionsOf('James Comey met Comey.');
		finishEntities([cluster('person', mentions)]);
		expect(mentions.map((m) => [m.kind, m.key])).toEqual([
			['person', 'comey'],
			['person', 'comey']
		]);
	});
});
