// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, newSession, PLAYBOOK_TEXT } from '../../../tests/fixtures/db/helpers';
import type { SpinDb } from './db';
import { contentHash } from './hash';
import { getPlaybookText } from './playbooks';
import {
	createSession,
	deleteSession,
	endSession,
	getSession,
	listSessions,
	listUnfinished,
	updateSummary
} from './sessions';

let db: SpinDb;
afterEach(() => db?.close());

describe('createSession / getSession', () => {
	it('stores a summary row and the exact playbook text under its hash', async () => {
		db = freshDb();
		const row = await createSession(db, newSession());
		expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(row.playbookHash).toBe(contentHash(PLAYBOOK_TEXT));
		expect(await getSession(db, row.id)).toEqual(row);
		expect(row).toMatchObject({
			active: 1,
			stage: 'opening',
			eventCount: 0,
			updatedAt: row.startedAt
		});
		const text = await getPlaybookText(db, row.playbookHash);
		expect(text).toEqual({
			hash: row.playbookHash,
			text: PLAYBOOK_TEXT,
			playbookId: 'demo',
			version: '1.0.0'
		});
	});

	it('shares one playbook text row between sessions on the same text', async () => {
		db = freshDb();
		await createSession(db, newSession());
		await createSession(db, newSession());
		expect(await db.playbookTexts.count()).toBe(1);
		expect(await db.sessions.count()).toBe(2);
	});

	it('rejects a second session with the same id and leaves the first intact', async () => {
		db = freshDb();
		await createSession(db, newSession({ id: 's1', title: 'first' }));
		await expect(createSession(db, newSession({ id: 's1', title: 'second' }))).rejects.toThrow();
		expect((await getSession(db, 's1'))?.title).toBe('first');
	});

	it('returns undefined for an unknown id', async () => {
		db = freshDb();
		expect(await getSession(db, 'nope')).toBeUndefined();
	});
});

describe('listSessions', () => {
	it('pages newest first without repeating or skipping rows, ties broken by id', async () => {
		db = freshDb();
		const ids: string[] = [];
		for (let i = 0; i < 23; i++) {
			// Pairs share a start time to exercise the tie-break.
			const row = await createSession(
				db,
				newSession({ id: `s${String(i).padStart(2, '0')}`, startedAt: 1000 + Math.floor(i / 2) })
			);
			ids.push(row.id);
		}
		const seen: string[] = [];
		let page = await listSessions(db, { limit: 5 });
		seen.push(...page.sessions.map((s) => s.id));
		while (page.next) {
			page = await listSessions(db, { limit: 5, before: page.next });
			seen.push(...page.sessions.map((s) => s.id));
		}
		const expected = [...ids].sort((a, b) => {
			const sa = 1000 + Math.floor(Number(a.slice(1)) / 2);
			const sb = 1000 + Math.floor(Number(b.slice(1)) / 2);
			return sb - sa || (a < b ? 1 : -1);
		});
		expect(seen).toEqual(expected);
	});

	it('returns an empty page and no cursor for an empty store', async () => {
		db = freshDb();
		expect(await listSessions(db)).toEqual({ sessions: [], next: null });
	});
});

describe('listUnfinished / endSession', () => {
	it('lists only unfinished sessions, most recently updated first', async () => {
		db = freshDb();
		const a = await createSession(db, newSession({ startedAt: 10 }));
		const b = await createSession(db, newSession({ startedAt: 20 }));
		const c = await createSession(db, newSession({ startedAt: 30 }));
		await updateSummary(db, a.id, { updatedAt: 50 });
		expect(await endSession(db, c.id, { at: 40, outcome: 'order' })).toBe(true);
		expect((await listUnfinished(db)).map((s) => s.id)).toEqual([a.id, b.id]);
		expect(await getSession(db, c.id)).toMatchObject({ active: 0, endedAt: 40, outcome: 'order' });
	});

	it('writes the end with a strict-durability transaction', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		const proto = IDBDatabase.prototype as IDBDatabase;
		const original = proto.transaction;
		const seen: (string | undefined)[] = [];
		proto.transaction = function (
			this: IDBDatabase,
			...args: Parameters<IDBDatabase['transaction']>
		) {
			seen.push(args[2]?.durability);
			return original.apply(this, args);
		} as IDBDatabase['transaction'];
		try {
			await endSession(db, s.id, { at: 99 });
		} finally {
			proto.transaction = original;
		}
		expect(seen).toContain('strict');
	});

	it('returns false for an unknown session', async () => {
		db = freshDb();
		expect(await endSession(db, 'nope', { at: 1 })).toBe(false);
	});
});

describe('updateSummary / deleteSession', () => {
	it('patches a summary and reports unknown ids', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		expect(await updateSummary(db, s.id, { title: 'Renamed' })).toBe(true);
		expect((await getSession(db, s.id))?.title).toBe('Renamed');
		expect(await updateSummary(db, 'nope', { title: 'x' })).toBe(false);
	});

	it('deletes the session, its events and its playbook text once unused', async () => {
		db = freshDb();
		const a = await createSession(db, newSession());
		const b = await createSession(db, newSession());
		await db.events.bulkAdd([
			{ sessionId: a.id, seq: 1, event: { v: 1, at: 1, type: 'call.start' } },
			{ sessionId: b.id, seq: 1, event: { v: 1, at: 1, type: 'call.start' } }
		]);
		await deleteSession(db, a.id);
		expect(await getSession(db, a.id)).toBeUndefined();
		expect(await db.events.count()).toBe(1);
		expect(await db.playbookTexts.count()).toBe(1);
		await deleteSession(db, b.id);
		expect(await db.events.count()).toBe(0);
		expect(await db.playbookTexts.count()).toBe(0);
	});
});

describe('liveQuery', () => {
	it('re-runs listUnfinished when a session is created or ended', async () => {
		db = freshDb();
		const seen: number[] = [];
		const { liveQuery } = await import('dexie');
		const sub = liveQuery(() => listUnfinished(db)).subscribe((rows) => seen.push(rows.length));
		const until = async (n: number) => {
			for (let i = 0; i < 200 && seen.at(-1) !== n; i++) await new Promise((r) => setTimeout(r, 5));
		};
		await until(0);
		const s = await createSession(db, newSession());
		await until(1);
		await endSession(db, s.id, { at: 5 });
		await until(0);
		sub.unsubscribe();
		expect(seen).toEqual([0, 1, 0]);
	});
});
