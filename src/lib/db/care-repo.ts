// One service plan, one retention check and one set of terms per account, the surveys taken
// there, and the user's health settings (docs/account-health.md#service-plan, #retention).
import { DEFAULT_STALE_DAYS } from '$lib/accounts/dossier';
import { thresholdsFrom } from '$lib/accounts/thresholds';
import type { SpinDb } from './db';
import { healthTables, type HealthTables } from './health-db';
import type {
	AccountTermsRow,
	HealthSettings,
	HealthTombstoneKind,
	RetentionCheckRow,
	ServicePlanRow,
	SurveyRow
} from './health-types';
import { getMeta, setMeta } from './meta';
import { addTombstones } from './tombstones';

type PerAccount = 'servicePlans' | 'retentionChecks' | 'accountTerms';
interface PerAccountRows {
	servicePlans: ServicePlanRow;
	retentionChecks: RetentionCheckRow;
	accountTerms: AccountTermsRow;
}
type RowOf<K extends PerAccount> = PerAccountRows[K];

async function oneOf<K extends PerAccount>(
	db: SpinDb,
	table: K,
	accountId: string
): Promise<RowOf<K> | undefined> {
	const t = healthTables(db)[table] as unknown as {
		where(i: string): { equals(v: string): { toArray(): Promise<RowOf<K>[]> } };
	};
	const rows = await t.where('accountId').equals(accountId).toArray();
	// Two devices may each have made one; the newest wins until a sync merges them.
	return rows.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

async function putOne<K extends PerAccount>(
	db: SpinDb,
	table: K,
	row: Omit<RowOf<K>, 'id' | 'updatedAt'> & { id?: string },
	at: number
): Promise<string> {
	// One per account: keep the stored row's id so a save never makes a second one.
	const existing = await oneOf(db, table, row.accountId);
	const id = row.id ?? existing?.id ?? crypto.randomUUID();
	const t = healthTables(db)[table] as unknown as { put(r: unknown): Promise<unknown> };
	await t.put({ ...row, id, updatedAt: at });
	return id;
}

/** The account's service plan, or `undefined`. */
export const getServicePlan = (db: SpinDb, accountId: string) =>
	oneOf(db, 'servicePlans', accountId);
/** Stores the account's service plan (one per account); returns its id. */
export const saveServicePlan = (
	db: SpinDb,
	row: Omit<ServicePlanRow, 'id' | 'updatedAt'> & { id?: string },
	at = Date.now()
) => putOne(db, 'servicePlans', row, at);

/** The account's retention check, or `undefined`. */
export const getRetention = (db: SpinDb, accountId: string) =>
	oneOf(db, 'retentionChecks', accountId);
/** Stores the account's retention check (one per account); returns its id. */
export const saveRetention = (
	db: SpinDb,
	row: Omit<RetentionCheckRow, 'id' | 'updatedAt'> & { id?: string },
	at = Date.now()
) => putOne(db, 'retentionChecks', row, at);

/** Every retention check (for visits due). */
export async function listRetention(db: SpinDb): Promise<RetentionCheckRow[]> {
	return healthTables(db).retentionChecks.toArray();
}

/** The account's terms (volume, procurement, requirements), or `undefined`. */
export const getTerms = (db: SpinDb, accountId: string) => oneOf(db, 'accountTerms', accountId);
/** Stores the account's terms (one row per account); returns its id. */
export const saveTerms = (
	db: SpinDb,
	row: Omit<AccountTermsRow, 'id' | 'updatedAt'> & { id?: string },
	at = Date.now()
) => putOne(db, 'accountTerms', row, at);

/** Appends a survey; returns its id. */
export async function addSurvey(
	db: SpinDb,
	survey: Omit<SurveyRow, 'id' | 'createdAt'>,
	at = Date.now()
): Promise<string> {
	const id = crypto.randomUUID();
	await healthTables(db).surveys.add({ ...survey, id, createdAt: at });
	return id;
}

/**
 * Corrects a survey taken earlier (its date, scores or note), bumping `updatedAt`; returns
 * false when no survey has that id (e.g. erased in another tab).
 */
export async function updateSurvey(
	db: SpinDb,
	id: string,
	changes: Pick<SurveyRow, 'takenOn' | 'scores' | 'note'>,
	at = Date.now()
): Promise<boolean> {
	const { takenOn, scores, note } = changes;
	// `scores` is replaced whole: a question cleared in the correction must not survive it.
	const count = await healthTables(db).surveys.update(id, { takenOn, scores, note, updatedAt: at });
	return count > 0;
}

/** The account's surveys (any order; `surveyHistory` sorts them). */
export async function listSurveys(db: SpinDb, accountId: string): Promise<SurveyRow[]> {
	return healthTables(db).surveys.where('accountId').equals(accountId).toArray();
}

/** Erases one survey, leaving a tombstone. */
export async function deleteSurvey(db: SpinDb, id: string, at = Date.now()): Promise<void> {
	const t = healthTables(db);
	await db.transaction('rw', t.surveys, db.tombstones, async () => {
		await t.surveys.delete(id);
		await addTombstones(db, 'survey', [id], at);
	});
}

const ACCOUNT_TABLES = {
	financialPeriods: 'financialPeriod',
	competitorLinks: 'competitorLink',
	servicePlans: 'servicePlan',
	retentionChecks: 'retentionCheck',
	surveys: 'survey',
	accountTerms: 'accountTerms'
} as const satisfies Partial<Record<keyof HealthTables, HealthTombstoneKind>>;

/**
 * Erases every health record of an account, with tombstones. Call it inside the transaction
 * that erases the account (it needs the tables of {@link accountHealthTables} and tombstones).
 */
export async function eraseAccountHealth(
	db: SpinDb,
	accountId: string,
	at = Date.now()
): Promise<void> {
	const t = healthTables(db);
	for (const [name, kind] of Object.entries(ACCOUNT_TABLES) as [
		keyof typeof ACCOUNT_TABLES,
		HealthTombstoneKind
	][]) {
		const ids = (await t[name].where('accountId').equals(accountId).primaryKeys()) as string[];
		await t[name].bulkDelete(ids);
		await addTombstones(db, kind, ids, at);
	}
}

/** The tables {@link eraseAccountHealth} writes, to include in the erasing transaction. */
export function accountHealthTables(db: SpinDb) {
	const t = healthTables(db);
	return Object.keys(ACCOUNT_TABLES).map((k) => t[k as keyof typeof ACCOUNT_TABLES]);
}

const SETTINGS_KEY = 'health.settings';

/** The user's thresholds and staleness period, defaults filled in. */
export async function getHealthSettings(db: SpinDb): Promise<HealthSettings> {
	const saved = await getMeta<Partial<HealthSettings>>(db, SETTINGS_KEY);
	const stale = saved?.staleDays;
	return {
		thresholds: thresholdsFrom(saved?.thresholds),
		staleDays:
			typeof stale === 'number' && Number.isInteger(stale) && stale > 0 ? stale : DEFAULT_STALE_DAYS
	};
}

/** Stores the user's thresholds and staleness period. */
export async function saveHealthSettings(db: SpinDb, settings: HealthSettings): Promise<void> {
	await setMeta(db, SETTINGS_KEY, settings);
}
