// Runs inside real Chromium at the app's origin (bundled by esbuild in browser.ts): fills the
// app's own database with 10,000 scored calls for the history screen, and a 5,000-event call
// and a 15-event call for the review screen. Results are measured by browser.ts on the pages.
import { createSession, openSpinDb, DB_NAME } from '../../src/lib/db';
import { summaryOfLog } from '../../src/lib/db/summary';
import type { CallDigest, SessionRow } from '../../src/lib/db/types';
import { DIGEST_VERSION } from '../../src/lib/review/digest';
import type { CallEvent } from '../../src/lib/session/events';
import { newSession, sampleCall } from '../../tests/fixtures/db/calls';

const digest = (i: number, eventCount: number): CallDigest => ({
	v: DIGEST_VERSION,
	eventCount,
	score: 30 + (i % 60),
	max: 100,
	rules: { implication_asked: [i % 11, 10], advance_obtained: [i % 2 ? 10 : 0, 10] },
	questions: 8,
	implication: i % 4,
	needPayoff: i % 3,
	benefits: 2,
	benefitsOnExplicit: i % 3,
	explicitNeeds: 1,
	metNeeds: i % 2
});

/** A call of `n` events: the sample call's middle repeated, one second apart. */
function longCall(n: number, t0: number): CallEvent[] {
	const call = sampleCall(t0);
	const middle = call.slice(3, 12);
	const events: CallEvent[] = call.slice(0, 3);
	while (events.length < n - 1) {
		events.push({ ...middle[events.length % middle.length], at: t0 + events.length * 1000 });
	}
	events.push({ ...call[call.length - 1], at: t0 + n * 1000 });
	return events;
}

async function storeCall(id: string, events: CallEvent[]) {
	const db = openSpinDb(DB_NAME);
	const row = await createSession(db, newSession({ id, startedAt: events[0].at - 1000 }));
	const folded = summaryOfLog(row, events);
	await db.events.bulkAdd(events.map((event, i) => ({ sessionId: id, seq: i + 1, event })));
	await db.sessions.put(folded);
	db.close();
}

/** Seeds the app database; returns the ids of the long and the short call. */
export async function seedReviewBench() {
	const db = openSpinDb(DB_NAME);
	const template = await createSession(db, newSession({ id: 'template' }));
	const base = summaryOfLog(template, sampleCall(template.startedAt));
	const rows: SessionRow[] = Array.from({ length: 10_000 }, (_, i) => ({
		...base,
		id: `s${String(i).padStart(5, '0')}`,
		mode: i % 3 ? 'rehearsal' : 'live',
		startedAt: template.startedAt + i * 3_600_000,
		updatedAt: template.startedAt + i * 3_600_000,
		text: `${base.text}\nnote ${i}`,
		digest: digest(i, base.eventCount)
	}));
	await db.sessions.delete('template');
	await db.sessions.bulkPut(rows);
	db.close();
	await storeCall('long', longCall(5_000, 1_800_000_000_000));
	await storeCall('short', sampleCall(1_800_000_000_000));
	return { long: 'long', short: 'short' };
}

/** Drops the long call's log pack (src/lib/db/log-pack.ts): its next review reads every row. */
export async function unpackReviewBench() {
	const db = openSpinDb(DB_NAME);
	await db.logPacks.delete('long');
	db.close();
}

Object.assign(globalThis, { seedReviewBench, unpackReviewBench });
