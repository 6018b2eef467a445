import { describe, expect, it } from 'vitest';
import {
	alignmentDue,
	communicationDue,
	compareRisk,
	retentionRisk,
	withLatestSurvey,
	type RetentionCheck
} from './retention';

const empty: RetentionCheck = { communication: {}, alignments: {}, guarantees: {} };

describe('retention due dates', () => {
	it('is due `everyDays` after the last time, soon within a week, overdue after', () => {
		const e = { last: '2026-01-01', everyDays: 30 };
		expect(communicationDue(e, '2026-01-10')).toEqual({
			state: 'ok',
			next: '2026-01-31',
			overdueDays: 0
		});
		expect(communicationDue(e, '2026-01-24')).toMatchObject({ state: 'soon' });
		expect(communicationDue(e, '2026-01-31')).toMatchObject({ state: 'soon', overdueDays: 0 });
		expect(communicationDue(e, '2026-02-03')).toEqual({
			state: 'overdue',
			next: '2026-01-31',
			overdueDays: 3
		});
		expect(communicationDue(undefined, '2026-01-01')).toEqual({ state: 'never', overdueDays: 0 });
		expect(communicationDue({ last: 'bad', everyDays: 3 }, '2026-01-01').state).toBe('never');
	});

	it('wants an alignment note looked at again after 180 days', () => {
		expect(alignmentDue({ note: 'n', on: '2025-01-01' }, '2025-06-30').state).toBe('soon');
		expect(alignmentDue({ note: 'n', on: '2025-01-01' }, '2025-07-02')).toMatchObject({
			state: 'overdue',
			overdueDays: 2
		});
	});
});

describe('retentionRisk', () => {
	it('is not at risk with nothing recorded or everything current', () => {
		expect(retentionRisk(undefined, '2026-01-01').atRisk).toBe(false);
		expect(retentionRisk(empty, '2026-01-01').atRisk).toBe(false);
		const ok: RetentionCheck = {
			communication: { visits: { last: '2025-12-30', everyDays: 15 } },
			alignments: { needs: { note: 'n', on: '2025-12-01' } },
			guarantees: { product: { light: 'amber', reason: 'one late batch' } }
		};
		expect(retentionRisk(ok, '2026-01-01')).toEqual({ atRisk: false, reasons: [] });
	});

	it('says why: red guarantees, overdue contacts and alignments', () => {
		const bad: RetentionCheck = {
			communication: { visits: { last: '2025-12-01', everyDays: 15 } },
			alignments: { strategy: { note: 's', on: '2025-01-01' } },
			guarantees: { service: { light: 'red', reason: 'two missed deliveries' } }
		};
		expect(retentionRisk(bad, '2026-01-01').reasons).toEqual([
			{ code: 'guaranteeRed', item: 'service', reason: 'two missed deliveries' },
			{ code: 'communicationOverdue', item: 'visits', days: 16 },
			{ code: 'alignmentOverdue', item: 'strategy', days: 185 }
		]);
	});

	it('sorts at-risk first, then more reasons, then longer late', () => {
		const none = { atRisk: false, reasons: [] };
		const one = retentionRisk(
			{ ...empty, communication: { meetings: { last: '2025-11-01', everyDays: 30 } } },
			'2026-01-01'
		);
		const oneLater = retentionRisk(
			{ ...empty, communication: { meetings: { last: '2025-10-01', everyDays: 30 } } },
			'2026-01-01'
		);
		const two = retentionRisk(
			{
				...empty,
				communication: { meetings: { last: '2025-11-01', everyDays: 30 } },
				guarantees: { value: { light: 'red', reason: 'price' } }
			},
			'2026-01-01'
		);
		expect([none, one, two, oneLater].sort(compareRisk)).toEqual([two, oneLater, one, none]);
	});

	it('counts a survey taken as the last survey contact', () => {
		const c = withLatestSurvey(empty, '2026-02-01');
		expect(c.communication.surveys).toEqual({ last: '2026-02-01', everyDays: 180 });
		const newer = { ...empty, communication: { surveys: { last: '2026-03-01', everyDays: 90 } } };
		expect(withLatestSurvey(newer, '2026-02-01')).toBe(newer);
	});
});
