import { describe, expect, it } from 'vitest';
import { milestoneProblem, milestoneStatus, openMilestones, PLAN_PARTS } from './service-plan';

const ms = (id: string, due: string, doneOn?: string) => ({
	id,
	title: id,
	owner: 'Li',
	due,
	doneOn
});

describe('service plan', () => {
	it('has the eight parts of the domain text', () => {
		expect(PLAN_PARTS).toHaveLength(8);
	});

	it('tells done, overdue, soon and later apart', () => {
		expect(milestoneStatus(ms('a', '2026-01-01', '2026-01-02'), '2026-02-01')).toBe('done');
		expect(milestoneStatus(ms('a', '2026-01-01'), '2026-01-02')).toBe('overdue');
		expect(milestoneStatus(ms('a', '2026-01-15'), '2026-01-01')).toBe('soon');
		expect(milestoneStatus(ms('a', '2026-01-16'), '2026-01-01')).toBe('later');
	});

	it('lists open milestones by due day and checks typed ones', () => {
		const open = openMilestones([
			ms('c', '2026-03-01'),
			ms('d', '2026-01-01', '2026-01-01'),
			ms('b', '2026-02-01')
		]);
		expect(open.map((m) => m.id)).toEqual(['b', 'c']);
		expect(milestoneProblem({ title: ' ', due: '2026-01-01' })).toBe('titleMissing');
		expect(milestoneProblem({ title: 'Pilot', due: '01/02/2026' })).toBe('dueInvalid');
		expect(milestoneProblem({ title: 'Pilot', due: '2026-02-01' })).toBeUndefined();
	});
});
