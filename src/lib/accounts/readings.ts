// A plain reading of each signal: a code and its numbers, turned into words (and into what to
// ask in the next call) by one typed table on the UI side (docs/account-health.md#readings).
import {
	byEndDay,
	computeSignal,
	SIGNALS,
	type FinancialPeriod,
	type Signal,
	type SignalResult
} from './financials';
import { pastLimit, type Thresholds } from './thresholds';
import { signalTrend, type Trend } from './trend';

/** How a signal stands: past its limit (and getting worse or not), getting worse, or fine. */
export const READING_STATES = ['warnWorsening', 'warn', 'worsening', 'ok'] as const;
export type ReadingState = (typeof READING_STATES)[number];

/** One code per signal and state, e.g. `collectionDays.warnWorsening`. */
export type ReadingCode = `${Signal}.${ReadingState}`;

/** Every reading code, so tests and the text table can walk them all. */
export const READING_CODES: readonly ReadingCode[] = SIGNALS.flatMap((s) =>
	READING_STATES.map((st): ReadingCode => `${s}.${st}`)
);

export type Level = 'warn' | 'watch' | 'ok';

export type Reading =
	| {
			signal: Signal;
			kind: 'read';
			code: ReadingCode;
			level: Level;
			value: number;
			limit: number;
			/** True when the previous computable period was within the limit. */
			newlyPast: boolean;
			trend: Trend;
	  }
	| {
			signal: Signal;
			kind: 'cannot';
			/** Why the latest period gives no value. */
			result: Exclude<SignalResult, { kind: 'value' }>;
			trend: Trend;
	  }
	| { signal: Signal; kind: 'none' };

const LEVEL: Record<ReadingState, Level> = {
	warnWorsening: 'warn',
	warn: 'warn',
	worsening: 'watch',
	ok: 'ok'
};

/** The reading of `signal` for the latest period of `periods`. */
export function readSignal(
	signal: Signal,
	periods: readonly FinancialPeriod[],
	thresholds: Thresholds
): Reading {
	const sorted = byEndDay(periods);
	const latest = sorted.at(-1);
	if (!latest) return { signal, kind: 'none' };
	const trend = signalTrend(signal, sorted);
	const result = computeSignal(signal, latest);
	if (result.kind !== 'value') return { signal, kind: 'cannot', result, trend };
	const past = pastLimit(signal, result.value, thresholds);
	const worse = trend.change === 'worse';
	const state: ReadingState = past
		? worse
			? 'warnWorsening'
			: 'warn'
		: worse
			? 'worsening'
			: 'ok';
	const earlier = trend.points.slice(0, -1).findLast((p) => p.value !== undefined);
	return {
		signal,
		kind: 'read',
		code: `${signal}.${state}`,
		level: LEVEL[state],
		value: result.value,
		limit: thresholds[signal],
		newlyPast:
			past && earlier?.value !== undefined && !pastLimit(signal, earlier.value, thresholds),
		trend
	};
}

/** The readings of all five signals. */
export function readSignals(
	periods: readonly FinancialPeriod[],
	thresholds: Thresholds
): Reading[] {
	return SIGNALS.map((s) => readSignal(s, periods, thresholds));
}

/** The readings that are warnings (a signal past its limit in the latest period). */
export function healthWarnings(readings: readonly Reading[]): Extract<Reading, { kind: 'read' }>[] {
	return readings.flatMap((r) => (r.kind === 'read' && r.level === 'warn' ? [r] : []));
}
