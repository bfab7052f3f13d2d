import { CLOZE_BLANK, type Question } from '../../../quiz/question';
import { isWrittenAsName, normalizeAnswer, sameAnswer, wordsIn } from '../text/normalize';
import type { Scored } from './select';
import { nounStem } from '../text/question-grammar';

/**
 * Whether two questions of one quiz ask one fact, either way round: one's stem prints the other's
 * person with their role, one's statement already says what the other asks, or one's answer holds
 * the count the other asks for. The selection keeps the first it chose.
 */
export function repeats(a: Scored, b: Scored): boolean {
	if (a === b) return false;
	return (
		givesAway(a, b) ||
		givesAway(b, a) ||
		restates(a, b) ||
		restates(b, a) ||
		shows(a, b) ||
		shows(b, a) ||
		sharesOptions(a, b) ||
		namesRoleHolder(a, b) ||
		namesRoleHolder(b, a) ||
		holdsCount(a, b) ||
		holdsCount(b, a) ||
		sameSpeaker(a, b)
	);
}

const WHO_SAID = /\bwho said\b/i;
const WHAT_SAID = /\bwhich of these did (.+) say\?$/i;

/** The person a quotation question is about: the answer of "Who said …?", the X of "… did X say?". */
const speakerOf = memo(({ question }) => {
	const named =
		WHAT_SAID.exec(question.prompt)?.[1] ??
		(WHO_SAID.test(question.prompt) ? question.answerText : '');
	return normalizeAnswer(named).split(' ').pop() ?? '';
});

/**
 * Two questions about whose words are whose, for one speaker: raters read the second as a
 * repeat ("repeats Q6: same speaker, same speech").
 */
function sameSpeaker(a: Scored, b: Scored): boolean {
	const speaker = speakerOf(a);
	if (speaker === '') return false;
	return speaker === speakerOf(b) || speaker === doerOf(b);
}

/**
 * The person a "Who …?" question asks for, other than whose words they were: "Who owns a cafe
 * halfway up the block?" after "Which of these did Ben Waaka say?" asks for the same man again
 * (raters: "repeats Waaka").
 */
const doerOf = memo(({ question }) =>
	/^Who\s/.test(question.prompt) && !WHO_SAID.test(question.prompt)
		? (normalizeAnswer(question.answerText).split(' ').pop() ?? '')
		: ''
);

/** Each candidate is compared with every chosen one: what it shows and reveals is worked out once. */
function memo<T>(of: (scored: Scored) => T): (scored: Scored) => T {
	const known = new WeakMap<Scored, T>();
	return (scored) => {
		if (!known.has(scored)) known.set(scored, of(scored));
		return known.get(scored)!;
	};
}

/**
 * What a question shows a student before they answer: its prompt and, when the right option is a
 * statement, that statement ("Which statement sums up…" shows the main event in its key).
 */
const shownText = memo(({ question }) => {
	const long = question.answerText.split(/\s+/).length >= 6 ? question.answerText : '';
	return ` ${normalizeAnswer(`${question.prompt} ${long}`)} `;
});

/** The answer as normalized words between spaces, to look for other answers inside it. */
const answerWords = memo(({ question }) => ` ${normalizeAnswer(question.answerText)} `);

const ROLE_PROMPT = /^According to the article, who is (?:the )?(.+)\?$/;

/** A person with their role, both ways round and by surname: "attorney general jeff sessions". */
function pairPhrases(name: string, role: string): string[] {
	const surname = name.split(/\s+/).pop() ?? name;
	return [`${role} ${name}`, `${role} ${surname}`, `${name} ${role}`, `${surname} ${role}`];
}

/**
 * Phrases that, printed in another question, answer this one: a person beside their role, for the
 * questions about who is who. Other answers are not checked: the story's actors and subjects are
 * in many stems without giving anything away.
 */
const revealingKeys = memo((scored): string[][] => {
	const { question } = scored;
	const asked = ROLE_PROMPT.exec(question.prompt)?.[1];
	const groups =
		question.type === 'matching'
			? question.pairs.map((p) => pairPhrases(p.left, p.right))
			: scored.factKey.startsWith('role:') && asked
				? // "Who is Paul Ryan?" and "Who is the House Speaker?": either side may be the name.
					[
						scored.answers.flatMap((answer) => [
							...pairPhrases(answer, asked),
							...pairPhrases(asked, answer)
						])
					]
				: [];
	return groups
		.map((phrases) => phrases.map(normalizeAnswer).filter((key) => key.length >= 3))
		.filter((keys) => keys.length > 0);
});

