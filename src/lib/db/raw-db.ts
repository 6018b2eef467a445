// The app's database without Dexie, for the pages that must load fast: the call screen (its
// first frame and every append) and the shell's storage notices. Dexie stays the schema's owner
// and the only code that creates or upgrades the database (db.ts, schema.ts); this handle opens
// the database as it is and reads and writes rows in plain IndexedDB transactions, the way
// append-tx.ts already appends below Dexie. When the database is missing or older than this
// build, the handle lets Dexie create or upgrade it (loaded only then) and opens it again.
// Why: Dexie is ~30 KB of the prompter route's gzipped JS, which issue 9 caps at 100 KB.
import { DB_SCHEMA_VERSION } from './schema';
import { StoreError } from './errors';
import type { EventRow } from './types';

/**
 * What the call path needs of a database handle. `SpinDb` (Dexie) has the same shape, so the
 * session writer and the row helpers below run on either.
 */
export interface StoreHandle {
	readonly name: string;
	/** True once another connection upgraded or deleted the database under this one. */
	readonly stale: boolean;
	onStale(cb: () => void): () => void;
	isOpen(): boolean;
	/** Opens the connection (a no-op when open); rejects on a stale handle. */
	open(): Promise<unknown>;
	close(options?: { disableAutoOpen: boolean }): void;
	/** The open native connection; throws when closed. */
	backendDB(): IDBDatabase;
}

/** Dexie stores schema version n as native version n*10 (n*10+1 after a schema patch). */
export function schemaVersionOf(nativeVersion: number): number {
	return Math.floor(nativeVersion / 10);
}

type OpenResult = { db: IDBDatabase } | { needs: 'create' | 'upgrade' };

function openExisting(name: string): Promise<OpenResult> {
	return new Promise((resolve, reject) => {
		let creating = false;
		const request = indexedDB.open(name);
		request.onupgradeneeded = () => {
			// No database yet: only Dexie creates one (with every schema version's stores).
			// Aborting the version change removes the empty database again.
			creating = true;
			request.transaction?.abort();
		};
		request.onsuccess = () => {
			const db = request.result;
			if (schemaVersionOf(db.version) >= DB_SCHEMA_VERSION) return resolve({ db });
			db.close();
			resolve({ needs: 'upgrade' });
		};
		request.onerror = (event) => {
			if (creating) {
				// The aborted creation reports an AbortError: not a failure, a missing database.
				event.preventDefault();
				return resolve({ needs: 'create' });
			}
			reject(request.error);
		};
		request.onblocked = () => {
			// Only a version change can be blocked; this open asks for none.
		};
	});
}

/** A plain IndexedDB connection to the app's database (see the top of this file). */
export class RawDb implements StoreHandle {
	readonly name: string;
	#db: IDBDatabase | null = null;
	#opening: Promise<IDBDatabase> | null = null;
	#stale = false;
	#staleListeners = new Set<() => void>();
	/** Creates or upgrades the database when this handle finds it missing or old. */
	#prepare: (name: string) => Promise<void>;

	constructor(name: string, prepare: (name: string) => Promise<void> = prepareWithDexie) {
		this.name = name;
		this.#prepare = prepare;
	}

	get stale(): boolean {
		return this.#stale;
	}

	onStale(cb: () => void): () => void {
		this.#staleListeners.add(cb);
		return () => this.#staleListeners.delete(cb);
	}

	isOpen(): boolean {
		return this.#db !== null;
	}

