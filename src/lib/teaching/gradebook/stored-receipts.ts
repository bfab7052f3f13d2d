import * as v from 'valibot';
import {
	gradebookReceiptsKey,
	type ListDefinition,
	readStoredList,
	type StoredList
} from '../../core/storage';

import { decodeReceiptCode, decodeReceiptFile, receiptChecksum, CHECKSUM_LENGTH } from '../receipt';

import { refusal } from './accept-receipts';
import type { ImportedReceipt } from './types';

/**
 * The receipts a teacher imported for one module are kept as the texts they arrived in (a code,
 * or a file's contents), not as decoded receipts: every reload decodes and re-checks them, so
 * what counts is always what the student sent, read by this version of Lectern.
 */

/** A decoded receipt with the text it came from, which is what gets stored. */
export type ReceiptText = ImportedReceipt & { text: string };

export const readStoredReceipts = (text: string | null): StoredList<string> =>
	readStoredList(text, v.pipe(v.string(), v.nonEmpty()));

/** The receipts of one module as a stored list: a text is its own id. */
export const gradebookReceiptsList = (assignmentId: string): ListDefinition<string> => ({
	key: gradebookReceiptsKey(assignmentId),
	read: readStoredReceipts,
	idOf: (text) => text
});

const CODE_START = /^R\d+\./;
/** A code with its checksum part whole: `R1.<payload>.<16 hex>` (a payload never has a dot). */
const WHOLE_CODE = new RegExp(`^R\\d+\\.[^.]*\\.[0-9a-f]{${CHECKSUM_LENGTH}}$`);

/**
 * Splits pasted text into receipt codes. A code may arrive wrapped over several lines (e-mail
 * apps do that), so a line joins the code before it until that code is whole; a word starting
 * "R<digits>." always starts a new code. Other words are kept together as one piece, so a
 * greeting pasted along with the codes is reported once, not word by word.
 *
 * @example splitReceiptCodes('R1.abc.0123456789abcdef\nR1.de\nf.0123456789abcdef')
 * // ['R1.abc.0123456789abcdef', 'R1.def.0123456789abcdef']
 */
export function splitReceiptCodes(pasted: string): string[] {
	const pieces: string[] = [];
	for (const word of pasted.split(/\s+/).filter(Boolean)) {
		const last = pieces.at(-1);
		const lastIsCode = last !== undefined && CODE_START.test(last);
		if (CODE_START.test(word) || last === undefined || (lastIsCode && WHOLE_CODE.test(last))) {
			pieces.push(word);
		} else {
			pieces[pieces.length - 1] = lastIsCode ? `${last}${word}` : `${last} ${word}`;
		}
	}
	return pieces;
}

type Piece = { kind: 'code' | 'file'; text: string };

/**
 * Called between batches of receipts with how many are done: the page shows it and gives the
 * browser a turn (e.g. a `setTimeout` promise), so thousands of receipts never freeze the tab.
 */
type BatchProgress = (done: number, total: number) => Promise<void> | void;
const RECEIPTS_PER_BATCH = 50;

/**
 * A file's contents is JSON; a pasted block, or a file holding a code someone saved, holds codes.
 * A file that is neither is read as a file, so its error speaks of a file.
 */
function piecesOf(text: string, fileName: string | undefined): Piece[] {
	const start = text.trimStart();
	if (start.startsWith('{') || (fileName !== undefined && !start.startsWith('R'))) {
		return [{ kind: 'file', text }];
	}
	return splitReceiptCodes(text).map((code) => ({ kind: 'code', text: code }));
}

/** The start of some text, cut whole characters (an emoji is one). */
function preview(text: string): string {
	const chars = Array.from(text);
	return chars.length > 30 ? `${chars.slice(0, 29).join('')}…` : text;
}

/**
 * Decodes receipt texts: codes (a pasted block may hold several) and files' contents. Each
 * failure names its receipt by position, with the file name or the start of text that is no
 * code, so the teacher can tell which one to ask for again. Never rejects.
 *
 * @example
 * await importReceiptTexts([pastedCodes, fileText], [undefined, 'ana.json'])
 * // { imported: [{ receipt, checksum, text }, …], errors: ['Receipt 2: The code was changed or damaged: …'] }
 */
export async function importReceiptTexts(
	texts: readonly string[],
	fileNames: readonly (string | undefined)[] = [],
	onBatch?: BatchProgress
): Promise<{ imported: ReceiptText[]; errors: string[] }> {
	const pieces = texts.flatMap((text, i) => piecesOf(text, fileNames[i]).map((p) => ({ ...p, i })));
	const imported: ReceiptText[] = [];
	const errors: string[] = [];
	for (const [index, piece] of pieces.entries()) {
		if (onBatch && index > 0 && index % RECEIPTS_PER_BATCH === 0)
			await onBatch(index, pieces.length);
		const parsed =
			piece.kind === 'file'
				? await decodeReceiptFile(piece.text)
				: await decodeReceiptCode(piece.text);
		if (parsed.ok) {
			// Decoding already checked a checksum, so crypto.subtle is there and this cannot reject.
			const checksum = await receiptChecksum(parsed.value);
			imported.push({ receipt: parsed.value, checksum, text: piece.text });
			continue;
		}
		const fileName = fileNames[piece.i];
		const named =
			fileName !== undefined
				? ` ("${fileName}")`
				: CODE_START.test(piece.text)
					? ''
					: ` ("${preview(piece.text)}")`;
		errors.push(`Receipt ${index + 1}${named}: ${parsed.errors.join('; ')}`);
	}
	return { imported, errors };
}

/**
 * Which newly decoded receipts join the stored ones: not one already there (same checksum, also
 * within the batch) and not one for another module. Those are left out with the message
 * `refusal` gives the gradebook too, so the store never holds a receipt that cannot count.
 *
 * @example mergeReceipts('gas-pipeline', stored, [again]) // { added: [], problems: ["Ana's attempt 1 was already imported; …"] }
 */
export function mergeReceipts(
	assignmentId: string,
	stored: readonly ImportedReceipt[],
	incoming: readonly ReceiptText[]
): { added: ReceiptText[]; problems: string[] } {
	const seen = new Set(stored.map((entry) => entry.checksum));
	const added: ReceiptText[] = [];
	const problems: string[] = [];
	for (const entry of incoming) {
		const refused = refusal(entry, assignmentId, seen);
		if (refused) problems.push(refused.message);
		else added.push(entry);
	}
	return { added, problems };
}
