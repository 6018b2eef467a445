// The /accounts overview from the store: visits due (with the last agreed next step), the week
// of planned visits, the 80/20 portfolio and the cut list. Reads accounts, logged and planned
// visits, and the latest call of each account (one cached row: last-calls.ts); the rules are in
// `$lib/accounts`.
import { effectiveCadence } from '$lib/accounts/cadence';
import { activeOnly, cutOnly } from '$lib/accounts/cut-list';
import { dayFromIso, localDay } from '$lib/accounts/local-day';
import { visitsDue, type DueInput, type DueItem } from '$lib/accounts/overdue';
import { portfolioSplit, type Portfolio } from '$lib/accounts/portfolio';
import { weekPlan, type PlannedVisit, type WeekDay } from '$lib/accounts/week-plan';
import type { SpinDb } from './db';
import { loadLastCalls, type LastCall } from './last-calls';
import type { AccountRow } from './types';

export interface DueRow extends DueItem {
	tier?: AccountRow['tier'];
	lastCallId?: string;
	nextStep?: LastCall['nextStep'];
}

export interface AccountOverview {
	accounts: AccountRow[];
	due: DueRow[];
	week: WeekDay[];
	portfolio: Portfolio;
	cut: AccountRow[];
	today: number;
}

/** Everything /accounts shows, for `now` in `timeZone`. */
export async function loadAccountOverview(
	db: SpinDb,
	{ now = Date.now(), timeZone }: { now?: number; timeZone: string }
): Promise<AccountOverview> {
	const today = localDay(now, timeZone);
	const [accounts, visits, last] = await Promise.all([
		db.accounts.orderBy('name').toArray(),
		db.visits.toArray(),
		loadLastCalls(db)
	]);
	const active = activeOnly(accounts);
	const lastVisit = new Map<string, number>();
	const planned: PlannedVisit[] = [];
	const names = new Map(active.map((a) => [a.id, a.name]));
	for (const v of visits) {
		const day = dayFromIso(v.day);
		const name = names.get(v.accountId);
		if (day === undefined || name === undefined) continue;
		if (v.kind === 'logged')
			lastVisit.set(v.accountId, Math.max(day, lastVisit.get(v.accountId) ?? day));
		else planned.push({ accountId: v.accountId, name, day, text: v.note ?? '' });
	}
	const inputs: DueInput[] = active.map((a) => {
		const call = last.get(a.id);
		const days = [
			call ? localDay(call.startedAt, timeZone) : undefined,
			lastVisit.get(a.id)
		].filter((d): d is number => d !== undefined);
		const input: DueInput = {
			accountId: a.id,
			name: a.name,
			cadence: effectiveCadence(a.tier, a.cadence)
		};
		if (days.length) input.lastContactDay = Math.max(...days);
		const step = call?.nextStep;
		const stepDay = step?.date ? dayFromIso(step.date) : undefined;
		if (step && stepDay !== undefined)
			planned.push({ accountId: a.id, name: a.name, day: stepDay, text: step.text });
		return input;
	});
	const byId = new Map(accounts.map((a) => [a.id, a]));
	const due = visitsDue(inputs, today).map((item): DueRow => {
		const call = last.get(item.accountId);
		const row: DueRow = { ...item, tier: byId.get(item.accountId)?.tier };
		if (call) {
			row.lastCallId = call.id;
			if (call.nextStep) row.nextStep = call.nextStep;
		}
		return row;
	});
	return {
		accounts,
		due,
		week: weekPlan(planned, today),
		portfolio: portfolioSplit(active.map((a) => ({ id: a.id, name: a.name, profit: a.profit }))),
		cut: cutOnly(accounts),
		today
	};
}
