import { benchGenerate } from './bench/generate.bench';
import { runProgressBench } from './bench/progress.bench';

/**
 * `npm run bench`: runs every benchmark in scripts/bench/ and prints its lines. Add a benchmark by
 * writing a function that returns its report lines and listing it here.
 */
const benchmarks: readonly { name: string; run: () => string[] }[] = [
	{ name: 'generate', run: benchGenerate },
	{ name: 'progress', run: runProgressBench }
];

for (const { name, run } of benchmarks) {
	process.stdout.write(`## ${name}\n${run().join('\n')}\n`);
}
