/**
 * The teacher's question list, edited without mutation: each function returns a new array, so the
 * page can keep the old one for undo and Svelte sees every change. Items are matched by `id`.
 */

interface HasId {
	readonly id: string;
}

/**
 * Moves the item at `index` by `delta` places; a move past either end returns an unchanged copy.
 *
 * @example moveQuestion([a, b, c], 2, -1) // [a, c, b]
 */
export function moveQuestion<T>(questions: readonly T[], index: number, delta: number): T[] {
	const result = [...questions];
	const to = index + delta;
	if (index < 0 || index >= result.length || to < 0 || to >= result.length) return result;
	const [moved] = result.splice(index, 1) as [T];
	result.splice(to, 0, moved);
	return result;
}

/** @example removeQuestion([a, b], 'b') // [a] */
export function removeQuestion<T extends HasId>(questions: readonly T[], id: string): T[] {
	return questions.filter((q) => q.id !== id);
}

/**
 * Puts `question` where the question with its id was; an unknown id returns an unchanged copy.
 *
 * @example replaceQuestion([a, b], { ...b, prompt: 'New?' }) // [a, b′]
 */
export function replaceQuestion<T extends HasId>(questions: readonly T[], question: T): T[] {
	return questions.map((q) => (q.id === question.id ? question : q));
}

/** Appends, so a new question appears where the teacher just pressed "Add question". */
export function addQuestion<T>(questions: readonly T[], question: T): T[] {
	return [...questions, question];
}
