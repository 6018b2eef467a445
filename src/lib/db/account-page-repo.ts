// What the /account page reads, in one read-only transaction: the account, its people, visits,
// calls (summary rows through `[account.accountId+startedAt]`, plus the plan and end events
// read by key), and its health records (issue 11). The calls that could be attached to it are
// read on their own (`readLooseCalls`), after the page is shown. Every query starts at once; the only second
// round trips are those that need the first one's answer (the linked competitors' dossier
// entries, the calls' digests), and they run beside the rest. The page hands each section its
// slice, so the sections render in the same frame instead of each starting its own reads.
import { latestSections } from '$lib/accounts/dossier';
import { callDigests, callsOfAccount, type CallDigest } from './account-calls';
import { getAccount, listAccounts } from './accounts';
import {
	getHealthSettings,
	getRetention,
	getServicePlan,
	getTerms,
	listSurveys
} from './care-repo';
import { listCompetitors, linksOfAccount } from './competitor-repo';
import type { SpinDb } from './db';
import { listPeriods } from './financial-repo';
import { healthTables } from './health-db';
import type {
	AccountTermsRow,
	CompetitorLinkRow,
	CompetitorRow,
	DossierEntryRow,
	FinancialPeriodRow,
	HealthSettings,
	RetentionCheckRow,
	ServicePlanRow,
	SurveyRow
} from './health-types';
import { listPeople } from './people';
import { listSessions } from './sessions';
import type { AccountRow, PersonRow, SessionRow, VisitRow } from './types';
import { listVisits } from './visits';

/** A link of the account to a competitor, with our current counter-measures from their file. */
export type AccountCompetitorLink = CompetitorLinkRow & { counter?: string };

export interface AccountCompetitors {
	/** Every competitor, by name (the ones that can be linked). */
	competitors: CompetitorRow[];
	links: AccountCompetitorLink[];
}

export interface AccountFinancials {
	/** Oldest first. */
	periods: FinancialPeriodRow[];
	settings: HealthSettings;
}

/** The account's health records: what the sections of issue 11 show. */
export interface AccountCareRows extends AccountFinancials, AccountCompetitors {
	terms?: AccountTermsRow;
	plan?: ServicePlanRow;
	retention?: RetentionCheckRow;
	/** Any order (`surveyHistory` sorts them). */
	surveys: SurveyRow[];
}

export interface AccountPageRows {
	account: AccountRow;
	/** Every account, by name (duplicate names and the portfolio split of the form). */
	accounts: AccountRow[];
	people: PersonRow[];
	visits: VisitRow[];
	/** The account's calls, oldest first (summary rows). */
	calls: SessionRow[];
	/** The plan and end of the newest `RECENT_CALLS` calls. */
	digests: Map<string, CallDigest>;
	care: AccountCareRows;
}

const LOOSE_SCAN = 100;

/**
 * The account page lists this many of the newest calls until asked for the earlier ones, and
 * reads the plan and end of those only (two rows each; the earlier ones: `readCallDigests`).
 */
export const RECENT_CALLS = 10;

function competitorTables(db: SpinDb) {
	const t = healthTables(db);
	return [t.competitors, t.competitorLinks, t.dossierEntries];
}

function careTables(db: SpinDb) {
	const t = healthTables(db);
	return [
		...competitorTables(db),
		t.financialPeriods,
		t.accountTerms,
		t.servicePlans,
		t.retentionChecks,
		t.surveys,
		db.meta
	];
}

/** The counter-measures of each competitor in `ids`, from their dossier entries. */
async function counterMeasures(db: SpinDb, ids: readonly string[]): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	if (ids.length === 0) return out;
	// One index read per competitor, all sent at once: `anyOf` walks a cursor from key to key,
	// a round trip to IndexedDB per step.
	const entries = healthTables(db).dossierEntries;
	const rows = (
		await Promise.all(
			[...new Set(ids)].map((id) => entries.where('competitorId').equals(id).toArray())
		)
	).flat();
	const byCompetitor = new Map<string, DossierEntryRow[]>();
	for (const row of rows) {
		const list = byCompetitor.get(row.competitorId) ?? [];
		list.push(row);
		byCompetitor.set(row.competitorId, list);
	}
	for (const [id, list] of byCompetitor) {
		const text = latestSections(list).counterMeasures?.text;
		if (text !== undefined) out.set(id, text);
	}
	return out;
}

async function competitorsOf(db: SpinDb, accountId: string): Promise<AccountCompetitors> {
	const [competitors, links] = await Promise.all([
		listCompetitors(db),
		linksOfAccount(db, accountId).then(async (rows) => {
			const counters = await counterMeasures(
				db,
				rows.map((l) => l.competitorId)
			);
			return rows.map((l): AccountCompetitorLink => {
				const counter = counters.get(l.competitorId);
				return counter === undefined ? { ...l } : { ...l, counter };
			});
		})
	]);
	return { competitors, links };
}

async function financialsOf(db: SpinDb, accountId: string): Promise<AccountFinancials> {
	const [periods, settings] = await Promise.all([
		listPeriods(db, accountId),
		getHealthSettings(db)
	]);
	return { periods, settings };
}

async function careOf(db: SpinDb, accountId: string): Promise<AccountCareRows> {
	const [financials, competitors, terms, plan, retention, surveys] = await Promise.all([
		financialsOf(db, accountId),
		competitorsOf(db, accountId),
		getTerms(db, accountId),
		getServicePlan(db, accountId),
		getRetention(db, accountId),
		listSurveys(db, accountId)
	]);
	return { ...financials, ...competitors, terms, plan, retention, surveys };
}

/** The competitors and the account's links with their counter-measures (re-read after a link). */
export function readAccountCompetitors(db: SpinDb, accountId: string): Promise<AccountCompetitors> {
	return db.transaction('r', competitorTables(db), () => competitorsOf(db, accountId));
}

/** The account's financial periods and the user's thresholds (re-read after an edit). */
export function readAccountFinancials(db: SpinDb, accountId: string): Promise<AccountFinancials> {
	const t = healthTables(db);
	return db.transaction('r', [t.financialPeriods, db.meta], () => financialsOf(db, accountId));
}

/** Everything the /account page shows of account `id`, or null when there is no such account. */
export async function readAccountPage(db: SpinDb, id: string): Promise<AccountPageRows | null> {
	const tables = [db.accounts, db.people, db.visits, db.sessions, db.events, ...careTables(db)];
	return db.transaction('r', tables, async () => {
		const [account, accounts, people, visits, calls, care] = await Promise.all([
			getAccount(db, id),
			listAccounts(db),
			listPeople(db, id),
			listVisits(db, id),
			callsOfAccount(db, id).then(async (rows) => ({
				rows,
				digests: await callDigests(db, rows.slice(-RECENT_CALLS))
			})),
			careOf(db, id)
		]);
		if (!account) return null;
		return {
			account,
			accounts,
			people,
			visits,
			calls: calls.rows,
			digests: calls.digests,
			care
		};
	});
}

/** The plan and end of each of `calls` (the earlier calls, when the page lists them too). */
export function readCallDigests(
	db: SpinDb,
	calls: readonly SessionRow[]
): Promise<Map<string, CallDigest>> {
	return db.transaction('r', db.events, () => callDigests(db, calls));
}

/** The calls among the latest 100 that belong to no account: those a page can attach. */
export async function readLooseCalls(db: SpinDb): Promise<SessionRow[]> {
	const { sessions } = await listSessions(db, { limit: LOOSE_SCAN });
	return sessions.filter((s) => !s.account?.accountId);
}
