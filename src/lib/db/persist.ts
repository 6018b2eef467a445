// Asks the browser to keep our storage when space runs low (navigator.storage.persist()).
// Asked once, when the first session is saved; the answer and whether the user was told are
// remembered so the notice ("storage may be cleared, export a backup") appears only once.
// Plain IndexedDB rows (raw-db.ts), not Dexie: the layout asks on every page, the call screen too.
import { getRow, putRow, type StoreHandle } from './raw-db';
import type { MetaRow } from './types';

const KEY = 'persistence';

async function readRecord(db: StoreHandle): Promise<PersistenceRecord | undefined> {
	return (await getRow<MetaRow>(db, 'meta', KEY))?.value as PersistenceRecord | undefined;
}

function writeRecord(db: StoreHandle, value: PersistenceRecord): Promise<void> {
	return putRow(db, 'meta', { key: KEY, value } satisfies MetaRow);
}

interface PersistenceRecord {
	requested: boolean;
	persistent: boolean;
	noticeShown: boolean;
}

export interface PersistenceResult {
	/** Whether the browser granted persistent storage. */
	persistent: boolean;
	/** True once: storage is not persistent and the user has not been told yet. */
	shouldNotify: boolean;
}

type StorageLike = Pick<StorageManager, 'persist' | 'persisted'>;

function browserStorage(): StorageLike | undefined {
	return typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function'
		? navigator.storage
		: undefined;
}

/** Requests persistent storage the first time (later calls only re-read the state). */
export async function requestPersistence(
	db: StoreHandle,
	storage: StorageLike | undefined = browserStorage()
): Promise<PersistenceResult> {
	const record = (await readRecord(db)) ?? {
		requested: false,
		persistent: false,
		noticeShown: false
	};
	let persistent: boolean;
	try {
		if (!storage) persistent = false;
		else if (!record.requested) persistent = await storage.persist();
		// The user may have granted or revoked it in the browser settings since.
		else persistent = await storage.persisted();
	} catch {
		persistent = false;
	}
	await writeRecord(db, { ...record, requested: true, persistent });
	return { persistent, shouldNotify: !persistent && !record.noticeShown };
}

/** Remembers that the user saw the "storage is not persistent" notice. */
export async function markPersistenceNoticeShown(db: StoreHandle): Promise<void> {
	const record = await readRecord(db);
	await writeRecord(db, {
		requested: record?.requested ?? false,
		persistent: record?.persistent ?? false,
		noticeShown: true
	});
}
