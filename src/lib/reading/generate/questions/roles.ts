import { HEAD_OF_STATE } from '../analyze/titles';
import { escapeRegExp } from '../text/escape-regexp';
import { candidate, shortAnswer, singleChoice } from '../compose/draft';
import { capitalize, normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';

interface PersonRole {
	person: Entity;
	role: string;
	sentence: ArticleSentence;
}

/** "House Foreign Affairs Chairman Rep.": a courtesy abbreviation left at a role's end. */
const TRAILING_TITLE = /\s+(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt)\.?$/;

/** A role owned by a thing only named elsewhere: "the department's", "the company's". */
const UNNAMED_OWNER =
	/^the (?:department|company|agency|bureau|office|ministry|group|organization|firm|court|committee|board|administration|government)['’]s\s/i;

/** Named this often or less, a person is a minor figure of the story. */
const MINOR_MENTIONS = 2;

/** Roles that say nothing about the person in this story. */
export const EMPTY_ROLE = /^(?:mr|mrs|ms|dr|sir|the|a|an|rep|sen|gov|gen|lt|col|sgt|capt)\.?$/i;

/**
 * "Who is Joe Hagin, according to the article?" → his role, and "Who is the Senate majority
 * leader?" → the person: who is who is what a reader of news must keep straight. Wrong options are
 * other people's roles or names from the same article, so each is clearly wrong yet plausible.
 */
export function roleQuestions(article: Article): Candidate[] {
	const roles = personRoles(article);
	const out: Candidate[] = [];
	for (const { person, role, sentence } of roles) {
		// "Who is the U.S. President?" → Trump, "Who is North Korea's leader?" → Kim: raters drop
		// both ways round as general knowledge that needs no reading.
		if (HEAD_OF_STATE.test(role) || isPartyLabel(role)) continue;
		const otherRoles = roles
			.filter((r) => r.person !== person && !sameRole(r.role, role))
			.map((r) => ({ text: capitalize(r.role) }));
		const explanation = `The article says: “${sentence.text}”`;
		// "Who is X?" and "Who is the <role>?" test one fact: a quiz asks one of them.
		const key = `role:${person.key}`;
		const byName = singleChoice(
			{
				prompt: `According to the article, who is ${person.name}?`,
				skill: 'detail',
				evidence: [sentence],
				explanation
			},
			capitalize(role),
			otherRoles
		);
		// "Who is the spokesman for the Red Cross?": for someone the story names once or twice,
		// who is who is trivia (raters dropped all five such questions of two unseen sets); it
		// only makes up a short quiz.
		const minor = person.mentions.length <= MINOR_MENTIONS;
		out.push(
			...candidate(byName, 6.5, key).map((c) => ({
				...c,
				kind: minor ? ('trivia' as const) : ('role' as const),
				answer: role
			}))
		);
		// A head of state is no plausible vice president of a firm: wrong options hold roles of
		// the same standing as the answer's.
		const otherPeople = roles
			.filter((r) => r.person !== person && !HEAD_OF_STATE.test(r.role))
			.map((r) => r.person.name);
		const roleNoun = withThe(role);
		if (!roleNoun || heldByAnother(article, person, role)) continue;
		const common = {
			prompt: `According to the article, who is ${roleNoun}?`,
			skill: 'detail' as const,
			evidence: [sentence],
			explanation
		};
		const byRole =
			singleChoice(
				common,
				person.name,
				otherPeople.map((text) => ({ text }))
			) ?? shortAnswer(common, [person.name, ...person.aliases], otherPeople);
		out.push(
			...candidate(byRole, 6.5, key).map((c) => ({
				...c,
				kind: minor ? ('trivia' as const) : ('person' as const),
				answer: person.name
			}))
		);
	}
	return out;
}

/** "Senate Majority Leader" → "the Senate Majority Leader"; an indefinite role is not unique. */
function withThe(role: string): string | undefined {
	if (/^(?:a|an|one of)\s/i.test(role)) return undefined;
	// "North Korea's leader", "the department's inspector general": the possessive is the article.
	if (/['’]s\s/.test(role)) return role.replace(/^the\s/i, (m) => m.toLowerCase());
	// "Former FBI Director Helen Carter said…": the sentence's capital is no part of the role.
	const written = role.replace(/^(?:Former|Acting|Interim|Then)\b/, (word) => word.toLowerCase());
	return /^the\s/i.test(written) ? written : `the ${written}`;
}

const FORMER = /^(?:former|then|ex|onetime|one time|previous|past) /;

/**
 * "Who is the FBI director?" when the article also names a former FBI director: a reader could
 * fairly give either name, so the role alone does not pick one person.
 */
function heldByAnother(article: Article, person: Entity, role: string): boolean {
	const key = normalizeAnswer(role).replace(/^the /, '');
	// "[then-FBI Director James] Comey", "current FBI Director Christopher Wray": the text says
	// another has held it, whether or not that holder's name was read.
	const held = new RegExp(`\\b(?:former|then|ex|current)[\\s-]+${escapeRegExp(role)}\\b`, 'i');
	if (article.sentences.some((s) => held.test(s.text))) return true;
	return article.entities.some(
		(other) =>
			other !== person &&
			other.kind === 'person' &&
			other.roles.some((r) => normalizeAnswer(r).replace(/^the /, '').replace(FORMER, '') === key)
	);
}

function sameRole(a: string, b: string): boolean {
	return normalizeAnswer(a) === normalizeAnswer(b);
}

const PARTY = /\b(?:Democrat|Democratic|Republican|GOP|Independent)\b/i;
const OFFICE =
	/\b(?:leader|chair|chairman|chairwoman|speaker|whip|governor|mayor|president|secretary|director|head|chief|spokes(?:man|woman|person)|candidate|nominee)\b/i;

/**
 * "the Democratic Senator", "a Republican from Oklahoma", "the Virginia Republican": a party and a
 * seat say which side someone is on, not who they are in the story, and many hold each (raters
 * called "Who is the Democratic Senator?" trivia), though they serve as wrong options. A party
 * office ("Senate Republican leader") is a role.
 */
const isPartyLabel = (role: string) => PARTY.test(role) && !OFFICE.test(role);

/** Each person's most telling role: the longest one of at most ten words, first written. */
function personRoles(article: Article): PersonRole[] {
	const found: PersonRole[] = [];
	for (const person of article.entities) {
		if (person.kind !== 'person') continue;
		// "President", "Republican": a one-word title says too little to be worth a question alone.
		const roles = person.roles
			.map((r) => r.replace(TRAILING_TITLE, '').trim())
			// "then-Attorney General": a role held once, which "Who is …?" would misstate.
			.filter((r) => !/^then-/i.test(r))
			// "the department's inspector general": which department is in another sentence.
			.filter((r) => !UNNAMED_OWNER.test(r))
			// "the Florida Representatives": a plural role belongs to a group, not to one person.
			.filter((r) => !EMPTY_ROLE.test(r) && wordsIn(r) >= 2 && wordsIn(r) <= 10)
			.filter((r) => !/[^s]s$/.test(r.split(' ').pop() ?? ''));
		const role = [...roles].sort((a, b) => wordsIn(b) - wordsIn(a))[0];
		if (!role) continue;
		const mention =
			person.mentions.find((m) => m.title === role || m.sentence.text.includes(role)) ??
			person.mentions[0];
		if (mention) found.push({ person, role, sentence: mention.sentence });
	}
	return found;
}
