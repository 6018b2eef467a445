// Progress across calls, read from each call's cached digest (its coaching report's numbers):
// trends of the score, the question mix, benefits on explicit needs and the outcome rate, per
// month and per playbook, live and rehearsal apart. Pure: rows in, numbers out.
import type { CallDigest, SessionRow } from '$lib/db/types';
import type { CallMode, Outcome } from '$lib/session/events';

/** The four measures the progress screen charts, each a share from 0 to 1 (null: no data). */
export interface Measures {
	/** Points scored over points possible. */
	score: number | null;
	/** Implication and need-payoff questions over all questions. */
	deepQuestions: number | null;
	/** Benefits that met an explicit need over all benefits stated. */
	benefitsOnExplicit: number | null;
	/** Orders and advances over calls that ended with an outcome. */
	advanced: number | null;
}

export const MEASURES = ['score', 'deepQuestions', 'benefitsOnExplicit', 'advanced'] as const;
export type Measure = (typeof MEASURES)[number];

/** One point of a trend: a group of calls (a month, a playbook) and its measures. */
export interface TrendPoint extends Measures {
	/** `YYYY-MM` for a month, the playbook id for a playbook. */
	key: string;
	calls: number;
}

/** What progress reads of one call. */
export interface ProgressCall {
	startedAt: number;
	mode: CallMode;
	playbookId: string;
	outcome?: Outcome;
	digest: CallDigest;
}

const share = (n: number, of: number) => (of === 0 ? null : n / of);

/** Measures over a group of calls, summing counts before dividing (a long call weighs more). */
export function measure(calls: readonly ProgressCall[]): Measures {
	let points = 0,
		max = 0,
		deep = 0,
		questions = 0,
		onExplicit = 0,
		benefits = 0,
		advanced = 0,
		ended = 0;
	for (const { digest: d, outcome } of calls) {
		points += d.score;
		max += d.max;
		deep += d.implication + d.needPayoff;
		questions += d.questions;
		onExplicit += d.benefitsOnExplicit;
		benefits += d.benefits;
		if (outcome) {
			ended += 1;
			if (outcome === 'order' || outcome === 'advance') advanced += 1;
		}
	}
	return {
		score: share(points, max),
		deepQuestions: share(deep, questions),
		benefitsOnExplicit: share(onExplicit, benefits),
		advanced: share(advanced, ended)
	};
}

/** The local calendar month of a time, `YYYY-MM`. */
export function monthOf(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function groupBy(calls: readonly ProgressCall[], key: (c: ProgressCall) => string): TrendPoint[] {
	const groups = new Map<string, ProgressCall[]>();
	for (const call of calls) {
		const k = key(call);
		const list = groups.get(k);
		if (list) list.push(call);
		else groups.set(k, [call]);
	}
	return [...groups].map(([k, list]) => ({ key: k, calls: list.length, ...measure(list) }));
}

/** One point per month with calls, oldest first. */
export function byMonth(calls: readonly ProgressCall[]): TrendPoint[] {
	return groupBy(calls, (c) => monthOf(c.startedAt)).sort((a, b) => a.key.localeCompare(b.key));
}

/** One point per playbook, most calls first. */
export function byPlaybook(calls: readonly ProgressCall[]): TrendPoint[] {
	return groupBy(calls, (c) => c.playbookId).sort(
		(a, b) => b.calls - a.calls || a.key.localeCompare(b.key)
	);
}

/** The calls of one mode, oldest first. */
export function ofMode(calls: readonly ProgressCall[], mode: CallMode): ProgressCall[] {
	return calls.filter((c) => c.mode === mode).sort((a, b) => a.startedAt - b.startedAt);
}

/** The rows that have a digest of `version`, as progress reads them; drills left out. */
export function progressCalls(rows: readonly SessionRow[], version: string): ProgressCall[] {
	const out: ProgressCall[] = [];
	for (const r of rows) {
		// Drills are scored on one skill; they have their own record (drills.ts).
		if (r.digest?.v !== version || r.drill) continue;
		const call: ProgressCall = {
			startedAt: r.startedAt,
			mode: r.mode,
			playbookId: r.playbookId,
			digest: r.digest
		};
		if (r.outcome) call.outcome = r.outcome;
		out.push(call);
	}
	return out;
}

/** How many recent calls "practise next" looks at. */
export const RECENT_CALLS = 10;

/** A rubric rule the rep missed: in how many of the recent calls, and the points lost. */
export interface MissedRule {
	ruleId: string;
	missedIn: number;
	of: number;
	pointsLost: number;
}

/**
 * The rules the rep misses most over the last `recent` calls (a rule is missed in a call that
 * scored less than its maximum on it): most calls missed first, then most points lost.
 */
export function practiseNext(
	calls: readonly ProgressCall[],
	{ count = 3, recent = RECENT_CALLS }: { count?: number; recent?: number } = {}
): MissedRule[] {
	const last = [...calls].sort((a, b) => b.startedAt - a.startedAt).slice(0, recent);
	const tally = new Map<string, MissedRule>();
	for (const { digest } of last) {
		for (const [ruleId, [points, max]] of Object.entries(digest.rules)) {
			if (points >= max) continue;
			const t = tally.get(ruleId) ?? { ruleId, missedIn: 0, of: last.length, pointsLost: 0 };
			t.missedIn += 1;
			t.pointsLost += max - points;
			tally.set(ruleId, t);
		}
	}
	return [...tally.values()]
		.sort(
			(a, b) =>
				b.missedIn - a.missedIn || b.pointsLost - a.pointsLost || a.ruleId.localeCompare(b.ruleId)
		)
		.slice(0, count);
}
