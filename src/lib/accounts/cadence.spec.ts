import { describe, expect, it } from 'vitest';
import { allowedGapDays, DEFAULT_CADENCE, effectiveCadence, isValidCadence } from './cadence';
import { dayFromIso } from './local-day';

const d = (iso: string) => dayFromIso(iso)!;

describe('cadence', () => {
	it('defaults by tier: 2 a week, 2 a month, 2 a quarter, none', () => {
		expect(effectiveCadence('platinum')).toEqual({ visits: 2, per: 'week' });
		expect(effectiveCadence('gold')).toEqual({ visits: 2, per: 'month' });
		expect(effectiveCadence('iron')).toEqual({ visits: 2, per: 'quarter' });
		expect(effectiveCadence('lead')).toBeNull();
		expect(effectiveCadence(undefined)).toBeNull();
	});

	it("lets an account's own cadence (or explicit none) override the tier", () => {
		expect(effectiveCadence('lead', { visits: 1, per: 'month' })).toEqual({
			visits: 1,
			per: 'month'
		});
		expect(effectiveCadence('platinum', null)).toBeNull();
	});

	it('allows half a period between two visits, in calendar days', () => {
		expect(allowedGapDays(DEFAULT_CADENCE.platinum, d('2026-12-01'))).toBe(3);
		expect(allowedGapDays(DEFAULT_CADENCE.gold, d('2026-03-01'))).toBe(15); // 31-day March
		expect(allowedGapDays(DEFAULT_CADENCE.gold, d('2026-02-01'))).toBe(14); // 28-day February
		expect(allowedGapDays(DEFAULT_CADENCE.gold, d('2026-01-31'))).toBe(14); // to 28 Feb
		expect(allowedGapDays(DEFAULT_CADENCE.iron, d('2026-01-01'))).toBe(45); // to 1 Apr: 90 days
	});

	it('accepts only whole visit counts in range and known periods', () => {
		expect(isValidCadence({ visits: 3, per: 'month' })).toBe(true);
		expect(isValidCadence({ visits: 0, per: 'month' })).toBe(false);
		expect(isValidCadence({ visits: 1.5, per: 'month' })).toBe(false);
		expect(isValidCadence({ visits: 2, per: 'year' as 'week' })).toBe(false);
	});
});
