// The screens one tap away are ready before the tap: once the app has settled on a screen, the
// code of the other main screens is fetched (from the service worker's cache after the first
// visit) and evaluated in idle time, one screen per idle period, so a first navigation waits only
// for its data. SvelteKit's own preloading starts on hover or touch, which is too late for a
// keyboard, and a hover of a few tens of milliseconds saves little. Never on the prompter: a live
// call keeps its page lean (the bundle bench counts everything it fetches) and its main thread
// free for the next key.

/** The screens preloaded, most used first. The studio is left out: its editor is heavy and rare. */
export const SCREENS = [
	'/sessions/',
	'/session/',
	'/accounts/',
	'/account/',
	'/plan/',
	'/call/',
	'/end/',
	'/progress/',
	'/drill/',
	'/competitors/',
	'/competitor/',
	'/data/',
	'/'
] as const;

/** Routes whose screens do not preload others (route ids start with these). */
const QUIET_ROUTES = ['/call'];

export interface PreloadDeps {
	/** SvelteKit's `preloadCode`. */
	preload: (url: string) => Promise<void>;
	/** Schedules `fn` when the page is idle; returns a function that cancels it. */
	idle?: (fn: () => void) => () => void;
}

function requestIdle(fn: () => void): () => void {
	if (typeof requestIdleCallback !== 'function') {
		const timer = setTimeout(fn, 200);
		return () => clearTimeout(timer);
	}
	const handle = requestIdleCallback(fn, { timeout: 5000 });
	return () => cancelIdleCallback(handle);
}

const done = new Set<string>();

/**
 * Preloads the code of `SCREENS` unless `routeId` is a quiet route. Each
 * screen waits for an idle period and for the one before it. Returns a function that stops what
 * has not started; a later call goes on where it stopped. A screen whose code fails to load is
 * skipped: its link still works and loads it then.
 */
export function preloadScreens(
	routeId: string | null,
	{ preload, idle = requestIdle }: PreloadDeps
): () => void {
	if (routeId && QUIET_ROUTES.some((quiet) => routeId.startsWith(quiet))) return () => {};
	let stopped = false;
	let cancel = () => {};
	const next = () => {
		if (stopped) return;
		const url = SCREENS.find((screen) => !done.has(screen));
		if (!url) return;
		cancel = idle(() => {
			if (stopped) return;
			done.add(url);
			preload(url).then(next, next);
		});
	};
	next();
	return () => {
		stopped = true;
		cancel();
	};
}

/** Forgets which screens were preloaded (tests). */
export function resetPreloadedScreens() {
	done.clear();
}
