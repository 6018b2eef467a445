import { describe, expect, it } from 'vitest';
import { computeSignal, computeSignals, equity, type FinancialPeriod } from './financials';

const period = (inputs: FinancialPeriod['inputs'], extra: Partial<FinancialPeriod> = {}) =>
	({ id: 'p', endsOn: '2025-12-31', days: 365, inputs, entered: {}, ...extra }) as FinancialPeriod;

const full = {
	currentAssets: 300,
	currentLiabilities: 200,
	revenue: 1000,
	netIncome: 50,
	totalAssets: 800,
	totalLiabilities: 500,
	receivables: 200,
	costOfSales: 600,
	inventory: 150
};

describe('computeSignal', () => {
	it('computes each ratio from its inputs', () => {
		const s = computeSignals(period(full));
		expect(s.currentRatio).toEqual({ kind: 'value', value: 1.5, source: 'computed' });
		expect(s.netMargin).toEqual({ kind: 'value', value: 0.05, source: 'computed' });
		expect(s.returnOnAssets).toEqual({ kind: 'value', value: 0.0625, source: 'computed' });
		expect(s.collectionDays).toEqual({ kind: 'value', value: 73, source: 'computed' });
		expect(s.inventoryTurnover).toEqual({ kind: 'value', value: 4, source: 'computed' });
	});

	it('scales the collection period and turnover to the period length', () => {
		const q = period({ ...full, revenue: 250, costOfSales: 150 }, { days: 91 });
		expect(computeSignal('collectionDays', q)).toMatchObject({ value: (200 / 250) * 91 });
		expect(computeSignal('inventoryTurnover', q)).toMatchObject({
			value: (150 / 150) * (365 / 91)
		});
	});

	it('names the figures that are missing', () => {
		expect(computeSignal('currentRatio', period({ currentAssets: 5 }))).toEqual({
			kind: 'missing',
			fields: ['currentLiabilities']
		});
		expect(computeSignal('netMargin', period({}))).toEqual({
			kind: 'missing',
			fields: ['netIncome', 'revenue']
		});
		expect(computeSignal('netMargin', period({ netIncome: NaN, revenue: 3 }))).toEqual({
			kind: 'missing',
			fields: ['netIncome']
		});
	});

	it('refuses to divide by zero', () => {
		for (const [signal, field] of [
			['currentRatio', 'currentLiabilities'],
			['netMargin', 'revenue'],
			['returnOnAssets', 'totalAssets'],
			['collectionDays', 'revenue'],
			['inventoryTurnover', 'inventory']
		] as const) {
			const result = computeSignal(signal, period({ ...full, totalLiabilities: 0, [field]: 0 }));
			expect(result).toEqual({ kind: 'zeroDivisor', field });
		}
	});

	it('refuses negative balances but accepts a loss', () => {
		expect(computeSignal('inventoryTurnover', period({ ...full, inventory: -3 }))).toEqual({
			kind: 'negativeInput',
			field: 'inventory'
		});
		expect(computeSignal('netMargin', period({ ...full, netIncome: -100 }))).toMatchObject({
			kind: 'value',
			value: -0.1
		});
	});

	it('gives no return on assets when equity is negative, and says so', () => {
		const broke = period({ ...full, totalLiabilities: 900 });
		expect(equity(broke.inputs)).toBe(-100);
		expect(computeSignal('returnOnAssets', broke)).toEqual({ kind: 'negativeEquity' });
		expect(computeSignal('currentRatio', broke)).toMatchObject({ kind: 'value', value: 1.5 });
		expect(
			computeSignal('returnOnAssets', period({ ...full, totalLiabilities: undefined }))
		).toMatchObject({ kind: 'value' });
	});

	it('lets an entered ratio win over missing or computed figures', () => {
		const p = period({ ...full, currentLiabilities: 0 }, { entered: { currentRatio: 0.8 } });
		expect(computeSignal('currentRatio', p)).toEqual({
			kind: 'value',
			value: 0.8,
			source: 'entered'
		});
		expect(
			computeSignal('collectionDays', period({}, { entered: { collectionDays: 45 } }))
		).toEqual({
			kind: 'value',
			value: 45,
			source: 'entered'
		});
	});

	it('never returns NaN or Infinity', () => {
		const odd = [0, -1, 1, NaN, Infinity, undefined];
		for (const a of odd)
			for (const b of odd) {
				const s = computeSignals(
					period({
						currentAssets: a,
						currentLiabilities: b,
						revenue: b,
						netIncome: a,
						totalAssets: b
					})
				);
				for (const r of Object.values(s))
					if (r.kind === 'value') expect(Number.isFinite(r.value)).toBe(true);
			}
	});
});
