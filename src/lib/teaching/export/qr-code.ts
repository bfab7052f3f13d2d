import { encode } from 'uqr';

/** A QR code as one SVG path of its dark modules, drawn in module units inside a quiet zone. */
export interface QrDrawing {
	/** Width and height in modules, quiet zone included. */
	size: number;
	path: string;
	/** QR version, 1 (21 modules) to 40 (177): the lower, the easier to scan from far away. */
	version: number;
	/** Error correction level: how much of the code may be hidden or blurred and still read. */
	ecc: 'L' | 'M' | 'Q' | 'H';
}

const LEVELS = ['L', 'M', 'Q', 'H'] as const;

/**
 * Draws `text` as a QR code in the smallest version that holds it, with the strongest error
 * correction that version still allows (a projector's glare or a head in the way costs a few
 * modules); undefined when it is too long for any QR code.
 *
 * @example qrDrawing('https://lectern.example/open#m=1.abc')?.size // e.g. 33
 */
export function qrDrawing(text: string): QrDrawing | undefined {
	let result: ReturnType<typeof encode>;
	let ecc: QrDrawing['ecc'] = 'L';
	try {
		result = encode(text, { ecc: 'L', boostEcc: true, border: 4 });
		const smallest = result.version;
		// The strongest level that keeps the smallest version: boostEcc does that, but does not say which.
		for (const level of LEVELS) {
			try {
				if (encode(text, { ecc: level, maxVersion: smallest, border: 4 }).version === smallest)
					ecc = level;
			} catch {
				break;
			}
		}
	} catch {
		return undefined;
	}
	const parts: string[] = [];
	result.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
		})
	);
	return { size: result.data.length, path: parts.join(''), version: result.version, ecc };
}
