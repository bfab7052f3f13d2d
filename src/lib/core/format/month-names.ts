/** The months in order, lower case: what a date's month is read and compared as. */
export const MONTH_NAMES: readonly string[] = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
