// Calls per account, found through the summary row's `account.accountId` (index added in schema
// version 3). A call made before accounts existed has no id and simply is not listed; attaching
// it later sets the id on its summary row.
import { Dexie } from 'dexie';
import type { CallEvent } from '$lib/session/events';
import type { SpinDb } from './db';
import { noteCallWritten } from './last-calls';
import type { AccountRow, SessionRow } from './types';

const INDEX = '[account.accountId+startedAt]';

/** The calls of an account, oldest first. */
export function callsOfAccount(db: SpinDb, accountId: string): Promise<SessionRow[]> {
	return db.sessions
		.where(INDEX)
		.between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
		.toArray();
}

/** The latest call of each account in `accountIds` (accounts without a call are absent). */
export async function lastCalls(
	db: SpinDb,
	accountIds: readonly string[]
): Promise<Map<string, SessionRow>> {
	const out = new Map<string, SessionRow>();
	await db.transaction('r', db.sessions, async () => {
		const found = await Promise.all(
			accountIds.map((id) =>
				db.sessions.where(INDEX).between([id, Dexie.minKey], [id, Dexie.maxKey]).last()
			)
		);
		found.forEach((row, i) => row && out.set(accountIds[i], row));
	});
	return out;
}

/** What the plan and the end of a call said: objective, outcome, agreed next step. */
export interface CallDigest {
	objective?: string;
	nextStep?: { text: string; date?: string };
}

/**
 * The objective (from `call.plan`, the first event) and the agreed next step (from `call.end`,
 * the last one) of each call, read by key without loading whole logs.
 */
export async function callDigests(
	db: SpinDb,
	sessions: readonly SessionRow[],
	{ objective = true }: { objective?: boolean } = {}
): Promise<Map<string, CallDigest>> {
	const keys: [string, number][] = [];
	for (const s of sessions) {
		if (objective) keys.push([s.id, 1]);
		// Only an ended call has an agreed next step (its last event).
		if (s.eventCount > 1 && (objective || s.active === 0)) keys.push([s.id, s.eventCount]);
	}
	const rows = await db.events.bulkGet(keys);
	const out = new Map<string, CallDigest>();
	for (const row of rows) {
		if (!row) continue;
		const digest = out.get(row.sessionId) ?? {};
		const e: CallEvent = row.event;
		if (e.type === 'call.plan') digest.objective = e.objective;
		if (e.type === 'call.end' && e.nextStep) digest.nextStep = { ...e.nextStep };
		out.set(row.sessionId, digest);
	}
	return out;
}

/**
 * Attaches a stored call to `account` (or detaches it with null). The plan event keeps what the
 * rep typed then; the summary row, which lists and indexes calls, carries the link.
 */
export async function attachCall(
	db: SpinDb,
	sessionId: string,
	account: Pick<AccountRow, 'id' | 'name' | 'tier'> | null
): Promise<boolean> {
	return db.transaction('rw', [db.sessions, db.events, db.meta], async () => {
		const row = await db.sessions.get(sessionId);
		if (!row) return false;
		const next: SessionRow = { ...row };
		if (account) {
			next.account = { name: account.name, accountId: account.id };
			if (account.tier) next.account.tier = account.tier;
		} else if (row.account) {
			next.account = { name: row.account.name };
			if (row.account.tier) next.account.tier = row.account.tier;
		}
		await db.sessions.put(next);
		await noteCallWritten(db, next, row.account?.accountId);
		return true;
	});
}
