// Visits logged by hand (a contact made outside the app) or planned for a day. Append-only: a
// wrong entry is deleted (with a tombstone) and logged again.
import type { SpinDb } from './db';
import { addTombstones } from './tombstones';
import type { VisitRow } from './types';

export type NewVisit = Pick<VisitRow, 'accountId' | 'day' | 'kind'> & {
	note?: string;
	id?: string;
};

/** Stores a visit. */
export async function addVisit(db: SpinDb, input: NewVisit, now = Date.now()): Promise<VisitRow> {
	const row: VisitRow = {
		...input,
		id: input.id ?? crypto.randomUUID(),
		createdAt: now,
		updatedAt: now
	};
	if (!row.note?.trim()) delete row.note;
	await db.visits.add(row);
	return row;
}

/** The visits of one account, latest day first. */
export async function listVisits(db: SpinDb, accountId: string): Promise<VisitRow[]> {
	const rows = await db.visits.where('accountId').equals(accountId).toArray();
	return rows.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.createdAt - a.createdAt));
}

/** Deletes a visit, leaving a tombstone. */
export async function deleteVisit(db: SpinDb, id: string, now = Date.now()): Promise<void> {
	await db.transaction('rw', db.visits, db.tombstones, async () => {
		await db.visits.delete(id);
		await addTombstones(db, 'visit', [id], now);
	});
}
