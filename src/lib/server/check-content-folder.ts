import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildModules, type ContentFiles, moduleQuestions } from '../reading/modules';

/**
 * Reads questions/ from disk and returns one line per problem (empty when all is well).
 * Node-only: used by the build's content check and the command-line tools, never by pages.
 */
export function checkContentFolder(folder: string): string[] {
	if (!existsSync(folder)) return [`${folder}/: folder is missing`];
	const files: ContentFiles = {};
	const problems: string[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		const articlePath = join(folder, entry.name, 'article.md');
		if (!existsSync(articlePath)) {
			problems.push(`${folder}/${entry.name}/: has no article.md`);
			continue;
		}
		for (const name of ['article.md', 'questions.yaml']) {
			const path = join(folder, entry.name, name);
			if (existsSync(path)) files[`questions/${entry.name}/${name}`] = readFileSync(path, 'utf8');
		}
	}
	const built = buildModules(files, moduleQuestions);
	problems.push(...built.problems);
	if (built.modules.length === 0 && problems.length === 0)
		problems.push(`${folder}/: holds no articles`);
	return problems;
}
