/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after the first visit: the built app, the prerendered page shells and the static files
// are cached on install (the bundled playbooks are inside the JS). Those are served cache-first;
// anything else goes to the network first and falls back to the cache. A new version waits
// until the page asks it to take over (`SKIP_WAITING`), so a running call never switches code.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `spin-coach-${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];
const PRECACHED = new Set(PRECACHE);
// `vite dev` lists no built files: stay out of the way there (Vite serves modules fresh).
const DEV = build.length === 0;

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/** The cached page shell for a navigation: ids travel in the query string, shells do not vary. */
async function cachedShell(cache: Cache, url: URL): Promise<Response | undefined> {
	const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
	return (await cache.match(path)) ?? (await cache.match(url.pathname));
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);

	if (PRECACHED.has(url.pathname) && request.mode !== 'navigate') {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	if (request.mode === 'navigate') {
		const shell = await cachedShell(cache, url);
		if (shell) return shell;
	}
	try {
		const response = await fetch(request);
		// Only plain successful same-origin answers are worth keeping for offline use.
		if (response.status === 200 && response.type === 'basic') {
			void cache.put(request, response.clone());
		}
		return response;
	} catch (error) {
		const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
		if (hit) return hit;
		if (request.mode === 'navigate') {
			const home = await cache.match('/');
			if (home) return home;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (DEV || request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
