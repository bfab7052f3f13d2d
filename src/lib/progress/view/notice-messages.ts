import type { LoadNotice, SaveResult } from '../record';
import { PROGRESS_KEY } from '../../core/storage';
import { plural } from '../../core/format';

/** One thing to tell the student about where their progress stands. */
interface NoticeMessage {
	/** Stable per case, for keyed lists and tests. */
	id: string;
	tone: 'saved' | 'info' | 'warning';
	text: string;
	/**
	 * A storage key whose raw text the student can download (a backup, or the progress key itself
	 * when unreadable data could not be copied aside), shown as "Download it" after `text`.
	 */
	downloadKey?: string;
	/** Offer "Download a backup" of the progress in memory, which storage could not take. */
	offerBackup?: boolean;
	/** Said after the download link. */
	after?: string;
}

export const UNAVAILABLE_TEXT =
	'Progress will not be kept after you close this page (storage is turned off in this browser).';

/**
 * The messages for what loading found and what the last save did, without saying one thing twice.
 * `showSaved` adds a plain "saved" line after a good save (the results page wants it).
 *
 * @example progressMessages({ kind: 'unavailable' }, undefined)[0].text // 'Progress will not be kept…'
 */
export function progressMessages(
	notice: LoadNotice | undefined,
	lastSave: SaveResult | undefined,
	showSaved = false
): NoticeMessage[] {
	const messages = notice ? [loadMessage(notice)] : [];
	const save = lastSave ? saveMessage(lastSave, showSaved) : undefined;
	if (save && !messages.some((m) => m.text === save.text)) messages.push(save);
	return messages;
}

function loadMessage(notice: LoadNotice): NoticeMessage {
	switch (notice.kind) {
		case 'corrupt-backed-up':
			return {
				id: 'corrupt',
				tone: 'warning',
				text: 'Your saved progress could not be read. We kept a copy —',
				downloadKey: notice.backupKey,
				after: 'Lectern has started again with no progress on this device.'
			};
		case 'unreadable-kept':
			return {
				id: 'unreadable-kept',
				tone: 'warning',
				text: 'Your saved progress could not be read, and this device has no room to keep a copy, so it is left as it was and nothing new will be saved. Keep it safe —',
				downloadKey: PROGRESS_KEY,
				after: 'Then free some space on this device and reload.'
			};
		case 'future-version':
			return {
				id: 'future-version',
				tone: 'warning',
				text: 'Your progress was saved by a newer version of Lectern. It is kept as it was, but this version cannot add to it, so what you do now is not saved. Reload the page to get the newer version.',
				...(notice.backupKey ? { downloadKey: notice.backupKey } : {})
			};
		case 'migrated':
			return {
				id: 'migrated',
				tone: 'info',
				text: 'Your progress was moved to the new way Lectern stores it. Nothing was lost.',
				...(notice.backupKey ? { downloadKey: notice.backupKey } : {})
			};
		case 'repaired':
			return {
				id: 'repaired',
				tone: 'warning',
				text: `Part of your saved progress was damaged: ${plural(notice.errors.length, 'entry', 'entries')} could not be read and ${notice.errors.length === 1 ? 'was' : 'were'} left out; everything else is here. We kept a copy of the original —`,
				downloadKey: notice.backupKey
			};
		case 'unavailable':
			return { id: 'unavailable', tone: 'warning', text: UNAVAILABLE_TEXT };
	}
}

function saveMessage(result: SaveResult, showSaved: boolean): NoticeMessage | undefined {
	if (result.saved) {
		if (result.compacted > 0) {
			return {
				id: 'compacted',
				tone: 'info',
				text: `Storage on this device is full, so the answers of your ${plural(result.compacted, 'oldest attempt')} were shortened to summaries to make room. Saved — scores, times and skills are all kept.`
			};
		}
		return showSaved ? { id: 'saved', tone: 'saved', text: 'Saved on this device.' } : undefined;
	}
	switch (result.reason) {
		case 'quota':
			return {
				id: 'quota',
				tone: 'warning',
				text: 'Storage on this device is full, so your latest work is kept only until you close this page.',
				offerBackup: true
			};
		case 'unavailable':
			return { id: 'unavailable', tone: 'warning', text: UNAVAILABLE_TEXT };
		case 'future-version':
		case 'unreadable-kept':
			// The load notice already says why nothing is saved.
			return undefined;
	}
}