/**
 * Whether one question answers another: its stem prints the other's answer ("…Attorney General
 * Jeff Sessions…" beside "Who is the Attorney General?"), so in one quiz the second is free.
 */
function givesAway(shown: Scored, asked: Scored): boolean {
	const groups = revealingKeys(asked);
	if (groups.length === 0) return false;
	// Any option counts: "special counsel Robert Mueller" in a summary's wrong option answers
	// "Who is the special counsel?" as surely as a stem does.
	const texts = [shownText(shown), ...optionKeys(shown).map((key) => ` ${key} `)];
	const revealed = groups.filter((keys) =>
		keys.some((key) => texts.some((text) => text.includes(` ${key} `)))
	).length;
	// A matching of four or more with one pair printed elsewhere ("U.S. President Donald Trump" in
	// a summary) still asks the rest; with half its pairs printed, the rest go by elimination.
	const rest = groups.length - revealed;
	return (
		revealed > 0 &&
		(asked.question.type !== 'matching' || rest < 3 || revealed * 2 >= groups.length)
	);
}

/** A single-choice or typed answer that is a statement about one fact, not a list or an order. */
const isStatementAnswer = (question: Question, words: number) =>
	['single-choice', 'short-answer'].includes(question.type) &&
	wordsIn(question.answerText) >= words;

const sharesSentence = (a: Question, b: Question) =>
	(a.sentenceIds ?? []).some((id) => (b.sentenceIds ?? []).includes(id));

/**
 * Whether a question's answer about a sentence ("Nearly 34,000 Americans died") holds the count
 * another question on that sentence asks for ("How many Americans died…?" → 34,000): one fact.
 */
function holdsCount(statement: Scored, asked: Scored): boolean {
	if (!isStatementAnswer(statement.question, 3)) return false;
	if (!sharesSentence(statement.question, asked.question)) return false;
	const inside = answerWords(statement);
	return asked.answers.some((answer) => {
		const key = normalizeAnswer(answer);
		return /\d/.test(key) && inside.includes(` ${key} `);
	});
}

/**
 * What a question prints, piece by piece: its prompt (a gap's sentence, "Who said that 122
 * recipients…?"), its right options, and every statement of a list (the false ones too), an order
 * or a matching. A single choice's wrong options are not here: one that leaks is swapped or taken
 * out after the selection (`option-leaks.ts`) rather than costing a question.
 */
const shownPieces = memo(({ question }) => {
	const pieces = [question.prompt];
	if (question.type === 'single-choice') pieces.push(question.options[question.correctIndex] ?? '');
	// A list's false statements are its true ones with one name or number swapped.
	if (question.type === 'multiple-choice') pieces.push(...question.options);
	if (question.type === 'ordering') pieces.push(...question.items);
	if (question.type === 'matching')
		pieces.push(...question.pairs.map((p) => `${p.left} ${p.right}`));
	return pieces.map((piece) => ` ${normalizeAnswer(piece)} `);
});

/**
 * Whether a question prints another's fact: a gap's sentence holds the answer of a question on the
 * same sentence, "Who said that 122 recipients are impacted?" beside "How many recipients did she
 * say…?". In one quiz the second is free.
 */
function shows(shown: Scored, asked: Scored): boolean {
	if (shownPieces(shown).some((piece) => statesFact(piece, asked))) return true;
	if (printsNameBeside(shown, asked)) return true;
	if (!sharesSentence(shown.question, asked.question)) return false;
	// Of one sentence, a question that prints another's answer gives it away: "Grisham said 122
	// recipients “_____”" beside "How many recipients did Grisham say are negatively impacted…?".
	if (printsAnswerOf(shown, asked)) return true;
	// Of one sentence, "When did the administration rescind the policy?" answers "What rescinded
	// the policy in 2017?" though "rescind" is not "rescinded": there, words count by their stems.
	if (statesFactByStems(shownPieces(shown)[0]!, asked)) return true;
	return restatedPieces(shown).some((piece) => holdsMostOf(piece, asked));
}

/**
 * What a question prints of its sentence with one word changed or blanked, so it still answers
 * questions on that sentence: a true/false ("…hostile action in the 22-year war" still answers
 * "Why did 34,000 Americans die?"), a gap ("_____, who blocked key nominees…" still answers "What
 * triggered the standoff?") and every statement of a list ("reassigned to the Justice
 * Department's human resources department" still answers "What has Strzok been reassigned to?").
 */
