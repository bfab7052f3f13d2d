import { describe, expect, it } from 'vitest';
import { qrDrawing } from './qr-code';
import { QR_MAX_CHARS } from '../assignment';

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
