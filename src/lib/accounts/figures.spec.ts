import { describe, expect, it } from 'vitest';
import { parseFigure, signalFromTyped, signalToText } from './figures';

describe('parseFigure', () => {
	it('reads plain numbers, separators and full-width digits; empty is absent', () => {
		expect(parseFigure('1,250.5')).toEqual({ ok: true, value: 1250.5 });
		expect(parseFigure(' -30 ')).toEqual({ ok: true, value: -30 });
		expect(parseFigure('１２３')).toEqual({ ok: true, value: 123 });
		expect(parseFigure('')).toEqual({ ok: true, value: undefined });
	});

	it('refuses anything else instead of guessing', () => {
		for (const t of ['12a', '1e5', '--1', '.5', 'NaN', 'Infinity', '5%'])
			expect(parseFigure(t).ok).toBe(false);
	});
});

describe('percent signals', () => {
	it('are typed in % and stored as fractions', () => {
		expect(signalFromTyped('netMargin', 5)).toBe(0.05);
		expect(signalToText('returnOnAssets', 0.123)).toBe('12.3');
		expect(signalToText('currentRatio', 1.5)).toBe('1.5');
		expect(signalToText('currentRatio', undefined)).toBe('');
	});
});
