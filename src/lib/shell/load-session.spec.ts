// A stored call's screens read its log; a long one is packed after the screen is shown, and read
// from the pack from then on, with the same events.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createSession, getSpinDb } from '$lib/db';
import { PACK_MIN_ROWS } from '$lib/db/log-pack';
import type { CallEvent } from '$lib/session/events';
import { newSession } from '../../../tests/fixtures/db/calls';
import { loadStoredSession } from './load-session';

const notes = (from: number, n: number): CallEvent[] =>
	Array.from({ length: n }, (_, i) => ({
		v: 1,
		at: 1000 + from + i,
		type: 'note.add',
		text: `note ${from + i}`
	}));

describe('loadStoredSession', () => {
	it('packs a long log once shown, then reads the pack and the rows after it', async () => {
		const db = getSpinDb();
		const row = await createSession(db, newSession());
		const first = notes(0, PACK_MIN_ROWS);
		await db.events.bulkAdd(first.map((event, i) => ({ sessionId: row.id, seq: i + 1, event })));

		const loaded = await loadStoredSession(row.id);
		expect(loaded?.events).toEqual(first);
		await vi.waitFor(async () => expect((await db.logPacks.get(row.id))?.seq).toBe(PACK_MIN_ROWS));

		const later = notes(PACK_MIN_ROWS, 2);
		await db.events.bulkAdd(
			later.map((event, i) => ({ sessionId: row.id, seq: PACK_MIN_ROWS + i + 1, event }))
		);
		expect((await loadStoredSession(row.id))?.events).toEqual([...first, ...later]);
	});

	it('leaves a short log as rows', async () => {
		const db = getSpinDb();
		const row = await createSession(db, newSession());
		const events = notes(0, 15);
		await db.events.bulkAdd(events.map((event, i) => ({ sessionId: row.id, seq: i + 1, event })));
		expect((await loadStoredSession(row.id))?.events).toEqual(events);
		await new Promise((r) => setTimeout(r, 50));
		expect(await db.logPacks.get(row.id)).toBeUndefined();
	});
});
