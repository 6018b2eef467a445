// What the shell tells the rep about local storage as a whole (the prompter shows per-call
// saving itself): storage the browser may evict, a schema upgraded by another tab, or no
// storage at all.
// The layout loads this on every page, the call screen included: it reads through the plain
// IndexedDB handle (raw-db.ts), so no page pays for Dexie just to show these notices.
import { markPersistenceNoticeShown, requestPersistence } from '$lib/db/persist';
import { getRawDb, settled, transactionOf } from '$lib/db/raw-db';

/** Whether any call is stored (one key read, whatever the number of calls). */
async function anyCallStored(): Promise<boolean> {
	const tx = await transactionOf(getRawDb(), ['sessions']);
	return (await settled(tx.objectStore('sessions').getAllKeys(null, 1))).length > 0;
}

class StoreStatus {
	/** Storage is not persistent and the rep has not acknowledged the notice yet. */
	notPersistent = $state(false);
	/** Another tab upgraded the database: this tab must reload before it can save again. */
	stale = $state(false);
	/** IndexedDB could not be opened at all. */
	unavailable = $state(false);
	#started = false;

	/** Watches the app's database for staleness; safe to call again. */
	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		const db = getRawDb();
		db.onStale(() => (this.stale = true));
		db.open().then(
			async () => {
				// A notice due from an earlier visit must not wait for the next call to start.
				if (await anyCallStored().catch(() => false)) await this.requestPersistence();
			},
			() => (this.unavailable = true)
		);
	}

	/** Asks the browser to keep our data, once a call is worth keeping; may raise the notice. */
	async requestPersistence(): Promise<void> {
		try {
			const result = await requestPersistence(getRawDb());
			this.notPersistent = result.shouldNotify;
		} catch {
			// Not knowing is no reason to alarm the rep.
		}
	}

	/** Hides the eviction notice for good on this device. */
	async dismiss(): Promise<void> {
		this.notPersistent = false;
		await markPersistenceNoticeShown(getRawDb()).catch(() => {});
	}

	/** Every stored call as one JSON transcript file (the backup the notice offers). */
	async backup(): Promise<string> {
		// Loaded on demand: the backup path (every section's shape) is not needed on every page.
		const [{ exportTranscriptJson }, { getSpinDb }] = await Promise.all([
			import('$lib/db/export'),
			import('$lib/db/db')
		]);
		const text = await exportTranscriptJson(getSpinDb());
		await this.dismiss();
		return text;
	}
}

/** The app-wide storage status the layout's notices read. */
export const storeStatus = new StoreStatus();
