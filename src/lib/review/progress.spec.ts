import { describe, expect, it } from 'vitest';
import type { CallDigest } from '$lib/db/types';
import {
	byMonth,
	byPlaybook,
	measure,
	ofMode,
	practiseNext,
	progressCalls,
	type ProgressCall
} from './progress';

const digest = (over: Partial<CallDigest> = {}): CallDigest => ({
	v: 'v1',
	eventCount: 10,
	score: 50,
	max: 100,
	rules: { a: [10, 10], b: [5, 10], c: [0, 5] },
	questions: 10,
	implication: 2,
	needPayoff: 1,
	benefits: 2,
	benefitsOnExplicit: 1,
	explicitNeeds: 1,
	metNeeds: 1,
	...over
});

const at = (y: number, mo: number, d: number) => new Date(y, mo - 1, d, 10).getTime();

const call = (over: Partial<ProgressCall> = {}): ProgressCall => ({
	startedAt: at(2026, 10, 1),
	mode: 'rehearsal',
	playbookId: 'en',
	digest: digest(),
	...over
});

describe('measure', () => {
	it('sums counts over the calls before dividing', () => {
		const m = measure([
			call({
				outcome: 'advance',
				digest: digest({ score: 80, questions: 10, implication: 5, needPayoff: 3 })
			}),
			call({
				outcome: 'continuation',
				digest: digest({
					score: 40,
					questions: 30,
					implication: 0,
					needPayoff: 0,
					benefits: 0,
					benefitsOnExplicit: 0
				})
			}),
			call({ digest: digest({ score: 30 }) })
		]);
		expect(m.score).toBeCloseTo(150 / 300);
		expect(m.deepQuestions).toBeCloseTo((8 + 3) / 50);
		expect(m.benefitsOnExplicit).toBeCloseTo(2 / 4);
		// Only calls that ended with an outcome count; one of two advanced.
		expect(m.advanced).toBeCloseTo(1 / 2);
	});

	it('reports no data as null, not as zero', () => {
		const m = measure([
			call({ digest: digest({ questions: 0, benefits: 0, benefitsOnExplicit: 0 }) })
		]);
		expect(m).toMatchObject({ deepQuestions: null, benefitsOnExplicit: null, advanced: null });
		expect(measure([])).toEqual({
			score: null,
			deepQuestions: null,
			benefitsOnExplicit: null,
			advanced: null
		});
	});
});

describe('trends', () => {
	const calls = [
		call({ startedAt: at(2026, 11, 3), digest: digest({ score: 70 }), playbookId: 'zh' }),
		call({ startedAt: at(2026, 9, 30), digest: digest({ score: 20 }) }),
		call({ startedAt: at(2026, 9, 2), digest: digest({ score: 40 }), mode: 'live' }),
		call({ startedAt: at(2026, 11, 20), digest: digest({ score: 90 }) })
	];

	it('groups by local month, oldest first', () => {
		const months = byMonth(calls);
		expect(months.map((p) => [p.key, p.calls, p.score])).toEqual([
			['2026-09', 2, 0.3],
			['2026-11', 2, 0.8]
		]);
	});

	it('groups by playbook, most calls first', () => {
		expect(byPlaybook(calls).map((p) => [p.key, p.calls])).toEqual([
			['en', 3],
			['zh', 1]
		]);
	});

	it('keeps live and rehearsal apart', () => {
		expect(ofMode(calls, 'live').map((c) => c.digest.score)).toEqual([40]);
		expect(ofMode(calls, 'rehearsal').map((c) => c.digest.score)).toEqual([20, 70, 90]);
	});

	it('reads only rows with a digest of the current version', () => {
		const row = (id: string, d?: CallDigest) =>
			({
				id,
				startedAt: 1,
				mode: 'live',
				playbookId: 'en',
				outcome: 'order',
				...(d ? { digest: d } : {})
			}) as never;
		const out = progressCalls([row('a', digest()), row('b'), row('c', digest({ v: 'old' }))], 'v1');
		expect(out).toHaveLength(1);
		expect(out[0].outcome).toBe('order');
	});
});

describe('practiseNext', () => {
	it('names the rules missed in most recent calls, then by points lost', () => {
		const calls = [
			call({
				startedAt: 5,
				digest: digest({ rules: { a: [10, 10], b: [5, 10], c: [0, 5], d: [0, 10] } })
			}),
			call({
				startedAt: 4,
				digest: digest({ rules: { a: [10, 10], b: [0, 10], c: [4, 5], d: [10, 10] } })
			}),
			call({
				startedAt: 3,
				digest: digest({ rules: { a: [2, 10], b: [10, 10], c: [0, 5], d: [10, 10] } })
			})
		];
		expect(practiseNext(calls)).toEqual([
			{ ruleId: 'c', missedIn: 3, of: 3, pointsLost: 11 },
			{ ruleId: 'b', missedIn: 2, of: 3, pointsLost: 15 },
			{ ruleId: 'd', missedIn: 1, of: 3, pointsLost: 10 }
		]);
	});

	it('looks only at the most recent calls', () => {
		const old = call({ startedAt: 1, digest: digest({ rules: { z: [0, 10] } }) });
		const recent = Array.from({ length: 10 }, (_, i) =>
			call({
				startedAt: 100 + i,
				digest: digest({ rules: { a: [10, 10], y: [i < 3 ? 0 : 5, 5] } })
			})
		);
		expect(practiseNext([old, ...recent]).map((r) => r.ruleId)).toEqual(['y']);
		expect(practiseNext([old, ...recent], { recent: 11 }).map((r) => r.ruleId)).toEqual(['y', 'z']);
	});

	it('is empty when every rule scored full marks', () => {
		expect(practiseNext([call({ digest: digest({ rules: { a: [10, 10] } }) })])).toEqual([]);
	});
});

describe('drills in progress', () => {
	it('are left out of the trends', () => {
		const row = {
			id: 'd',
			startedAt: 1,
			mode: 'rehearsal',
			playbookId: 'en',
			drill: 'developNeed',
			digest: digest()
		};
		expect(progressCalls([row as never], 'v1')).toEqual([]);
	});
});
