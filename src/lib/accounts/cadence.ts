// Tiers and their visit cadence (docs/accounts.md#tiers-and-cadence). The default follows the
// tier; a rep may set another cadence per account, or none.
import type { Tier } from '$lib/playbook/types';
import { addMonths } from './local-day';

export const CADENCE_PERIODS = ['week', 'month', 'quarter'] as const;
export type CadencePeriod = (typeof CADENCE_PERIODS)[number];

/** `visits` visits every `per`. */
export interface Cadence {
	visits: number;
	per: CadencePeriod;
}

/** The cadence each tier gets unless the account sets its own; lead accounts get no visits. */
export const DEFAULT_CADENCE = {
	platinum: { visits: 2, per: 'week' },
	gold: { visits: 2, per: 'month' },
	iron: { visits: 2, per: 'quarter' },
	lead: null
} as const satisfies Record<Tier, Cadence | null>;

/** Most visits per period the form accepts (one a day in a week is already a lot). */
export const MAX_VISITS_PER_PERIOD = 31;

/**
 * The cadence in force: the account's own (`null` = explicitly none), else its tier's default,
 * else none.
 */
export function effectiveCadence(tier: Tier | undefined, own?: Cadence | null): Cadence | null {
	if (own !== undefined) return own;
	return tier ? DEFAULT_CADENCE[tier] : null;
}

/** True when `c` is a cadence the app can compute with. */
export function isValidCadence(c: Cadence): boolean {
	return (
		Number.isInteger(c.visits) &&
		c.visits >= 1 &&
		c.visits <= MAX_VISITS_PER_PERIOD &&
		(CADENCE_PERIODS as readonly string[]).includes(c.per)
	);
}

/**
 * The longest gap in whole calendar days that `cadence` allows after a contact on `fromDay`: the
 * period that starts that day (a week, or one or three calendar months with the day clamped at
 * month ends) divided by the number of visits, rounded down.
 */
export function allowedGapDays(cadence: Cadence, fromDay: number): number {
	const end =
		cadence.per === 'week' ? fromDay + 7 : addMonths(fromDay, cadence.per === 'month' ? 1 : 3);
	return Math.floor((end - fromDay) / cadence.visits);
}
