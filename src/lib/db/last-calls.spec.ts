import { describe, expect, it } from 'vitest';
import { accountCall, freshDb, newSession } from '../../../tests/fixtures/db/helpers';
import { attachCall } from './account-calls';
import { createAccount } from './accounts';
import type { SpinDb } from './db';
import { eraseSessions } from './history';
import { dropLastCalls, LAST_CALLS_KEY, loadLastCalls } from './last-calls';
import { memoryLockProvider } from './locks';
import { createSession, deleteSession } from './sessions';
import { openSessionWriter } from './writer';

const T0 = Date.UTC(2026, 10, 2, 9);
const DAY = 86_400_000;

function call(db: SpinDb, accountId: string, startedAt: number, next?: string) {
	const nextStep = next ? { text: next, date: '2026-12-01' } : undefined;
	return accountCall(db, { accountId, name: 'Acme', startedAt, objective: 'Pilot', nextStep });
}

/** The cache as kept by the write paths, next to one rebuilt from the calls. */
async function keptAndRebuilt(db: SpinDb) {
	const kept = await loadLastCalls(db);
	await dropLastCalls(db);
	return { kept, rebuilt: await loadLastCalls(db) };
}

describe("each account's latest call, cached", () => {
	it('follows new calls, next steps, attach and erase as a rebuild from the calls reads them', async () => {
		const db = freshDb();
		const a = await createAccount(db, { name: 'Acme' });
		const b = await createAccount(db, { name: 'Bolt' });
		// Built (empty) before any call, so every write below must keep it current.
		expect((await loadLastCalls(db)).size).toBe(0);
		expect(await db.meta.get(LAST_CALLS_KEY)).toBeDefined();

		const first = await call(db, a.id, T0, 'Send the offer');
		const second = await call(db, a.id, T0 + 5 * DAY, 'Book the demo');
		// An older call logged later does not replace the latest one.
		await call(db, a.id, T0 - 5 * DAY, 'Old step');
		let last = await loadLastCalls(db);
		expect(last.get(a.id)).toEqual({
			id: second.id,
			startedAt: T0 + 5 * DAY,
			nextStep: { text: 'Book the demo', date: '2026-12-01' }
		});

		// A running call is the latest, without a next step yet.
		const running = await createSession(
			db,
			newSession({ startedAt: T0 + 9 * DAY, account: { name: 'Bolt', accountId: b.id } })
		);
		expect((await loadLastCalls(db)).get(b.id)).toEqual({
			id: running.id,
			startedAt: T0 + 9 * DAY
		});

		// Moving the latest call of A to B: A falls back to its previous call.
		await attachCall(db, second.id, { id: b.id, name: 'Bolt' });
		last = await loadLastCalls(db);
		expect(last.get(a.id)?.id).toBe(first.id);
		expect(last.get(b.id)?.id).toBe(running.id);
		let both = await keptAndRebuilt(db);
		expect(both.kept).toEqual(both.rebuilt);

		// Erasing and deleting calls.
		await eraseSessions(db, [running.id], T0 + 10 * DAY);
		expect((await loadLastCalls(db)).get(b.id)?.id).toBe(second.id);
		await deleteSession(db, second.id);
		expect((await loadLastCalls(db)).has(b.id)).toBe(false);
		both = await keptAndRebuilt(db);
		expect(both.kept).toEqual(both.rebuilt);
		expect(both.kept.get(a.id)).toEqual({
			id: first.id,
			startedAt: T0,
			nextStep: { text: 'Send the offer', date: '2026-12-01' }
		});
	});

	it('reads the next step of a call whose log goes on after its end (a later review)', async () => {
		const db = freshDb();
		const a = await createAccount(db, { name: 'Acme' });
		const row = await call(db, a.id, T0, 'Call the GM');
		const w = openSessionWriter(db, row.id, { locks: memoryLockProvider(), lifecycle: null });
		await w.append({
			v: 1,
			at: T0 + 10,
			type: 'review.save',
			wentWell: 'Pace',
			toChange: 'Less talk'
		});
		await w.close();
		const { kept, rebuilt } = await keptAndRebuilt(db);
		expect(rebuilt.get(a.id)?.nextStep?.text).toBe('Call the GM');
		expect(kept).toEqual(rebuilt);
	});
});