	open(): Promise<IDBDatabase> {
		if (this.#stale) return Promise.reject(outdated());
		if (this.#db) return Promise.resolve(this.#db);
		this.#opening ??= this.#connect().finally(() => (this.#opening = null));
		return this.#opening;
	}

	close(): void {
		this.#db?.close();
		this.#db = null;
	}

	backendDB(): IDBDatabase {
		if (!this.#db) throw new StoreError('db_closed', `database '${this.name}' is not open`);
		return this.#db;
	}

	async #connect(): Promise<IDBDatabase> {
		let result = await openExisting(this.name);
		if ('needs' in result) {
			await this.#prepare(this.name);
			result = await openExisting(this.name);
			if ('needs' in result) throw outdated();
		}
		const db = result.db;
		if (this.#stale) {
			db.close();
			throw outdated();
		}
		if (schemaVersionOf(db.version) > DB_SCHEMA_VERSION) {
			// A newer build wrote this database: this build must not write into a schema it
			// does not know (db.ts refuses the same way).
			db.close();
			this.#goStale();
			throw outdated();
		}
		// Another connection upgrades or deletes the database: this build knows only the schema
		// it was built with, so it must never write again (as SpinDb in db.ts).
		db.onversionchange = () => this.#goStale();
		// The browser closed the connection (storage cleared, backend crash): reopen on next use.
		db.onclose = () => {
			if (this.#db === db) this.#db = null;
		};
		this.#db = db;
		return db;
	}

	#goStale(): void {
		if (this.#stale) return;
		this.#stale = true;
		this.close();
		for (const cb of this.#staleListeners) cb();
	}
}

function outdated(): StoreError {
	return new StoreError('schema_outdated', 'the database schema is not the one this build knows');
}

/** Lets Dexie create or upgrade the database (schema.ts), then closes its connection. */
async function prepareWithDexie(name: string): Promise<void> {
	const { openSpinDb } = await import('./db');
	const db = openSpinDb(name);
	try {
		await db.open();
	} finally {
		db.close();
	}
}

let appRawDb: RawDb | undefined;

/** The app-wide plain handle, created on first call (no storage is touched until used). */
export function getRawDb(): RawDb {
	appRawDb ??= new RawDb('spin-coach');
	return appRawDb;
}

/** Wraps one request in a promise. */
export function settled<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Opens `db` and starts a transaction on `stores`. */
export async function transactionOf(
	db: StoreHandle,
	stores: string[],
	mode: IDBTransactionMode = 'readonly'
): Promise<IDBTransaction> {
	await db.open();
	return db.backendDB().transaction(stores, mode);
}

/** Resolves when `tx` committed; rejects with its error when it aborted. */
export function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
	});
}

/** One row of `store` by primary key, or undefined. */
export async function getRow<T>(
	db: StoreHandle,
	store: string,
	key: IDBValidKey
): Promise<T | undefined> {
	const tx = await transactionOf(db, [store]);
	return (await settled(tx.objectStore(store).get(key))) as T | undefined;
}

/** Writes `row` to `store` (insert or replace); resolves once committed. */
export async function putRow(db: StoreHandle, store: string, row: unknown): Promise<void> {
	const tx = await transactionOf(db, [store], 'readwrite');
	const done = committed(tx);
	tx.objectStore(store).put(row);
	await done;
}

/** Key range of one session's events (the `events` store's key is `[sessionId, seq]`). */
export function eventRange(sessionId: string): IDBKeyRange {
	return IDBKeyRange.bound([sessionId, 0], [sessionId, Infinity]);
}

/** Every event of one session in `seq` order. */
export async function readEvents(db: StoreHandle, sessionId: string): Promise<EventRow[]> {
	const tx = await transactionOf(db, ['events']);
	return (await settled(tx.objectStore('events').getAll(eventRange(sessionId)))) as EventRow[];
}

/**
 * Merges `changes` into the row of `store` under `key`, in one transaction; a no-op when there
 * is no such row (as Dexie's `Table.update`). Resolves once committed.
 */
export async function updateRow(
	db: StoreHandle,
	store: string,
	key: IDBValidKey,
	changes: Record<string, unknown>
): Promise<void> {
	const tx = await transactionOf(db, [store], 'readwrite');
	const done = committed(tx);
	const table = tx.objectStore(store);
	const current = table.get(key);
	current.onsuccess = () => {
		if (current.result !== undefined) table.put({ ...current.result, ...changes });
	};
	await done;
}

/** The rows of `store` whose `index` equals `key` (every row when `key` is omitted), in index order. */
export async function rowsByIndex<T>(
	db: StoreHandle,
	store: string,
	index: string,
	key?: IDBValidKey
): Promise<T[]> {
	const tx = await transactionOf(db, [store]);
	return (await settled(tx.objectStore(store).index(index).getAll(key))) as T[];
}

/** The rows of `store` under `keys`, in the same order; undefined where none (Dexie's bulkGet). */
export async function rowsByKeys<T>(
	db: StoreHandle,
	store: string,
	keys: IDBValidKey[]
): Promise<(T | undefined)[]> {
	const tx = await transactionOf(db, [store]);
	const table = tx.objectStore(store);
	return Promise.all(keys.map((key) => settled(table.get(key)) as Promise<T | undefined>));
}
