import { readFileSync } from 'node:fs';
import { parseArticleFile } from '../src/lib/reading/article/parse-article-file';
import { GenerationError, generateWithReasons } from '../src/lib/reading/generate';
import { explainGeneration } from '../src/lib/reading/generate/explain';

/**
 * `npm run --silent generate -- FILE [--explain]`: prints `{ "title", "questions" }` as JSON; with
 * `--explain`, then the article as the generator read it (title, dropped blocks, entities, ranked
 * facts and why). Every failure is one line on stderr and exit code 1, never a stack trace.
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
	const args = process.argv.slice(2);
	const explain = args.includes('--explain');
	const file = args.find((a) => !a.startsWith('--'));
	if (!file) fail('missing argument: usage: npm run --silent generate -- FILE [--explain]');
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
		const generation = generateWithReasons(body);
		const { questions } = generation;
		const read = generation.prepared.reading.title;
		process.stdout.write(`${JSON.stringify({ title: read ?? title, questions }, null, 2)}\n`);
		if (explain) process.stdout.write(`\n${explainGeneration(generation).join('\n')}\n`);
	} catch (error) {
		if (error instanceof GenerationError) fail(`${file}: ${error.message}`);
		fail(`${file}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
	}
}

main();
