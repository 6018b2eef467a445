// The five financial signals of an account for one period (docs/account-health.md#the-five-signals).
// Each is computed from the statement figures behind it, or taken as entered when the rep only
// has the ratio. A signal that cannot be computed says why, as data: never NaN or Infinity.

/** The five signals, in the order the domain text lists them. */
export const SIGNALS = [
	'currentRatio',
	'netMargin',
	'returnOnAssets',
	'collectionDays',
	'inventoryTurnover'
] as const;
export type Signal = (typeof SIGNALS)[number];

/** Statement figures a period can hold (money in any one currency, per period). */
export const INPUT_FIELDS = [
	'currentAssets',
	'currentLiabilities',
	'revenue',
	'netIncome',
	'totalAssets',
	'totalLiabilities',
	'receivables',
	'costOfSales',
	'inventory'
] as const;
export type InputField = (typeof INPUT_FIELDS)[number];

export type FinancialInputs = Partial<Record<InputField, number>>;

/** Figures that may be negative (a loss); every other figure is a balance or a sum of sales. */
const MAY_BE_NEGATIVE: ReadonlySet<InputField> = new Set(['netIncome']);

/** One reporting period of an account. */
export interface FinancialPeriod {
	id: string;
	/** Last day of the period, `YYYY-MM-DD`; periods sort by it. */
	endsOn: string;
	/** Length in days; flows (revenue, cost of sales) cover this span. 365 for a year. */
	days: number;
	inputs: FinancialInputs;
	/** Ratios the rep entered directly; an entered value wins over a computed one. */
	entered: Partial<Record<Signal, number>>;
}

/** A signal's value, or the reason it cannot be computed. */
export type SignalResult =
	| { kind: 'value'; value: number; source: 'computed' | 'entered' }
	| { kind: 'missing'; fields: InputField[] }
	| { kind: 'zeroDivisor'; field: InputField }
	| { kind: 'negativeInput'; field: InputField }
	| { kind: 'negativeEquity' };

/** Figures each signal is computed from: numerator, then divisor. */
export const SIGNAL_INPUTS = {
	currentRatio: ['currentAssets', 'currentLiabilities'],
	netMargin: ['netIncome', 'revenue'],
	returnOnAssets: ['netIncome', 'totalAssets'],
	collectionDays: ['receivables', 'revenue'],
	inventoryTurnover: ['costOfSales', 'inventory']
} as const satisfies Record<Signal, readonly [InputField, InputField]>;

const YEAR_DAYS = 365;

function ratio(signal: Signal, inputs: FinancialInputs): SignalResult {
	const [top, bottom] = SIGNAL_INPUTS[signal];
	const missing = [top, bottom].filter((f) => !Number.isFinite(inputs[f]));
	if (missing.length > 0) return { kind: 'missing', fields: missing };
	for (const field of [top, bottom])
		if ((inputs[field] as number) < 0 && !MAY_BE_NEGATIVE.has(field))
			return { kind: 'negativeInput', field };
	const divisor = inputs[bottom] as number;
	if (divisor === 0) return { kind: 'zeroDivisor', field: bottom };
	return { kind: 'value', value: (inputs[top] as number) / divisor, source: 'computed' };
}

/** Equity (total assets minus total liabilities), when both figures are there. */
export function equity(inputs: FinancialInputs): number | undefined {
	const { totalAssets, totalLiabilities } = inputs;
	if (!Number.isFinite(totalAssets) || !Number.isFinite(totalLiabilities)) return undefined;
	return (totalAssets as number) - (totalLiabilities as number);
}

/**
 * One signal of a period. Percentages are fractions (0.05 = 5 %); the collection period is in
 * days; inventory turnover is per year, so quarters and years compare.
 */
export function computeSignal(signal: Signal, period: FinancialPeriod): SignalResult {
	const entered = period.entered[signal];
	if (Number.isFinite(entered))
		return { kind: 'value', value: entered as number, source: 'entered' };
	// Owing more than it owns: a return "on assets" then describes the creditors' money, and a
	// healthy-looking figure would hide the real news (docs/account-health.md#negative-equity).
	if (signal === 'returnOnAssets' && (equity(period.inputs) ?? 0) < 0)
		return { kind: 'negativeEquity' };
	const result = ratio(signal, period.inputs);
	if (result.kind !== 'value') return result;
	const days = period.days > 0 ? period.days : YEAR_DAYS;
	if (signal === 'collectionDays') return { ...result, value: result.value * days };
	if (signal === 'inventoryTurnover')
		return { ...result, value: (result.value * YEAR_DAYS) / days };
	return result;
}

/** All five signals of a period. */
export function computeSignals(period: FinancialPeriod): Record<Signal, SignalResult> {
	return Object.fromEntries(SIGNALS.map((s) => [s, computeSignal(s, period)])) as Record<
		Signal,
		SignalResult
	>;
}

/** The value of a result, or `undefined` when it cannot be computed. */
export const valueOf = (r: SignalResult): number | undefined =>
	r.kind === 'value' ? r.value : undefined;

/** Periods oldest first (by end day, then id for a stable order). */
export function byEndDay<T extends Pick<FinancialPeriod, 'endsOn' | 'id'>>(
	periods: readonly T[]
): T[] {
	return [...periods].sort((a, b) =>
		a.endsOn === b.endsOn ? a.id.localeCompare(b.id) : a.endsOn < b.endsOn ? -1 : 1
	);
}
