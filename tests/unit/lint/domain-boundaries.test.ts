import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { domainBoundaries } from '../../../scripts/eslint/domain-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const at = (file: string) => path.join(process.cwd(), file);

tester.run('domain-boundaries', domainBoundaries, {
	valid: [
		{ code: "import { a } from '$lib/quiz/grade';", filename: at('src/routes/+page.ts') },
		{ code: "import { a } from '$lib/quiz/grade/index';", filename: at('src/lib/state/x.ts') },
		{ code: "import { a } from './score-numeric';", filename: at('src/lib/quiz/grade/grade.ts') },
		{ code: "import { a } from '../question';", filename: at('src/lib/quiz/grade/grade.ts') },
		{ code: "import { a } from '../hash';", filename: at('src/lib/core/random/shuffle.ts') },
		{ code: "import { a } from 'valibot';", filename: at('src/lib/core/random/shuffle.ts') },
		{
			code: "import { a } from '$lib/quiz/question/test-factories';",
			filename: at('src/lib/teaching/sharing/share-link.test.ts')
		},
		{
			code: "const m = import('$lib/reading/article/segment');",
			filename: at('src/lib/state/a.ts')
		}
	],
	invalid: [
		{
			code: "import { a } from '$lib/quiz/grade/score-numeric';",
			filename: at('src/routes/+page.ts'),
			errors: [{ messageId: 'throughIndex' }]
		},
		{
			code: "import { a } from '../question/schema';",
			filename: at('src/lib/quiz/grade/grade.ts'),
			errors: [{ messageId: 'throughIndex' }]
		},
		{
			code: "export * from '../../reading/article/segment';",
			filename: at('src/lib/teaching/sharing/index.ts'),
			errors: [{ messageId: 'throughIndex' }]
		},
		{
			code: "import { Q } from '../../quiz/question';",
			filename: at('src/lib/core/codecs/packed-json.ts'),
			errors: [{ messageId: 'coreStaysCore' }]
		}
	]
});
