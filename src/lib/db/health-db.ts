// Typed handles on the account-health tables (schema v6). Kept beside `SpinDb` rather than in
// it, so the feature adds no lines to the shared class.
import type { EntityTable } from 'dexie';
import type { SpinDb } from './db';
import type {
	AccountTermsRow,
	CompetitorLinkRow,
	CompetitorRow,
	DossierEntryRow,
	FinancialPeriodRow,
	RetentionCheckRow,
	ServicePlanRow,
	SurveyRow
} from './health-types';

export interface HealthTables {
	financialPeriods: EntityTable<FinancialPeriodRow, 'id'>;
	competitors: EntityTable<CompetitorRow, 'id'>;
	dossierEntries: EntityTable<DossierEntryRow, 'id'>;
	competitorLinks: EntityTable<CompetitorLinkRow, 'id'>;
	servicePlans: EntityTable<ServicePlanRow, 'id'>;
	retentionChecks: EntityTable<RetentionCheckRow, 'id'>;
	surveys: EntityTable<SurveyRow, 'id'>;
	accountTerms: EntityTable<AccountTermsRow, 'id'>;
}

/** Table names, in backup order. */
export const HEALTH_TABLES = [
	'financialPeriods',
	'competitors',
	'dossierEntries',
	'competitorLinks',
	'servicePlans',
	'retentionChecks',
	'surveys',
	'accountTerms'
] as const satisfies readonly (keyof HealthTables)[];

/** The health tables of `db`. */
export function healthTables(db: SpinDb): HealthTables {
	return Object.fromEntries(HEALTH_TABLES.map((t) => [t, db.table(t)])) as unknown as HealthTables;
}
