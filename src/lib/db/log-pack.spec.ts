// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallEvent } from '$lib/session/events';
import { freshDb, newSession } from '../../../tests/fixtures/db/helpers';
import { createAccount } from './accounts';
import type { SpinDb } from './db';
import { eraseSessions } from './history';
import { packLog, PACK_MIN_ROWS, readLog } from './log-pack';
import { addPerson, erasePerson } from './people';
import { createSession, deleteSession } from './sessions';

let db: SpinDb;
afterEach(() => db?.close());

/** A stored call of `n` events (notes numbered from 0), optionally on an account. */
async function storedCall(n: number, account?: { name: string; accountId: string }) {
	const row = await createSession(db, newSession(account ? { account } : {}));
	const events: CallEvent[] = Array.from({ length: n }, (_, i) => ({
		v: 1,
		at: 1000 + i,
		type: 'note.add',
		text: `note ${i}`
	}));
	await db.events.bulkAdd(events.map((event, i) => ({ sessionId: row.id, seq: i + 1, event })));
	return { id: row.id, events };
}

const note = (i: number): CallEvent => ({
	v: 1,
	at: 9000 + i,
	type: 'note.add',
	text: `later ${i}`
});

describe('log packs', () => {
	it('reads a long log from its pack and the rows after it, the same events in order', async () => {
		db = freshDb();
		const { id, events } = await storedCall(PACK_MIN_ROWS + 5);
		expect(await readLog(db, id)).toEqual({ events, rowsRead: PACK_MIN_ROWS + 5 });
		expect(await packLog(db, id)).toBe(PACK_MIN_ROWS + 5);
		expect(await readLog(db, id)).toEqual({ events, rowsRead: 0 });
		// The log goes on growing (a review saved later): only the new rows are read.
		await db.events.bulkAdd(
			[1, 2].map((k) => ({ sessionId: id, seq: events.length + k, event: note(k) }))
		);
		expect(await readLog(db, id)).toEqual({ events: [...events, note(1), note(2)], rowsRead: 2 });
	});

	it('does not pack a short log', async () => {
		db = freshDb();
		const { id } = await storedCall(PACK_MIN_ROWS - 1);
		expect(await packLog(db, id)).toBe(0);
		expect(await db.logPacks.count()).toBe(0);
	});

	it('ignores a pack whose last event is not in the log as packed', async () => {
		db = freshDb();
		const { id, events } = await storedCall(PACK_MIN_ROWS);
		await packLog(db, id);
		const changed = { ...events[events.length - 1], text: 'changed' } as CallEvent;
		await db.events.put({ sessionId: id, seq: events.length, event: changed });
		expect(await readLog(db, id)).toEqual({
			events: [...events.slice(0, -1), changed],
			rowsRead: events.length
		});
	});

	it('goes with its call, erased one at a time or several at once, and packs no erased call', async () => {
		db = freshDb();
		const a = await storedCall(PACK_MIN_ROWS);
		const b = await storedCall(PACK_MIN_ROWS);
		const c = await storedCall(PACK_MIN_ROWS);
		for (const { id } of [a, b, c]) await packLog(db, id);
		await deleteSession(db, a.id);
		await eraseSessions(db, [b.id], Date.now());
		expect(await db.logPacks.toCollection().primaryKeys()).toEqual([c.id]);
		expect(await packLog(db, a.id)).toBe(0);
		expect(await db.logPacks.get(a.id)).toBeUndefined();
		expect(await readLog(db, a.id)).toEqual({ events: [], rowsRead: 0 });
	});

	it('goes when a person is erased from the log, so the name is nowhere any more', async () => {
		db = freshDb();
		const acme = await createAccount(db, { name: 'Acme' });
		const li = await addPerson(db, { accountId: acme.id, name: 'Li Wei' });
		const { id } = await storedCall(PACK_MIN_ROWS, { name: 'Acme', accountId: acme.id });
		await db.events.put({
			sessionId: id,
			seq: 1,
			event: { v: 1, at: 1000, type: 'note.add', text: 'Li Wei decides' }
		});
		await packLog(db, id);
		expect(JSON.stringify(await db.logPacks.get(id))).toContain('Li Wei');
		await erasePerson(db, li.id);
		expect(await db.logPacks.get(id)).toBeUndefined();
		const { events } = await readLog(db, id);
		expect(JSON.stringify(events)).not.toContain('Li Wei');
		expect(events).toHaveLength(PACK_MIN_ROWS);
	});
});
