// `npx tsx scripts/make-icons.ts`: draws Lectern's app icons (static/icons/*.png) from the same
// lectern mark as favicon.svg, using the Chromium the browser tests use. Run again after changing
// the mark; the PNGs are committed so building needs no browser.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

const MARK = '<path d="M16 46h32v4H16zM22 18h20l-4 24H26z" fill="#f4efe6"/>';
const BACKGROUND = '#1f4e5f';

/** `any` icons: a rounded tile. Maskable: full bleed, mark inside the central 80% safe zone. */
const icons = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'icon-maskable-512.png', size: 512, maskable: true }
];

function svg(maskable: boolean): string {
	const tile = maskable
		? `<rect width="64" height="64" fill="${BACKGROUND}"/><g transform="translate(9.6 9.6) scale(0.7)">${MARK}</g>`
		: `<rect width="64" height="64" rx="14" fill="${BACKGROUND}"/>${MARK}`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%">${tile}</svg>`;
}

const browser = await chromium.launch({
	executablePath: chromiumExecutable(),
	args: CHROMIUM_ARGS
});
for (const icon of icons) {
	const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
	await page.setContent(
		`<html><body style="margin:0;background:transparent">${svg(icon.maskable)}</body></html>`
	);
	await page.screenshot({ path: `static/icons/${icon.file}`, omitBackground: true });
	await page.close();
}
await browser.close();
console.log(`Wrote ${icons.length} icons to static/icons/.`);
