import { describe, expect, it } from 'vitest';
import { sampleCall } from '../../../tests/fixtures/db/helpers';
import { analyze } from '$lib/session/analyze';
import { tallyOf } from '$lib/session/assessment';
import { initialCallContext } from '$lib/session/context';
import { foldEvents } from '$lib/session/reduce';
import fc from 'fast-check';
import { callLog } from '../../../tests/fixtures/session/arbitraries';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { SEARCH_TEXT_MAX, summaryOfLog } from './summary';
import type { SessionRow } from './types';

const base: SessionRow = {
	id: 's',
	playbookId: 'demo',
	playbookVersion: '1',
	playbookHash: '0123456789abcdef',
	mode: 'rehearsal',
	title: 't',
	locale: 'en',
	startedAt: 100,
	updatedAt: 100,
	active: 1,
	stage: 'opening',
	eventCount: 0,
	counts: { situation: 0, problem: 0, implication: 0, needPayoff: 0 },
	needsExplicit: 0,
	needsImplied: 0,
	needs: []
};

describe('summaryOfLog', () => {
	it('reads a whole call into stage, counts, needs and outcome', () => {
		const events = sampleCall(100);
		const row = summaryOfLog(base, events);
		expect(row).toMatchObject({
			mode: 'live',
			account: { name: 'Acme', tier: 'gold' },
			stage: 'committing',
			eventCount: 15,
			counts: { situation: 1, problem: 1, implication: 1, needPayoff: 1 },
			needs: [{ id: 'onboarding', level: 'explicit' }],
			needsExplicit: 1,
			needsImplied: 0,
			outcome: 'advance',
			active: 0,
			endedAt: events[14].at,
			updatedAt: events[14].at
		});
		expect(base.counts.situation).toBe(0);
	});

	it('believes the events, not the row: a row claiming an order and 999 questions', () => {
		const claimed: SessionRow = {
			...base,
			outcome: 'order',
			active: 0,
			endedAt: 5,
			counts: { situation: 999, problem: 0, implication: 0, needPayoff: 0 }
		};
		const row = summaryOfLog(claimed, [
			{ v: 1, at: 1, type: 'call.start' },
			{ v: 1, at: 2, type: 'stage.enter', stage: 'investigating' },
			{ v: 1, at: 3, type: 'question.ask', spinType: 'situation', text: 'Size?' }
		]);
		expect(row.outcome).toBeUndefined();
		expect(row.endedAt).toBeUndefined();
		expect(row.active).toBe(1);
		expect(row.counts.situation).toBe(1);
	});

	it('keeps an explicit need explicit when it is later mentioned as implied', () => {
		const row = summaryOfLog(base, [
			{ v: 1, at: 0, type: 'call.start' },
			{ v: 1, at: 1, type: 'need.confirm', needId: 'a', level: 'explicit' },
			{ v: 1, at: 2, type: 'need.confirm', needId: 'a', level: 'implied' },
			{ v: 1, at: 3, type: 'need.confirm', needId: 'b', level: 'implied' }
		]);
		expect(row.needs).toEqual([
			{ id: 'a', level: 'explicit' },
			{ id: 'b', level: 'implied' }
		]);
		expect([row.needsExplicit, row.needsImplied]).toEqual([1, 1]);
	});

	it('never moves updatedAt backwards for an event with an older clock', () => {
		const row = summaryOfLog({ ...base, updatedAt: 500 }, [{ v: 1, at: 200, type: 'call.start' }]);
		expect(row.updatedAt).toBe(500);
	});

	it('has the counts the report has, whatever the log (the store folds with no playbook)', () => {
		fc.assert(
			fc.property(callLog, (events) => {
				const row = summaryOfLog(base, events);
				const report = analyze(TEST_PLAYBOOK, events);
				const tally = tallyOf(foldEvents(initialCallContext(TEST_PLAYBOOK), events, TEST_PLAYBOOK));
				expect(row.counts).toEqual(tally.spinCounts);
				expect(row.needs).toEqual(tally.needs);
				expect(row.needsExplicit).toBe(report.needs.explicit.length);
				expect(row.needsImplied).toBe(report.needs.implied.length);
				for (const type of ['situation', 'problem', 'implication', 'needPayoff'] as const)
					expect(row.counts[type]).toBe(report.questions.byType[type].count);
				expect(row.outcome ?? null).toBe(report.outcome.outcome);
			}),
			{ numRuns: 300 }
		);
	});

	it('clocks the call from start to end without its pauses', () => {
		const t0 = 1_700_000_000_000;
		const events = sampleCall(t0);
		// Paused from 20 s to 50 s into the call (after the answer note).
		events.splice(
			5,
			0,
			{ v: 1, at: t0 + 21_000, type: 'call.pause' },
			{ v: 1, at: t0 + 51_000, type: 'call.resume' }
		);
		const row = summaryOfLog(base, events);
		// Started at 1 s, ended at 140 s, 30 s paused; the review after the end adds nothing.
		expect(row.durationMs).toBe(139_000 - 30_000);
		const reviewed = summaryOfLog(base, [
			...events,
			{ v: 1, at: t0 + 900_000, type: 'review.save', wentWell: 'Good pace', toChange: '' }
		]);
		expect(reviewed.durationMs).toBe(row.durationMs);
	});

	it('keeps what the rep typed, lower-cased, for search', () => {
		const events = sampleCall(100);
		const row = summaryOfLog(base, events);
		expect(row.text).toContain('agree a pilot');
		expect(row.text).toContain('40 reps, <b>3</b> regions');
		expect(row.text).toContain('what does a slow start cost?');
		expect(row.text).toContain('onboard in 2 weeks');
		expect(row.text).not.toContain('How many reps'); // lower-cased
		const end = events.findIndex((e) => e.type === 'call.end');
		const note = { v: 1, at: events[end].at, type: 'note.add' as const, text: 'x'.repeat(5000) };
		const long = summaryOfLog(base, [...events.slice(0, end), note, ...events.slice(end)]);
		expect(long.text!.length).toBe(SEARCH_TEXT_MAX);
	});
});
