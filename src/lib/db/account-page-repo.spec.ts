import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountCall, freshDb, newSession } from '../../../tests/fixtures/db/helpers';
import {
	readAccountCompetitors,
	readAccountFinancials,
	readAccountPage,
	readCallDigests,
	readLooseCalls,
	RECENT_CALLS
} from './account-page-repo';
import { createAccount } from './accounts';
import {
	addSurvey,
	saveHealthSettings,
	saveRetention,
	saveServicePlan,
	saveTerms
} from './care-repo';
import { createCompetitor, linkCompetitor, saveSection } from './competitor-repo';
import type { SpinDb } from './db';
import { savePeriod } from './financial-repo';
import { addPerson } from './people';
import { createSession } from './sessions';
import { addVisit } from './visits';

afterEach(() => vi.restoreAllMocks());

function endedCall(db: SpinDb, accountId: string, startedAt: number, objective: string) {
	const nextStep = { text: `after ${objective}`, date: '2026-12-20' };
	return accountCall(db, { accountId, name: 'A', startedAt, objective, nextStep });
}

const PERIOD = { days: 365, inputs: { revenue: 10 }, entered: {} };

/** Two accounts with a bit of everything; `a` is the one read. */
async function seed(db: SpinDb) {
	const a = await createAccount(db, { name: 'Acme', tier: 'gold' }, 1);
	const b = await createAccount(db, { name: 'Beta', tier: 'iron' }, 2);
	await addPerson(db, { accountId: a.id, name: 'Zhang' });
	await addPerson(db, { accountId: a.id, name: 'Li' });
	await addPerson(db, { accountId: b.id, name: 'Other' });
	await addVisit(db, { accountId: a.id, day: '2026-11-01', kind: 'logged' });
	await addVisit(db, { accountId: b.id, day: '2026-11-02', kind: 'logged' });
	const late = await endedCall(db, a.id, 3000, 'second');
	const early = await endedCall(db, a.id, 1000, 'first');
	await endedCall(db, b.id, 2000, 'elsewhere');
	const loose = await createSession(db, newSession({ startedAt: 500, account: undefined }));
	await savePeriod(db, { ...PERIOD, accountId: a.id, label: 'FY25', endsOn: '2025-12-31' });
	await savePeriod(db, { ...PERIOD, accountId: a.id, label: 'FY24', endsOn: '2024-12-31' });
	await savePeriod(db, { ...PERIOD, accountId: b.id, label: 'B', endsOn: '2024-12-31' });
	const rival = await createCompetitor(db, 'Rival', 1);
	const quiet = await createCompetitor(db, 'Quiet', 1);
	const unlinked = await createCompetitor(db, 'Unlinked', 1);
	await saveSection(db, rival, 'counterMeasures', 'old answer', 2);
	await saveSection(db, rival, 'counterMeasures', 'new answer', 3);
	await saveSection(db, rival, 'pricing', 'cheap', 4);
	await saveSection(db, quiet, 'pricing', 'no counter yet', 2);
	await saveSection(db, unlinked, 'counterMeasures', 'not here', 2);
	await linkCompetitor(db, {
		competitorId: rival,
		accountId: a.id,
		role: 'incumbent',
		insideContact: true
	});
	await linkCompetitor(db, {
		competitorId: quiet,
		accountId: a.id,
		role: 'challenger',
		insideContact: false
	});
	await linkCompetitor(db, {
		competitorId: unlinked,
		accountId: b.id,
		role: 'incumbent',
		insideContact: false
	});
	await saveTerms(db, {
		accountId: a.id,
		annualVolume: '5,000 t',
		procurement: 'tender',
		signers: 'CFO',
		quality: 'ISO',
		delivery: 'JIT'
	});
	await saveTerms(db, {
		accountId: b.id,
		annualVolume: 'b',
		procurement: '',
		signers: '',
		quality: '',
		delivery: ''
	});
	await saveServicePlan(db, {
		accountId: a.id,
		parts: { situation: { text: 'stable', owner: 'me', due: '' } },
		milestones: []
	});
	await saveRetention(db, {
		accountId: a.id,
		communication: {},
		alignments: {},
		guarantees: { product: { light: 'red', reason: 'late' } }
	});
	await addSurvey(db, { accountId: a.id, takenOn: '2026-10-01', scores: { product: 4 }, note: '' });
	await addSurvey(db, { accountId: b.id, takenOn: '2026-10-02', scores: { product: 2 }, note: '' });
	return { a, b, late, early, loose, rival, quiet, unlinked };
}

describe('readLooseCalls', () => {
	it('lists the calls of no account among the latest 100, newest first', async () => {
		const db = freshDb();
		const s = await seed(db);
		const newer = await createSession(db, newSession({ startedAt: 600, account: undefined }));
		expect((await readLooseCalls(db)).map((c) => c.id)).toEqual([newer.id, s.loose.id]);
		// 100 newer calls of an account push the loose ones out of the scan.
		const account = { name: 'Beta', accountId: s.b.id };
		for (let i = 0; i < 100; i++)
			await createSession(db, newSession({ startedAt: 10_000 + i, account }));
		expect(await readLooseCalls(db)).toEqual([]);
		db.close();
	});
});

