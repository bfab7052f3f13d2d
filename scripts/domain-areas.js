/**
 * The areas of the domain under `src/lib/` (see the README's architecture). The lint rule that
 * holds their boundaries, the bundler's side-effect hint and the architecture test all read them
 * here, so an area is added in one place.
 */
export const DOMAIN_AREAS = ['core', 'reading', 'quiz', 'progress', 'teaching'];