function restatedPieces(shown: Scored): readonly string[] {
	const { question } = shown;
	if (question.type === 'multiple-choice') return shownPieces(shown);
	return question.type === 'true-false' || question.prompt.includes(CLOZE_BLANK)
		? [shownPieces(shown)[0]!]
		: [];
}

function printsAnswerOf(shown: Scored, asked: Scored): boolean {
	// "What does “DACA” stand for?" beside a stem that prints "Deferred Action for Childhood
	// Arrivals (DACA)": a word's meaning is asked as a fact when it is an abbreviation's.
	const spellsOut = / stand for\?$/.test(asked.question.prompt);
	if (!asksOneFact(shown) || !(asksOneFact(asked) || spellsOut)) return false;
	const pieces = shownPieces(shown);
	// A count or a phrase, not a name: the story's actors are in many of its stems.
	return asked.answers.some((answer) => {
		const form = normalizeAnswer(answer);
		const isName = answer.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
		const telling = /\d/.test(form) || (!isName && form.split(' ').length >= 3);
		return telling && pieces.some((piece) => piece.includes(` ${form} `));
	});
}

/** A question about one fact of one sentence: not a list, an order, a matching or a summary. */
const asksOneFact = ({ question }: Scored) =>
	['cloze', 'short-answer', 'single-choice', 'numeric'].includes(question.type) &&
	question.skill !== 'main-idea' &&
	question.skill !== 'vocabulary';

function statesFactByStems(inside: string, asked: Scored): boolean {
	if (!answerForms(asked).some((form) => inside.includes(` ${form} `))) return false;
	const stems = new Set(inside.split(' ').filter(Boolean).map(nounStem));
	const words = [...factWords(asked)];
	const shared = words.filter((w) => stems.has(nounStem(w))).length;
	return words.length > 0 && shared / words.length >= 0.5;
}

/** Capitalised words past a text's first: the names it mentions ("Elizabeth", "Warren"). */
const namesIn = (text: string) =>
	new Set((text.match(/(?<=\s)\p{Lu}\p{Ll}{2,}/gu) ?? []).map((name) => name.toLowerCase()));

/**
 * Whether a question prints a gap's answer beside a person the gap's sentence names: "Who said
 * 'States like Massachusetts …'?" keyed "Elizabeth Warren" answers "Senator Elizabeth Warren of
 * _____".
 */
function printsNameBeside(shown: Scored, asked: Scored): boolean {
	const { question } = asked;
	if (!question.prompt.includes(CLOZE_BLANK) || !/^\p{Lu}/u.test(question.answerText)) return false;
	const answer = ` ${normalizeAnswer(question.answerText)} `;
	const shownQuestion = shown.question;
	const right =
		shownQuestion.type === 'single-choice'
			? (shownQuestion.options[shownQuestion.correctIndex] ?? '')
			: '';
	const text = ` ${shownQuestion.prompt} ${right} `;
	if (!` ${normalizeAnswer(text)} `.includes(answer)) return false;
	const theirs = namesIn(text);
	const answerWords = new Set(normalizeAnswer(question.answerText).split(' '));
	const shared = [...namesIn(` ${question.prompt}`)].filter(
		(name) => theirs.has(name) && !answerWords.has(name)
	);
	return shared.length >= 2;
}

/** Whether a text holds two thirds or more of the content words of one of a question's answers. */
function holdsMostOf(text: string, asked: Scored): boolean {
	return asked.answers.some((answer) => {
		const words = [...contentOf(answer)];
		if (words.length < 2) return false;
		return words.filter((w) => text.includes(` ${w} `)).length / words.length >= 2 / 3;
	});
}

/**
 * Whether a who-is question ("Who is Jeff Sessions?" → "Attorney General") answers a gap after that
 * title ("…a decision by Attorney General _____ in January"): the gap asks for the name the other
 * prints beside its role.
 */
function namesRoleHolder(role: Scored, gap: Scored): boolean {
	if (!role.factKey.startsWith('role:') || !gap.question.prompt.includes(CLOZE_BLANK)) return false;
	const name = ROLE_PROMPT.exec(role.question.prompt)?.[1];
	if (!name) return false;
	const title = normalizeAnswer(role.question.answerText);
	const before = normalizeAnswer(gap.question.prompt.split(CLOZE_BLANK)[0] ?? '');
	return (
		title.length > 0 &&
		` ${before}`.endsWith(` ${title}`) &&
		gap.answers.some((answer) => sameAnswer(answer, name))
	);
}

