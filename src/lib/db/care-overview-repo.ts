// Reads what the care overview needs: every retention check, survey date and service plan.
import {
	careByAccount,
	careOrder,
	milestonesDue,
	type AccountCare,
	type MilestoneDue
} from '$lib/accounts/care-overview';
import type { IsoDay } from '$lib/accounts/days';
import type { SpinDb } from './db';
import { healthTables } from './health-db';

/** Accounts needing care first (at risk, or with late or near milestones), on `today`. */
export async function loadCareOverview(db: SpinDb, today: IsoDay): Promise<AccountCare[]> {
	const t = healthTables(db);
	const [checks, surveys, plans] = await Promise.all([
		t.retentionChecks.toArray(),
		t.surveys.toArray(),
		t.servicePlans.toArray()
	]);
	return careOrder(careByAccount({ checks, surveys, plans }, today));
}

/** Open service-plan milestones late or due within the week on `today`, earliest first. */
export async function loadMilestonesDue(db: SpinDb, today: IsoDay): Promise<MilestoneDue[]> {
	return milestonesDue(await healthTables(db).servicePlans.toArray(), today);
}
