// Autosave of the editor's text: one writer per playbook draft across tabs (a Web Lock), writes
// coalesced while typing and flushed when the page is left. A tab that does not hold the lock is
// read-only and waits; when the lock comes to it, it reloads the draft the other tab left.
import type { SpinDb } from '$lib/db';
import { getDraft, putDraft } from '$lib/db/library';
import type { PlaybookDraftRow } from '$lib/db/library-types';
import type { HeldLock, LockProvider } from '$lib/db/locks';

/** Lock name of a playbook's draft. */
export function draftLockName(id: string): string {
	return `spin-coach:playbook-draft:${id}`;
}

/** Milliseconds between the last keystroke and the write. */
export const DRAFT_DELAY_MS = 250;

/** The longest the write then waits for the page to be idle (see `keep`). */
export const DRAFT_IDLE_WAIT_MS = 1000;

/** Runs `fn` when the page is idle (at once where there is no `requestIdleCallback`). */
function whenIdle(fn: () => void): () => void {
	if (typeof requestIdleCallback !== 'function') {
		fn();
		return () => {};
	}
	const handle = requestIdleCallback(fn, { timeout: DRAFT_IDLE_WAIT_MS });
	return () => cancelIdleCallback(handle);
}

export class DraftKeeper {
	readonly #db: SpinDb;
	readonly #id: string;
	readonly #locks: LockProvider;
	#lock: HeldLock | null = null;
	#pending: PlaybookDraftRow | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** Cancels the wait for an idle moment, once the pause has passed. */
	#cancelIdle: (() => void) | null = null;
	#abort = new AbortController();
	#writing: Promise<void> = Promise.resolve();

	constructor(db: SpinDb, id: string, locks: LockProvider) {
		this.#db = db;
		this.#id = id;
		this.#locks = locks;
	}

	/** Takes the draft's lock if free; false means another tab writes it (this one reads). */
	async claim(): Promise<boolean> {
		this.#lock = await this.#locks.tryAcquire(draftLockName(this.#id));
		return this.#lock !== null;
	}

	/** Waits for the lock (after `claim` failed); resolves with the draft the other tab left. */
	async waitForTurn(): Promise<PlaybookDraftRow | undefined> {
		this.#lock = await this.#locks.acquire(draftLockName(this.#id), this.#abort.signal);
		return getDraft(this.#db, this.#id);
	}

	get writable(): boolean {
		return this.#lock !== null;
	}

	/** The stored draft, if any. */
	load(): Promise<PlaybookDraftRow | undefined> {
		return getDraft(this.#db, this.#id);
	}

	/**
	 * Records the text; it is written after a short pause in typing (or on `flush`), in an idle
	 * moment: serialising a large text takes milliseconds, which must not delay the next
	 * keystroke's drawing. Leaving the page flushes at once (nothing typed is lost).
	 */
	keep(source: string, cursor: number, baseRevision: number): void {
		if (!this.#lock) return;
		this.#pending = {
			userPlaybookId: this.#id,
			source,
			cursor,
			baseRevision,
			updatedAt: Date.now()
		};
		this.#cancel();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#cancelIdle = whenIdle(() => {
				this.#cancelIdle = null;
				void this.flush();
			});
		}, DRAFT_DELAY_MS);
	}

	#cancel(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#cancelIdle?.();
		this.#cancelIdle = null;
	}

	/** Writes what is pending now; resolves once it is stored. */
	flush(): Promise<void> {
		this.#cancel();
		const draft = this.#pending;
		this.#pending = null;
		if (draft && this.#lock) {
			this.#writing = this.#writing.then(() => putDraft(this.#db, draft)).catch(() => {});
		}
		return this.#writing;
	}

	/** Flushes, then lets the next tab have the draft. */
	async close(): Promise<void> {
		await this.flush();
		this.#abort.abort();
		this.#lock?.release();
		this.#lock = null;
	}
}
