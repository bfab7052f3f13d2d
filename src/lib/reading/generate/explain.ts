import type { Generation } from './index';

/**
 * The article as the generator read it, for a teacher (or a developer) asking why a question
 * exists: title and dropped blocks, entities with roles and variants, then every candidate fact
 * ranked by score with the reasons for its importance, the chosen ones marked ✓.
 *
 * @example explainGeneration(generateWithReasons(text)).join('\n')
 */
export function explainGeneration(generation: Generation, maxRanked = 60): string[] {
	const { article } = generation.prepared;
	const lines: string[] = [];
	const { reading } = generation.prepared;
	lines.push(`title: ${reading.title ?? '(none found: the text starts with body text)'}`);
	if (reading.dateline) lines.push(`dateline: ${reading.dateline}`);
	lines.push(`dropped (${reading.dropped.length}):`);
	for (const block of reading.dropped) lines.push(`  - [${block.reason}] ${block.text}`);
	lines.push(
		`words: ${article.words}; sentences: ${article.sentences.length}; budget: ${generation.budget} questions`
	);
	lines.push(`entities (${article.entities.length}):`);
	for (const entity of [...article.entities].sort(
		(a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)
	)) {
		const roles = entity.roles.length ? `; roles: ${entity.roles.join(' | ')}` : '';
		const aliases = entity.aliases.filter((a) => a !== entity.name);
		lines.push(
			`  - ${entity.kind} ${entity.name} ×${entity.mentions.length}${aliases.length ? ` (also ${aliases.join(', ')})` : ''}${roles}`
		);
	}
	lines.push(
		`ranked facts (best ${Math.min(maxRanked, generation.ranked.length)} of ${generation.ranked.length}):`
	);
	generation.ranked.slice(0, maxRanked).forEach((entry, index) => {
		const q = entry.question;
		lines.push(
			`  ${entry.chosen ? '✓' : ' '} ${String(index + 1).padStart(2)}. ${entry.score.toFixed(2)} [${q.type}/${q.skill}] ${q.prompt}`
		);
		lines.push(
			`        answer: ${q.answerText}  — fact ${entry.factKey}; ${entry.reasons.join(', ')}`
		);
	});
	return lines;
}
