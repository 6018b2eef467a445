// Deleting from the history is undoable while the page is open: the ids wait in `meta` (so a
// closed tab cannot lose the intent) and are erased for good, with tombstones, when the page
// is left, or on the next visit when the tab was closed before it could.
import { eraseSessions, getMeta, setMeta, type SpinDb } from '$lib/db';

const KEY = 'history.pendingErase';

/** Ids waiting to be erased. */
export async function pendingErase(db: SpinDb): Promise<string[]> {
	const value = await getMeta(db, KEY);
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Adds ids to the waiting list (they vanish from the list at once). */
export async function markForErase(db: SpinDb, ids: readonly string[]): Promise<void> {
	const now = await pendingErase(db);
	await setMeta(db, KEY, [...new Set([...now, ...ids])]);
}

/** Takes ids off the waiting list: the undo. */
export async function unmarkForErase(db: SpinDb, ids: readonly string[]): Promise<void> {
	const drop = new Set(ids);
	await setMeta(
		db,
		KEY,
		(await pendingErase(db)).filter((id) => !drop.has(id))
	);
}

/** Erases every waiting call for good and empties the list; returns how many. */
export async function commitErase(db: SpinDb, at = Date.now()): Promise<number> {
	const ids = await pendingErase(db);
	if (ids.length === 0) return 0;
	await eraseSessions(db, ids, at);
	await setMeta(db, KEY, []);
	return ids.length;
}
