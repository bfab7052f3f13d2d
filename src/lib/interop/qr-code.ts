import { encode } from 'uqr';

/** A QR code as one SVG path of its dark modules, drawn in module units inside a quiet zone. */
export interface QrDrawing {
	/** Width and height in modules, quiet zone included. */
	size: number;
	path: string;
}

/**
 * Draws `text` as a QR code (error correction L: the most data, fine on a clean projector), or
 * returns undefined when it is too long for any QR code.
 *
 * @example qrDrawing('https://lectern.example/open#m=1.abc')?.size // e.g. 33
 */
export function qrDrawing(text: string): QrDrawing | undefined {
	let data: boolean[][];
	try {
		data = encode(text, { ecc: 'L', border: 4 }).data;
	} catch {
		return undefined;
	}
	const parts: string[] = [];
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
		})
	);
	return { size: data.length, path: parts.join('') };
}
