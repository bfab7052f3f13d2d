import type { Term } from '../../types';

/** Verbs that introduce what someone said, with or without "that": "said", "told reporters", "warned". */
export const SPEECH_VERBS = new Set(
	(
		'said says say told tells wrote writes confirmed confirms claimed claims warned warns ' +
		'announced announces added adds argued argues insisted insists denied denies stated states ' +
		'explained explains noted notes acknowledged admitted alleged alleges promised vowed predicted ' +
		'estimated suggested revealed stressed emphasised emphasized continued tweeted declared ' +
		'believes believe believed thinks think thought asserted replied responded maintained ' +
		'concluded reported reports saying telling'
	).split(' ')
);

/** Verbs that make up an attribution tacked onto a statement: "…, officials said." */
export const ATTRIBUTION_VERBS = new Set(
	(
		'said says told tells wrote writes added adds stated states explained noted continued warned ' +
		'insisted argued confirmed claimed announced reported tweeted replied responded declared ' +
		'admitted acknowledged asked asks'
	).split(' ')
);

/** Verbs whose clause content needs a "that" to be told apart from an object: "found that…". */
export const THAT_VERBS = new Set(
	'found finds showed shows suggest suggests suggested indicate indicates indicated feared fears hoped hopes expected expects agreed ruled decided learned'.split(
		' '
	)
);

/** Subordinators, longest first so "so that" wins over "so". */
export const SUBORDINATORS: readonly (readonly string[])[] = [
	['in', 'order', 'to'],
	['so', 'as', 'to'],
	['even', 'though'],
	['even', 'if'],
	['so', 'that'],
	['now', 'that'],
	['because'],
	['although'],
	['though'],
	['while'],
	['whereas'],
	['unless'],
	['until'],
	['before'],
	['after'],
	['when'],
	['since'],
	['if'],
	['as'],
	['once']
];

/** Subordinators that may also introduce a clause without a subject: "after meeting the envoy". */
export const GERUND_SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'once']);

export const COORDINATORS = new Set(['and', 'but', 'yet']);
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Gerunds after a comma that head a phrase, not an event: ", including 12 children". */
export const NON_CLAUSE_GERUNDS = new Set(
	'including according following regarding concerning excluding during notwithstanding pending'.split(
		' '
	)
);

/** Nouns whose "that" introduces their content, not a relative clause: "fears that the dam…". */
export const CONTENT_NOUNS = new Set(
	(
		'fact claim claims news report reports warning warnings fear fears hope hopes belief evidence ' +
		'sign signs idea possibility concern concerns rumours rumors suggestion allegation allegations ' +
		'statement assurance assurances doubt doubts view'
	).split(' ')
);

/** Words inside a noun phrase that compromise does not tag as nominal: "more than 40 officers". */
const QUANTITY_WORDS = new Set(
	'no more less fewer than about nearly almost around roughly some over only just least most there'.split(
		' '
	)
);

/** Compromise tags past forms like "rose" or "spread" as nouns after a plural noun. */
export const IRREGULAR_PAST = new Set(
	(
		'rose spread burst fell hit cut held led left won lost struck shut hurt fled sank grew broke ' +
		'began took gave came went ran met sent kept paid sold made brought fought drew froze swept'
	).split(' ')
);

export function has(term: Term | undefined, tag: string): boolean {
	return term !== undefined && term.tags.has(tag);
}

export function isAuxiliary(term: Term | undefined): boolean {
	return has(term, 'Auxiliary') || has(term, 'Modal') || has(term, 'Copula');
}

export function isNominal(term: Term | undefined): boolean {
	if (!term) return false;
	if (QUANTITY_WORDS.has(term.normal)) return true;
	return (
		term.tags.has('Noun') ||
		term.tags.has('Pronoun') ||
		term.tags.has('Determiner') ||
		term.tags.has('Adjective') ||
		term.tags.has('Value') ||
		term.tags.has('ProperNoun') ||
		term.tags.has('Possessive') ||
		term.tags.has('Acronym')
	);
}

export const commaAfter = (term: Term | undefined): boolean =>
	term !== undefined && /,/.test(term.post);
export const semicolonAfter = (term: Term | undefined): boolean =>
	term !== undefined && /;/.test(term.post);
/** A comma, colon, semicolon or dash ends a noun phrase: "Almaty, Kazakhstan's largest city". */
export const breakAfter = (term: Term | undefined): boolean =>
	term !== undefined && /[,;:()—–]|\s-\s|[”"]/.test(term.post);
