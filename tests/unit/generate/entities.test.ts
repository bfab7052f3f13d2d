import { describe, expect, it } from 'vitest';
import type { Article, Entity, EntityKind } from '../../../src/lib/reading/generate/types';
import { analyzed } from './helpers';

interface Expected {
	kind: EntityKind;
	name: string;
	/** Roles the entity must have, as written; other roles may exist. */
	roles?: string[];
	mentions?: number;
	aliases?: string[];
}

interface Case {
	title: string;
	paragraphs: string[];
	entities?: Expected[];
	/** Forms no entity may be named or aliased by. */
	absent?: string[];
}

const named = (article: Article, name: string): Entity | undefined =>
	article.entities.find((e) => e.name === name);

const CASES: Case[] = [
	{
		title: 'reads "San Vicente" and "Santa Marta" as places, not people named Vicente and Marta',
		paragraphs: [
			'Shipping lines diverted cargo to the smaller ports of Coquimbo and San Vicente.',
			'Exporters in Santa Marta said the delays cost them two million dollars.'
		],
		entities: [
			{ kind: 'place', name: 'San Vicente' },
			{ kind: 'place', name: 'Santa Marta' }
		]
	},
	{
		title:
			'reads no person in an editor’s bracket that splits a name: "[then-Harbour Master Ana] Ruiz"',
		paragraphs: [
			'"There was bias when you look at [then-Harbour Master Ana] Ruiz and all her moves," Varga said.',
			'Tomas Varga spoke to reporters in Valmouth on Monday.'
		],
		entities: [{ kind: 'person', name: 'Tomas Varga' }],
		absent: ['Ana']
	},
	{
		title: 'reads "Deputy Chairman Park Sun Hee" as the person Park Sun Hee with that role',
		paragraphs: [
			'Deputy Chairman Park Sun Hee arrived in Seoul on Tuesday for two days of talks.',
			'Park Sun Hee, the vice chairman of the ruling party, will meet trade officials.'
		],
		entities: [
			{
				kind: 'person',
				name: 'Park Sun Hee',
				roles: ['Deputy Chairman', 'vice chairman of the ruling party'],
				mentions: 2
			}
		],
		absent: ['Chairman', 'Deputy Chairman Park Sun Hee']
	},
	{
		title:
			'keeps two people who share the family name Choi apart, and gives a bare "Choi" to the latest',
		paragraphs: [
			'Choi Min Ho, the country’s foreign minister, flew to Geneva on Sunday.',
			'He was joined there by Choi Jae Won, a senior trade negotiator.',
			'Choi said the talks would last a week.'
		],
		entities: [
			{ kind: 'person', name: 'Choi Min Ho', mentions: 1 },
			{ kind: 'person', name: 'Choi Jae Won', mentions: 2, aliases: ['Choi'] }
		]
	},
	{
		title: 'merges "Lee Dong Wook" and the misspelt "Lee Doong Wook" into one person',
		paragraphs: [
			'Envoy Lee Dong Wook crossed the border at dawn, officials said.',
			'Reporters saw Lee Doong Wook enter the hotel an hour later.'
		],
		entities: [
			{
				kind: 'person',
				name: 'Lee Dong Wook',
				aliases: ['Lee Dong Wook', 'Lee Doong Wook'],
				roles: ['Envoy'],
				mentions: 2
			}
		]
	},
	{
		title: 'reads "the Interior Department" as an organisation, not a title and a person',
		paragraphs: [
			'The Interior Department said on Friday that the park would reopen in May.',
			'A spokesman for the Interior Department declined to give a date.'
		],
		entities: [{ kind: 'organization', name: 'Interior Department', mentions: 2 }],
		absent: ['Department', 'Interior']
	},
	{
		title:
			'gives Maria Lopez the role "Police Chief", joins a later "Lopez" to her and skips "the Lopez administration"',
		paragraphs: [
			'Police Chief Maria Lopez ordered the road closed after the crash.',
			'Lopez said the driver had been taken to hospital.',
			'Critics of the Lopez administration said the road had been unsafe for years.'
		],
		entities: [{ kind: 'person', name: 'Maria Lopez', roles: ['Police Chief'], mentions: 2 }]
	},
	{
		title: 'takes the role between commas after a name: "the agency\'s chief economist"',
		paragraphs: [
			'Anna Berg, the agency’s chief economist, said prices would fall next year.',
			'Berg added that wages were rising faster than expected.'
		],
		entities: [
			{
				kind: 'person',
				name: 'Anna Berg',
				roles: ['the agency’s chief economist'],
				mentions: 2
			}
		]
	},
	{
		title:
			'reads "Tomas Riel, a fellow at the Marden Institute," as a fellow and the institute as an organisation',
		paragraphs: [
			'“The vote was never close,” Tomas Riel, a fellow at the Marden Institute, told reporters.'
		],
		entities: [
			{ kind: 'person', name: 'Tomas Riel', roles: ['fellow at the Marden Institute'] },
			{ kind: 'organization', name: 'Marden Institute' }
		]
	},
	{
		title: 'merges "Supreme Court" into the "State Supreme Court" the article named first',
		paragraphs: [
			'The State Supreme Court struck down the law on Thursday.',
			'It was the second time this year that the Supreme Court had ruled against the governor.'
		],
		entities: [{ kind: 'organization', name: 'State Supreme Court', mentions: 2 }]
	},
	{
		title: 'takes titles with an organisation, place or demonym in front as roles',
		paragraphs: [
			'Canadian Prime Minister Erin Walsh met Harbour Authority Director Sam Ortiz on Monday.',
			'City Hall deputy chief of staff Nora Webb and Sen. Luis Ortega also attended.',
			'Senate Minority Leader Carla Mendes called the meeting a waste of time.'
		],
		entities: [
			{ kind: 'person', name: 'Erin Walsh', roles: ['Canadian Prime Minister'] },
			{ kind: 'person', name: 'Sam Ortiz', roles: ['Harbour Authority Director'] },
			{ kind: 'person', name: 'Nora Webb', roles: ['City Hall deputy chief of staff'] },
			{ kind: 'person', name: 'Luis Ortega', roles: ['Sen.'] },
			{ kind: 'person', name: 'Carla Mendes', roles: ['Senate Minority Leader'] }
		],
		absent: ['Director Sam Ortiz', 'Harbour Authority', 'City Hall', 'Canadian']
	},
	{
		title: 'ignores an all-capitals dateline at the start of the article',
		paragraphs: ['KELBURN — Flood water reached the town centre on Sunday, the mayor said.'],
		absent: ['KELBURN', 'Kelburn']
	},
	{
		title: 'reads "Norway\'s" as the country Norway and a demonym alone as nothing',
		paragraphs: [
			'Norway’s fishing fleet stayed in port as Norwegian officials inspected the nets.',
			'Japanese buyers said prices would rise.'
		],
		entities: [{ kind: 'country', name: 'Norway', mentions: 1 }],
		absent: ['Norwegian', 'Japanese']
	},
	{
		title: 'joins an acronym to the organisation the article spells out',
		paragraphs: [
			'The Northern Water Alliance (NWA) warned that reservoirs were low.',
			'NWA engineers said rain was needed within a month.'
		],
		entities: [
			{
				kind: 'organization',
				name: 'Northern Water Alliance',
				aliases: ['Northern Water Alliance', 'NWA'],
				mentions: 3
			}
		]
	},
	{
		title: 'gives a bare surname to the most recent of two people who share it',
		paragraphs: [
			'Judge Helen Marsh opened the hearing before Governor Peter Marsh arrived.',
			'Marsh told reporters that he would not resign.'
		],
		entities: [
			{ kind: 'person', name: 'Helen Marsh', roles: ['Judge'], mentions: 1 },
			{ kind: 'person', name: 'Peter Marsh', roles: ['Governor'], mentions: 2 }
		]
	},
	{
		title: 'reads "Justice" as a title only before a person\'s name',
		paragraphs: [
			'Justice Mara Feld wrote the opinion, which the Justice Department had asked for.'
		],
		entities: [
			{ kind: 'person', name: 'Mara Feld', roles: ['Justice'] },
			{ kind: 'organization', name: 'Justice Department' }
		],
		absent: ['Department']
	},
	{
		title: 'keeps "former" and a possessive owner in the role: "Peru\'s former President"',
		paragraphs: ['Peru’s former President Alvaro Quispe was arrested in Lima on Friday.'],
		entities: [
			{ kind: 'person', name: 'Alvaro Quispe', roles: ['Peru’s former President'] },
			{ kind: 'country', name: 'Peru' }
		]
	},
	{
		title: 'names a person by the shortest full form, without a middle initial',
		paragraphs: [
			'Mayor Frank T. Delgado signed the order on Monday.',
			'Frank Delgado said it would take effect at once, and Delgado thanked the council.'
		],
		entities: [
			{
				kind: 'person',
				name: 'Frank Delgado',
				aliases: ['Frank T. Delgado', 'Frank Delgado', 'Delgado'],
				mentions: 3
			}
		]
	},
	{
		title:
			'reads "Brookings-style" modifiers before a lowercase title: "Carver Institute fellow Ada Stone"',
		paragraphs: ['Carver Institute fellow Ada Stone said the bill had little chance.'],
		entities: [{ kind: 'person', name: 'Ada Stone', roles: ['Carver Institute fellow'] }]
	},
	{
		title: 'knows a Spanish name by its first surname: "Rodrigo Salas Víquez" is "Salas"',
		paragraphs: [
			'Former minister Rodrigo Salas Víquez conceded on Sunday night.',
			'In a short speech, Salas said he would help the new government.'
		],
		entities: [{ kind: 'person', name: 'Rodrigo Salas Víquez', aliases: ['Salas'], mentions: 2 }]
	},
	{
		title: 'reads a lone word of a thing\'s name as that thing, not a person: "Webb"',
		paragraphs: [
			'The James Webb Space Telescope found water vapour around the planet.',
			'The team will use Webb again next year to look for other gases.'
		],
		entities: [
			{ kind: 'name', name: 'James Webb Space Telescope' },
			{ kind: 'name', name: 'Webb' }
		]
	}
];

