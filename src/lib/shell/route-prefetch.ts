// Reads a screen can start as the navigation to it starts, before the previous screen is torn
// down and the new one built. A screen's module registers its starter when it is evaluated (the
// preloaded screens' code is, in idle time: preload-screens.ts); the layout calls it from
// `beforeNavigate`. A SvelteKit `load` would do the same, but the first universal load in the app
// adds SvelteKit's load machinery to the client every route ships, the prompter included
// (~0.6 KB gzip against its 100 KB budget), and a dynamic import from the layout would carry
// the screen's chunk list (~0.4 KB).

const starters = new Map<string, (url: URL) => void>();

/** Registers what to start reading when a navigation to route `routeId` starts. */
export function onRouteStart(routeId: string, start: (url: URL) => void): void {
	starters.set(routeId, start);
}

/** Starts the reads of the route being navigated to, if its screen registered any. */
export function routeStarting(routeId: string | null | undefined, url: URL): void {
	if (routeId) starters.get(routeId)?.(url);
}
