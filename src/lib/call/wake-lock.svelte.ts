// Keeps the screen on while a live call runs: a prompter that dims mid-meeting is worse than
// none. The browser drops the lock whenever the tab is hidden, so it is re-requested on return.
// Unsupported or refused (battery saver): the call goes on without it, silently.

/** A screen wake lock held while `enabled`; `held` says whether the browser granted it. */
export class ScreenWakeLock {
	held = $state(false);
	#sentinel: WakeLockSentinel | null = null;
	#wanted = false;

	constructor() {
		$effect(() => {
			const onVisible = () => {
				if (document.visibilityState === 'visible' && this.#wanted) void this.#request();
			};
			document.addEventListener('visibilitychange', onVisible);
			return () => {
				document.removeEventListener('visibilitychange', onVisible);
				this.release();
			};
		});
	}

	/** Asks for the lock (again) if the browser supports it. */
	acquire(): void {
		this.#wanted = true;
		void this.#request();
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
		if (this.#sentinel && !this.#sentinel.released) return;
		if (typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
		try {
			const sentinel = await navigator.wakeLock.request('screen');
			if (!this.#wanted) {
				void sentinel.release();
				return;
			}
			this.#sentinel = sentinel;
			this.held = true;
			sentinel.addEventListener('release', () => {
				if (this.#sentinel === sentinel) this.held = false;
			});
		} catch {
			this.held = false;
		}
	}
}
