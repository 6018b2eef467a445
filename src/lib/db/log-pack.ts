// A long call's log as one row. The log stays the truth (one row per event, appended as the call
// goes); reading 5,000 rows back takes IndexedDB over 100 ms, one row holding the same events
// about 10. So a call whose review had to read many rows gets a pack: its events up to a `seq`,
// copied into one `logPacks` row, and the next read takes the pack plus the rows after it (a
// review added later, say). Packs are derived and local: never in a backup or a sync
// (README, Architecture). Every deletion or rewrite of a log deletes its pack in the same transaction
// (erasing a call, erasing a person, importing a call), and a pack is written only from rows read
// in the transaction that writes it, so no pack can hold text its log no longer has.
import type { SpinDb } from './db';
import type { CallEvent } from '$lib/session/events';

/** Logs read with fewer rows than this are not worth a pack. */
export const PACK_MIN_ROWS = 200;

export interface ReadLog {
	events: CallEvent[];
	/** Rows read one by one (those after the pack, or all of them without one). */
	rowsRead: number;
}

const range = (db: SpinDb, sessionId: string, after: number) =>
	db.events.where('[sessionId+seq]').between([sessionId, after + 1], [sessionId, Infinity], true);

/** The events of `sessionId` in `seq` order: its pack's, then the rows after the pack. */
export function readLog(db: SpinDb, sessionId: string): Promise<ReadLog> {
	return db.transaction('r', [db.events, db.logPacks], async () => {
		const pack = await db.logPacks.get(sessionId);
		// A pack is a prefix of its log while its last event is still there as packed.
		const last = pack && (await db.events.get([sessionId, pack.seq]));
		const valid =
			pack !== undefined &&
			last !== undefined &&
			JSON.stringify(last.event) === JSON.stringify(pack.events[pack.events.length - 1]);
		const rows = await range(db, sessionId, valid ? pack.seq : 0).toArray();
		const tail = rows.map((r) => r.event);
		return { events: valid ? [...pack.events, ...tail] : tail, rowsRead: rows.length };
	});
}

/**
 * Packs the log of `sessionId` from its rows, read in the same transaction that writes the pack
 * (a log erased or rewritten meanwhile is packed as it is now, or not at all). Returns the
 * number of events packed, 0 when the log is too short to be worth it or gone.
 */
export function packLog(db: SpinDb, sessionId: string): Promise<number> {
	return db.transaction('rw', [db.sessions, db.events, db.logPacks], async () => {
		if (!(await db.sessions.get(sessionId))) return 0;
		const rows = await range(db, sessionId, 0).toArray();
		if (rows.length < PACK_MIN_ROWS) return 0;
		await db.logPacks.put({
			sessionId,
			seq: rows[rows.length - 1].seq,
			events: rows.map((r) => r.event)
		});
		return rows.length;
	});
}
