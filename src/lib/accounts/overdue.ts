// Visits due (docs/accounts.md#visits-due): when an account's last contact, a call or a logged
// visit, is older than its cadence allows. Works on local day numbers (local-day.ts).
import { allowedGapDays, type Cadence } from './cadence';

/** How far ahead the visits-due list looks, so a visit due soon is seen before it is late. */
export const DUE_HORIZON_DAYS = 7;

export interface DueInput {
	accountId: string;
	name: string;
	cadence: Cadence | null;
	/** Local day of the last call or logged visit; undefined when there never was one. */
	lastContactDay?: number;
}

export interface DueItem {
	accountId: string;
	name: string;
	cadence: Cadence;
	lastContactDay?: number;
	/** The last day the next contact is on time; undefined when there never was a contact. */
	dueDay?: number;
	/** Days past `dueDay` (negative: days left); Infinity when never contacted. */
	daysOverdue: number;
}

/** The due state of one account, or undefined when it has no cadence. */
export function dueState(input: DueInput, today: number): DueItem | undefined {
	const { accountId, name, cadence, lastContactDay } = input;
	if (!cadence) return undefined;
	if (lastContactDay === undefined) {
		return { accountId, name, cadence, daysOverdue: Number.POSITIVE_INFINITY };
	}
	const dueDay = lastContactDay + allowedGapDays(cadence, lastContactDay);
	return { accountId, name, cadence, lastContactDay, dueDay, daysOverdue: today - dueDay };
}

/** True when the contact is late: today is past the last day the cadence allows. */
export const isOverdue = (item: DueItem): boolean => item.daysOverdue > 0;

/**
 * Accounts whose next visit is late or due within `horizon` days: never-visited first, then the
 * most overdue, ties by name.
 */
export function visitsDue(
	inputs: readonly DueInput[],
	today: number,
	horizon = DUE_HORIZON_DAYS
): DueItem[] {
	const out: DueItem[] = [];
	for (const input of inputs) {
		const item = dueState(input, today);
		if (item && item.daysOverdue >= -horizon) out.push(item);
	}
	return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
}
