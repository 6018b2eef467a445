// Effort split across an account's calls (docs/accounts.md#effort-split): the share of call time
// spent on the relationship, needs, benefits and closing, set against the key-account rep's
// 40/30/20/10 and the traditional rep's 10/20/30/40. It describes a relationship over many
// calls, so it lives with the account, not in one call's score.
import type { Stage } from '$lib/session/events';

export const EFFORT_AREAS = ['relationship', 'needs', 'benefits', 'closing'] as const;
export type EffortArea = (typeof EFFORT_AREAS)[number];
export type EffortShares = Record<EffortArea, number>;

/** Which area the time in each call stage counts for. */
export const STAGE_AREA = {
	opening: 'relationship',
	investigating: 'needs',
	demonstrating: 'benefits',
	committing: 'closing'
} as const satisfies Record<Stage, EffortArea>;

/** How a key-account rep spends time. */
export const KEY_ACCOUNT_SPLIT: EffortShares = {
	relationship: 0.4,
	needs: 0.3,
	benefits: 0.2,
	closing: 0.1
};

/** How a traditional rep spends time, for contrast. */
export const TRADITIONAL_SPLIT: EffortShares = {
	relationship: 0.1,
	needs: 0.2,
	benefits: 0.3,
	closing: 0.4
};

export interface EffortSplit {
	calls: number;
	totalMs: number;
	shares: EffortShares;
	/** Which model the split is nearer to (sum of absolute differences); undefined with no time. */
	nearer?: 'keyAccount' | 'traditional';
}

const distance = (a: EffortShares, b: EffortShares) =>
	EFFORT_AREAS.reduce((sum, k) => sum + Math.abs(a[k] - b[k]), 0);

/** The split of time over the calls' stage times (ms per stage, as the call log's replay has). */
export function effortSplit(stageTimes: readonly Partial<Record<Stage, number>>[]): EffortSplit {
	const ms: EffortShares = { relationship: 0, needs: 0, benefits: 0, closing: 0 };
	for (const call of stageTimes) {
		for (const [stage, area] of Object.entries(STAGE_AREA) as [Stage, EffortArea][]) {
			const t = call[stage] ?? 0;
			if (Number.isFinite(t) && t > 0) ms[area] += t;
		}
	}
	const totalMs = EFFORT_AREAS.reduce((sum, k) => sum + ms[k], 0);
	if (totalMs === 0) {
		return { calls: stageTimes.length, totalMs, shares: ms };
	}
	const shares = Object.fromEntries(EFFORT_AREAS.map((k) => [k, ms[k] / totalMs])) as EffortShares;
	const nearer =
		distance(shares, KEY_ACCOUNT_SPLIT) <= distance(shares, TRADITIONAL_SPLIT)
			? 'keyAccount'
			: 'traditional';
	return { calls: stageTimes.length, totalMs, shares, nearer };
}
