import { describe, expect, it } from 'vitest';
import { sampleCall } from '../../../tests/fixtures/db/helpers';
import { applyToSummary, SEARCH_TEXT_MAX } from './summary';
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

describe('applyToSummary', () => {
	it('folds a whole call into stage, counts, needs and outcome', () => {
		const events = sampleCall(100);
		const row = events.reduce((s, e, i) => applyToSummary(s, e, i + 1), base);
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

	it('keeps an explicit need explicit when it is later mentioned as implied', () => {
		let row = applyToSummary(
			base,
			{ v: 1, at: 1, type: 'need.confirm', needId: 'a', level: 'explicit' },
			1
		);
		row = applyToSummary(
			row,
			{ v: 1, at: 2, type: 'need.confirm', needId: 'a', level: 'implied' },
			2
		);
		row = applyToSummary(
			row,
			{ v: 1, at: 3, type: 'need.confirm', needId: 'b', level: 'implied' },
			3
		);
		expect(row.needs).toEqual([
			{ id: 'a', level: 'explicit' },
			{ id: 'b', level: 'implied' }
		]);
		expect([row.needsExplicit, row.needsImplied]).toEqual([1, 1]);
	});

	it('never moves updatedAt backwards for an event with an older clock', () => {
		const row = applyToSummary(
			{ ...base, updatedAt: 500 },
			{ v: 1, at: 200, type: 'call.pause' },
			1
		);
		expect(row.updatedAt).toBe(500);
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
		const row = events.reduce((s, e, i) => applyToSummary(s, e, i + 1), base);
		// Started at 1 s, ended at 140 s, 30 s paused; the review after the end adds nothing.
		expect(row.durationMs).toBe(139_000 - 30_000);
		const reviewed = applyToSummary(
			row,
			{ v: 1, at: t0 + 900_000, type: 'review.save', wentWell: 'Good pace', toChange: '' },
			events.length + 1
		);
		expect(reviewed.durationMs).toBe(row.durationMs);
	});

	it('keeps what the rep typed, lower-cased, for search', () => {
		const events = sampleCall(100);
		const row = events.reduce((s, e, i) => applyToSummary(s, e, i + 1), base);
		expect(row.text).toContain('agree a pilot');
		expect(row.text).toContain('40 reps, <b>3</b> regions');
		expect(row.text).toContain('what does a slow start cost?');
		expect(row.text).toContain('onboard in 2 weeks');
		expect(row.text).not.toContain('How many reps'); // lower-cased
		const long = applyToSummary(
			row,
			{ v: 1, at: 200, type: 'note.add', text: 'x'.repeat(5000) },
			16
		);
		expect(long.text!.length).toBe(SEARCH_TEXT_MAX);
	});
});
