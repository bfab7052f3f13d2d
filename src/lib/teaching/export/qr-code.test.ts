import { describe, expect, it } from 'vitest';
import { qrDrawing } from './qr-code';
import { QR_MAX_CHARS } from '../sharing';

describe('qrDrawing', () => {
	it('draws a short link as a square with a quiet zone and dark modules', () => {
		const drawing = qrDrawing('https://lectern.example/open#m=1.abc');
		expect(drawing).toBeDefined();
		if (!drawing) return;
		// Version 3 is 29 modules, plus 4 on each side.
		expect(drawing.size).toBeGreaterThanOrEqual(21 + 8);
		expect(drawing.path.startsWith('M4 4')).toBe(true); // the finder pattern's corner
	});

	it('draws a link at the documented limit and refuses a longer one', () => {
		expect(qrDrawing('a'.repeat(QR_MAX_CHARS))).toBeDefined();
		expect(qrDrawing('a'.repeat(QR_MAX_CHARS + 200))).toBeUndefined();
	});
});

describe('qrDrawing error correction', () => {
	it('keeps the smallest version and raises error correction as far as it allows', () => {
		const short = qrDrawing('https://l.example/a')!;
		const long = qrDrawing(`https://lectern.example/open#m=3.${'x'.repeat(2_800)}`)!;
		// 19 bytes need version 2 at L; version 2 holds 20 bytes at Q and 14 at H.
		expect([short.version, short.ecc]).toEqual([2, 'Q']);
		expect(long.ecc).toBe('L');
		expect(long.version).toBeGreaterThan(short.version);
		expect(long.size).toBe(long.version * 4 + 17 + 8);
	});
});
