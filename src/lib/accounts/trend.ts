// A signal across periods: its points for the chart and the direction of the latest move.
import { byEndDay, computeSignal, valueOf, type FinancialPeriod, type Signal } from './financials';
import { SIGNAL_POLARITY } from './thresholds';

/** A relative move smaller than this (5 %) between two periods counts as flat. */
export const FLAT_CHANGE = 0.05;

export interface TrendPoint {
	periodId: string;
	endsOn: string;
	/** Absent when the signal cannot be computed for that period. */
	value?: number;
}

export type TrendDirection = 'up' | 'down' | 'flat' | 'unknown';

export interface Trend {
	points: TrendPoint[];
	direction: TrendDirection;
	/** The direction judged by the signal's polarity. */
	change: 'better' | 'worse' | 'same' | 'unknown';
}

/** Direction from `prev` to `last`, flat within {@link FLAT_CHANGE}. */
export function direction(prev: number, last: number): TrendDirection {
	const delta = last - prev;
	const base = Math.abs(prev);
	const relative = base === 0 ? (delta === 0 ? 0 : Math.sign(delta)) : delta / base;
	if (Math.abs(relative) < FLAT_CHANGE) return 'flat';
	return relative > 0 ? 'up' : 'down';
}

/** The signal over `periods` (any order), and how its last two computable values moved. */
export function signalTrend(signal: Signal, periods: readonly FinancialPeriod[]): Trend {
	const points = byEndDay(periods).map((p): TrendPoint => ({
		periodId: p.id,
		endsOn: p.endsOn,
		value: valueOf(computeSignal(signal, p))
	}));
	const values = points.flatMap((p) => (p.value === undefined ? [] : [p.value]));
	if (values.length < 2) return { points, direction: 'unknown', change: 'unknown' };
	const dir = direction(values[values.length - 2], values[values.length - 1]);
	const good = SIGNAL_POLARITY[signal] === 'higherIsBetter' ? 'up' : 'down';
	const change = dir === 'flat' ? 'same' : dir === good ? 'better' : 'worse';
	return { points, direction: dir, change };
}
