// Tombstones: what was erased stays erased. Every delete of a syncable record writes one in the
// same transaction; every restore (and, later, every sync) skips records that have one.
import type { SpinDb } from './db';
import type { TombstoneKind, TombstoneRow } from './types';

/** Records that `ids` of `kind` were erased at `at` (call inside the deleting transaction). */
export async function addTombstones(
	db: SpinDb,
	kind: TombstoneKind,
	ids: readonly string[],
	at: number
): Promise<void> {
	await db.tombstones.bulkPut(ids.map((id): TombstoneRow => ({ id, kind, deletedAt: at })));
}

/** The ids of `kind` that were erased; a restore drops incoming records with these ids. */
export async function erasedIds(db: SpinDb, kind: TombstoneKind): Promise<Set<string>> {
	const rows = await db.tombstones.where('kind').equals(kind).toArray();
	return new Set(rows.map((r) => r.id));
}