describe('readAccountPage', () => {
	it('returns null for an account that does not exist', async () => {
		const db = freshDb();
		await createAccount(db, { name: 'Acme' });
		expect(await readAccountPage(db, 'missing')).toBeNull();
		db.close();
	});

	it("reads the account's rows and its health records, and nothing of another account", async () => {
		const db = freshDb();
		const s = await seed(db);
		const page = await readAccountPage(db, s.a.id);
		expect(page).not.toBeNull();
		if (!page) return;
		expect(page.account.id).toBe(s.a.id);
		expect(page.accounts.map((x) => x.name)).toEqual(['Acme', 'Beta']);
		expect(page.people.map((p) => p.name)).toEqual(['Li', 'Zhang']);
		expect(page.visits.map((v) => v.day)).toEqual(['2026-11-01']);
		// Calls oldest first, with the plan's objective and the end's next step.
		expect(page.calls.map((c) => c.id)).toEqual([s.early.id, s.late.id]);
		expect(page.digests.get(s.early.id)).toEqual({
			objective: 'first',
			nextStep: { text: 'after first', date: '2026-12-20' }
		});

		const care = page.care;
		expect(care.periods.map((p) => p.label)).toEqual(['FY24', 'FY25']);
		expect(care.settings.staleDays).toBeGreaterThan(0);
		expect(care.competitors.map((c) => c.name)).toEqual(['Quiet', 'Rival', 'Unlinked']);
		const links = new Map(care.links.map((l) => [l.competitorId, l]));
		expect([...links.keys()].sort()).toEqual([s.rival, s.quiet].sort());
		expect(links.get(s.rival)).toMatchObject({
			role: 'incumbent',
			insideContact: true,
			counter: 'new answer'
		});
		expect(links.get(s.quiet)?.counter).toBeUndefined();
		expect(care.terms?.annualVolume).toBe('5,000 t');
		expect(care.plan?.parts.situation?.text).toBe('stable');
		expect(care.retention?.guarantees.product?.light).toBe('red');
		expect(care.surveys.map((x) => x.takenOn)).toEqual(['2026-10-01']);
		db.close();
	});

	it('reads the plan and end of the newest calls only; the earlier ones on request', async () => {
		const db = freshDb();
		const acme = await createAccount(db, { name: 'Acme' });
		for (let i = 0; i < RECENT_CALLS + 3; i++)
			await endedCall(db, acme.id, 1000 * (i + 1), `o${i}`);
		const page = await readAccountPage(db, acme.id);
		if (!page) throw new Error('no page');
		expect(page.calls).toHaveLength(RECENT_CALLS + 3);
		const newest = page.calls.slice(-RECENT_CALLS).map((c) => c.id);
		expect([...page.digests.keys()].sort()).toEqual([...newest].sort());
		expect(page.digests.get(newest[0])?.objective).toBe('o3');
		const earlier = await readCallDigests(db, page.calls.slice(0, 3));
		expect(page.calls.slice(0, 3).map((c) => earlier.get(c.id)?.objective)).toEqual([
			'o0',
			'o1',
			'o2'
		]);
		db.close();
	});

	it('opens one IndexedDB transaction for the whole page', async () => {
		// Dexie binds the connection's `transaction` when it opens: spy before that.
		const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
		const db = freshDb();
		const s = await seed(db);
		spy.mockClear();
		await readAccountPage(db, s.a.id);
		expect(spy).toHaveBeenCalledTimes(1);
		expect([...spy.mock.calls[0][0]].sort()).toEqual(
			expect.arrayContaining(['sessions', 'events', 'financialPeriods', 'dossierEntries'])
		);
		expect(spy.mock.calls[0][1]).toBe('readonly');
		db.close();
	});

	it('re-reads one slice after a write', async () => {
		const db = freshDb();
		const s = await seed(db);
		await saveSection(db, s.quiet, 'counterMeasures', 'show the uptime', 9);
		const competitors = await readAccountCompetitors(db, s.a.id);
		expect(competitors.links.find((l) => l.competitorId === s.quiet)?.counter).toBe(
			'show the uptime'
		);
		await saveHealthSettings(db, {
			thresholds: (await readAccountFinancials(db, s.a.id)).settings.thresholds,
			staleDays: 30
		});
		await savePeriod(db, { ...PERIOD, accountId: s.a.id, label: 'FY26', endsOn: '2026-12-31' });
		const financials = await readAccountFinancials(db, s.a.id);
		expect(financials.periods.map((p) => p.label)).toEqual(['FY24', 'FY25', 'FY26']);
		expect(financials.settings.staleDays).toBe(30);
		db.close();
	});
});
