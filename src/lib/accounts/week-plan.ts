// The week view of planned visits: the seven local days of the week containing `today`
// (Monday first), each with the visits planned on it.
import { weekday } from './local-day';

export interface PlannedVisit {
	accountId: string;
	name: string;
	day: number;
	/** What is planned: the agreed next step, or the visit's note. */
	text: string;
}

export interface WeekDay {
	day: number;
	visits: PlannedVisit[];
}

/** The week (Monday..Sunday) containing `today` with its planned visits, sorted by name. */
export function weekPlan(visits: readonly PlannedVisit[], today: number): WeekDay[] {
	const monday = today - weekday(today);
	const days: WeekDay[] = Array.from({ length: 7 }, (_, i) => ({ day: monday + i, visits: [] }));
	for (const v of visits) {
		const i = v.day - monday;
		if (i >= 0 && i < 7) days[i].visits.push(v);
	}
	for (const d of days) d.visits.sort((a, b) => a.name.localeCompare(b.name));
	return days;
}
