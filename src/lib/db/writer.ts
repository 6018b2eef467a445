// Saves one call's events as they happen. Each append is its own transaction (event row +
// summary row, see append-tx.ts) and resolves once it committed, so "saved" in the UI is never a
// guess. Like tldraw's local sync client: nothing is written before the initial load, pending
// work is flushed on pagehide, and a tab whose schema is outdated stops writing. When storage
// fails (full disk), the call goes on in memory and `retry()` writes the backlog in order.
import type { CallContext } from '$lib/session/context';
import type { CallEvent } from '$lib/session/events';
import { appendRows } from './append-tx';
import { classifyError, StoreError, type StoreErrorCode } from './errors';
import { eventRange, settled, transactionOf, type StoreHandle } from './raw-db';
import { defaultLockProvider, sessionLockName, type HeldLock, type LockProvider } from './locks';
import { browserLifecycle, onPageLeave, type PageLifecycle } from './page-lifecycle';
import { foldForSummary } from './summary';
import type { EventRow, SessionRow } from './types';
import { stateOf, type WriterMode, type WriterStatus } from './writer-status';

export type { PageLifecycle } from './page-lifecycle';
export type { WriterState, WriterStatus } from './writer-status';

export interface WriterOptions {
	locks?: LockProvider;
	/** `null` registers no page listeners. */
	lifecycle?: PageLifecycle | null;
}

/** Starts a writer for one session; it loads, then takes the session's lock or goes read-only. */
export function openSessionWriter(
	db: StoreHandle,
	sessionId: string,
	options: WriterOptions = {}
): SessionWriter {
	return new SessionWriter(db, sessionId, options);
}

export class SessionWriter {
	readonly sessionId: string;
	/** Settles when the initial load finished (rejects when the session does not exist). */
	readonly ready: Promise<void>;
	#db: StoreHandle;
	#locks: LockProvider;
	#lock: HeldLock | null = null;
	#mode: WriterMode = 'loading';
	#error: StoreErrorCode | undefined;
	#nextSeq = 1;
	#lastSavedSeq = 0;
	/** The summary row as this writer last stored (or loaded) it. */
	#summary: SessionRow | undefined;
	/** The fold of the stored log, which the summary row is read from (summary.ts). */
	#fold: CallContext | undefined;
	#backlog: EventRow[] = [];
	#pending = 0;
	#tail: Promise<unknown>;
	#listeners = new Set<(status: WriterStatus) => void>();
	#cleanups: (() => void)[] = [];
	#closed = false;
	#waiting: AbortController | undefined;

	constructor(db: StoreHandle, sessionId: string, options: WriterOptions = {}) {
		this.#db = db;
		this.sessionId = sessionId;
		this.#locks = options.locks ?? defaultLockProvider();
		this.#cleanups.push(db.onStale(() => this.#setMode('stale', 'schema_outdated')));
		this.ready = this.#init();
		this.#tail = this.ready.catch(() => {});
		this.#listen(options.lifecycle === undefined ? browserLifecycle() : options.lifecycle);
	}

