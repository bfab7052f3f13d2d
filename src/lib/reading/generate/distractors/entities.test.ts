import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { isRegion, sameKindEntities } from './entities';

describe('sameKindEntities for places', () => {
	const article = analyzed(
		'Thousands of dockworkers at Rotterdam, Europe’s largest port, walked off the job on Monday.',
		'Ships were sent on to Antwerp and Hamburg, and exporters in Asia and Latin America waited.'
	);
	const named = (name: string) => article.entities.find((e) => e.name === name)!;

	it('offers regions for a region and cities for a city', () => {
		expect(
			sameKindEntities(article, named('Europe'))
				.map((e) => e.name)
				.sort()
		).toEqual(['Asia', 'Latin America']);
		expect(
			sameKindEntities(article, named('Antwerp'))
				.map((e) => e.name)
				.sort()
		).toEqual(['Hamburg', 'Rotterdam']);
	});

	it('offers no road for a city', () => {
		const roads = analyzed(
			'Buses carried residents to shelters in the city of Riobamba on Tuesday night.',
			'Police closed the Pan-American Highway and roads to Banos and Guayaquil were jammed.'
		);
		const riobamba = roads.entities.find((e) => e.name === 'Riobamba')!;
		const offered = sameKindEntities(roads, riobamba).map((e) => e.name);
		expect(offered).not.toContain('Pan-American Highway');
		expect(offered).toContain('Guayaquil');
	});

	it.each([
		['Europe', true],
		['the Middle East', true],
		['Sub-Saharan Africa', true],
		['Latin America', true],
		['Hamburg', false],
		['South Africa', false]
	])('reads %j as a region: %s', (name, region) => {
		expect(isRegion(name)).toBe(region);
	});
});
