// Runs inside real Chromium (bundled by esbuild in browser.ts): the store's append latency
// against a bare IndexedDB put, the history page with 10,000 sessions, and opening plus
// replaying a 5,000-event session. Results go back to node as plain numbers.
import { createSession, listSessions, loadEvents, openSpinDb } from '../../src/lib/db';
import { openSessionWriter } from '../../src/lib/db/writer';
import { parsePlaybook } from '../../src/lib/playbook/parse';
import type { CallEvent } from '../../src/lib/session/events';
import { replayParsed } from '../../src/lib/session/replay';
import { newSession, sampleCall } from '../../tests/fixtures/db/calls';
import playbookText from '../../playbooks/key-account-en.md';

const APPENDS = 300;

function quantile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function summary(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: samples.length };
}

/**
 * Appends through the SessionWriter and bare puts, interleaved in random order, so both see the
 * same load on a shared machine (run one after the other, a burst could land on either).
 */
async function appendAndBare() {
	const db = openSpinDb(`bench-append-${Date.now()}`);
	const session = await createSession(db, newSession());
	const writer = openSessionWriter(db, session.id, { lifecycle: null });
	await writer.ready;
	const idb = await new Promise<IDBDatabase>((resolve, reject) => {
		const req = indexedDB.open(`bench-bare-${Date.now()}`, 1);
		req.onupgradeneeded = () => req.result.createObjectStore('events', { keyPath: ['sid', 'seq'] });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const append = async (i: number) => {
		await writer.append({ v: 1, at: Date.now(), type: 'note.add', text: `note ${i}` });
	};
	const bare = (i: number) =>
		new Promise<void>((resolve, reject) => {
			const event = { v: 1, at: Date.now(), type: 'note.add', text: `note ${i}` };
			const tx = idb.transaction('events', 'readwrite');
			tx.objectStore('events').put({ sid: 's', seq: i + 1, event });
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
	const samples = { append: [] as number[], bare: [] as number[] };
	for (let i = 0; i < APPENDS; i++) {
		const order =
			Math.random() < 0.5 ? (['append', 'bare'] as const) : (['bare', 'append'] as const);
		for (const kind of order) {
			const start = performance.now();
			await (kind === 'append' ? append(i) : bare(i));
			samples[kind].push(performance.now() - start);
		}
	}
	await writer.close();
	db.close();
	idb.close();
	return { append: summary(samples.append), bare: summary(samples.bare) };
}

async function historyPage() {
	const db = openSpinDb(`bench-history-${Date.now()}`);
	const template = await createSession(db, newSession({ id: 'template' }));
	const rows = Array.from({ length: 10_000 }, (_, i) => ({
		...template,
		id: `s${i}`,
		startedAt: template.startedAt + i * 60_000,
		updatedAt: template.startedAt + i * 60_000
	}));
	await db.sessions.bulkPut(rows);
	db.close();
	// A fresh connection, as a page load would have.
	const fresh = openSpinDb(db.name);
	const samples: number[] = [];
	for (let i = 0; i < 15; i++) {
		const start = performance.now();
		const page = await listSessions(fresh, { limit: 50 });
		samples.push(performance.now() - start);
		if (page.sessions.length !== 50) throw new Error('history page is not 50 rows');
	}
	fresh.close();
	return summary(samples);
}

async function openAndReplay() {
	const { playbook } = parsePlaybook(playbookText);
	if (!playbook) throw new Error('bundled playbook does not parse');
	const db = openSpinDb(`bench-long-${Date.now()}`);
	const session = await createSession(db, newSession({ id: 'long' }));
	const call = sampleCall();
	const middle = call.slice(3, 12);
	const events: CallEvent[] = call.slice(0, 3);
	while (events.length < 4_999)
		events.push({ ...middle[events.length % middle.length], at: events.length });
	events.push(call[call.length - 1]);
	await db.events.bulkAdd(events.map((event, i) => ({ sessionId: session.id, seq: i + 1, event })));
	db.close();
	const total: number[] = [];
	const load: number[] = [];
	const fold: number[] = [];
	for (let i = 0; i < 10; i++) {
		const fresh = openSpinDb(db.name);
		const start = performance.now();
		const rows = await loadEvents(fresh, 'long');
		const loaded = performance.now();
		replayParsed(
			playbook,
			rows.map((r) => r.event)
		);
		const end = performance.now();
		total.push(end - start);
		load.push(loaded - start);
		fold.push(end - loaded);
		fresh.close();
	}
	return { total: summary(total), load: summary(load), replay: summary(fold) };
}

/** Every store scenario, in order (they share the origin's IndexedDB). */
export async function runStoreBench() {
	// A test fixture that pulls in fake-indexeddb would silently swap the global for a JS one.
	if (!String(indexedDB.open).includes('[native code]')) {
		throw new Error('the store benchmark must run on the real IndexedDB of the browser');
	}
	return {
		...(await appendAndBare()),
		history: await historyPage(),
		long: await openAndReplay()
	};
}

(globalThis as unknown as { runStoreBench: typeof runStoreBench }).runStoreBench = runStoreBench;