/** A choice question's options, normalized. */
const optionKeys = memo(({ question }) =>
	question.type === 'single-choice' || question.type === 'multiple-choice'
		? question.options.map(normalizeAnswer)
		: []
);

/** A prompt's words up to its first name: "According to the article, who is", "Who took a flight". */
const questionForm = memo(({ question }) => {
	const [first = '', ...rest] = question.prompt.split(/\s+/);
	const upTo = rest.findIndex((word) => /^\p{Lu}/u.test(word));
	return [first, ...rest.slice(0, upTo < 0 ? rest.length : upTo)].slice(0, 6).join(' ');
});

/**
 * Whether two choice questions of one form offer two or more of the same options ("Who is Page?",
 * "Who is Mueller?", "Who is Horowitz?" each offering the others' roles): side by side, each is
 * solved by elimination from the others.
 */
function sharesOptions(a: Scored, b: Scored): boolean {
	const theirs = new Set(optionKeys(b));
	const shared = optionKeys(a).filter((key) => key && theirs.has(key));
	if (shared.length < 2) return false;
	// "Who took a flight…?" and "Who met…?" may well offer the same people, each the doer of
	// something else; things ("continuing resolution", "spending bill") offered twice are a pool
	// the two questions share, whatever their form.
	return questionForm(a) === questionForm(b) || shared.some((key) => !isNameKey(a, key));
}

/** Whether an option (by its key) is written as a name in the question: "Joe Hagin", "Senate". */
const isNameKey = ({ question }: Scored, key: string) =>
	question.type === 'single-choice' &&
	question.options.some((option) => normalizeAnswer(option) === key && isWrittenAsName(option));

/** Words that carry a statement's content, for comparing a prompt with a statement. */
const contentOf = (text: string) =>
	new Set(
		normalizeAnswer(text)
			.split(' ')
			.filter((w) => w.length > 3)
	);

/**
 * Whether a statement already asks another question: the main idea's key, or a clause given as an
 * answer, holds the other's answer and most of its prompt's words ("Which organization passed
 * changes to the tax code?" beside a key that says the House did; "What has erupted into broader
 * protests?" beside "Fuel riots have erupted into broader anti-government protests").
 */
function restates(statement: Scored, asked: Scored): boolean {
	const { question } = statement;
	if (question.skill !== 'main-idea' && !isStatementAnswer(question, 5)) return false;
	return statesFact(answerWords(statement), asked);
}

/**
 * A question's answers as normalized words, with a person's surname ("Abe" for "Shinzo Abe"): a
 * stem that says "Abe told reporters" names the answer to "Who said…?".
 */
const answerForms = memo((asked) =>
	asked.answers.flatMap((answer) => {
		const form = normalizeAnswer(answer);
		if (!form) return [];
		const words = answer.trim().split(/\s+/);
		const isFullName =
			words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
		const surname = isFullName ? normalizeAnswer(words[words.length - 1]!) : '';
		return surname.length >= 3 ? [form, surname] : [form];
	})
);

/**
 * The words that say what a question asks: a quotation's own words when it quotes two or more
 * ("Who wrote that the inspector general's “conclusions are reasonable”?" is about those words, not
 * about any sentence where Comey writes about the inspector general), else the prompt's without
 * its "According to the article," and its wh-word.
 */
const factWords = memo(({ question }) => {
	const quoted = /[“"]([^”"]+)[”"]/.exec(question.prompt)?.[1] ?? '';
	const inQuote = contentOf(quoted);
	if (inQuote.size >= 2) return inQuote;
	// "According to the article, what sparked the protests?" asks what sparked the protests.
	const asked = contentOf(question.prompt.replace(/^According to the article,\s*/i, ''));
	for (const wh of ['what', 'which', 'when', 'where', 'whom', 'whose']) asked.delete(wh);
	return asked.size > 0 ? asked : contentOf(question.prompt);
});

/**
 * Whether a text (normalized, between spaces) states the fact a question asks: it holds the
 * question's answer and at least half of its prompt's content words.
 */
export function statesFact(inside: string, asked: Scored): boolean {
	if (!answerForms(asked).some((form) => inside.includes(` ${form} `))) return false;
	const words = factWords(asked);
	const shared = [...words].filter((w) => inside.includes(` ${w} `)).length;
	return words.size > 0 && shared / words.size >= 0.5;
}
