/**
 * Where Chromium lives. Playwright's own download is unavailable on our machines, so we use the
 * system's (Debian's `chromium`). Set LECTERN_CHROMIUM to another binary, or to "playwright" to use
 * Playwright's own browser (after `npx playwright install chromium`).
 */
export function chromiumExecutable(): string | undefined {
	const configured = process.env.LECTERN_CHROMIUM;
	if (configured === 'playwright') return undefined;
	if (configured) return configured;
	return '/usr/bin/chromium';
}

/** Flags our sandboxed machines need: no GPU, no setuid sandbox, no calls home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
