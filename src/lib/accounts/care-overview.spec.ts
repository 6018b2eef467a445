import { describe, expect, it } from 'vitest';
import { careByAccount, careOrder, milestonesDue } from './care-overview';
import type { Milestone } from './service-plan';

const empty = { communication: {}, alignments: {}, guarantees: {} };

describe('care overview', () => {
	it('puts at-risk accounts first with why, then urgent milestones; drops the rest', () => {
		const care = careByAccount(
			{
				checks: [
					{ ...empty, accountId: 'calm' },
					{ ...empty, accountId: 'red', guarantees: { value: { light: 'red', reason: 'price' } } },
					{
						...empty,
						accountId: 'late',
						communication: { surveys: { last: '2025-01-01', everyDays: 30 } }
					}
				],
				surveys: [{ accountId: 'late', takenOn: '2026-01-05' }],
				plans: [
					{
						accountId: 'plan',
						milestones: [{ id: 'm', title: 'Pilot', owner: '', due: '2026-01-10' }]
					},
					{
						accountId: 'far',
						milestones: [{ id: 'n', title: 'Later', owner: '', due: '2027-01-10' }]
					}
				]
			},
			'2026-01-06'
		);
		const order = careOrder(care);
		expect(order.map((c) => c.accountId)).toEqual(['red', 'plan']);
		expect(order[0].risk.reasons).toEqual([
			{ code: 'guaranteeRed', item: 'value', reason: 'price' }
		]);
		// A survey taken lately counts as the survey contact, so `late` is not late any more.
		expect(care.find((c) => c.accountId === 'late')?.risk.atRisk).toBe(false);
	});
});

describe('milestones due', () => {
	const ms = (id: string, due: string, extra: Partial<Milestone> = {}): Milestone => ({
		id,
		title: id,
		owner: 'Li',
		due,
		...extra
	});

	it('lists open milestones late or due within 7 days, earliest first, with days left', () => {
		const rows = milestonesDue(
			[
				{
					accountId: 'b',
					milestones: [
						ms('week', '2026-03-08'),
						ms('eight-days', '2026-03-09'),
						ms('reached', '2026-02-01', { doneOn: '2026-02-02' }),
						ms('bad-date', '03/05/2026')
					]
				},
				{ accountId: 'a', milestones: [ms('late', '2026-02-20'), ms('today', '2026-03-01')] },
				{ accountId: 'c', milestones: [] }
			],
			'2026-03-01'
		);
		expect(rows.map((r) => [r.accountId, r.milestone.id, r.daysLeft])).toEqual([
			['a', 'late', -9],
			['a', 'today', 0],
			['b', 'week', 7]
		]);
		expect(rows[0].milestone.owner).toBe('Li');
	});

	it('orders milestones due the same day by account, then title', () => {
		const rows = milestonesDue(
			[
				{ accountId: 'b', milestones: [ms('x', '2026-03-02')] },
				{ accountId: 'a', milestones: [ms('z', '2026-03-02'), ms('y', '2026-03-02')] }
			],
			'2026-03-01'
		);
		expect(rows.map((r) => `${r.accountId}/${r.milestone.id}`)).toEqual(['a/y', 'a/z', 'b/x']);
	});
});
