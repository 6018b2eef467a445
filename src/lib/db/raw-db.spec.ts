// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_DATA } from '../../../tests/fixtures/db/v1-data';
import { newSession, sampleCall } from '../../../tests/fixtures/db/helpers';
import { openSpinDb, type SpinDb } from './db';
import { StoreError } from './errors';
import { loadEvents } from './events';
import { memoryLockProvider } from './locks';
import { addPerson } from './people';
import {
	getRow,
	putRow,
	RawDb,
	readEvents,
	rowsByIndex,
	rowsByKeys,
	schemaVersionOf,
	updateRow
} from './raw-db';
import { DB_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_VERSIONS } from './schema';
import { createSession, getSession } from './sessions';
import { getPlaybookText } from './playbooks';
import type { PlaybookTextRow, SessionRow } from './types';
import { openSessionWriter, type SessionWriter } from './writer';

const open: { close(): void }[] = [];
const writers: SessionWriter[] = [];
afterEach(async () => {
	for (const w of writers.splice(0)) await w.close();
	for (const db of open.splice(0)) db.close();
});

let counter = 0;
const freshName = () => `raw-db-test-${process.pid}-${++counter}-${Math.random()}`;

function spin(name: string): SpinDb {
	const db = openSpinDb(name);
	open.push(db);
	return db;
}

function raw(name: string, prepare?: (name: string) => Promise<void>): RawDb {
	const db = new RawDb(name, prepare);
	open.push(db);
	return db;
}

/** The native version and store names of database `name`, read with a plain open. */
async function inspect(name: string): Promise<{ version: number; stores: string[] }> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const out = { version: db.version, stores: [...db.objectStoreNames] };
	db.close();
	return out;
}

const allStores = () => [...new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)))].sort();

describe('RawDb on a database Dexie keeps', () => {
	it('reads the rows Dexie wrote, and Dexie reads the rows it writes', async () => {
		const name = freshName();
		const dexie = spin(name);
		const session = await createSession(dexie, newSession());
		await dexie.events.bulkAdd(
			sampleCall()
				.slice(0, 3)
				.map((event, i) => ({ sessionId: session.id, seq: i + 1, event }))
		);
		const db = raw(name);
		expect(await getRow<SessionRow>(db, 'sessions', session.id)).toEqual(session);
		expect((await readEvents(db, session.id)).map((r) => r.seq)).toEqual([1, 2, 3]);
		expect(await readEvents(db, 'no-such-call')).toEqual([]);
		const text = await getRow<PlaybookTextRow>(db, 'playbookTexts', session.playbookHash);
		expect(text?.text).toBe((await getPlaybookText(dexie, session.playbookHash))?.text);

		await putRow(db, 'meta', { key: 'k', value: 1 });
		expect(await dexie.meta.get('k')).toEqual({ key: 'k', value: 1 });
		await updateRow(db, 'sessions', session.id, { title: 'Renamed' });
		expect((await getSession(dexie, session.id))?.title).toBe('Renamed');
		// Like Dexie's update: no row, nothing written.
		await updateRow(db, 'sessions', 'no-such-call', { title: 'Ghost' });
		expect(await getSession(dexie, 'no-such-call')).toBeUndefined();
	});

	it('reads by index and by keys as the call screen asks', async () => {
		const name = freshName();
		const dexie = spin(name);
		const a = (await addPerson(dexie, { accountId: 'acc-1', name: 'Wang Fang' })).id;
		const b = (await addPerson(dexie, { accountId: 'acc-1', name: 'Li Lei' })).id;
		await addPerson(dexie, { accountId: 'acc-2', name: 'Zhao Min' });
		const db = raw(name);
		const people = await rowsByIndex<{ id: string }>(db, 'people', 'accountId', 'acc-1');
		expect(people.map((p) => p.id).sort()).toEqual([a, b].sort());
		const byKeys = await rowsByKeys<{ name: string }>(db, 'people', [b, 'missing', a]);
		expect(byKeys.map((p) => p?.name)).toEqual(['Li Lei', undefined, 'Wang Fang']);
	});
});

