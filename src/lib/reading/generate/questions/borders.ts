import { CLOZE_BLANK } from '../../../quiz/question';
import { findCountry } from '../data/countries';
import {
	candidate,
	cloze,
	multipleChoice,
	singleChoice,
	trueFalse,
	type WrongOption
} from '../compose/draft';
import { countryDistractors, nonNeighbours } from '../distractors/countries';
import type { Article, ArticleSentence, Candidate, Mention } from '../types';

const DIRECTION =
	/\b(?:to the |on the |in the )?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\b/i;
const BORDER_CUE =
	/\b(?:is|are|was)\s+bordered\b|\bborders\b|\bshares? (?:a |its )?(?:\w+ )?borders? with\b|\bbordering\b/i;

interface BorderFact {
	country: Mention;
	neighbour: Mention;
	direction?: string;
	sentence: ArticleSentence;
}

/**
 * Finds "X is bordered to the north by Y", "X borders Y and Z", "X shares a border with Y": the
 * country before the cue is bordered by every country named after it, each with the compass
 * direction written in its part of the sentence.
 */
export function findBorderFacts(article: Article): BorderFact[] {
	const facts: BorderFact[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		const cue = BORDER_CUE.exec(sentence.text);
		if (!cue) continue;
		const countries = article.mentions.filter(
			(m) => m.sentence === sentence && m.kind === 'country'
		);
		const subject = [...countries].reverse().find((m) => m.end <= cue.index);
		if (!subject) continue;
		const after = countries.filter((m) => m.start >= cue.index + cue[0].length);
		let from = cue.index + cue[0].length;
		for (const neighbour of after) {
			if (neighbour.key === subject.key) continue;
			const part = sentence.text.slice(from, neighbour.end);
			const trailing = sentence.text.slice(neighbour.end).split(/,| and /)[0] ?? '';
			const direction = (DIRECTION.exec(part) ?? DIRECTION.exec(trailing))?.[1]?.toLowerCase();
			facts.push({ country: subject, neighbour, direction, sentence });
			from = neighbour.end;
		}
	}
	return facts;
}

export function borderQuestions(article: Article): Candidate[] {
	const facts = findBorderFacts(article);
	const out: Candidate[] = [];
	const byCountry = new Map<string, BorderFact[]>();
	for (const fact of facts)
		byCountry.set(fact.country.key, [...(byCountry.get(fact.country.key) ?? []), fact]);
	for (const [key, group] of byCountry) {
		const country = nameOf(group[0]!.country);
		const neighbours = [...new Set(group.map((f) => nameOf(f.neighbour)))];
		const evidence = [...new Set(group.map((f) => f.sentence))];
		const wrong = nonNeighbours(country, neighbours, 3).map((text) => ({
			text,
			feedback: `The article does not name ${text} as a neighbour of ${country}.`
		}));
		const common = { skill: 'geography' as const, evidence, difficulty: 'easy' as const };
		const explanation = `The article says ${country} is bordered by ${list(neighbours)}.`;
		if (neighbours.length >= 2) {
			out.push(
				...candidate(
					multipleChoice(
						{
							...common,
							prompt: `According to the article, which countries border ${country}? Select all that apply.`,
							explanation,
							difficulty: 'medium'
						},
						neighbours,
						wrong
					),
					9,
					`borders:${key}`
				)
			);
		} else {
			out.push(
				...candidate(
					singleChoice(
						{
							...common,
							prompt: `According to the article, which country borders ${country}?`,
							explanation
						},
						neighbours[0]!,
						wrong
					),
					8,
					`borders:${key}`
				)
			);
		}
		// "Which country borders X to the east?" gives away "Y borders X to the north: false", so a
		// quiz asks about one direction of a sentence only; its gaps are separate questions.
		for (const fact of group)
			out.push(
				...directionQuestions(article, fact, group, wrong).map((c) =>
					c.draft.type === 'cloze' ? c : { ...c, group: `directions:${fact.sentence.id}` }
				)
			);
	}
	return out;
}

function directionQuestions(
	article: Article,
	fact: BorderFact,
	group: readonly BorderFact[],
	wrong: readonly WrongOption[]
): Candidate[] {
	const country = nameOf(fact.country);
	const neighbour = nameOf(fact.neighbour);
	const key = `border:${fact.country.key}:${fact.neighbour.key}`;
	const out: Candidate[] = [];
	const blanked =
		fact.sentence.text.slice(0, fact.neighbour.start) +
		CLOZE_BLANK +
		fact.sentence.text.slice(fact.neighbour.end);
	if (!blanked.includes(fact.neighbour.text)) {
		const rejected = countryDistractors(article, neighbour, [], 6);
		out.push(
			...candidate(
				cloze(
					{ prompt: blanked, skill: 'geography', evidence: [fact.sentence], difficulty: 'easy' },
					aliasesOf(fact.neighbour),
					rejected
				),
				6,
				key
			)
		);
	}
	if (!fact.direction) return out;
	const others = group.filter(
		(f) => f.direction && f.direction !== fact.direction && f.neighbour.key !== fact.neighbour.key
	);
	const wrongHere: WrongOption[] = [
		...others.map((f) => ({
			text: nameOf(f.neighbour),
			feedback: `The article says ${nameOf(f.neighbour)} borders ${country} to the ${f.direction}, not the ${fact.direction}.`
		})),
		...wrong
	];
	const explanation = `The article says ${country} is bordered to the ${fact.direction} by ${neighbour}.`;
	out.push(
		...candidate(
			singleChoice(
				{
					prompt: `According to the article, which country borders ${country} to the ${fact.direction}?`,
					skill: 'geography',
					evidence: [fact.sentence],
					explanation,
					difficulty: 'medium'
				},
				neighbour,
				wrongHere
			),
			8.5,
			key
		)
	);
	const swap = others[0];
	if (swap?.direction) {
		// A false statement built from the article's own facts: the directions swapped.
		out.push(
			...candidate(
				trueFalse(
					{
						prompt: `According to the article, ${nameOf(swap.neighbour)} borders ${country} to the ${fact.direction}.`,
						skill: 'geography',
						evidence: [fact.sentence],
						explanation: `False: ${nameOf(swap.neighbour)} borders ${country} to the ${swap.direction}; ${neighbour} borders it to the ${fact.direction}.`
					},
					false
				),
				5,
				key
			)
		);
	}
	return out;
}

function nameOf(mention: Mention): string {
	return findCountry(mention.text)?.name ?? mention.text;
}

function aliasesOf(mention: Mention): string[] {
	const country = findCountry(mention.text);
	return [mention.text, ...(country ? [country.name, ...country.aliases] : [])];
}

function list(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
