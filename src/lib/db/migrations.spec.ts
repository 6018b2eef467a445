// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { V1_DATA } from '../../../tests/fixtures/db/v1-data';
import { openSpinDb } from './db';
import { loadEvents } from './events';
import { DB_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_VERSIONS } from './schema';
import { listSessions, listUnfinished } from './sessions';

const TABLES = Object.keys(V1_DATA) as (keyof typeof V1_DATA)[];

/** Writes the fixture the way a version-1 build would: a Dexie that knows only version(1). */
async function writeV1Database(name: string) {
	const v1 = new Dexie(name);
	v1.version(1).stores(SCHEMA_V1);
	await v1.transaction('rw', TABLES, async () => {
		for (const table of TABLES) await v1.table(table).bulkAdd(V1_DATA[table]);
	});
	v1.close();
}

describe('schema migrations', () => {
	it('declares versions append-only, starting with the frozen version 1', () => {
		expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: SCHEMA_V1 });
		const numbers = SCHEMA_VERSIONS.map((v) => v.version);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(new Set(numbers).size).toBe(numbers.length);
		expect(DB_SCHEMA_VERSION).toBe(numbers[numbers.length - 1]);
	});

	it('opens a version-1 database with the current schema and loses nothing', async () => {
		const name = `migration-v1-${Math.random()}`;
		await writeV1Database(name);
		const db = openSpinDb(name);
		await db.open();
		expect(db.verno).toBe(DB_SCHEMA_VERSION);
		for (const table of TABLES) {
			const rows = await db.table(table).toArray();
			expect(rows, table).toHaveLength(V1_DATA[table].length);
			// Later versions may add fields, never drop or change the ones version 1 wrote.
			for (const row of V1_DATA[table]) expect(rows).toContainEqual(expect.objectContaining(row));
		}
		// The indexes the app reads through still answer.
		const page = await listSessions(db, { limit: 1 });
		expect(page.sessions[0].id).toBe(V1_DATA.sessions[0].id);
		expect(page.next).not.toBeNull();
		expect((await listUnfinished(db)).map((s) => s.id)).toEqual([V1_DATA.sessions[0].id]);
		expect((await loadEvents(db, V1_DATA.sessions[0].id)).map((r) => r.seq)).toEqual([1, 2, 3]);
		db.close();
	});
});
