// The one Dexie database of the app. Created lazily (`openSpinDb`) so importing this module
// touches no storage and tests can use a fresh name each.
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import { DB_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import type {
	AccountRow,
	EventRow,
	LogPackRow,
	MetaRow,
	PlaybookRow,
	PersonRow,
	PlaybookTextRow,
	SessionRow,
	VisitRow,
	TombstoneRow
} from './types';

export const DB_NAME = 'spin-coach';

export class SpinDb extends Dexie {
	sessions!: EntityTable<SessionRow, 'id'>;
	events!: Table<EventRow, [string, number]>;
	playbookTexts!: EntityTable<PlaybookTextRow, 'hash'>;
	playbooks!: EntityTable<PlaybookRow, 'id'>;
	accounts!: EntityTable<AccountRow, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;
	tombstones!: EntityTable<TombstoneRow, 'id'>;
	people!: EntityTable<PersonRow, 'id'>;
	visits!: EntityTable<VisitRow, 'id'>;
	logPacks!: EntityTable<LogPackRow, 'sessionId'>;

	readonly options: DexieOptions;
	#stale = false;
	#staleListeners = new Set<() => void>();

	constructor(name: string = DB_NAME, options: DexieOptions = {}) {
		// The session writer appends below Dexie (append-tx.ts, raw-db.ts) and announces nothing
		// to Dexie. Dexie's liveQuery cache would answer a re-run from its own copy, which never
		// saw those writes, so a liveQuery, if one is ever added, reads from IndexedDB instead.
		super(name, { ...options, cache: 'disabled' });
		this.options = options;
		for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
		// Another tab upgrades (or deletes) the database: this tab's code knows only the old
		// schema, so it must never write again. Dexie's default handler would auto-reopen on the
		// next query; closing with autoOpen disabled makes every later write fail loudly instead.
		this.on('versionchange', () => this.#goStale());
		// Dexie 4 opens a database that is newer than the declared schema instead of failing
		// with VersionError; this build must not write into a schema it does not know. Dexie
		// stores version n as native n*10 and may patch a drifted schema to n*10+1: still n.
		this.on('ready', () => {
			if (Math.floor(this.backendDB().version / 10) > DB_SCHEMA_VERSION) {
				this.#goStale();
				throw new Dexie.VersionError(`database '${this.name}' is newer than this build`);
			}
		});
	}

	#goStale(): void {
		this.#stale = true;
		this.close({ disableAutoOpen: true });
		for (const cb of this.#staleListeners) cb();
	}

	/** True once another connection upgraded or deleted the database under this one. */
	get stale(): boolean {
		return this.#stale;
	}

	/** Calls `cb` when this connection goes stale; returns an unsubscribe function. */
	onStale(cb: () => void): () => void {
		this.#staleListeners.add(cb);
		return () => this.#staleListeners.delete(cb);
	}

	/**
	 * Runs `fn` on a short-lived second connection whose transactions use `durability: 'strict'`.
	 * Dexie 4 sets durability per database, not per transaction, and only the end of a call is
	 * worth the cost of a flush to disk.
	 */
	async withStrictDurability<T>(fn: (db: SpinDb) => Promise<T>): Promise<T> {
		if (this.#stale) throw new Dexie.DatabaseClosedError('database schema is outdated');
		const strict = new SpinDb(this.name, {
			...this.options,
			chromeTransactionDurability: 'strict'
		});
		const unsubscribe = strict.onStale(() => this.#goStale());
		try {
			return await fn(strict);
		} finally {
			unsubscribe();
			strict.close();
		}
	}
}

/** A new (not yet opened) handle on the database; Dexie opens it on first use. */
export function openSpinDb(name: string = DB_NAME, options: DexieOptions = {}): SpinDb {
	return new SpinDb(name, options);
}

let appDb: SpinDb | undefined;

/** The app-wide handle, created on first call. */
export function getSpinDb(): SpinDb {
	appDb ??= openSpinDb();
	return appDb;
}