	/** The current status (a fresh object). */
	get status(): WriterStatus {
		const status: WriterStatus = {
			state: stateOf(this.#mode, this.#pending),
			pending: this.#pending,
			lastSavedSeq: this.#lastSavedSeq
		};
		if (this.#error) status.error = { code: this.#error };
		return status;
	}

	/** Calls `cb` now and on every status change; returns an unsubscribe function. */
	onStatus(cb: (status: WriterStatus) => void): () => void {
		this.#listeners.add(cb);
		cb(this.status);
		return () => this.#listeners.delete(cb);
	}

	/** Events accepted but not stored yet (memory mode), in seq order; for export. */
	get unsaved(): EventRow[] {
		return this.#backlog.map((row) => ({ ...row }));
	}

	/**
	 * Queues an event; resolves with its seq once committed, or once kept in memory when storage
	 * failed (then `status.lastSavedSeq` stays below it). Rejects in a read-only tab.
	 */
	append(event: CallEvent): Promise<number> {
		if (this.#closed) return Promise.reject(new StoreError('db_closed', 'writer is closed'));
		return this.#enqueue(() => this.#write(event));
	}

	/** Resolves when every queued append has settled. */
	async flush(): Promise<WriterStatus> {
		await this.#tail;
		return this.status;
	}

	/** Tries again to store the in-memory backlog, in order; true when nothing is left unsaved. */
	retry(): Promise<boolean> {
		return this.#enqueue(async () => {
			if (this.#mode !== 'memory' && this.#mode !== 'failed') return this.#backlog.length === 0;
			if (!this.#db.isOpen() && !this.#db.stale) await this.#db.open().catch(() => {});
			try {
				await this.#persist(this.#backlog);
				this.#backlog = [];
				this.#setMode('ok');
				return true;
			} catch (error) {
				this.#fail(error);
				return false;
			}
		});
	}

	/** In a read-only tab: waits until the writing tab lets go, then becomes the writer. */
	async waitForLock(): Promise<void> {
		await this.ready;
		if (this.#mode !== 'readOnly' || this.#waiting) return;
		this.#waiting = new AbortController();
		const lock = await this.#locks.acquire(sessionLockName(this.sessionId), this.#waiting.signal);
		this.#waiting = undefined;
		if (this.#closed) return lock.release();
		this.#lock = lock;
		// The other tab may have written up to the moment it closed: continue after its last seq.
		await this.#enqueue(async () => {
			await this.#load();
			if (this.#mode === 'readOnly') this.#setMode('ok');
		});
	}

	/** Flushes, lets another tab take over the session and removes the page listeners. */
	async close(): Promise<void> {
		if (this.#closed) return;
		await this.flush();
		this.#closed = true;
		this.#waiting?.abort(new StoreError('db_closed', 'writer closed while waiting'));
		this.#lock?.release();
		this.#lock = null;
		for (const cleanup of this.#cleanups) cleanup();
		this.#listeners.clear();
	}

	async #init(): Promise<void> {
		this.#lock = await this.#locks.tryAcquire(sessionLockName(this.sessionId));
		try {
			await this.#load();
		} catch (error) {
			// Nothing is written from here on; an old-schema tab lands in 'stale'.
			this.#fail(error);
			this.#lock?.release();
			this.#lock = null;
			throw error;
		}
		if (this.#mode !== 'loading') return;
		if (this.#lock) this.#setMode('ok');
		else this.#setMode('readOnly', 'locked_by_other_tab');
	}

	async #load(): Promise<void> {
		// One read transaction: the summary row and the log it was folded from agree.
		const tx = await transactionOf(this.#db, ['sessions', 'events']);
		const [row, stored] = await Promise.all([
			settled(tx.objectStore('sessions').get(this.sessionId)) as Promise<SessionRow | undefined>,
			settled(tx.objectStore('events').getAll(eventRange(this.sessionId))) as Promise<EventRow[]>
		]);
		if (!row) throw new StoreError('session_missing', `no session ${this.sessionId}`);
		const last = stored.length > 0 ? stored[stored.length - 1].seq : 0;
		this.#summary = row;
		this.#fold = foldForSummary(stored.map((r) => r.event));
		this.#lastSavedSeq = last;
		this.#nextSeq = last + 1;
	}

	#enqueue<T>(task: () => Promise<T>): Promise<T> {
		this.#pending++;
		this.#emit();
		const run = this.#tail.then(async () => {
			await this.ready;
			return task();
		});
		this.#tail = run.catch(() => {});
		return run.finally(() => {
			this.#pending--;
			this.#emit();
		});
	}

	async #write(event: CallEvent): Promise<number> {
		if (this.#mode === 'readOnly') {
			throw new StoreError('locked_by_other_tab', 'another tab writes this session');
		}
		const row: EventRow = { sessionId: this.sessionId, seq: this.#nextSeq, event };
		if (this.#mode === 'ok') {
			try {
				await this.#persistWithReopen([row]);
				this.#nextSeq = row.seq + 1;
				return row.seq;
			} catch (error) {
				this.#fail(error);
			}
		}
		// Memory or stale: the call goes on; the event stays exportable and retry() may store it.
		this.#backlog.push(row);
		this.#nextSeq = row.seq + 1;
		return row.seq;
	}

	async #persistWithReopen(rows: EventRow[]): Promise<void> {
		try {
			await this.#persist(rows);
		} catch (error) {
			if (this.#db.stale || classifyError(error) !== 'db_closed') throw error;
			// Closed under us (browser shutting a connection, a crashed backend): reopen once. A
			// connection that died while Dexie still counts it open must be dropped first.
			if (this.#db.isOpen()) this.#db.close({ disableAutoOpen: false });
			await this.#db.open();
			await this.#persist(rows);
		}
	}

	async #persist(rows: EventRow[]): Promise<void> {
		if (rows.length === 0) return;
		if (this.#db.stale) throw new StoreError('schema_outdated', 'database was upgraded');
		// The initial load sets the summary before anything is queued to write.
		if (!this.#summary || !this.#fold)
			throw new StoreError('session_missing', `no session ${this.sessionId}`);
		if (!this.#db.isOpen()) throw new StoreError('db_closed', 'database is not open');
		// Only the end of a call is worth the cost of a flush to disk.
		const durability = rows.some((r) => r.event.type === 'call.end') ? 'strict' : undefined;
		const fold = foldForSummary(
			rows.map((r) => r.event),
			this.#fold
		);
		this.#summary = await appendRows(
			this.#db,
			this.sessionId,
			rows,
			this.#summary,
			durability,
			fold
		);
		this.#fold = fold;
		this.#lastSavedSeq = rows[rows.length - 1].seq;
	}

	#fail(error: unknown): void {
		const code = this.#db.stale ? 'schema_outdated' : classifyError(error);
		if (code === 'schema_outdated') this.#setMode('stale', code);
		else this.#setMode(code === 'quota_exceeded' ? 'memory' : 'failed', code);
	}

	#setMode(mode: WriterMode, error?: StoreErrorCode): void {
		// Stale is final: this tab's schema is old and only a reload can fix it.
		if (this.#mode === 'stale') return;
		this.#mode = mode;
		this.#error = error;
		this.#emit();
	}

	#emit(): void {
		const status = this.status;
		for (const cb of this.#listeners) cb(status);
	}

	#listen(lifecycle: PageLifecycle | null): void {
		if (!lifecycle) return;
		// The page may be frozen or discarded next: a last chance to store the backlog.
		const remove = onPageLeave(lifecycle, () => {
			if (this.#mode === 'memory' || this.#mode === 'failed') void this.retry();
			void this.flush();
		});
		this.#cleanups.push(remove);
	}
}
