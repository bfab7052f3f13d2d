import { allModules } from '$lib/server/content';
import { summarize } from '$lib/modules/module';
import type { PageServerLoad } from './$types';

export const load = (() => ({ modules: allModules().map(summarize) })) satisfies PageServerLoad;
