import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openSpinDb } from './db';
import { addTombstones, erasedIds } from './tombstones';

describe('tombstones', () => {
	it('remembers erased ids per kind, idempotently', async () => {
		const db = openSpinDb(`tombstones-${Math.random()}`);
		await addTombstones(db, 'person', ['p1', 'p2'], 10);
		await addTombstones(db, 'person', ['p1'], 20);
		await addTombstones(db, 'account', ['a1'], 30);
		expect([...(await erasedIds(db, 'person'))].sort()).toEqual(['p1', 'p2']);
		expect([...(await erasedIds(db, 'account'))]).toEqual(['a1']);
		expect(await erasedIds(db, 'session')).toEqual(new Set());
		expect((await db.tombstones.get('p1'))?.deletedAt).toBe(20);
		db.close();
	});
});
