// The page events after which a tab may be frozen or discarded without further notice.

/** Targets of the page lifecycle events; the browser's window and document by default. */
export interface PageLifecycle {
	window?: EventTarget;
	document?: EventTarget & { visibilityState?: string };
}

/** The browser's window and document, or null outside a browser. */
export function browserLifecycle(): PageLifecycle | null {
	if (typeof window === 'undefined') return null;
	return { window, document: typeof document === 'undefined' ? undefined : document };
}

/** Calls `onLeave` on pagehide and when the page becomes hidden; returns a remover. */
export function onPageLeave(lifecycle: PageLifecycle, onLeave: () => void): () => void {
	const onVisibility = () => {
		if (lifecycle.document?.visibilityState === 'hidden') onLeave();
	};
	lifecycle.window?.addEventListener('pagehide', onLeave);
	lifecycle.document?.addEventListener('visibilitychange', onVisibility);
	return () => {
		lifecycle.window?.removeEventListener('pagehide', onLeave);
		lifecycle.document?.removeEventListener('visibilitychange', onVisibility);
	};
}
