import { describe, expect, it } from 'vitest';
import { addMonths, dayFromIso, isoFromDay, localDay, weekday } from './local-day';

describe('local days', () => {
	it('takes the calendar date where the rep is, not UTC', () => {
		// 2026-03-01 20:30 UTC is already 2 March in Shanghai, still 1 March in New York.
		const ms = Date.UTC(2026, 2, 1, 20, 30);
		expect(isoFromDay(localDay(ms, 'Asia/Shanghai'))).toBe('2026-03-02');
		expect(isoFromDay(localDay(ms, 'America/New_York'))).toBe('2026-03-01');
		expect(isoFromDay(localDay(ms, 'UTC'))).toBe('2026-03-01');
	});

	it('counts a DST night as one day', () => {
		const before = localDay(Date.UTC(2026, 2, 8, 4), 'America/New_York'); // 7 Mar 23:00 EST
		const after = localDay(Date.UTC(2026, 2, 9, 3, 30), 'America/New_York'); // 8 Mar 23:30 EDT
		expect(after - before).toBe(1);
	});

	it('reads ISO dates and refuses impossible ones', () => {
		expect(isoFromDay(dayFromIso('2024-02-29')!)).toBe('2024-02-29');
		expect(dayFromIso('2025-02-29')).toBeUndefined();
		expect(dayFromIso('2025-13-01')).toBeUndefined();
		expect(dayFromIso('1.2.2025')).toBeUndefined();
	});

	it('adds months clamped at month ends', () => {
		const d = (iso: string) => dayFromIso(iso)!;
		expect(isoFromDay(addMonths(d('2026-01-31'), 1))).toBe('2026-02-28');
		expect(isoFromDay(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
		expect(isoFromDay(addMonths(d('2026-11-30'), 3))).toBe('2027-02-28');
		expect(isoFromDay(addMonths(d('2026-03-15'), 1))).toBe('2026-04-15');
	});

	it('knows Monday from Sunday', () => {
		expect(weekday(dayFromIso('2026-12-07')!)).toBe(0);
		expect(weekday(dayFromIso('2026-12-06')!)).toBe(6);
	});
});
