// Where a signal turns into a warning (docs/account-health.md#thresholds). The user can move each
// limit; these defaults are the usual rules of thumb, written down so the warning is explainable.
import { SIGNALS, type Signal } from './financials';

/** Whether a higher value of a signal is good news or bad news. */
export const SIGNAL_POLARITY = {
	currentRatio: 'higherIsBetter',
	netMargin: 'higherIsBetter',
	returnOnAssets: 'higherIsBetter',
	collectionDays: 'lowerIsBetter',
	inventoryTurnover: 'higherIsBetter'
} as const satisfies Record<Signal, 'higherIsBetter' | 'lowerIsBetter'>;

export type Thresholds = Record<Signal, number>;

/**
 * Default limits: current assets below current liabilities; a loss; a negative return on assets;
 * customers taking more than 60 days to pay; stock turning over fewer than 4 times a year.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
	currentRatio: 1,
	netMargin: 0,
	returnOnAssets: 0,
	collectionDays: 60,
	inventoryTurnover: 4
};

/** True when `value` is on the bad side of the signal's limit (the limit itself is not). */
export function pastLimit(signal: Signal, value: number, thresholds: Thresholds): boolean {
	const limit = thresholds[signal];
	return SIGNAL_POLARITY[signal] === 'higherIsBetter' ? value < limit : value > limit;
}

/** Saved thresholds merged over the defaults; anything not a finite number falls back. */
export function thresholdsFrom(saved: unknown): Thresholds {
	const out = { ...DEFAULT_THRESHOLDS };
	if (saved && typeof saved === 'object')
		for (const s of SIGNALS) {
			const v = (saved as Record<string, unknown>)[s];
			if (typeof v === 'number' && Number.isFinite(v)) out[s] = v;
		}
	return out;
}
