// What the shell tells the rep about local storage as a whole (the prompter shows per-call
// saving itself): storage the browser may evict, a schema upgraded by another tab, or no
// storage at all.
import { getSpinDb } from '$lib/db';

const ASKED_KEY = 'spin-coach.persist-asked';
const DISMISSED_KEY = 'spin-coach.persist-notice-dismissed';

function readFlag(key: string): boolean {
	try {
		return localStorage.getItem(key) === '1';
	} catch {
		return false;
	}
}

function writeFlag(key: string): void {
	try {
		localStorage.setItem(key, '1');
	} catch {
		// Without localStorage the notice simply comes back next time.
	}
}

class StoreStatus {
	/** `false` when the browser may evict our data; `null` until known or when not asked yet. */
	persisted = $state<boolean | null>(null);
	/** Another tab upgraded the database: this tab must reload before it can save again. */
	stale = $state(false);
	/** IndexedDB could not be opened at all. */
	unavailable = $state(false);
	dismissed = $state(false);
	#started = false;

	/** True when the one-time "export a backup" notice should show. */
	get showNotPersistent(): boolean {
		return this.persisted === false && !this.dismissed;
	}

	/** Reads the current state once per page load; safe to call again. */
	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		this.dismissed = readFlag(DISMISSED_KEY);
		const db = getSpinDb();
		db.onStale(() => (this.stale = true));
		db.open().catch(() => (this.unavailable = true));
		// Only a rep who has saved a call needs to hear about eviction.
		if (readFlag(ASKED_KEY)) void this.#check();
	}

	/** Asks the browser to keep our data (after a call starts, when it is worth keeping). */
	async requestPersistence(): Promise<void> {
		writeFlag(ASKED_KEY);
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage?.persist) return;
		try {
			this.persisted = (await storage.persisted()) || (await storage.persist());
		} catch {
			this.persisted = false;
		}
	}

	/** Hides the eviction notice for good on this device. */
	dismiss(): void {
		this.dismissed = true;
		writeFlag(DISMISSED_KEY);
	}

	async #check(): Promise<void> {
		try {
			this.persisted = (await navigator.storage?.persisted?.()) ?? null;
		} catch {
			this.persisted = null;
		}
	}
}

/** The app-wide storage status the layout's notices read. */
export const storeStatus = new StoreStatus();
