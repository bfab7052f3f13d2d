/**
 * Who a receipt is from, for grouping: "Ana López", "ana lópez" and "Ana  López " are one student.
 * Case and all whitespace are ignored; compatibility forms are folded (NFKC) so a full-width or
 * no-break character from another keyboard does not make a second student. Accents are kept:
 * "Ana" and "Aná" may be two people.
 *
 * @example studentKey(' Ana  López ') === studentKey('ana lópez') // true
 */
export const studentKey = (name: string): string =>
	name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** @example displayName('  Ana   López ') // 'Ana López' */
export const displayName = (name: string): string => name.replace(/\s+/g, ' ').trim();
