// Accounts: the relationship every call belongs to. Rows are sync-ready (UUID ids, `updatedAt`,
// tombstones on delete). Deleting an account keeps its calls: their summary still carries the
// name they had.
import type { SpinDb } from './db';
import { addTombstones } from './tombstones';
import { accountHealthTables, eraseAccountHealth } from './care-repo';
import type { AccountCut, AccountRow } from './types';

export type NewAccount = Omit<AccountRow, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type AccountPatch = Partial<Omit<AccountRow, 'id' | 'createdAt' | 'updatedAt'>>;

/** Stores a new account and returns its row. */
export async function createAccount(
	db: SpinDb,
	input: NewAccount,
	now = Date.now()
): Promise<AccountRow> {
	const row: AccountRow = {
		...input,
		id: input.id ?? crypto.randomUUID(),
		name: input.name.trim(),
		createdAt: now,
		updatedAt: now
	};
	await db.accounts.add(row);
	return row;
}

/** One account, or undefined. */
export function getAccount(db: SpinDb, id: string): Promise<AccountRow | undefined> {
	return db.accounts.get(id);
}

/** Every account (cut ones too), by name. */
export async function listAccounts(db: SpinDb): Promise<AccountRow[]> {
	return db.accounts.orderBy('name').toArray();
}

/**
 * Applies `patch` (a key set to undefined removes that field) and stamps `updatedAt`; returns
 * the new row, or undefined when the account is gone.
 */
export async function updateAccount(
	db: SpinDb,
	id: string,
	patch: AccountPatch,
	now = Date.now()
): Promise<AccountRow | undefined> {
	return db.transaction('rw', db.accounts, async () => {
		const row = await db.accounts.get(id);
		if (!row) return undefined;
		const next: AccountRow = {
			...row,
			...patch,
			id,
			updatedAt: Math.max(now, (row.updatedAt ?? 0) + 1)
		};
		if (typeof patch.name === 'string') next.name = patch.name.trim();
		for (const key of Object.keys(next) as (keyof AccountRow)[]) {
			if (next[key] === undefined) delete next[key];
		}
		await db.accounts.put(next);
		return next;
	});
}

/** Puts the account on the cut list (or takes it off with `null`). */
export function setCut(db: SpinDb, id: string, cut: AccountCut | null, now = Date.now()) {
	return updateAccount(db, id, { cut: cut ?? undefined }, now);
}

/**
 * Deletes the account with its people and visits, leaving tombstones for each. Its calls stay,
 * named as they were; their `accountId` then points at a tombstone.
 */
export async function deleteAccount(db: SpinDb, id: string, now = Date.now()): Promise<void> {
	const health = accountHealthTables(db);
	await db.transaction(
		'rw',
		[db.accounts, db.people, db.visits, db.tombstones, ...health],
		async () => {
			await eraseAccountHealth(db, id, now);
			const people = await db.people.where('accountId').equals(id).primaryKeys();
			const visits = await db.visits.where('accountId').equals(id).primaryKeys();
			await db.people.bulkDelete(people);
			await db.visits.bulkDelete(visits);
			await db.accounts.delete(id);
			await addTombstones(db, 'person', people, now);
			await addTombstones(db, 'visit', visits, now);
			await addTombstones(db, 'account', [id], now);
		}
	);
}
