// Baselines for the store in node + fake-indexeddb. Absolute numbers here say little about a
// browser; what matters is the ratio to a bare IndexedDB put in the same run. Targets (real
// Chromium, measured later): append p95 < 20 ms and within 1.5x of a bare put; history page of
// 50 from 10,000 sessions < 50 ms; open + replay a 5,000-event session < 200 ms.
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { newSession, sampleCall } from '../../../tests/fixtures/db/helpers';
import type { CallEvent } from '$lib/session/events';
import { replayParsed } from '$lib/session/replay';
import { plantPlaybook } from '$lib/session/testing/fixtures';
import { openSpinDb } from './db';
import { loadEvents } from './events';
import { memoryLockProvider } from './locks';
import { createSession, listSessions } from './sessions';
import type { SessionRow } from './types';
import { openSessionWriter } from './writer';

const name = (what: string) => `bench-${what}-${process.pid}`;
const event: CallEvent = { v: 1, at: 1, type: 'note.add', text: 'A short note from the customer' };

async function appendSetup() {
	const db = openSpinDb(name('append'));
	await db.delete({ disableAutoOpen: false });
	const s = await createSession(db, newSession());
	const writer = openSessionWriter(db, s.id, { locks: memoryLockProvider(), lifecycle: null });
	await writer.ready;
	return writer;
}

function bareSetup(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(name('bare'), 1);
		req.onupgradeneeded = () => req.result.createObjectStore('events', { keyPath: ['sid', 'seq'] });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

const writerReady = appendSetup();
const bareReady = bareSetup();
let bareSeq = 0;

describe('append one event', () => {
	bench('SessionWriter.append (event + summary, committed)', async () => {
		await (await writerReady).append(event);
	});
	bench('bare IndexedDB put (one store, committed)', async () => {
		const idb = await bareReady;
		await new Promise<void>((resolve, reject) => {
			const tx = idb.transaction('events', 'readwrite');
			tx.objectStore('events').put({ sid: 's', seq: ++bareSeq, event });
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
	});
});

async function historySetup() {
	const db = openSpinDb(name('history'));
	await db.delete({ disableAutoOpen: false });
	const template = await createSession(db, newSession({ id: 'template' }));
	const rows: SessionRow[] = Array.from({ length: 10_000 }, (_, i) => ({
		...template,
		id: `s${i}`,
		startedAt: 1_700_000_000_000 + i * 60_000
	}));
	await db.sessions.bulkPut(rows);
	return db;
}
const historyReady = historySetup();

describe('history with 10,000 sessions', () => {
	bench('first page of 50, newest first', async () => {
		await listSessions(await historyReady, { limit: 50 });
	});
});

async function longSessionSetup() {
	const db = openSpinDb(name('long'));
	await db.delete({ disableAutoOpen: false });
	const s = await createSession(db, newSession({ id: 'long' }));
	const call = sampleCall();
	const middle = call.slice(3, 12);
	const events: CallEvent[] = [call[0], call[1], call[2]];
	while (events.length < 4_999)
		events.push({ ...middle[events.length % middle.length], at: events.length });
	events.push(call[call.length - 1]);
	await db.events.bulkAdd(events.map((e, i) => ({ sessionId: s.id, seq: i + 1, event: e })));
	return db;
}
const longReady = longSessionSetup();
const playbook = plantPlaybook();

describe('5,000-event session', () => {
	bench('load events', async () => {
		await loadEvents(await longReady, 'long');
	});
	bench('load and replay', async () => {
		const rows = await loadEvents(await longReady, 'long');
		replayParsed(
			playbook,
			rows.map((r) => r.event)
		);
	});
});
