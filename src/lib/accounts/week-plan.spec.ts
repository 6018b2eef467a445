import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './local-day';
import { weekPlan } from './week-plan';

const d = (iso: string) => dayFromIso(iso)!;

describe('week plan', () => {
	it('lays the planned visits of this week on Monday..Sunday, dropping other weeks', () => {
		const week = weekPlan(
			[
				{ accountId: 'b', name: 'B', day: d('2026-12-09'), text: 'demo' },
				{ accountId: 'a', name: 'A', day: d('2026-12-09'), text: 'trial' },
				{ accountId: 'c', name: 'C', day: d('2026-12-14'), text: 'next week' },
				{ accountId: 'e', name: 'E', day: d('2026-12-06'), text: 'last week' }
			],
			d('2026-12-10')
		);
		expect(week.map((w) => isoFromDay(w.day))).toEqual([
			'2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'
		]); // prettier-ignore
		expect(week[2].visits.map((v) => v.accountId)).toEqual(['a', 'b']);
		expect(week.flatMap((w) => w.visits)).toHaveLength(2);
	});
});
