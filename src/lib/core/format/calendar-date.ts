/**
 * Formats a calendar date written YYYY-MM-DD as "7 January 2022", the same on every device and
 * time zone (the date is a day, not an instant, so it is formatted in UTC).
 *
 * @example formatCalendarDate('2022-01-07') // '7 January 2022'
 */
export function formatCalendarDate(isoDate: string, locale = 'en-GB'): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return isoDate;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
