import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from './cadence';
import { dayFromIso, localDay } from './local-day';
import { dueState, isOverdue, visitsDue, type DueInput } from './overdue';

const d = (iso: string) => dayFromIso(iso)!;
const gold = DEFAULT_CADENCE.gold;

describe('visits due', () => {
	it('is on time up to the last allowed day and overdue the day after', () => {
		const input: DueInput = {
			accountId: 'a',
			name: 'A',
			cadence: gold,
			lastContactDay: d('2026-01-31')
		};
		expect(dueState(input, d('2026-02-14'))?.daysOverdue).toBe(0);
		expect(isOverdue(dueState(input, d('2026-02-14'))!)).toBe(false);
		expect(dueState(input, d('2026-02-15'))?.daysOverdue).toBe(1);
		expect(isOverdue(dueState(input, d('2026-02-15'))!)).toBe(true);
	});

	it('uses the day of the contact in the time zone of the rep', () => {
		// 02:00 UTC on 1 March is 10:00 that day in Shanghai, 16:00 on 28 February in Honolulu.
		const at = Date.UTC(2026, 2, 1, 2, 0);
		const due = (tz: string) =>
			dueState(
				{ accountId: 'a', name: 'A', cadence: gold, lastContactDay: localDay(at, tz) },
				d('2026-03-16')
			);
		expect(due('Asia/Shanghai')?.daysOverdue).toBe(0); // 1 Mar + 15 = 16 Mar
		expect(due('Pacific/Honolulu')?.daysOverdue).toBe(2); // 28 Feb + 14 = 14 Mar
	});

	it('skips accounts without a cadence and puts never-visited ones first, then the most overdue', () => {
		const inputs: DueInput[] = [
			{ accountId: 'late', name: 'Late', cadence: gold, lastContactDay: d('2026-01-01') },
			{ accountId: 'lead', name: 'Lead', cadence: null, lastContactDay: d('2020-01-01') },
			{ accountId: 'later', name: 'Later', cadence: gold, lastContactDay: d('2025-11-01') },
			{ accountId: 'never', name: 'Never', cadence: DEFAULT_CADENCE.iron },
			{ accountId: 'fresh', name: 'Fresh', cadence: gold, lastContactDay: d('2026-02-27') },
			{
				accountId: 'soon',
				name: 'Soon',
				cadence: DEFAULT_CADENCE.platinum,
				lastContactDay: d('2026-02-28')
			}
		];
		const list = visitsDue(inputs, d('2026-03-01'));
		expect(list.map((i) => i.accountId)).toEqual(['never', 'later', 'late', 'soon']);
		expect(list.find((i) => i.accountId === 'soon')?.daysOverdue).toBe(-2);
		expect(visitsDue(inputs, d('2026-03-01'), 0).map((i) => i.accountId)).toEqual([
			'never',
			'later',
			'late'
		]);
	});
});
