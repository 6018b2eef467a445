// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, newSession, seededDb } from '../../../tests/fixtures/db/helpers';
import type { SpinDb } from './db';
import { exportTranscript } from './export';
import {
	digestedSessions,
	eraseSessions,
	findSessions,
	historyFacets,
	saveDigest,
	staleDigests
} from './history';
import { importTranscript } from './import';
import { loadEvents } from './events';
import { createSession, getSession } from './sessions';
import type { CallDigest } from './types';

const dbs: SpinDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const track = (d: SpinDb) => (dbs.push(d), d);
const DAY = 86_400_000;
const T0 = 1_700_000_000_000;

/** `n` calls one day apart, alternating mode, with an account and a note each. */
async function manyCalls(n: number): Promise<SpinDb> {
	const db = track(freshDb());
	for (let i = 0; i < n; i++) {
		const startedAt = T0 + i * DAY;
		await createSession(
			db,
			newSession({
				id: `c${String(i).padStart(3, '0')}`,
				mode: i % 2 ? 'rehearsal' : 'live',
				account: { name: i % 3 ? 'Acme' : 'Globex' },
				startedAt
			})
		);
		await db.sessions.update(`c${String(i).padStart(3, '0')}`, {
			text: i === 7 ? 'they worry about the rollout budget' : 'nothing special',
			...(i % 4 === 0 ? { outcome: 'advance' as const, active: 0 as const } : {})
		});
	}
	return db;
}

describe('findSessions', () => {
	it('pages newest first through the calls that match every filter', async () => {
		const db = await manyCalls(30);
		const filter = { mode: 'live' as const, account: 'acme' };
		const first = await findSessions(db, filter, { limit: 4 });
		const second = await findSessions(db, filter, { limit: 4, before: first.next! });
		const ids = [...first.sessions, ...second.sessions].map((s) => s.id);
		// Live: even indexes; Acme: not a multiple of 3; newest first.
		expect(ids).toEqual(['c028', 'c026', 'c022', 'c020', 'c016', 'c014', 'c010', 'c008']);
	});

	it('pages through every call newest first when nothing is filtered', async () => {
		const db = await manyCalls(7);
		const first = await findSessions(db, {}, { limit: 3 });
		const second = await findSessions(db, {}, { limit: 3, before: first.next! });
		const last = await findSessions(db, {}, { limit: 3, before: second.next! });
		expect([first, second, last].map((p) => p.sessions.map((s) => s.id))).toEqual([
			['c006', 'c005', 'c004'],
			['c003', 'c002', 'c001'],
			['c000']
		]);
		expect(last.next).toBeNull();
		// An exact page has no next one either.
		expect((await findSessions(db, {}, { limit: 7 })).next).toBeNull();
	});

	it('narrows to a date range, an outcome and search words', async () => {
		const db = await manyCalls(30);
		const range = await findSessions(db, { from: T0 + 10 * DAY, to: T0 + 13 * DAY });
		expect(range.sessions.map((s) => s.id)).toEqual(['c012', 'c011', 'c010']);
		expect(range.next).toBeNull();
		const won = await findSessions(db, { outcome: 'advance' });
		expect(won.sessions.map((s) => s.id)).toEqual([
			'c028',
			'c024',
			'c020',
			'c016',
			'c012',
			'c008',
			'c004',
			'c000'
		]);
		const found = await findSessions(db, { search: 'Rollout  BUDGET' });
		expect(found.sessions.map((s) => s.id)).toEqual(['c007']);
		expect((await findSessions(db, { search: 'rollout price' })).sessions).toEqual([]);
	});
});

describe('eraseSessions', () => {
	it('removes the calls and their events, and a restore of an older backup skips them', async () => {
		const db = track(await seededDb());
		const backup = await exportTranscript(db);
		await eraseSessions(db, ['call-a'], T0);
		expect(await getSession(db, 'call-a')).toBeUndefined();
		expect(await loadEvents(db, 'call-a')).toEqual([]);
		const result = await importTranscript(db, backup);
		expect(result).toMatchObject({ ok: true, imported: 0, skipped: 1, erased: 1 });
		expect(await getSession(db, 'call-a')).toBeUndefined();
		expect(await db.tombstones.get('call-a')).toEqual({
			id: 'call-a',
			kind: 'session',
			deletedAt: T0
		});
	});
});

describe('derived review fields', () => {
	it('are left out of exports and rebuilt from the log on import', async () => {
		const db = track(await seededDb());
		const stored = (await getSession(db, 'call-a'))!;
		expect(stored.durationMs).toBe(139_000);
		const file = await exportTranscript(db);
		expect(file.sessions[0].session).not.toHaveProperty('text');
		const other = track(freshDb());
		expect(await importTranscript(other, file)).toMatchObject({ ok: true, imported: 2 });
		const imported = (await getSession(other, 'call-a'))!;
		expect(imported.durationMs).toBe(stored.durationMs);
		expect(imported.text).toBe(stored.text);
		// Importing the same file again is still a no-op, derived fields or not.
		expect(await importTranscript(db, file)).toMatchObject({ ok: true, skipped: 2 });
	});
});

describe('digests', () => {
	const digest = (v: string, eventCount: number): CallDigest => ({
		v,
		eventCount,
		score: 50,
		max: 100,
		rules: { r: [5, 10] },
		questions: 4,
		implication: 1,
		needPayoff: 1,
		benefits: 1,
		benefitsOnExplicit: 1,
		explicitNeeds: 1,
		metNeeds: 1
	});

	it('lists ended calls whose digest is missing, of another version or behind the log', async () => {
		const db = track(await seededDb());
		await db.sessions.update('call-b', { active: 0 });
		expect((await staleDigests(db, 'v1')).map((r) => r.id)).toEqual(['call-a', 'call-b']);
		await saveDigest(db, 'call-a', digest('v1', 15));
		await saveDigest(db, 'call-b', digest('v1', 5));
		expect((await staleDigests(db, 'v1')).map((r) => r.id)).toEqual(['call-b']);
		expect((await staleDigests(db, 'v2')).map((r) => r.id)).toEqual(['call-a', 'call-b']);
		expect((await digestedSessions(db, 'v1')).map((r) => r.id)).toEqual(['call-a', 'call-b']);
	});

	it('a scan stopped by its signal finds nothing, and one still wanted finds everything', async () => {
		const db = track(await seededDb());
		await db.sessions.update('call-b', { active: 0 });
		const left = new AbortController();
		const scan = staleDigests(db, 'v1', 200, left.signal);
		left.abort();
		expect(await scan).toEqual([]);
		expect(await historyFacets(db, left.signal)).toBeNull();
		const wanted = new AbortController().signal;
		expect((await staleDigests(db, 'v1', 200, wanted)).map((r) => r.id)).toEqual([
			'call-a',
			'call-b'
		]);
		expect(await historyFacets(db, wanted)).toEqual(await historyFacets(db));
		expect((await historyFacets(db))?.playbooks.length).toBeGreaterThan(0);
	});
});
