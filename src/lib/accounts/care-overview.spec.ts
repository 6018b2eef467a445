import { describe, expect, it } from 'vitest';
import { careByAccount, careOrder } from './care-overview';

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