describe('RawDb and the schema', () => {
	it('lets Dexie create a missing database, then opens it', async () => {
		const name = freshName();
		const db = raw(name);
		await db.open();
		expect(schemaVersionOf(db.backendDB().version)).toBe(DB_SCHEMA_VERSION);
		expect([...db.backendDB().objectStoreNames].sort()).toEqual(allStores());
		expect(await getRow(db, 'sessions', 'x')).toBeUndefined();
	});

	it('never creates a database itself: an empty one is left to Dexie', async () => {
		const name = freshName();
		const asked: string[] = [];
		const db = raw(name, async (n) => void asked.push(n));
		// The stand-in creates nothing, so the database is still missing: refused, not created.
		await expect(db.open()).rejects.toMatchObject({ code: 'schema_outdated' });
		expect(asked).toEqual([name]);
		const left = await inspect(name);
		expect(left.stores).toEqual([]);
	});

	it('has Dexie upgrade an older database and loses nothing', async () => {
		const name = freshName();
		const v1 = new Dexie(name);
		v1.version(1).stores(SCHEMA_V1);
		await v1.table('sessions').bulkAdd(V1_DATA.sessions);
		await v1.table('events').bulkAdd(V1_DATA.events);
		v1.close();
		const db = raw(name);
		const first = V1_DATA.sessions[0] as SessionRow;
		expect(await getRow<SessionRow>(db, 'sessions', first.id)).toEqual(first);
		expect(schemaVersionOf(db.backendDB().version)).toBe(DB_SCHEMA_VERSION);
		expect((await readEvents(db, first.id)).map((r) => r.seq)).toEqual([1, 2, 3]);
	});

	it('refuses a database a newer build wrote, and says it is stale', async () => {
		const name = freshName();
		const newer = new Dexie(name);
		for (const { version, stores } of SCHEMA_VERSIONS) newer.version(version).stores(stores);
		newer.version(DB_SCHEMA_VERSION + 1).stores({ future: 'id' });
		await newer.open();
		newer.close();
		const db = raw(name);
		let told = 0;
		db.onStale(() => told++);
		const error = await db.open().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StoreError);
		expect(error).toMatchObject({ code: 'schema_outdated' });
		expect(db.stale).toBe(true);
		expect(told).toBe(1);
		expect(db.isOpen()).toBe(false);
	});

	it('goes stale when another tab upgrades to a newer schema, and never writes again', async () => {
		const name = freshName();
		const current = spin(name);
		await current.open();
		current.close();
		const db = raw(name);
		await db.open();
		let told = 0;
		db.onStale(() => told++);
		const newer = new Dexie(name);
		for (const { version, stores } of SCHEMA_VERSIONS) newer.version(version).stores(stores);
		newer.version(DB_SCHEMA_VERSION + 1).stores({ future: 'id' });
		// Not blocked: the plain connection closes itself on `versionchange`.
		await newer.open();
		newer.close();
		expect(told).toBe(1);
		expect(db.stale).toBe(true);
		await expect(putRow(db, 'meta', { key: 'k', value: 1 })).rejects.toMatchObject({
			code: 'schema_outdated'
		});
	});
});

describe('the session writer on a RawDb', () => {
	it('appends, folds the summary, and a new writer carries on after the last seq', async () => {
		const name = freshName();
		const dexie = spin(name);
		const session = await createSession(dexie, newSession());
		const db = raw(name);
		const locks = memoryLockProvider();
		const first = openSessionWriter(db, session.id, { locks, lifecycle: null });
		writers.push(first);
		const events = sampleCall();
		for (const event of events.slice(0, 4)) await first.append(event);
		expect(first.status).toMatchObject({ state: 'saved', lastSavedSeq: 4 });
		await first.close();
		const stored = await getSession(dexie, session.id);
		expect(stored?.eventCount).toBe(4);
		expect(stored?.counts.situation).toBeGreaterThan(0);

		const second = openSessionWriter(db, session.id, { locks, lifecycle: null });
		writers.push(second);
		expect(await second.append(events[4])).toBe(5);
		expect((await loadEvents(dexie, session.id)).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
	});

	it('reopens a connection the browser closed and stores the event', async () => {
		const name = freshName();
		const dexie = spin(name);
		const session = await createSession(dexie, newSession());
		const db = raw(name);
		const w = openSessionWriter(db, session.id, { locks: memoryLockProvider(), lifecycle: null });
		writers.push(w);
		await w.append(sampleCall()[0]);
		// As after the browser dropped the connection: the next append finds it closed.
		db.close();
		expect(await w.append(sampleCall()[1])).toBe(2);
		expect(w.status).toMatchObject({ state: 'saved', lastSavedSeq: 2 });
		expect((await loadEvents(dexie, session.id)).map((r) => r.seq)).toEqual([1, 2]);
	});
});
