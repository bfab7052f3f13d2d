#!/usr/bin/env node
// `npm test`: the type check, lint, unit tests, browser tests and the size budget (on the build the
// browser tests made), in that order, then one line with
// the totals of every runner ("N passed, N failed") for people and for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const chromium = process.env.LECTERN_CHROMIUM ?? '/usr/bin/chromium';
const steps = [
	{ name: 'type check', command: 'npm run --silent check' },
	{ name: 'lint', command: 'npm run --silent lint' },
	{
		name: 'unit tests',
		command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${reports}/vitest.json`,
		count: () => countVitest(`${reports}/vitest.json`)
	},
	{
		name: 'browser tests',
		command: 'npx playwright test',
		env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
		before: () =>
			chromium === 'playwright' || existsSync(chromium)
				? undefined
				: `No Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium), ` +
					`or set LECTERN_CHROMIUM to a Chromium binary, or LECTERN_CHROMIUM=playwright after ` +
					`"npx playwright install chromium".`,
		count: () => countPlaywright(`${reports}/playwright.json`)
	},
	// Bytes are stable where times are not: a student page over its budget fails the run.
	{ name: 'size budget', command: 'node scripts/bundle-size.js --check' }
];

let passed = 0;
let failed = 0;
// Neither counts as passed: a skipped test proved nothing, a flaky one failed before it passed.
let skipped = 0;
let flaky = 0;
const lines = [];
for (const step of steps) {
	const problem = step.before?.();
	if (problem) {
		console.error(`\n✗ ${step.name}: ${problem}`);
		failed += 1;
		lines.push(`${step.name}: not run`);
		continue;
	}
	console.log(`\n▶ ${step.name}: ${step.command}`);
	const result = spawnSync(step.command, {
		shell: true,
		stdio: 'inherit',
		env: { ...process.env, ...step.env }
	});
	const ok = result.status === 0;
	const counted = step.count?.();
	if (counted) {
		passed += counted.passed;
		// A runner that crashed before reporting still counts as a failure.
		failed += counted.failed || (ok ? 0 : 1);
		skipped += counted.skipped;
		flaky += counted.flaky;
		lines.push(
			`${step.name}: ${counted.passed} passed, ${counted.failed} failed, ${counted.flaky} flaky, ${counted.skipped} skipped`
		);
	} else {
		passed += ok ? 1 : 0;
		failed += ok ? 0 : 1;
		lines.push(`${step.name}: ${ok ? 'passed' : 'FAILED'}`);
	}
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed, ${flaky} flaky, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

function countVitest(path) {
	const report = readJson(path);
	if (!report) return undefined;
	return {
		passed: report.numPassedTests ?? 0,
		failed: report.numFailedTests ?? 0,
		skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
		flaky: 0
	};
}

function countPlaywright(path) {
	const report = readJson(path);
	if (!report?.stats) return undefined;
	const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
	return { passed: expected, failed: unexpected, skipped, flaky };
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}
