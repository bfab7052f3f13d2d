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
		return `${path}: ${issue.message} (got ${preview(issue.input)})`;
	});
}

function preview(input: unknown): string {
	const text = JSON.stringify(input) ?? String(input);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
