import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, isIsoDay, isoDayOf } from './days';

describe('days', () => {
	it('accepts only real calendar days', () => {
		expect(isIsoDay('2024-02-29')).toBe(true);
		expect(isIsoDay('2025-02-29')).toBe(false);
		expect(isIsoDay('2025-1-5')).toBe(false);
		expect(dayNumber('1970-01-02')).toBe(1);
	});

	it('counts and moves whole days across months and years', () => {
		expect(addDays('2025-12-20', 15)).toBe('2026-01-04');
		expect(daysBetween('2026-01-04', '2025-12-20')).toBe(-15);
		expect(isoDayOf(Date.UTC(2026, 2, 1, 23, 59))).toBe('2026-03-01');
		expect(() => addDays('nope', 1)).toThrow(RangeError);
	});
});
