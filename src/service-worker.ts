/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Lectern offline: everything is cached at install and served cache-first, so a device that
// opened the app once keeps working with no connection. The decisions live in $lib/offline.
import { base, build, files, prerendered, version } from '$service-worker';
import { appShellPath, cacheName, precacheList, staleCaches } from '$lib/offline/precache';
import { cacheKey, isCacheable, requestPolicy } from '$lib/offline/request-policy';
import { SKIP_WAITING_MESSAGE } from '$lib/offline/messages';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);

worker.addEventListener('install', (event) => {
	// addAll fails the whole install when any file fails, so a broken deployment never half-installs.
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(precacheList({ base, build, files, prerendered })))
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const stale = staleCaches(await caches.keys(), CACHE);
			await Promise.all(stale.map((name) => caches.delete(name)));
			// Take over pages opened before this worker existed, so the first visit already works offline.
			await worker.clients.claim();
		})()
	);
});

// A new version waits until the student chooses to reload (see UpdateNotice), so no quiz is cut off.
worker.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING_MESSAGE) worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const policy = requestPolicy(event.request, worker.location.origin);
	if (policy === 'pass-through' || policy === 'network-only') return;
	event.respondWith(policy === 'page' ? page(event.request) : asset(event.request));
});

async function page(request: Request): Promise<Response> {
	const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
	if (cached) return cached;
	try {
		return await fromNetwork(request);
	} catch {
		const shell = await caches.match(appShellPath(base), { cacheName: CACHE });
		return shell ?? Response.error();
	}
}

async function asset(request: Request): Promise<Response> {
	const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
	return cached ?? fromNetwork(request);
}

async function fromNetwork(request: Request): Promise<Response> {
	const response = await fetch(request);
	if (isCacheable(response)) {
		const copy = response.clone();
		caches.open(CACHE).then((cache) => cache.put(cacheKey(request.url), copy));
	}
	return response;
}
