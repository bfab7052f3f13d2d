import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads a QR code drawn on the page the way a phone camera would: the SVG is rasterised at
 * `pixelsPerModule` (as a projector or screen would show it) and decoded with jsQR.
 *
 * @example expect(await decodeQr(page.getByRole('img', { name: /QR code/ }), 4)).toBe(link)
 */
export async function decodeQr(svg: Locator, pixelsPerModule: number): Promise<string | undefined> {
	const image = await svg.evaluate(async (element, scale) => {
		const viewBox = (element as SVGSVGElement).viewBox.baseVal;
		// A quiet zone of four modules around the code, as scanners expect.
		const side = Math.round((viewBox.width + 8) * scale);
		const clone = element.cloneNode(true) as SVGSVGElement;
		clone.setAttribute('width', String(viewBox.width * scale));
		clone.setAttribute('height', String(viewBox.height * scale));
		const source = new XMLSerializer().serializeToString(clone);
		const picture = new Image();
		picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
		await picture.decode();
		const canvas = document.createElement('canvas');
		canvas.width = side;
		canvas.height = side;
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, side, side);
		context.drawImage(picture, 4 * scale, 4 * scale);
		const { data } = context.getImageData(0, 0, side, side);
		// As base64: a million numbers as a JSON array took the protocol about 8 s to carry.
		let binary = '';
		for (let i = 0; i < data.length; i += 0x8000)
			binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
		return { side, pixels: btoa(binary) };
	}, pixelsPerModule);
	const pixels = new Uint8ClampedArray(Buffer.from(image.pixels, 'base64'));
	const found = jsQR(pixels, image.side, image.side);
	return found?.data;
}

/**
 * Reads a QR code from a screenshot of it at the size the page shows it, as a phone camera
 * pointed at the screen would see it (the code's own quiet zone included).
 *
 * @example expect(await decodeShown(page.getByRole('img', { name: /full screen/ }))).toBe(link)
 */
export async function decodeShown(element: Locator): Promise<string | undefined> {
	const png = await element.screenshot();
	const image = await element.page().evaluate(async (base64) => {
		const picture = new Image();
		picture.src = `data:image/png;base64,${base64}`;
		await picture.decode();
		const canvas = document.createElement('canvas');
		canvas.width = picture.width;
		canvas.height = picture.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(picture, 0, 0);
		const { data } = context.getImageData(0, 0, picture.width, picture.height);
		return { width: picture.width, height: picture.height, pixels: Array.from(data) };
	}, png.toString('base64'));
	return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data;
}