describe('findMentions and groupEntities', () => {
	for (const testCase of CASES) {
		it(testCase.title, () => {
			const article = analyzed(...testCase.paragraphs);
			for (const expected of testCase.entities ?? []) {
				const entity = named(article, expected.name);
				expect(entity, `${expected.name} in ${article.entities.map((e) => e.name)}`).toBeDefined();
				expect(entity!.kind).toBe(expected.kind);
				if (expected.roles) expect(entity!.roles).toEqual(expect.arrayContaining(expected.roles));
				if (expected.aliases)
					expect(entity!.aliases).toEqual(expect.arrayContaining(expected.aliases));
				if (expected.mentions !== undefined)
					expect(entity!.mentions).toHaveLength(expected.mentions);
			}
			for (const form of testCase.absent ?? []) {
				expect(article.entities.filter((e) => e.name === form || e.aliases.includes(form))).toEqual(
					[]
				);
			}
		});
	}

	it('gives every mention the key and kind of exactly one entity that holds it', () => {
		for (const testCase of CASES) {
			const article = analyzed(...testCase.paragraphs);
			for (const mention of article.mentions) {
				const owners = article.entities.filter(
					(e) => e.kind === mention.kind && e.key === mention.key
				);
				expect(owners).toHaveLength(1);
				expect(owners[0]!.mentions).toContain(mention);
			}
		}
	});
});
