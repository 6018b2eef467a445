import { describe, expect, it } from 'vitest';
import type { CallDigest } from '$lib/db/types';
import { RUBRIC } from '$lib/session/rubric';
import { digestDrillScore, drillRecords, SKILL_RULES, skillForRule } from './drills';

const digest = (rules: CallDigest['rules']): CallDigest => ({
	v: 'v1',
	eventCount: 5,
	score: 0,
	max: 100,
	rules,
	questions: 0,
	implication: 0,
	needPayoff: 0,
	benefits: 0,
	benefitsOnExplicit: 0,
	explicitNeeds: 0,
	metNeeds: 0
});

describe('drill skills', () => {
	it('name only rules the rubric has', () => {
		const ids = new Set(RUBRIC.map((r) => r.id));
		for (const rules of Object.values(SKILL_RULES))
			for (const id of rules) expect(ids).toContain(id);
	});

	it('map a missed rule to the drill that trains it', () => {
		expect(skillForRule('implication_asked')).toBe('developNeed');
		expect(skillForRule('benefits_meet_explicit')).toBe('linkBenefit');
		expect(skillForRule('no_such_rule')).toBeNull();
	});

	it("score a drill on its skill's rules only", () => {
		const d = digest({
			implication_asked: [10, 10],
			situation_few: [5, 10],
			advance_obtained: [0, 10]
		});
		expect(digestDrillScore(d, 'developNeed')).toEqual({ total: 15, max: 20 });
		expect(digestDrillScore(d, 'askAdvance')).toEqual({ total: 0, max: 10 });
	});

	it('keep attempts, the last and the best score per skill', () => {
		const rows = [
			{
				id: 'b',
				startedAt: 2,
				drill: 'developNeed',
				digest: digest({ implication_asked: [10, 10] })
			},
			{
				id: 'a',
				startedAt: 1,
				drill: 'developNeed',
				digest: digest({ implication_asked: [5, 10] })
			},
			{
				id: 'c',
				startedAt: 3,
				drill: 'developNeed',
				digest: digest({ implication_asked: [0, 10] })
			},
			{ id: 'x', startedAt: 4, digest: digest({ implication_asked: [0, 10] }) }
		];
		expect(drillRecords(rows)).toEqual([
			{
				skill: 'developNeed',
				attempts: 3,
				last: { total: 0, max: 10, startedAt: 3, id: 'c' },
				best: { total: 10, max: 10 }
			}
		]);
	});
});
