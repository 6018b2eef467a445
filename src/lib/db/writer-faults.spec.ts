// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
	fakeLifecycle,
	freshDb,
	injectWriteFault,
	newSession,
	sampleCall
} from '../../../tests/fixtures/db/helpers';
import { openSpinDb, type SpinDb } from './db';
import { loadEvents } from './events';
import { memoryLockProvider } from './locks';
import { DB_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { createSession, getSession } from './sessions';
import { openSessionWriter, type SessionWriter, type WriterOptions } from './writer';

const dbs: Dexie[] = [];
const writers: SessionWriter[] = [];
afterEach(async () => {
	for (const w of writers.splice(0)) await w.close();
	for (const d of dbs.splice(0)) d.close();
});

function track<T extends Dexie>(d: T): T {
	dbs.push(d);
	return d;
}

function writer(db: SpinDb, id: string, options: WriterOptions = {}) {
	const w = openSessionWriter(db, id, { locks: memoryLockProvider(), lifecycle: null, ...options });
	writers.push(w);
	return w;
}

const quotaShapes: [string, () => unknown][] = [
	['a DOMException named QuotaExceededError', () => new DOMException('full', 'QuotaExceededError')],
	[
		"Dexie's AbortError with the quota error as inner",
		() =>
			new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'))
	],
	[
		'an AbortError whose cause is the quota error',
		() => {
			const e = new Error('aborted', { cause: new DOMException('full', 'QuotaExceededError') });
			e.name = 'AbortError';
			return e;
		}
	]
];

async function sessionWithFault() {
	const db = track(freshDb());
	const fault = injectWriteFault(db);
	const s = await createSession(db, newSession());
	return { db, fault, s };
}

describe('quota exceeded', () => {
	it.each(quotaShapes)('goes on in memory on %s and keeps what was saved', async (_, make) => {
		const { db, fault, s } = await sessionWithFault();
		const w = writer(db, s.id);
		const events = sampleCall();
		for (const e of events.slice(0, 3)) await w.append(e);
		fault.error = make();
		const seqs = [await w.append(events[3]), await w.append(events[4])];
		expect(seqs).toEqual([4, 5]);
		expect(w.status).toEqual({
			state: 'memory',
			pending: 0,
			lastSavedSeq: 3,
			error: { code: 'quota_exceeded' }
		});
		expect((await loadEvents(db, s.id)).map((r) => r.event)).toEqual(events.slice(0, 3));
		expect(w.unsaved.map((r) => [r.seq, r.event])).toEqual([
			[4, events[3]],
			[5, events[4]]
		]);
		expect((await getSession(db, s.id))?.eventCount).toBe(3);
	});

	it('a full disk on the summary row keeps the event out of storage too', async () => {
		const db = track(freshDb());
		const fault = injectWriteFault(db, 'sessions');
		const s = await createSession(db, newSession());
		const w = writer(db, s.id);
		const events = sampleCall();
		await w.append(events[0]);
		fault.error = new DOMException('full', 'QuotaExceededError');
		expect(await w.append(events[1])).toBe(2);
		expect(w.status).toMatchObject({ state: 'memory', lastSavedSeq: 1 });
		expect((await loadEvents(db, s.id)).map((r) => r.seq)).toEqual([1]);
		fault.error = null;
		expect(await w.retry()).toBe(true);
		expect((await loadEvents(db, s.id)).map((r) => r.seq)).toEqual([1, 2]);
		expect((await getSession(db, s.id))?.eventCount).toBe(2);
	});

	it('retry() stores the backlog in order once space is back, then appends normally', async () => {
		const { db, fault, s } = await sessionWithFault();
		const w = writer(db, s.id);
		const events = sampleCall();
		await w.append(events[0]);
		fault.error = new DOMException('full', 'QuotaExceededError');
		await w.append(events[1]);
		expect(await w.retry()).toBe(false);
		expect(w.status.state).toBe('memory');
		fault.error = null;
		// Still queued behind the backlog, so it must not jump ahead of seq 2.
		expect(await w.append(events[2])).toBe(3);
		expect(await loadEvents(db, s.id)).toHaveLength(1);
		expect(await w.retry()).toBe(true);
		expect(w.status).toEqual({ state: 'saved', pending: 0, lastSavedSeq: 3 });
		expect(w.unsaved).toEqual([]);
		expect(await w.append(events[3])).toBe(4);
		const rows = await loadEvents(db, s.id);
		expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
		expect(rows.map((r) => r.event)).toEqual(events.slice(0, 4));
		expect((await getSession(db, s.id))?.eventCount).toBe(4);
	});

	it('pagehide and a hidden page retry the backlog; a visible page does not', async () => {
		const { db, fault, s } = await sessionWithFault();
		const lifecycle = fakeLifecycle();
		const w = writer(db, s.id, { lifecycle });
		fault.error = new DOMException('full', 'QuotaExceededError');
		await w.append(sampleCall()[0]);
		fault.error = null;
		lifecycle.document.dispatchEvent(new Event('visibilitychange'));
		await w.flush();
		expect(w.status.state).toBe('memory');
		lifecycle.document.visibilityState = 'hidden';
		lifecycle.document.dispatchEvent(new Event('visibilitychange'));
		await w.flush();
		expect(w.status.state).toBe('saved');
		fault.error = new DOMException('full', 'QuotaExceededError');
		await w.append(sampleCall()[1]);
		fault.error = null;
		lifecycle.window.dispatchEvent(new Event('pagehide'));
		await w.flush();
		expect(w.status).toEqual({ state: 'saved', pending: 0, lastSavedSeq: 2 });
		expect(await loadEvents(db, s.id)).toHaveLength(2);
	});

	it('removes its page listeners on close', async () => {
		const { db, fault, s } = await sessionWithFault();
		const lifecycle = fakeLifecycle();
		const w = writer(db, s.id, { lifecycle });
		fault.error = new DOMException('full', 'QuotaExceededError');
		await w.append(sampleCall()[0]);
		await w.close();
		fault.error = null;
		lifecycle.window.dispatchEvent(new Event('pagehide'));
		await w.flush();
		expect(await loadEvents(db, s.id)).toHaveLength(0);
	});
});

describe('database closed', () => {
	it('reopens and retries once when the connection was closed', async () => {
		const db = track(freshDb());
		const s = await createSession(db, newSession());
		const w = writer(db, s.id);
		await w.append(sampleCall()[0]);
		db.close();
		expect(await w.append(sampleCall()[1])).toBe(2);
		expect(w.status).toEqual({ state: 'saved', pending: 0, lastSavedSeq: 2 });
		expect(db.isOpen()).toBe(true);
		expect(await loadEvents(db, s.id)).toHaveLength(2);
	});

	it('recovers when the browser closes the connection on its own (close event)', async () => {
		const db = track(freshDb());
		const s = await createSession(db, newSession());
		const w = writer(db, s.id);
		await w.append(sampleCall()[0]);
		// What the browser does when, say, the user clears site data in another window.
		const idb = db.backendDB();
		idb.onclose?.call(idb, new Event('close'));
		expect(db.isOpen()).toBe(false);
		expect(await w.append(sampleCall()[1])).toBe(2);
		expect(w.status).toEqual({ state: 'saved', pending: 0, lastSavedSeq: 2 });
		expect(await loadEvents(db, s.id)).toHaveLength(2);
	});

	it('keeps the event in memory when the retry fails too', async () => {
		const { db, fault, s } = await sessionWithFault();
		const w = writer(db, s.id);
		// A connection that is closing refuses the write at once instead of aborting later.
		fault.how = 'throw';
		fault.error = new Dexie.DatabaseClosedError('closed');
		fault.times = 2;
		expect(await w.append(sampleCall()[0])).toBe(1);
		expect(w.status).toMatchObject({
			state: 'memory',
			lastSavedSeq: 0,
			error: { code: 'db_closed' }
		});
		expect(fault.times).toBe(0);
		expect(await w.retry()).toBe(true);
		expect(await loadEvents(db, s.id)).toHaveLength(1);
	});

	it('goes to memory with write_failed on an unknown error', async () => {
		const { db, fault, s } = await sessionWithFault();
		const w = writer(db, s.id);
		fault.error = new Error('disk on fire');
		await w.append(sampleCall()[0]);
		expect(w.status).toMatchObject({ state: 'memory', error: { code: 'write_failed' } });
	});
});

describe('schema upgraded by another tab', () => {
	async function upgrade(name: string) {
		// A newer build: every version this one knows, plus one more.
		const newer = track(new Dexie(name));
		for (const { version, stores } of SCHEMA_VERSIONS) newer.version(version).stores(stores);
		newer.version(DB_SCHEMA_VERSION + 1).stores({ notes: 'id' });
		await newer.open();
		return newer;
	}

	it('closes this connection, goes stale and never writes again', async () => {
		const db = track(freshDb());
		const s = await createSession(db, newSession());
		const w = writer(db, s.id);
		const events = sampleCall();
		await w.append(events[0]);
		const newer = await upgrade(db.name);
		expect(db.isOpen()).toBe(false);
		expect(w.status).toMatchObject({ state: 'stale', error: { code: 'schema_outdated' } });
		// The call goes on in memory so an export still has everything.
		expect(await w.append(events[1])).toBe(2);
		expect(await w.retry()).toBe(false);
		expect(w.status.state).toBe('stale');
		expect(w.unsaved.map((r) => r.seq)).toEqual([2]);
		expect(await newer.table('events').count()).toBe(1);
	});

	it('an old-schema tab opened after the upgrade does not write', async () => {
		const db = track(freshDb());
		const s = await createSession(db, newSession());
		db.close();
		const newer = await upgrade(db.name);
		const old = track(openSpinDb(db.name));
		const w = writer(old, s.id);
		await expect(w.ready).rejects.toThrow();
		expect(w.status).toMatchObject({ state: 'stale', error: { code: 'schema_outdated' } });
		await expect(w.append(sampleCall()[0])).rejects.toThrow();
		expect(await newer.table('events').count()).toBe(0);
	});
});
