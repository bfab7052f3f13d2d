import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * A page that records console errors and uncaught exceptions; every test asserts there were none,
 * whether or not it asks for `consoleErrors` (the fixture is automatic).
 * `expectAccessible` runs axe-core with the WCAG 2.2 AA rule tags.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

/**
 * Removes the console errors a test provokes on purpose (a 404, a fetch while offline), so the
 * automatic check still fails on any other.
 *
 * @example allowConsoleErrors(consoleErrors, /404 \(Not Found\)/)
 */
export function allowConsoleErrors(errors: string[], expected: RegExp): void {
	const unexpected = errors.filter((error) => !expected.test(error));
	errors.splice(0, errors.length, ...unexpected);
}

export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, 'axe-core violations').toEqual([]);
}

export { expect };
