// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
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
});
