import * as v from 'valibot';

/**
 * Turns valibot issues into one line each, naming the field and what is wrong,
 * e.g. `published: must be a date written YYYY-MM-DD (got "next week")`.
 * Parse with `{ abortPipeEarly: true }` so each field reports its first problem only.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
	return issues.map((issue) => {
		const path = v.getDotPath(issue) ?? '(top level)';
		if (issue.kind === 'schema' && issue.expected === 'never')
			return `${path}: is not a known field`;
		if (issue.input === undefined) return `${path}: is required`;
		// Our own check that already quotes the text (`has "Ana" twice`) needs no "(got …)" after it.
		if (issue.type === 'raw_check' && issue.message.includes(JSON.stringify(issue.input)))
			return `${path}: ${issue.message}`;
		return `${path}: ${issue.message} (got ${preview(issue.input)})`;
	});
}

/**
 * `describeIssues` for one entry of a list, named `label`: its own fields follow the label.
 *
 * @example describeIssuesOf('attempts[2]', issues) // ['attempts[2].score: … (got 7)']
 */
export function describeIssuesOf(label: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
	return describeIssues(issues).map((line) =>
		line.startsWith('(top level)') ? line.replace('(top level)', label) : `${label}.${line}`
	);
}

function preview(input: unknown): string {
	// JSON writes Infinity and NaN as null, which would hide what was actually wrong.
	if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
	const text = JSON.stringify(input) ?? String(input);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
