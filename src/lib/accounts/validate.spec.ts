import { describe, expect, it } from 'vitest';
import { checkDate, checkName, duplicateNames, parseAmount } from './validate';

describe('account form checks', () => {
	it('requires a name', () => {
		expect(checkName('  ')).toBe('name_required');
		expect(checkName('x'.repeat(201))).toBe('name_too_long');
		expect(checkName('华东电力')).toBeUndefined();
	});

	it('reads money as typed, with grouping, and refuses the rest', () => {
		expect(parseAmount('')).toEqual({});
		expect(parseAmount('1,200,000')).toEqual({ value: 1_200_000 });
		expect(parseAmount('1 200.50')).toEqual({ value: 1200.5 });
		expect(parseAmount('-300')).toEqual({ value: -300 });
		expect(parseAmount('12k')).toEqual({ error: 'number_invalid' });
		expect(parseAmount('1e9')).toEqual({ error: 'number_invalid' });
	});

	it('accepts real dates only', () => {
		expect(checkDate('')).toBeUndefined();
		expect(checkDate('2026-02-28')).toBeUndefined();
		expect(checkDate('2026-02-30')).toBe('date_invalid');
	});

	it('warns of the same name in another account, ignoring case, spaces and width', () => {
		const accounts = [
			{ id: '1', name: 'ACME  Ltd' },
			{ id: '2', name: '华东电力' }
		];
		expect(duplicateNames(accounts, ' acme ltd').map((a) => a.id)).toEqual(['1']);
		expect(duplicateNames(accounts, 'ＡＣＭＥ Ltd').map((a) => a.id)).toEqual(['1']);
		expect(duplicateNames(accounts, 'acme ltd', '1')).toEqual([]);
		expect(duplicateNames(accounts, '')).toEqual([]);
	});
});
