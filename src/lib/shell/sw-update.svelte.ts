// A new service worker waits until the rep chooses to reload: taking over a page mid-call
// would swap the app's code under a running prompter.
class SwUpdate {
	/** The installed worker waiting to take over, if any. */
	waiting = $state<ServiceWorker | null>(null);
	#started = false;

	/** Watches the registration SvelteKit made for a worker that finished installing. */
	start(): void {
		if (this.#started || typeof navigator === 'undefined' || !navigator.serviceWorker) return;
		this.#started = true;
		void navigator.serviceWorker.getRegistration().then((registration) => {
			if (!registration) return;
			// A waiting worker with a controller present is an update (not the first install).
			if (registration.waiting && navigator.serviceWorker.controller) {
				this.waiting = registration.waiting;
			}
			registration.addEventListener('updatefound', () => {
				const installing = registration.installing;
				installing?.addEventListener('statechange', () => {
					if (installing.state === 'installed' && navigator.serviceWorker.controller) {
						this.waiting = installing;
					}
				});
			});
		});
	}

	/** Lets the waiting worker take over, then reloads into the new version. */
	activate(): void {
		const worker = this.waiting;
		if (!worker) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		worker.postMessage({ type: 'SKIP_WAITING' });
	}
}

/** The app-wide service worker update state. */
export const swUpdate = new SwUpdate();
