// The background digest fill stops when the screen that started it is left.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { seededDb } from '../../../tests/fixtures/db/helpers';
import type { SpinDb } from '$lib/db/db';
import { staleDigests } from '$lib/db/history';
import { DIGEST_VERSION } from '$lib/review/digest';
import { fillDigests } from './digests';

const open: SpinDb[] = [];
afterEach(async () => {
	for (const db of open.splice(0)) {
		db.close();
		await db.delete();
	}
});

const stale = async (db: SpinDb) => (await staleDigests(db, DIGEST_VERSION)).map((r) => r.id);

describe('fillDigests', () => {
	it('digests nothing once its signal is aborted, and every ended call otherwise', async () => {
		const db = await seededDb();
		open.push(db);
		expect(await stale(db)).toEqual(['call-a']);
		const left = new AbortController();
		left.abort();
		expect(await fillDigests(db, undefined, left.signal)).toBe(0);
		expect(await stale(db)).toEqual(['call-a']);
		expect(await fillDigests(db, undefined, new AbortController().signal)).toBe(1);
		expect(await stale(db)).toEqual([]);
	});
});
