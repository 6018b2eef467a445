// Which accounts need care first: retention risk (docs/account-health.md#retention) and open
// service-plan milestones that are late or due soon, per account, ordered for visits due.
import type { IsoDay } from './days';
import {
	compareRisk,
	retentionRisk,
	withLatestSurvey,
	type RetentionCheck,
	type Risk
} from './retention';
import { milestoneStatus, openMilestones, type Milestone } from './service-plan';

export interface AccountCare {
	accountId: string;
	risk: Risk;
	/** Open milestones that are overdue or due soon, most urgent first. */
	milestones: Milestone[];
}

/** The care state of each account that has a retention check or a service plan. */
export function careByAccount(
	input: {
		checks: readonly (RetentionCheck & { accountId: string })[];
		surveys: readonly { accountId: string; takenOn: IsoDay }[];
		plans: readonly { accountId: string; milestones: Milestone[] }[];
	},
	today: IsoDay
): AccountCare[] {
	const latest = new Map<string, IsoDay>();
	for (const s of input.surveys)
		if (!latest.has(s.accountId) || (latest.get(s.accountId) as string) < s.takenOn)
			latest.set(s.accountId, s.takenOn);
	const out = new Map<string, AccountCare>();
	const entry = (id: string) => {
		if (!out.has(id))
			out.set(id, { accountId: id, risk: { atRisk: false, reasons: [] }, milestones: [] });
		return out.get(id) as AccountCare;
	};
	for (const c of input.checks)
		entry(c.accountId).risk = retentionRisk(withLatestSurvey(c, latest.get(c.accountId)), today);
	for (const p of input.plans) {
		const urgent = openMilestones(p.milestones).filter(
			(ms) => milestoneStatus(ms, today) !== 'later'
		);
		if (urgent.length) entry(p.accountId).milestones = urgent;
	}
	return [...out.values()];
}

/** At-risk accounts first (most reasons, longest late), then those with urgent milestones. */
export function careOrder(care: readonly AccountCare[]): AccountCare[] {
	return care
		.filter((c) => c.risk.atRisk || c.milestones.length > 0)
		.sort((a, b) => compareRisk(a.risk, b.risk) || b.milestones.length - a.milestones.length);
}
