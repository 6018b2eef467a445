// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, newSession, sampleCall } from '../../../tests/fixtures/db/helpers';
import type { SpinDb } from './db';
import { loadEvents, maxSeq } from './events';
import { createSession } from './sessions';

let db: SpinDb;
afterEach(() => db?.close());

describe('loadEvents / maxSeq', () => {
	it('returns one session’s events in seq order, not another’s', async () => {
		db = freshDb();
		const a = await createSession(db, newSession());
		const b = await createSession(db, newSession());
		const events = sampleCall();
		// Inserted out of order, and seq 10 sorts after 9 numerically, not as text.
		const order = [10, 2, 1, 9, 3];
		await db.events.bulkAdd(order.map((seq) => ({ sessionId: a.id, seq, event: events[seq - 1] })));
		await db.events.add({ sessionId: b.id, seq: 1, event: events[0] });
		const rows = await loadEvents(db, a.id);
		expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 9, 10]);
		expect(rows[4].event).toEqual(events[9]);
		expect(await maxSeq(db, a.id)).toBe(10);
		expect(await maxSeq(db, b.id)).toBe(1);
		expect(await maxSeq(db, 'none')).toBe(0);
		expect(await loadEvents(db, 'none')).toEqual([]);
	});

	it('refuses a second event with the same seq (append-only key)', async () => {
		db = freshDb();
		const a = await createSession(db, newSession());
		await db.events.add({ sessionId: a.id, seq: 1, event: sampleCall()[0] });
		await expect(
			db.events.add({ sessionId: a.id, seq: 1, event: sampleCall()[1] })
		).rejects.toThrow();
	});
});
