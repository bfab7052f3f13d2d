import { readFileSync } from 'node:fs';
import { parseArticleFile } from '../src/lib/article/parse-article-file';
import { GenerationError, generateQuestions } from '../src/lib/generate';

/**
 * `npm run --silent generate -- FILE`: prints `{ "title", "questions" }` as JSON. Every failure is one
 * line on stderr and exit code 1, never a stack trace.
 */
function fail(message: string): never {
	process.stderr.write(`generate: ${message}\n`);
	process.exit(1);
}

function titleOf(text: string): string {
	const firstLine =
		text
			.split('\n')
			.find((line) => line.trim())
			?.trim() ?? '';
	const words = firstLine.split(/\s+/).length;
	if (words <= 14 && !/[.!?]["”’]?$/.test(firstLine)) return firstLine.replace(/^#+\s*/, '');
	const sentence = firstLine.split(/(?<=[.!?])\s/)[0] ?? firstLine;
	return sentence.length > 80 ? `${sentence.slice(0, 77).trimEnd()}…` : sentence;
}

function main(): void {
	const file = process.argv[2];
	if (!file) fail('missing argument: usage: npm run --silent generate -- FILE');
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
	}
	if (bytes.includes(0)) fail(`${file} is a binary file, not text`);
	const source = bytes.toString('utf8');
	let title: string;
	let body: string;
	if (/^\uFEFF?---\r?\n/.test(source)) {
		const parsed = parseArticleFile(source, file);
		if (!parsed.ok) fail(parsed.errors[0] ?? `${file}: invalid front matter`);
		title = parsed.value.meta.title;
		body = parsed.value.body;
	} else {
		body = source;
		title = titleOf(source);
	}
	try {
		const questions = generateQuestions(body);
		process.stdout.write(`${JSON.stringify({ title, questions }, null, 2)}\n`);
	} catch (error) {
		if (error instanceof GenerationError) fail(`${file}: ${error.message}`);
		fail(`${file}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
	}
}

main();
