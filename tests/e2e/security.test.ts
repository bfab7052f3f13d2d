import { expect, test } from './fixtures';

const pages = [
	'/',
	'/modules/kazakhstan-2022',
	'/modules/kazakhstan-2022/quiz',
	'/modules/kazakhstan-2022/results',
	'/review',
	'/progress',
	'/open',
	'/assigned',
	'/teach',
	'/teach/gradebook'
];

test('every page carries a Content-Security-Policy without unsafe-eval or unsafe-inline, and breaks none of its own rules', async ({
	page
}) => {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportViolation(t: string): void }).reportViolation(
				`${event.violatedDirective} ${event.blockedURI}`
			)
		);
	});
	for (const path of pages) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy, path).toContain("script-src 'self'");
		expect(policy, path).not.toMatch(/unsafe-eval|unsafe-inline/);
	}
	expect(violations).toEqual([]);
});
