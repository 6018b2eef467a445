// Financial periods of an account (docs/account-health.md#the-five-signals).
import type { SpinDb } from './db';
import { healthTables } from './health-db';
import type { FinancialPeriodRow } from './health-types';
import { addTombstones } from './tombstones';

export type NewFinancialPeriod = Omit<FinancialPeriodRow, 'id' | 'updatedAt'> & { id?: string };

/** The account's periods, oldest first. */
export async function listPeriods(db: SpinDb, accountId: string): Promise<FinancialPeriodRow[]> {
	const rows = await healthTables(db)
		.financialPeriods.where('accountId')
		.equals(accountId)
		.toArray();
	return rows.sort((a, b) =>
		a.endsOn === b.endsOn ? a.id.localeCompare(b.id) : a.endsOn < b.endsOn ? -1 : 1
	);
}

/** Stores a new period or replaces one with the same id; returns its id. */
export async function savePeriod(
	db: SpinDb,
	period: NewFinancialPeriod,
	at = Date.now()
): Promise<string> {
	const id = period.id ?? crypto.randomUUID();
	await healthTables(db).financialPeriods.put({ ...period, id, updatedAt: at });
	return id;
}

/** Erases a period, leaving a tombstone. */
export async function deletePeriod(db: SpinDb, id: string, at = Date.now()): Promise<void> {
	const t = healthTables(db);
	await db.transaction('rw', t.financialPeriods, db.tombstones, async () => {
		await t.financialPeriods.delete(id);
		await addTombstones(db, 'financialPeriod', [id], at);
	});
}
