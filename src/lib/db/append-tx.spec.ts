// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { Dexie, rangesOverlap, RangeSet, type IndexableType, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, newSession, sampleCall } from '../../../tests/fixtures/db/helpers';
import { appendRows } from './append-tx';
import { foldForSummary, summaryRow } from './summary';
import type { SpinDb } from './db';
import { createSession, getSession, updateSummary } from './sessions';

let db: SpinDb;
afterEach(() => db?.close());

const rowsOf = (sessionId: string, from: number, count: number) =>
	sampleCall()
		.slice(from - 1, from - 1 + count)
		.map((event, i) => ({ sessionId, seq: from + i, event }));

describe('appendRows', () => {
	it('stores the events and the folded summary, and resolves with that summary', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		await db.open();
		const rows = rowsOf(s.id, 1, 4);
		const fold = foldForSummary(rows.map((r) => r.event));
		const written = await appendRows(db, s.id, rows, s, undefined, fold);
		expect(written).toEqual(summaryRow(s, fold, 4));
		expect(await getSession(db, s.id)).toEqual(written);
		expect(await db.events.count()).toBe(4);
	});

	it('folds from the stored row when it is not the one the caller expected', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		await updateSummary(db, s.id, { title: 'Edited elsewhere' });
		const rows = rowsOf(s.id, 1, 3);
		const written = await appendRows(
			db,
			s.id,
			rows,
			s,
			undefined,
			foldForSummary(rows.map((r) => r.event))
		);
		expect(written).toMatchObject({ title: 'Edited elsewhere', eventCount: 3 });
		expect(await getSession(db, s.id)).toEqual(written);
	});

	it('announces the added events and the summary row to storagemutated listeners', async () => {
		db = freshDb();
		const s = await createSession(db, newSession());
		await db.open();
		const seen: ObservabilitySet[] = [];
		const listener = (parts: ObservabilitySet) => void seen.push(parts);
		Dexie.on('storagemutated', listener);
		try {
			await appendRows(
				db,
				s.id,
				rowsOf(s.id, 1, 2),
				s,
				undefined,
				foldForSummary(rowsOf(s.id, 1, 2).map((r) => r.event))
			);
			for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
		} finally {
			Dexie.on('storagemutated').unsubscribe(listener);
		}
		const parts = seen.find((p) => `idb://${db.name}/events/` in p);
		expect(parts).toBeDefined();
		const has = (key: string, value: IndexableType) =>
			rangesOverlap(parts![`idb://${db.name}/${key}`], new RangeSet(value));
		expect(has('events/', [s.id, 2])).toBe(true);
		expect(has('events/', [s.id, 3])).toBe(false);
		expect(has('sessions/', s.id)).toBe(true);
		// The history list's index: the row left [1, startedAt] and moved to a later updatedAt.
		expect(has('sessions/[active+updatedAt]', [1, s.updatedAt])).toBe(true);
	});
});
