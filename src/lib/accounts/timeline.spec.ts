import { describe, expect, it } from 'vitest';
import { dayFromIso } from './local-day';
import { buildTimeline, carriedStep, stepStatus } from './timeline';

const d = (iso: string) => dayFromIso(iso)!;

describe('plan-do-review timeline', () => {
	it('judges an agreed step by when the next call came', () => {
		const step = { text: 'Demo to the GM', date: '2026-12-10' };
		expect(stepStatus(step, d('2026-12-10'), d('2026-12-20'))).toBe('met');
		expect(stepStatus(step, d('2026-12-11'), d('2026-12-20'))).toBe('late');
		expect(stepStatus(step, undefined, d('2026-12-11'))).toBe('missed');
		expect(stepStatus(step, undefined, d('2026-12-10'))).toBe('open');
		expect(stepStatus({ text: 'Call back' }, d('2027-06-01'), d('2027-06-02'))).toBe('met');
		expect(stepStatus({ text: '  ' }, undefined, 0)).toBe('none');
		expect(stepStatus(undefined, undefined, 0)).toBe('none');
	});

	it('orders calls oldest first and carries the latest next step', () => {
		const calls = [
			{ id: 'b', day: d('2026-12-09'), nextStep: { text: 'Send pilot plan', date: '2026-12-20' } },
			{ id: 'a', day: d('2026-12-01'), nextStep: { text: 'Meet again', date: '2026-12-05' } }
		];
		const t = buildTimeline(calls, d('2026-12-10'));
		expect(t.map((e) => [e.id, e.step])).toEqual([
			['a', 'late'],
			['b', 'open']
		]);
		expect(carriedStep(calls)).toEqual({ text: 'Send pilot plan', date: '2026-12-20' });
		expect(carriedStep([{ id: 'x', day: 1 }])).toBeUndefined();
	});
});
