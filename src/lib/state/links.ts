import type { RouteId } from '$app/types';

/**
 * A page with the module it opens in its `?id=` query, to pass to `resolve()` where the link is
 * made: `resolve(withId('/assigned', id))`. The call to `resolve` stays at the link because the
 * `svelte/no-navigation-without-resolve` lint rule checks for it there and does not look inside
 * helpers. The id is encoded, so no id can end the query or read as a route parameter.
 *
 * @example resolve(withId('/teach/edit', 'm-1')) // '/teach/edit?id=m-1', under the base path
 */
export function withId<Route extends RouteId>(route: Route, id: string): `${Route}?id=${string}` {
	return `${route}?id=${encodeURIComponent(id)}`;
}
