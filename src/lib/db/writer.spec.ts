// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, newSession, sampleCall } from '../../../tests/fixtures/db/helpers';
import { openSpinDb, type SpinDb } from './db';
import { loadEvents, maxSeq } from './events';
import { memoryLockProvider } from './locks';
import { createSession, deleteSession, getSession, updateSummary } from './sessions';
import { openSessionWriter, type SessionWriter, type WriterStatus } from './writer';

let db: SpinDb;
const writers: SessionWriter[] = [];
afterEach(async () => {
	for (const w of writers.splice(0)) await w.close();
	db?.close();
});

function writer(sessionId: string, locks = memoryLockProvider()) {
	const w = openSessionWriter(db, sessionId, { locks, lifecycle: null });
	writers.push(w);
	return w;
}

describe('SessionWriter happy path', () => {
	it('stores events in order with gap-free seqs starting at 1', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		const events = sampleCall();
		// Fire every append without awaiting: the queue must keep order.
		const seqs = await Promise.all(events.map((e) => w.append(e)));
		expect(seqs).toEqual(events.map((_, i) => i + 1));
		const rows = await loadEvents(db, s.id);
		expect(rows.map((r) => r.seq)).toEqual(seqs);
		expect(rows.map((r) => r.event)).toEqual(events);
	});

	it('resolves each append only after its transaction committed', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		for (const event of sampleCall().slice(0, 5)) {
			const seq = await w.append(event);
			// A second connection sees the row as soon as the promise resolved.
			const other = openSpinDb(db.name);
			expect(await maxSeq(other, s.id)).toBe(seq);
			other.close();
			expect(w.status.lastSavedSeq).toBe(seq);
		}
	});

	it('keeps the summary row in step with the log', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		for (const event of sampleCall()) await w.append(event);
		const row = await getSession(db, s.id);
		expect(row).toMatchObject({
			eventCount: 15,
			stage: 'committing',
			outcome: 'advance',
			active: 0,
			endedAt: sampleCall()[14].at,
			updatedAt: sampleCall()[14].at,
			counts: { situation: 1, problem: 1, implication: 1, needPayoff: 1 },
			needsExplicit: 1,
			needsImplied: 0
		});
	});

	it('continues after the stored max seq when reopened (resume after reload)', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const events = sampleCall();
		const first = writer(s.id);
		for (const e of events.slice(0, 6)) await first.append(e);
		await first.close();
		const second = writer(s.id);
		expect(await second.append(events[6])).toBe(7);
		expect((await loadEvents(db, s.id)).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('writes nothing before the initial load finished', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		await db.events.add({ sessionId: s.id, seq: 1, event: sampleCall()[0] });
		const w = writer(s.id);
		// Appended synchronously after construction, before the load could have run.
		const seq = await w.append(sampleCall()[1]);
		expect(seq).toBe(2);
	});

	it('reports saving while pending and saved after flush', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		const seen: WriterStatus[] = [];
		w.onStatus((st) => seen.push(st));
		for (const e of sampleCall().slice(0, 3)) void w.append(e);
		const final = await w.flush();
		expect(final).toEqual({ state: 'saved', pending: 0, lastSavedSeq: 3 });
		expect(seen.some((st) => st.state === 'saving' && st.pending === 3)).toBe(true);
		expect(seen[seen.length - 1]).toEqual(final);
	});

	it('writes call.end with strict durability and other events without', async () => {
		// Dexie binds IDBDatabase#transaction when it opens, so spy before anything opens.
		const proto = IDBDatabase.prototype as IDBDatabase;
		const original = proto.transaction;
		const seen: { stores: string[]; durability: string }[] = [];
		proto.transaction = function (
			this: IDBDatabase,
			...args: Parameters<IDBDatabase['transaction']>
		) {
			const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
			if (args[1] === 'readwrite')
				seen.push({ stores, durability: args[2]?.durability ?? 'default' });
			return original.apply(this, args);
		} as IDBDatabase['transaction'];
		try {
			db = freshDb();
			const s = await createSession(db, newSession());
			const w = writer(s.id);
			const events = sampleCall();
			await w.append(events[13]);
			await w.append(events[14]);
			expect((await getSession(db, s.id))?.active).toBe(0);
		} finally {
			proto.transaction = original;
		}
		const durabilities = seen.filter((t) => t.stores.includes('events')).map((t) => t.durability);
		expect(durabilities).toEqual(['default', 'strict']);
	});

	it('keeps summary edits made while the call is being written', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		await w.append(sampleCall()[0]);
		await updateSummary(db, s.id, { title: 'Renamed mid-call' });
		await w.append(sampleCall()[1]);
		expect(await getSession(db, s.id)).toMatchObject({ title: 'Renamed mid-call', eventCount: 2 });
	});

	it('keeps summary edits another connection (tab) made, without losing the event', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		const events = sampleCall();
		await w.append(events[0]);
		await w.append(events[1]);
		const other = openSpinDb(db.name);
		await updateSummary(other, s.id, { title: 'Renamed in another tab' });
		other.close();
		await w.append(events[2]);
		await w.append(events[3]);
		expect(await getSession(db, s.id)).toMatchObject({
			title: 'Renamed in another tab',
			eventCount: 4,
			stage: 'investigating',
			counts: { situation: 1, problem: 0, implication: 0, needPayoff: 0 }
		});
	});

	it('stores nothing and stops when the session was deleted under it', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		await w.append(sampleCall()[0]);
		await deleteSession(db, s.id);
		await w.append(sampleCall()[1]);
		expect(w.status).toMatchObject({ lastSavedSeq: 1, error: { code: 'session_missing' } });
		// The blind summary put must not bring the row back, nor the event land alone.
		expect(await getSession(db, s.id)).toBeUndefined();
		expect(await loadEvents(db, s.id)).toEqual([]);
	});

	it('rejects appends for a session that does not exist', async () => {
		db = freshDb();
		const w = writer('missing');
		await expect(w.append(sampleCall()[0])).rejects.toMatchObject({ code: 'session_missing' });
	});

	it('rejects appends after close', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const w = writer(s.id);
		await w.close();
		await expect(w.append(sampleCall()[0])).rejects.toMatchObject({ code: 'db_closed' });
	});
});
