// A service plan per account in the domain text's eight parts, with owners, dates and
// milestones (docs/account-health.md#service-plan).
import { daysBetween, isIsoDay, type IsoDay } from './days';

/** The eight parts, in the domain text's order. */
export const PLAN_PARTS = [
	'situation',
	'team',
	'goals',
	'tasks',
	'timing',
	'resources',
	'feedback',
	'measures'
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export interface PlanPartEntry {
	text: string;
	owner: string;
	/** When the part is due (or reviewed next), `YYYY-MM-DD`, or empty. */
	due: IsoDay | '';
}

export interface Milestone {
	id: string;
	title: string;
	owner: string;
	due: IsoDay;
	/** Day it was reached; absent while open. */
	doneOn?: IsoDay;
}

export type MilestoneStatus = 'done' | 'overdue' | 'soon' | 'later';

/** Open milestones due within this many days count as "soon". */
export const MILESTONE_SOON_DAYS = 14;

/** Where a milestone stands on `today`. */
export function milestoneStatus(m: Milestone, today: IsoDay): MilestoneStatus {
	if (m.doneOn) return 'done';
	const left = daysBetween(today, m.due);
	if (left < 0) return 'overdue';
	return left <= MILESTONE_SOON_DAYS ? 'soon' : 'later';
}

/** Open milestones, the most urgent first (by due day). */
export function openMilestones(milestones: readonly Milestone[]): Milestone[] {
	return milestones
		.filter((m) => !m.doneOn)
		.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export type MilestoneProblem = 'titleMissing' | 'dueInvalid';

/** What is wrong with a milestone the user typed, if anything. */
export function milestoneProblem(
	m: Pick<Milestone, 'title' | 'due'>
): MilestoneProblem | undefined {
	if (m.title.trim() === '') return 'titleMissing';
	if (!isIsoDay(m.due)) return 'dueInvalid';
	return undefined;
}
