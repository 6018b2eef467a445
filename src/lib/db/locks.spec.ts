// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeLockManager } from '../../../tests/fixtures/db/fake-lock-manager';
import { freshDb, newSession, sampleCall } from '../../../tests/fixtures/db/helpers';
import { openSpinDb, type SpinDb } from './db';
import { loadEvents } from './events';
import { memoryLockProvider, sessionLockName, webLockProvider, type LockProvider } from './locks';
import { createSession } from './sessions';
import { openSessionWriter, type SessionWriter } from './writer';

const dbs: SpinDb[] = [];
const writers: SessionWriter[] = [];
afterEach(async () => {
	for (const w of writers.splice(0)) await w.close();
	for (const d of dbs.splice(0)) d.close();
});

// Web Locks release asynchronously, after the callback's promise settled.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const providers: [string, () => LockProvider][] = [
	['in-process locks', () => memoryLockProvider()],
	[
		'Web Locks (fake LockManager)',
		() => webLockProvider(new FakeLockManager() as unknown as LockManager)
	]
];

describe.each(providers)('lock provider: %s', (_, make) => {
	it('grants one holder, refuses tryAcquire, and hands over in request order', async () => {
		const locks = make();
		const first = await locks.tryAcquire('x');
		expect(first).not.toBeNull();
		expect(await locks.tryAcquire('x')).toBeNull();
		expect(await locks.tryAcquire('y')).not.toBeNull();
		const order: string[] = [];
		const a = locks.acquire('x').then((l) => (order.push('a'), l));
		const b = locks.acquire('x').then((l) => (order.push('b'), l));
		await Promise.resolve();
		expect(order).toEqual([]);
		first!.release();
		(await a).release();
		(await b).release();
		expect(order).toEqual(['a', 'b']);
		await settle();
		expect(await locks.tryAcquire('x')).not.toBeNull();
	});

	it('stops waiting when the signal aborts', async () => {
		const locks = make();
		const held = await locks.tryAcquire('x');
		const controller = new AbortController();
		const waiting = locks.acquire('x', controller.signal);
		controller.abort(new Error('gone'));
		await expect(waiting).rejects.toThrow('gone');
		held!.release();
		await settle();
		expect(await locks.tryAcquire('x')).not.toBeNull();
	});
});

describe('two tabs on one session', () => {
	function tab(name: string, locks: LockProvider, sessionId: string) {
		// Each tab has its own connection, like two browser tabs.
		const db = openSpinDb(name);
		dbs.push(db);
		const w = openSessionWriter(db, sessionId, { locks, lifecycle: null });
		writers.push(w);
		return w;
	}

	it.each(providers)(
		'one writes, the other is read-only, then takes over (%s)',
		async (_, make) => {
			const setup = freshDb();
			dbs.push(setup);
			const s = await createSession(setup, newSession());
			const locks = make();
			const events = sampleCall();
			const a = tab(setup.name, locks, s.id);
			await a.ready;
			const b = tab(setup.name, locks, s.id);
			await b.ready;
			expect(a.status.state).toBe('saved');
			expect(b.status).toMatchObject({ state: 'readOnly', error: { code: 'locked_by_other_tab' } });
			await expect(b.append(events[0])).rejects.toMatchObject({ code: 'locked_by_other_tab' });

			const takeover = b.waitForLock();
			for (const e of events.slice(0, 4)) await a.append(e);
			// The writer keeps writing after the reader started waiting.
			const late = a.append(events[4]);
			await a.close();
			expect(await late).toBe(5);
			await takeover;
			expect(b.status).toEqual({ state: 'saved', pending: 0, lastSavedSeq: 5 });
			expect(await b.append(events[5])).toBe(6);
			const rows = await loadEvents(setup, s.id);
			expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
			expect(rows.map((r) => r.event)).toEqual(events.slice(0, 6));
		}
	);

	it('releases the Web Lock when the writer closes', async () => {
		const setup = freshDb();
		dbs.push(setup);
		const s = await createSession(setup, newSession());
		const manager = new FakeLockManager();
		const a = tab(setup.name, webLockProvider(manager as unknown as LockManager), s.id);
		await a.ready;
		expect(manager.held()).toEqual([sessionLockName(s.id)]);
		await a.close();
		await settle();
		expect(manager.held()).toEqual([]);
	});

	it('a waiting reader that closes gives up the wait without taking the lock', async () => {
		const setup = freshDb();
		dbs.push(setup);
		const s = await createSession(setup, newSession());
		const locks = memoryLockProvider();
		const a = tab(setup.name, locks, s.id);
		await a.ready;
		const b = tab(setup.name, locks, s.id);
		await b.ready;
		const waiting = b.waitForLock();
		await b.close();
		await expect(waiting).rejects.toMatchObject({ code: 'db_closed' });
		await a.close();
		expect(await locks.tryAcquire(sessionLockName(s.id))).not.toBeNull();
	});
});
