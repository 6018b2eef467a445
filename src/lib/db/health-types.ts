// Row shapes of the account-health tables (schema v6; docs/account-health.md). Every row has a
// random UUID id; mutable rows carry `updatedAt`; dossier entries are append-only;
// surveys may be corrected (then they carry `updatedAt`).
import type { DossierSection, LinkRole } from '$lib/accounts/dossier';
import type { FinancialPeriod } from '$lib/accounts/financials';
import type { RetentionCheck } from '$lib/accounts/retention';
import type { Milestone, PlanPart, PlanPartEntry } from '$lib/accounts/service-plan';
import type { Survey } from '$lib/accounts/survey';
import type { Thresholds } from '$lib/accounts/thresholds';

/** Tombstone kinds of the health records. */
export type HealthTombstoneKind =
	| 'financialPeriod'
	| 'dossierEntry'
	| 'competitorLink'
	| 'servicePlan'
	| 'retentionCheck'
	| 'survey'
	| 'accountTerms';

export interface FinancialPeriodRow extends FinancialPeriod {
	accountId: string;
	/** The rep's name for the period, e.g. "FY2025" or "2026 Q1". */
	label: string;
	updatedAt: number;
}

export interface CompetitorRow {
	id: string;
	name: string;
	/** Days after which a dossier section is stale; the default when absent. */
	staleDays?: number;
	createdAt: number;
	updatedAt: number;
}

/** One revision of one dossier section; the latest per section is the current text. */
export interface DossierEntryRow {
	id: string;
	competitorId: string;
	section: DossierSection;
	text: string;
	updatedAt: number;
}

export interface CompetitorLinkRow {
	id: string;
	competitorId: string;
	accountId: string;
	role: LinkRole;
	/** Whether the competitor has an inside contact at this account. */
	insideContact: boolean;
	updatedAt: number;
}

export interface ServicePlanRow {
	id: string;
	accountId: string;
	parts: Partial<Record<PlanPart, PlanPartEntry>>;
	milestones: Milestone[];
	updatedAt: number;
}

export interface RetentionCheckRow extends RetentionCheck {
	id: string;
	accountId: string;
	updatedAt: number;
}

export interface SurveyRow extends Survey {
	accountId: string;
	note: string;
	createdAt: number;
	/** Set when the survey is corrected after it was taken; absent on one never edited. */
	updatedAt?: number;
}

/** Facts about how the account buys: shown on the account page and in planning. */
export interface AccountTermsRow {
	id: string;
	accountId: string;
	annualVolume: string;
	procurement: string;
	signers: string;
	quality: string;
	delivery: string;
	updatedAt: number;
}

/** The user's health settings (kept in `meta`). */
export interface HealthSettings {
	thresholds: Thresholds;
	/** Default days after which a dossier section is stale. */
	staleDays: number;
}
