// Each account's latest call (id, start and the agreed next step), cached in one `meta` row so the
// /accounts overview reads one row instead of a query per account (2,000 accounts: ~1 s of
// cursors against a few ms). It is derived data, like the summary row: never exported, never
// believed over the calls. The write paths that change which call is an account's latest (a new
// call, an append with the plan or the end, attach, delete) keep it current in their own
// transaction; an import drops it, and the next read rebuilds it from the calls.
import { Dexie } from 'dexie';
import type { CallEvent } from '$lib/session/events';
import type { SpinDb } from './db';
import type { SessionRow } from './types';

export {
	LAST_CALLS_KEY,
	LAST_CALLS_VERSION,
	isLastCallsCache,
	isLater,
	withCall,
	type LastCall,
	type LastCallsCache
} from './last-calls-cache';
import { isLastCallsCache, LAST_CALLS_KEY, LAST_CALLS_VERSION, withCall } from './last-calls-cache';
import type { LastCall, LastCallsCache } from './last-calls-cache';

const INDEX = '[account.accountId+startedAt]';

/** The cache as stored, or undefined when absent or stale. Run inside a transaction with `meta`. */
async function storedCache(db: SpinDb): Promise<LastCallsCache | undefined> {
	const value = (await db.meta.get(LAST_CALLS_KEY))?.value;
	return isLastCallsCache(value) ? value : undefined;
}

/** The agreed next step of a stored call: its `call.end` (the last event, or near it). */
async function storedNextStep(db: SpinDb, row: SessionRow): Promise<LastCall['nextStep']> {
	if (row.active !== 0 || row.eventCount < 1) return undefined;
	const last = await db.events.get([row.id, row.eventCount]);
	let end: CallEvent | undefined = last?.event;
	if (end && end.type !== 'call.end') {
		// Events after the end (a review written later): find the end itself.
		const rows = await db.events
			.where('[sessionId+seq]')
			.between([row.id, 0], [row.id, Infinity])
			.reverse()
			.toArray();
		end = rows.find((r) => r.event.type === 'call.end')?.event;
	}
	return end?.type === 'call.end' && end.nextStep ? { ...end.nextStep } : undefined;
}

/** The latest call of `accountId` read from the calls themselves. */
async function latestOf(db: SpinDb, accountId: string): Promise<LastCall | undefined> {
	const row = await db.sessions
		.where(INDEX)
		.between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
		.last();
	if (!row) return undefined;
	const out: LastCall = { id: row.id, startedAt: row.startedAt };
	const nextStep = await storedNextStep(db, row);
	if (nextStep) out.nextStep = nextStep;
	return out;
}

/** Rebuilds the whole cache from the calls (no cache, a stale one, or after an import). */
async function rebuild(db: SpinDb): Promise<LastCallsCache> {
	// Calls of a deleted account are never asked for, so only stored accounts are looked up.
	const ids = await db.accounts.toCollection().primaryKeys();
	const found = await Promise.all(ids.map((id) => latestOf(db, id)));
	const byAccount: Record<string, LastCall> = {};
	found.forEach((entry, i) => {
		if (entry) byAccount[ids[i]] = entry;
	});
	return { v: LAST_CALLS_VERSION, byAccount };
}

/**
 * Each account's latest call, from the cache (one read), rebuilt and stored first when it is
 * missing. Accounts without a call are absent.
 */
export async function loadLastCalls(db: SpinDb): Promise<Map<string, LastCall>> {
	let cache = await db.transaction('r', db.meta, () => storedCache(db));
	if (!cache) {
		cache = await db.transaction('rw', [db.accounts, db.sessions, db.events, db.meta], async () => {
			const current = await storedCache(db);
			if (current) return current;
			const built = await rebuild(db);
			await db.meta.put({ key: LAST_CALLS_KEY, value: built });
			return built;
		});
	}
	return new Map(Object.entries(cache.byAccount));
}

/**
 * Notes a written summary row in the cache (a new call, or one attached to an account). Run
 * inside a 'rw' transaction over sessions, events and meta.
 */
export async function noteCallWritten(
	db: SpinDb,
	row: SessionRow,
	previousAccountId?: string
): Promise<void> {
	const cache = await storedCache(db);
	if (!cache) return;
	const next = withCall(cache, row, (await storedNextStep(db, row)) ?? null, previousAccountId);
	if (next === null) await refreshAccounts(db, [previousAccountId!, row.account?.accountId]);
	else if (next) await db.meta.put({ key: LAST_CALLS_KEY, value: next });
}

/**
 * Reads the latest call of each of `accountIds` again (after calls were deleted or moved). Run
 * inside a 'rw' transaction over sessions, events and meta, after the change.
 */
export async function refreshAccounts(
	db: SpinDb,
	accountIds: readonly (string | undefined)[]
): Promise<void> {
	const cache = await storedCache(db);
	if (!cache) return;
	const byAccount = { ...cache.byAccount };
	for (const id of new Set(accountIds)) {
		if (!id) continue;
		const entry = await latestOf(db, id);
		if (entry) byAccount[id] = entry;
		else delete byAccount[id];
	}
	await db.meta.put({ key: LAST_CALLS_KEY, value: { ...cache, byAccount } });
}

/** Drops the cache (an import wrote calls); the next read rebuilds it. */
export async function dropLastCalls(db: SpinDb): Promise<void> {
	await db.meta.delete(LAST_CALLS_KEY);
}
