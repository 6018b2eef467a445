// The plan-do-review chain of an account (docs/accounts.md#timeline): each call's objective,
// outcome and agreed next step, and whether the next call met that step.
import type { Outcome } from '$lib/session/events';
import { dayFromIso } from './local-day';

/**
 * met: the next call happened by the agreed date (or no date was set); late: after it;
 * missed: no next call and the date has passed; open: no next call yet, still in time;
 * none: no next step was agreed.
 */
export type StepStatus = 'met' | 'late' | 'missed' | 'open' | 'none';

export interface TimelineCall {
	id: string;
	/** Local day the call took place. */
	day: number;
	objective?: string;
	outcome?: Outcome;
	nextStep?: { text: string; date?: string };
}

export interface TimelineEntry extends TimelineCall {
	step: StepStatus;
}

/** Whether the step agreed in a call was met by the next contact on `nextDay`. */
export function stepStatus(
	step: TimelineCall['nextStep'],
	nextDay: number | undefined,
	today: number
): StepStatus {
	if (!step?.text.trim()) return 'none';
	const dueDay = step.date ? dayFromIso(step.date) : undefined;
	if (nextDay !== undefined) return dueDay === undefined || nextDay <= dueDay ? 'met' : 'late';
	return dueDay !== undefined && today > dueDay ? 'missed' : 'open';
}

/** The calls oldest first, each with the status of its agreed step. */
export function buildTimeline(calls: readonly TimelineCall[], today: number): TimelineEntry[] {
	const sorted = [...calls].sort((a, b) => a.day - b.day);
	return sorted.map((call, i) => ({
		...call,
		step: stepStatus(call.nextStep, sorted[i + 1]?.day, today)
	}));
}

/** The step to carry into the next plan: the latest call's agreed next step, if any. */
export function carriedStep(calls: readonly TimelineCall[]): TimelineCall['nextStep'] {
	const latest = [...calls].sort((a, b) => b.day - a.day)[0];
	return latest?.nextStep?.text.trim() ? latest.nextStep : undefined;
}
