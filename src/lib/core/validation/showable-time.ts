// Apart from the schemas (and valibot) so that pages which only show a time never load them.

/**
 * Every instant that crosses a boundary (receipts, stored progress, drafts) must be one a page can
 * show: `new Date(ms).toISOString()` throws past ±8.64e15 ms, and `Date.parse` gives NaN for text
 * such as "2026-01-01T10:06:00+02" that still looks like ISO 8601. One range for all of them.
 *
 * The range starts at 1970, not later: a device whose clock was reset reports 1970, and refusing
 * its receipt or its progress would lose a student's work for no safety gain.
 */
export const EARLIEST_MS = 0;
/** 2100-01-01T00:00:00Z. */
export const LATEST_MS = Date.UTC(2100, 0, 1);

/** @example isShowableMs(Date.parse('2026-03-05T14:07:30Z')) // true; isShowableMs(NaN) // false */
export const isShowableMs = (ms: number): boolean =>
	Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS;
