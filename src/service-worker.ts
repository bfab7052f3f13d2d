/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Lectern offline: what a student uses is cached at install and served cache-first, so a device
// that opened the app once keeps working with no connection; the teacher's area (the question
// generator above all) is cached when it is first opened. The decisions live in $lib/core/offline.
import { base, build, files, prerendered, version } from '$service-worker';
import {
	appShellPath,
	cacheName,
	installList,
	isTeacherArea,
	precacheList,
	STUDENT_FILES,
	staleCaches,
	cacheKey,
	isCacheable,
	requestPolicy,
	SKIP_WAITING_MESSAGE
} from '$lib/core/offline';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const EVERYTHING = precacheList({ base, build, files, prerendered });

/** The build's list of a student's files; undefined (cache everything) where it cannot be read. */
async function studentFiles(): Promise<unknown[] | undefined> {
	try {
		const response = await fetch(`${base}/${STUDENT_FILES}`, { cache: 'no-store' });
		const list: unknown = response.ok ? await response.json() : undefined;
		return Array.isArray(list) ? list : undefined;
	} catch {
		return undefined;
	}
}

worker.addEventListener('install', (event) => {
	// addAll fails the whole install when any file fails, so a broken deployment never half-installs.
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(installList(EVERYTHING, await studentFiles(), base));
		})()
	);
});

/** Set once the rest is being cached: every later page of the teacher's area finds it done. */
let restCaching: Promise<void> | undefined;

/** The rest of the app (the teacher's area and the generator), once the teacher's area is opened. */
function cacheTheRest(): Promise<void> {
	restCaching ??= cacheMissing();
	return restCaching;
}

async function cacheMissing(): Promise<void> {
	const cache = await caches.open(CACHE);
	const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
	const missing = EVERYTHING.filter((path) => !cached.has(path));
	// One by one: a file that fails now is fetched, and cached, when it is first used.
	await Promise.allSettled(missing.map((path) => cache.add(path)));
}

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
	if (policy === 'page' && isTeacherArea(new URL(event.request.url).pathname, base))
		event.waitUntil(cacheTheRest());
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
