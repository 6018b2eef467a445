import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '$lib/accounts/thresholds';
import {
	addSurvey,
	deleteSurvey,
	eraseAccountHealth,
	accountHealthTables,
	getHealthSettings,
	getRetention,
	getServicePlan,
	listSurveys,
	saveHealthSettings,
	saveRetention,
	saveServicePlan,
	updateSurvey
} from './care-repo';
import {
	createCompetitor,
	deleteCompetitor,
	linkCompetitor,
	linksOfAccount,
	listCompetitors,
	loadDossier,
	saveSection
} from './competitor-repo';
import { openSpinDb } from './db';
import { deletePeriod, listPeriods, savePeriod } from './financial-repo';
import { erasedIds } from './tombstones';

const fresh = () => openSpinDb(`health-${Math.random()}`);
const UUID = /^[0-9a-f-]{36}$/;

describe('financial periods', () => {
	it('stores periods oldest first and erases with a tombstone', async () => {
		const db = fresh();
		const base = { accountId: 'a1', days: 365, inputs: { revenue: 10 }, entered: {} };
		const late = await savePeriod(db, { ...base, label: 'FY25', endsOn: '2025-12-31' }, 5);
		const early = await savePeriod(db, { ...base, label: 'FY24', endsOn: '2024-12-31' }, 6);
		await savePeriod(db, { ...base, accountId: 'a2', label: 'x', endsOn: '2024-01-01' });
		expect(late).toMatch(UUID);
		expect((await listPeriods(db, 'a1')).map((p) => p.label)).toEqual(['FY24', 'FY25']);
		await savePeriod(db, { ...base, id: early, label: 'FY2024', endsOn: '2024-12-31' }, 9);
		const [edited] = await listPeriods(db, 'a1');
		expect(edited).toMatchObject({ id: early, label: 'FY2024', updatedAt: 9 });
		await deletePeriod(db, late, 10);
		expect((await listPeriods(db, 'a1')).map((p) => p.id)).toEqual([early]);
		expect(await erasedIds(db, 'financialPeriod')).toEqual(new Set([late]));
		db.close();
	});
});

describe('competitors', () => {
	it('keeps every dossier revision and reads the latest', async () => {
		const db = fresh();
		const id = await createCompetitor(db, '  Acme Supply ', 1);
		await saveSection(db, id, 'pricing', 'Matches any price', 2);
		await saveSection(db, id, 'pricing', 'Undercuts by 5 %', 3);
		await saveSection(db, id, 'counterMeasures', 'Lead with uptime data', 4);
		const dossier = await loadDossier(db, id);
		expect(dossier.pricing?.text).toBe('Undercuts by 5 %');
		expect(dossier.counterMeasures?.updatedAt).toBe(4);
		expect((await listCompetitors(db))[0].name).toBe('Acme Supply');
		db.close();
	});

	it('links once per account and competitor; erasing removes links and dossier', async () => {
		const db = fresh();
		const c = await createCompetitor(db, 'Acme');
		const l1 = await linkCompetitor(db, {
			competitorId: c,
			accountId: 'a1',
			role: 'incumbent',
			insideContact: false
		});
		const l2 = await linkCompetitor(db, {
			competitorId: c,
			accountId: 'a1',
			role: 'challenger',
			insideContact: true
		});
		expect(l2).toBe(l1);
		expect(await linksOfAccount(db, 'a1')).toMatchObject([
			{ role: 'challenger', insideContact: true }
		]);
		const entry = await saveSection(db, c, 'basics', 'HQ Shanghai');
		await deleteCompetitor(db, c, 50);
		expect(await linksOfAccount(db, 'a1')).toEqual([]);
		expect(await loadDossier(db, c)).toEqual({});
		expect(await erasedIds(db, 'competitor')).toEqual(new Set([c]));
		expect(await erasedIds(db, 'competitorLink')).toEqual(new Set([l1]));
		expect(await erasedIds(db, 'dossierEntry')).toEqual(new Set([entry.id]));
		db.close();
	});
});

