import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_AREAS as AREAS } from '../../scripts/domain-areas.js';

const lib = new URL('../../src/lib/', import.meta.url);

/** Every `<area>/<domain>/` folder on disk. */
function domainsOnDisk(): string[] {
	return AREAS.flatMap((area) =>
		readdirSync(new URL(`${area}/`, lib), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => `${area}/${entry.name}/`)
	).sort();
}

/** The domains the README's architecture table names, in its first column. */
function domainsInReadme(): string[] {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('## Scripts'));
	return [...section.matchAll(/^\| `([a-z-]+\/[a-z-]+\/)`/gm)].map(([, domain]) => domain!).sort();
}

describe('the architecture the README draws', () => {
	it('names exactly the domains in src/lib', () => {
		expect(domainsInReadme()).toEqual(domainsOnDisk());
	});

	it('has only areas and the non-domain folders at the top of src/lib', () => {
		const top = readdirSync(lib, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
		expect(top).toEqual([...AREAS, 'components', 'server', 'state', 'styles'].sort());
	});

	it.each(domainsOnDisk())('%s has an index.ts that other code imports', (domain) => {
		expect(existsSync(new URL(`${domain}index.ts`, lib))).toBe(true);
	});
});
