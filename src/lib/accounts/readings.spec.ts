import { describe, expect, it } from 'vitest';
import type { FinancialPeriod } from './financials';
import { healthWarnings, readSignal, readSignals, READING_CODES } from './readings';
import { DEFAULT_THRESHOLDS, pastLimit, thresholdsFrom } from './thresholds';
import { direction, signalTrend } from './trend';

const p = (id: string, endsOn: string, inputs: FinancialPeriod['inputs']): FinancialPeriod => ({
	id,
	endsOn,
	days: 365,
	inputs,
	entered: {}
});

describe('thresholds', () => {
	it('warn on the bad side of each limit only', () => {
		expect(pastLimit('currentRatio', 0.9, DEFAULT_THRESHOLDS)).toBe(true);
		expect(pastLimit('currentRatio', 1, DEFAULT_THRESHOLDS)).toBe(false);
		expect(pastLimit('collectionDays', 61, DEFAULT_THRESHOLDS)).toBe(true);
		expect(pastLimit('collectionDays', 30, DEFAULT_THRESHOLDS)).toBe(false);
		expect(pastLimit('netMargin', -0.01, DEFAULT_THRESHOLDS)).toBe(true);
	});

	it('merge saved limits over the defaults, ignoring junk', () => {
		expect(thresholdsFrom({ collectionDays: 45, currentRatio: 'x', netMargin: NaN })).toEqual({
			...DEFAULT_THRESHOLDS,
			collectionDays: 45
		});
		expect(thresholdsFrom(null)).toEqual(DEFAULT_THRESHOLDS);
	});
});

describe('trend', () => {
	it('is flat within 5 % and judged by polarity', () => {
		expect(direction(100, 104)).toBe('flat');
		expect(direction(100, 106)).toBe('up');
		expect(direction(0, -1)).toBe('down');
		const periods = [
			p('b', '2025-12-31', { receivables: 300, revenue: 1000 }),
			p('a', '2024-12-31', { receivables: 100, revenue: 1000 })
		];
		const t = signalTrend('collectionDays', periods);
		expect(t.points.map((x) => x.periodId)).toEqual(['a', 'b']);
		expect(t).toMatchObject({ direction: 'up', change: 'worse' });
		expect(signalTrend('currentRatio', periods)).toMatchObject({ change: 'unknown' });
	});
});

describe('readings', () => {
	const slowAndSlower = [
		p('a', '2024-12-31', { receivables: 100, revenue: 1000 }),
		p('b', '2025-12-31', { receivables: 250, revenue: 1000 })
	];

	it('reads a long and growing collection period as a warning that is getting worse', () => {
		const r = readSignal('collectionDays', slowAndSlower, DEFAULT_THRESHOLDS);
		expect(r).toMatchObject({
			kind: 'read',
			code: 'collectionDays.warnWorsening',
			level: 'warn',
			limit: 60,
			newlyPast: true
		});
	});

	it('follows a threshold the user moved', () => {
		const r = readSignal('collectionDays', slowAndSlower, {
			...DEFAULT_THRESHOLDS,
			collectionDays: 120
		});
		expect(r).toMatchObject({ code: 'collectionDays.worsening', level: 'watch' });
	});

	it('reads ok, warn (steady) and cannot-compute', () => {
		const periods = [
			p('a', '2024-12-31', { currentAssets: 90, currentLiabilities: 100, revenue: 0 }),
			p('b', '2025-12-31', { currentAssets: 91, currentLiabilities: 100, revenue: 0 })
		];
		expect(readSignal('currentRatio', periods, DEFAULT_THRESHOLDS)).toMatchObject({
			code: 'currentRatio.warn',
			newlyPast: false
		});
		expect(readSignal('netMargin', periods, DEFAULT_THRESHOLDS)).toMatchObject({
			kind: 'cannot',
			result: { kind: 'missing', fields: ['netIncome'] }
		});
		expect(readSignal('netMargin', [], DEFAULT_THRESHOLDS)).toEqual({
			signal: 'netMargin',
			kind: 'none'
		});
	});

	it('lists warnings only for signals past their limit', () => {
		const w = healthWarnings(readSignals(slowAndSlower, DEFAULT_THRESHOLDS));
		expect(w.map((r) => r.signal)).toEqual(['collectionDays']);
	});

	it('has twenty codes: four states for each of the five signals', () => {
		expect(new Set(READING_CODES).size).toBe(20);
	});
});
