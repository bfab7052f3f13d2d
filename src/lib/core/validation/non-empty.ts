import * as v from 'valibot';

/**
 * Text that must hold something. With `trim` (what a person wrote: prompts, answers) surrounding
 * spaces are dropped first, so "  " is empty and the stored value has none; without it (ids and
 * references a program wrote) the text is kept exactly as written, so an id never changes.
 *
 * @example v.parse(nonEmptyText({ trim: true }), ' Paris ') // 'Paris'
 */
export function nonEmptyText({ trim = false }: { trim?: boolean } = {}) {
	return trim
		? v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
		: v.pipe(v.string(), v.nonEmpty('must not be empty'));
}
