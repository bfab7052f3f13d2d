// Every page is prerendered to static HTML so any static host (or the service worker) can serve it.
export const prerender = true;
export const trailingSlash = 'never';
