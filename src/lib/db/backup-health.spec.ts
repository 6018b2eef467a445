import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportHealth, healthImportTables, importHealth, validateHealth } from './backup-health';
import {
	addSurvey,
	deleteSurvey,
	getHealthSettings,
	getServicePlan,
	saveHealthSettings,
	listSurveys,
	saveServicePlan,
	updateSurvey
} from './care-repo';
import {
	createCompetitor,
	deleteCompetitor,
	linkCompetitor,
	loadDossier,
	saveSection
} from './competitor-repo';
import { openSpinDb, type SpinDb } from './db';
import { listPeriods, savePeriod } from './financial-repo';
import { ProblemList } from './import-problems';
import { DEFAULT_THRESHOLDS } from '$lib/accounts/thresholds';

const fresh = () => openSpinDb(`backup-health-${Math.random()}`);

async function seed(db: SpinDb) {
	await savePeriod(
		db,
		{
			accountId: 'a1',
			label: 'FY25',
			endsOn: '2025-12-31',
			days: 365,
			inputs: { revenue: 100, receivables: 30 },
			entered: { currentRatio: 0.9 }
		},
		1
	);
	const c = await createCompetitor(db, 'Acme', 1);
	await saveSection(db, c, 'counterMeasures', 'Show the uptime record', 2);
	await linkCompetitor(
		db,
		{ competitorId: c, accountId: 'a1', role: 'incumbent', insideContact: true },
		3
	);
	await saveServicePlan(
		db,
		{
			accountId: 'a1',
			parts: { team: { text: 'Two engineers', owner: 'Wang', due: '' } },
			milestones: []
		},
		4
	);
	await addSurvey(
		db,
		{ accountId: 'a1', takenOn: '2026-01-05', scores: { service: 3, value: 4 }, note: 'ok' },
		5
	);
	await saveHealthSettings(db, {
		thresholds: { ...DEFAULT_THRESHOLDS, currentRatio: 1.2 },
		staleDays: 60
	});
	return c;
}

const restore = async (db: SpinDb, raw: unknown) => {
	const problems = new ProblemList();
	const backup = validateHealth(JSON.parse(JSON.stringify(raw)), 'health', problems);
	expect(problems.items).toEqual([]);
	return db.transaction('rw', healthImportTables(db), () => importHealth(db, backup!));
};

describe('health backup', () => {
	it('round-trips every record and the settings into another store', async () => {
		const a = fresh();
		const c = await seed(a);
		const file = await exportHealth(a);
		const b = fresh();
		expect(await restore(b, file)).toEqual({ written: 6, skipped: 0 });
		expect(await exportHealth(b)).toEqual(file);
		expect((await loadDossier(b, c)).counterMeasures?.text).toBe('Show the uptime record');
		expect((await getHealthSettings(b)).staleDays).toBe(60);
		expect(await restore(b, file)).toEqual({ written: 0, skipped: 6 });
		a.close();
		b.close();
	});

	it('never brings back what was erased, nor overwrites newer work', async () => {
		const db = fresh();
		const c = await seed(db);
		const file = await exportHealth(db);
		await deleteCompetitor(db, c);
		await saveServicePlan(db, { accountId: 'a1', parts: {}, milestones: [] }, 100);
		await restore(db, file);
		expect(await loadDossier(db, c)).toEqual({});
		expect((await getServicePlan(db, 'a1'))?.parts).toEqual({});
		expect(await listPeriods(db, 'a1')).toHaveLength(1);
		db.close();
	});

	it('keeps a corrected survey over the older backup copy, and an erased one erased', async () => {
		const db = fresh();
		await seed(db);
		const file = await exportHealth(db);
		const [survey] = await listSurveys(db, 'a1');
		await updateSurvey(
			db,
			survey.id,
			{ takenOn: '2026-01-05', scores: { service: 5 }, note: '' },
			50
		);
		await restore(db, file);
		expect((await listSurveys(db, 'a1'))[0]).toMatchObject({
			scores: { service: 5 },
			updatedAt: 50
		});
		// A corrected survey goes into the next backup and back again.
		const corrected = await exportHealth(db);
		const other = fresh();
		await restore(other, corrected);
		expect((await listSurveys(other, 'a1'))[0]).toMatchObject({ updatedAt: 50 });
		await deleteSurvey(db, survey.id, 60);
		await restore(db, corrected);
		expect(await listSurveys(db, 'a1')).toEqual([]);
		db.close();
		other.close();
	});

	it('rejects a malformed section with every problem and a path', async () => {
		const db = fresh();
		await seed(db);
		const file = JSON.parse(JSON.stringify(await exportHealth(db)));
		file.financialPeriods[0].inputs.revenue = 'lots';
		file.competitorLinks[0].role = 'friend';
		file.surveys[0].extra = 1;
		const problems = new ProblemList();
		expect(validateHealth(file, 'health', problems)).toBeUndefined();
		expect(problems.items.map((p) => [p.code, p.path])).toEqual([
			['type_invalid', 'health.financialPeriods[0].inputs.revenue'],
			['value_invalid', 'health.competitorLinks[0].role'],
			['field_unknown', 'health.surveys[0].extra']
		]);
		expect(validateHealth({ version: 9 }, 'health', new ProblemList())).toBeUndefined();
		db.close();
	});
});
