// Keeps the screen on while a live call runs: a prompter that dims mid-meeting is worse than
// none. The browser drops the lock whenever the tab is hidden, so it is re-requested on return.
// Unsupported or refused (battery saver): the call goes on without it, silently.

/** The part of `navigator.wakeLock` used here; tests pass a fake. */
export interface WakeLockApi {
	request(type: 'screen'): Promise<WakeLockSentinel>;
}

/** A screen wake lock held while wanted; `held` says whether the browser granted it. */
export class ScreenWakeLock {
	held = $state(false);
	#api: WakeLockApi | null;
	#sentinel: WakeLockSentinel | null = null;
	#wanted = false;

	constructor(api: WakeLockApi | null = browserWakeLock()) {
		this.#api = api;
	}

	/** Re-acquires on `visibilitychange` back to visible; returns the cleanup (which releases). */
	listen(doc: Document = document): () => void {
		const onVisible = () => {
			if (doc.visibilityState === 'visible' && this.#wanted) void this.#request();
		};
		doc.addEventListener('visibilitychange', onVisible);
		return () => {
			doc.removeEventListener('visibilitychange', onVisible);
			this.release();
		};
	}

	/** Asks for the lock (again) if the browser supports it. */
	acquire(): Promise<void> {
		this.#wanted = true;
		return this.#request();
	}

	/** Lets the screen sleep again. */
	release(): void {
		this.#wanted = false;
		const sentinel = this.#sentinel;
		this.#sentinel = null;
		this.held = false;
		sentinel?.release().catch(() => {});
	}

	async #request(): Promise<void> {
		if (!this.#api || (this.#sentinel && !this.#sentinel.released)) return;
		try {
			const sentinel = await this.#api.request('screen');
			if (!this.#wanted) {
				void sentinel.release();
				return;
			}
			this.#sentinel = sentinel;
			this.held = true;
			sentinel.addEventListener('release', () => {
				if (this.#sentinel === sentinel) {
					this.#sentinel = null;
					this.held = false;
				}
			});
		} catch {
			this.held = false;
		}
	}
}

function browserWakeLock(): WakeLockApi | null {
	return typeof navigator !== 'undefined' && 'wakeLock' in navigator ? navigator.wakeLock : null;
}
