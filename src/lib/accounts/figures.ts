// Turning what the rep typed into figures, without guessing: an empty box is "not given",
// anything that is not a plain number is an error shown beside the box.
import { SIGNALS, type Signal } from './financials';

/** Signals typed as a percentage (5 means 5 %) and stored as a fraction. */
export const PERCENT_SIGNALS: ReadonlySet<Signal> = new Set(['netMargin', 'returnOnAssets']);

export type Parsed = { ok: true; value: number | undefined } | { ok: false };

const NUMBER = /^[-−]?\d+(\.\d+)?$/;

/**
 * A typed figure: empty means absent; digits with an optional minus and decimal point are
 * accepted, thousands separators (`,` `，` spaces) and full-width digits are normalised.
 */
export function parseFigure(text: string): Parsed {
	const plain = text
		.normalize('NFKC')
		.replace(/[\s,，_]/g, '')
		.replace('−', '-');
	if (plain === '') return { ok: true, value: undefined };
	if (!NUMBER.test(plain)) return { ok: false };
	return { ok: true, value: Number(plain) };
}

/** A stored signal value as the rep types it (percentages ×100), or '' when absent. */
export function signalToText(signal: Signal, value: number | undefined): string {
	if (value === undefined) return '';
	const shown = PERCENT_SIGNALS.has(signal) ? value * 100 : value;
	return String(Number(shown.toPrecision(12)));
}

/** A typed signal value as stored (percentages ÷100). */
export const signalFromTyped = (signal: Signal, typed: number): number =>
	PERCENT_SIGNALS.has(signal) ? typed / 100 : typed;

/** Every signal, for forms that list them. */
export const FORM_SIGNALS: readonly Signal[] = SIGNALS;
