// Which accounts need care first: retention risk (docs/account-health.md#retention) and open
// service-plan milestones that are late or due soon, per account, ordered for visits due.
import { daysBetween, isIsoDay, type IsoDay } from './days';
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

/** Open milestones due within this many days (or already late) are rows in visits due. */
export const MILESTONE_DUE_DAYS = 7;

/** A service-plan milestone shown as a row in visits due. */
export interface MilestoneDue {
	accountId: string;
	milestone: Milestone;
	/** Days until it is due: 0 today, negative when late. */
	daysLeft: number;
}

/**
 * Open milestones that are late or due within `within` days of `today`, earliest due first
 * (then by account and title, so the order is stable). Reached ones and bad dates are left out.
 */
export function milestonesDue(
	plans: readonly { accountId: string; milestones: readonly Milestone[] }[],
	today: IsoDay,
	within = MILESTONE_DUE_DAYS
): MilestoneDue[] {
	const out: MilestoneDue[] = [];
	for (const plan of plans) {
		for (const milestone of plan.milestones) {
			if (milestone.doneOn || !isIsoDay(milestone.due)) continue;
			const daysLeft = daysBetween(today, milestone.due);
			if (daysLeft <= within) out.push({ accountId: plan.accountId, milestone, daysLeft });
		}
	}
	const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return out.sort(
		(a, b) =>
			a.daysLeft - b.daysLeft ||
			order(a.accountId, b.accountId) ||
			order(a.milestone.title, b.milestone.title)
	);
}
