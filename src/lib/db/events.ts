// Repository functions for the append-only event log. Appending during a call goes through
// `SessionWriter`; these are for reading and for import.
import type { SpinDb } from './db';
import type { EventRow } from './types';

/** Key range covering every event of one session (seqs are positive integers). */
export function sessionRange(db: SpinDb, sessionId: string) {
	return db.events.where('[sessionId+seq]').between([sessionId, 0], [sessionId, Infinity], true);
}

/** All events of a session in `seq` order. */
export function loadEvents(db: SpinDb, sessionId: string): Promise<EventRow[]> {
	return sessionRange(db, sessionId).toArray();
}

/** The highest stored `seq` of a session, 0 when it has none. */
export async function maxSeq(db: SpinDb, sessionId: string): Promise<number> {
	const last = await sessionRange(db, sessionId).last();
	return last?.seq ?? 0;
}
