import { describe, expect, it } from 'vitest';
import { portfolioSplit } from './portfolio';

describe('portfolio 80/20', () => {
	it('ranks by profit, adds up shares and stops the top group once 80% is reached', () => {
		const p = portfolioSplit([
			{ id: 'c', name: 'C', profit: 100 },
			{ id: 'a', name: 'A', profit: 600 },
			{ id: 'x', name: 'X' },
			{ id: 'b', name: 'B', profit: 200 },
			{ id: 'd', name: 'D', profit: 100 },
			{ id: 'e', name: 'E', profit: 0 },
			{ id: 'f', name: 'F', profit: -50 }
		]);
		expect(p.total).toBe(1000);
		expect(p.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(p.rows.map((r) => r.cumulative)).toEqual([0.6, 0.8, 0.9, 1, 1, 1]);
		expect(p.rows.map((r) => r.group)).toEqual(['top', 'top', 'rest', 'rest', 'none', 'none']);
		expect(p.topCount).toBe(2);
		expect(p.topAccountShare).toBeCloseTo(2 / 6);
		expect(p.unranked.map((u) => u.id)).toEqual(['x']);
	});

	it('treats float sums that reach 80% as reached', () => {
		const p = portfolioSplit(
			[0.1, 0.3, 0.1, 0.3, 0.1, 0.1].map((profit, i) => ({ id: `${i}`, name: `${i}`, profit }))
		);
		expect(p.rows.filter((r) => r.group === 'top')).toHaveLength(4);
	});

	it('has no top group when nothing brings profit', () => {
		const p = portfolioSplit([{ id: 'a', name: 'A', profit: 0 }]);
		expect(p.rows[0]).toMatchObject({ group: 'none', share: 0, cumulative: 0 });
		expect(p.topCount).toBe(0);
		expect(portfolioSplit([]).topAccountShare).toBe(0);
	});
});
