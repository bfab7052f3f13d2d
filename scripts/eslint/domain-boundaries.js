import path from 'node:path';
import { DOMAIN_AREAS } from '../domain-areas.js';

/**
 * The domain is `src/lib/<area>/<domain>/`, areas being core, reading, quiz, progress and teaching.
 * Code outside a domain uses it through its `index.ts`, so a domain's other files can change
 * without a search through the repository; `core/` depends on nothing outside `core/`. Tests and
 * their factories may reach inside (they test the insides), and so may `import()`, which names the
 * one file a page loads when it is needed.
 */
const DOMAIN = new RegExp(`^src/lib/(${DOMAIN_AREAS.join('|')})/([^/]+)(?:/(.+))?$`);
const TEST_SUPPORT = /\.test\.ts$|test-factories\.ts$|\/testing\//;

/**
 * The repository-relative path an import names, or null for a package.
 * @param {string} source @param {string} filename @param {string} root
 */
function importedPath(source, filename, root) {
	if (source.startsWith('$lib/')) return `src/lib/${source.slice('$lib/'.length)}`;
	if (!source.startsWith('.')) return null;
	return path
		.relative(root, path.resolve(path.dirname(filename), source))
		.split(path.sep)
		.join('/');
}

/** @param {string} file */
function domainOf(file) {
	const match = DOMAIN.exec(file);
	return match && { area: match[1], name: `${match[1]}/${match[2]}`, rest: match[3] ?? '' };
}

/** @type {import('eslint').Rule.RuleModule} */
export const domainBoundaries = {
	meta: {
		type: 'problem',
		docs: { description: 'Domains are used through their index.ts; core depends only on core.' },
		messages: {
			throughIndex: 'Import {{domain}} through its index.ts ("$lib/{{domain}}"), not "{{source}}".',
			coreStaysCore: 'core/ is shared by every area and may not import {{domain}}.'
		},
		schema: []
	},
	create(context) {
		const root = context.cwd;
		const filename = path.relative(root, context.filename).split(path.sep).join('/');
		if (TEST_SUPPORT.test(filename)) return {};
		const own = domainOf(filename);
		/** @param {any} node an import or export declaration */
		const check = (node) => {
			if (!node.source) return;
			const source = String(node.source.value);
			const target = importedPath(source, context.filename, root);
			const domain = target && domainOf(target);
			if (!domain || domain.name === own?.name) return;
			if (own?.area === 'core' && domain.area !== 'core') {
				context.report({ node, messageId: 'coreStaysCore', data: { domain: domain.name } });
			}
			if (domain.rest !== '' && !/^index(\.ts)?$/.test(domain.rest)) {
				context.report({ node, messageId: 'throughIndex', data: { domain: domain.name, source } });
			}
		};
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check
		};
	}
};
