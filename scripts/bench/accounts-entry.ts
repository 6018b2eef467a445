// Runs inside real Chromium (bundled by esbuild in browser.ts): the /accounts overview (visits
// due with each account's latest call and next step, the week, the 80/20 portfolio) over 2,000
// accounts, 20,000 people and 50,000 calls, next to bare reads of the same database, and the
// one-off rebuild of the cached latest calls.
import { openSpinDb } from '../../src/lib/db';
import { loadAccountOverview } from '../../src/lib/db/account-overview';
import type { AccountRow, EventRow, PersonRow, SessionRow } from '../../src/lib/db/types';
import type { Tier } from '../../src/lib/playbook/types';

const ACCOUNTS = 2_000;
const PEOPLE_PER_ACCOUNT = 10;
const CALLS_PER_ACCOUNT = 25;
const NOW = Date.UTC(2026, 11, 10, 9);
const DAY = 86_400_000;

function stat(samples: number[]) {
	const s = [...samples].sort((a, b) => a - b);
	return {
		p50: s[Math.floor(s.length / 2)],
		p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]
	};
}

async function seed(name: string) {
	const db = openSpinDb(name);
	const tiers: Tier[] = ['platinum', 'gold', 'gold', 'iron', 'iron', 'iron', 'lead', 'lead'];
	const accounts: AccountRow[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
		id: crypto.randomUUID(),
		name: `Account ${String(i).padStart(4, '0')}`,
		tier: tiers[i % tiers.length],
		profit: Math.round(1_000_000 / (i + 1)) - (i % 10 === 9 ? 5_000 : 0),
		createdAt: NOW,
		updatedAt: NOW,
		...(i % 20 === 19 ? { cut: { reason: 'noProfit' as const, at: NOW } } : {})
	}));
	const people: PersonRow[] = accounts.flatMap((a) =>
		Array.from({ length: PEOPLE_PER_ACCOUNT }, (_, j) => ({
			id: crypto.randomUUID(),
			accountId: a.id,
			name: `Person ${j} of ${a.name}`,
			insideContact: j === 0,
			helpsWith: [],
			file: { food: 'tea', reading: 'history' },
			createdAt: NOW,
			updatedAt: NOW
		}))
	);
	const template: Omit<SessionRow, 'id' | 'startedAt' | 'updatedAt' | 'account'> = {
		playbookId: 'bench',
		playbookVersion: '1',
		playbookHash: 'bench',
		mode: 'live',
		title: 'Bench call',
		locale: 'en',
		active: 0,
		stage: 'committing',
		outcome: 'advance',
		eventCount: 2,
		counts: { situation: 2, problem: 2, implication: 1, needPayoff: 1 },
		needsExplicit: 1,
		needsImplied: 1,
		needs: [
			{ id: 'speed', level: 'explicit' },
			{ id: 'cost', level: 'implied' }
		]
	};
	await db.accounts.bulkAdd(accounts);
	await db.people.bulkAdd(people);
	for (let c = 0; c < CALLS_PER_ACCOUNT; c++) {
		const sessions: SessionRow[] = [];
		const events: EventRow[] = [];
		accounts.forEach((a, i) => {
			const id = crypto.randomUUID();
			const startedAt = NOW - ((i * 7 + c * 29) % 720) * DAY;
			sessions.push({
				...template,
				id,
				startedAt,
				updatedAt: startedAt,
				endedAt: startedAt,
				account: { name: a.name, accountId: a.id }
			});
			events.push(
				{
					sessionId: id,
					seq: 1,
					event: {
						v: 1,
						at: startedAt,
						type: 'call.plan',
						mode: 'live',
						playbookId: 'bench',
						objective: 'Pilot',
						primaryAdvance: { kind: 'demo' },
						account: { name: a.name, accountId: a.id }
					}
				},
				{
					sessionId: id,
					seq: 2,
					event: {
						v: 1,
						at: startedAt + 1,
						type: 'call.end',
						outcome: 'advance',
						nextStep: { text: `Step ${c}`, date: '2026-12-11' }
					}
				}
			);
		});
		await db.transaction('rw', db.sessions, db.events, async () => {
			await db.sessions.bulkAdd(sessions);
			await db.events.bulkAdd(events);
		});
	}
	db.close();
}

function bareGetAll(name: string, store: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(name);
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const idb = open.result;
			const start = performance.now();
			const req = idb.transaction(store, 'readonly').objectStore(store).getAll();
			req.onsuccess = () => {
				const ms = performance.now() - start;
				idb.close();
				resolve(ms);
			};
			req.onerror = () => reject(req.error);
		};
	});
}

/** The overview timed against bare scans of the accounts and of every call. */
export async function runAccountsBench() {
	if (!String(indexedDB.open).includes('[native code]')) {
		throw new Error('the accounts benchmark must run on the real IndexedDB of the browser');
	}
	const name = `bench-accounts-${Date.now()}`;
	await seed(name);
	const overview: number[] = [];
	const accounts: number[] = [];
	const sessions: number[] = [];
	let due = 0;
	// The seed wrote calls below the app (bulkAdd), as an import does: the first overview
	// rebuilds each account's cached latest call (db/last-calls.ts) once; it is timed apart.
	const first = openSpinDb(name);
	await first.open();
	let start = performance.now();
	await loadAccountOverview(first, { now: NOW, timeZone: 'Asia/Shanghai' });
	const rebuild = performance.now() - start;
	first.close();
	for (let i = 0; i < 7; i++) {
		const db = openSpinDb(name);
		await db.open();
		start = performance.now();
		const o = await loadAccountOverview(db, { now: NOW, timeZone: 'Asia/Shanghai' });
		overview.push(performance.now() - start);
		due = o.due.length;
		if (o.portfolio.rows.length === 0) throw new Error('empty portfolio');
		db.close();
		accounts.push(await bareGetAll(name, 'accounts'));
		sessions.push(await bareGetAll(name, 'sessions'));
	}
	return {
		overview: stat(overview),
		accounts: stat(accounts),
		sessions: stat(sessions),
		rebuild,
		due
	};
}

(globalThis as unknown as { runAccountsBench: typeof runAccountsBench }).runAccountsBench =
	runAccountsBench;