describe('care records', () => {
	it('keeps one service plan and one retention check per account', async () => {
		const db = fresh();
		const plan = {
			accountId: 'a1',
			parts: { goals: { text: 'Win the pilot', owner: 'Li', due: '2026-03-01' } },
			milestones: []
		};
		const id1 = await saveServicePlan(db, plan, 1);
		const id2 = await saveServicePlan(
			db,
			{ ...plan, milestones: [{ id: 'm', title: 'Pilot', owner: 'Li', due: '2026-02-01' }] },
			2
		);
		expect(id2).toBe(id1);
		expect((await getServicePlan(db, 'a1'))?.milestones).toHaveLength(1);
		await saveRetention(db, {
			accountId: 'a1',
			communication: {},
			alignments: {},
			guarantees: { value: { light: 'red', reason: 'price' } }
		});
		expect((await getRetention(db, 'a1'))?.guarantees.value?.light).toBe('red');
		expect(await getRetention(db, 'a2')).toBeUndefined();
		db.close();
	});

	it('corrects a past survey in place, bumping updatedAt, and deletes one with a tombstone', async () => {
		const db = fresh();
		const id = await addSurvey(
			db,
			{ accountId: 'a1', takenOn: '2026-01-05', scores: { product: 4, service: 2 }, note: 'x' },
			10
		);
		const other = await addSurvey(
			db,
			{ accountId: 'a1', takenOn: '2026-02-05', scores: { value: 3 }, note: '' },
			11
		);
		expect(
			await updateSurvey(
				db,
				id,
				{ takenOn: '2026-01-06', scores: { service: 5 }, note: 'typo fixed' },
				20
			)
		).toBe(true);
		const rows = await listSurveys(db, 'a1');
		expect(rows.find((r) => r.id === id)).toEqual({
			id,
			accountId: 'a1',
			takenOn: '2026-01-06',
			// The cleared product score is gone, not kept from before.
			scores: { service: 5 },
			note: 'typo fixed',
			createdAt: 10,
			updatedAt: 20
		});
		expect(rows.find((r) => r.id === other)?.updatedAt).toBeUndefined();
		expect(await updateSurvey(db, 'nope', { takenOn: '2026-01-01', scores: {}, note: '' })).toBe(
			false
		);
		await deleteSurvey(db, id, 30);
		expect((await listSurveys(db, 'a1')).map((r) => r.id)).toEqual([other]);
		expect(await erasedIds(db, 'survey')).toEqual(new Set([id]));
		db.close();
	});

	it("erases all of an account's health records with tombstones", async () => {
		const db = fresh();
		const s = await addSurvey(db, {
			accountId: 'a1',
			takenOn: '2026-01-01',
			scores: { product: 4 },
			note: ''
		});
		await addSurvey(db, {
			accountId: 'a2',
			takenOn: '2026-01-01',
			scores: { product: 2 },
			note: ''
		});
		const p = await savePeriod(db, {
			accountId: 'a1',
			label: 'FY',
			endsOn: '2025-12-31',
			days: 365,
			inputs: {},
			entered: {}
		});
		await db.transaction('rw', [...accountHealthTables(db), db.tombstones], () =>
			eraseAccountHealth(db, 'a1', 7)
		);
		expect(await listSurveys(db, 'a1')).toEqual([]);
		expect(await listSurveys(db, 'a2')).toHaveLength(1);
		expect(await erasedIds(db, 'survey')).toEqual(new Set([s]));
		expect(await erasedIds(db, 'financialPeriod')).toEqual(new Set([p]));
		db.close();
	});

	it("fills in default settings and stores the user's", async () => {
		const db = fresh();
		expect(await getHealthSettings(db)).toEqual({ thresholds: DEFAULT_THRESHOLDS, staleDays: 90 });
		await saveHealthSettings(db, {
			thresholds: { ...DEFAULT_THRESHOLDS, collectionDays: 45 },
			staleDays: 30
		});
		expect(await getHealthSettings(db)).toMatchObject({
			staleDays: 30,
			thresholds: { collectionDays: 45 }
		});
		db.close();
	});
});
