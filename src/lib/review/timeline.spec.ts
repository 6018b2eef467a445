import { describe, expect, it } from 'vitest';
import type { CallEvent } from '$lib/session/events';
import { sampleCall } from '../../../tests/fixtures/db/calls';
import { buildTimeline, replyIndex } from './timeline';

const T0 = 1_700_000_000_000;

describe('buildTimeline', () => {
	it('lays the stages out as bands and each move as a mark at its moment', () => {
		const events = sampleCall(T0);
		// The benefit (index 11) met the explicit need, as the fold would record it.
		const timeline = buildTimeline(events, new Set([11]));
		expect(timeline.span).toBe(140_000);
		expect(timeline.bands).toEqual([
			{ stage: 'investigating', from: 5_000, to: 90_000 },
			{ stage: 'demonstrating', from: 90_000, to: 120_000 },
			{ stage: 'committing', from: 120_000, to: 140_000 }
		]);
		const by = (lane: string) => timeline.marks.filter((m) => m.lane === lane);
		expect(by('question').map((m) => [m.t, 'spinType' in m && m.spinType])).toEqual([
			[9_000, 'situation'],
			[31_000, 'problem'],
			[52_000, 'implication'],
			[70_000, 'needPayoff']
		]);
		// implied → explicit → met, on the need lane.
		expect(by('need').map((m) => ('level' in m ? m.level : null))).toEqual([
			'implied',
			'explicit',
			'met'
		]);
		expect(by('benefit')).toEqual([{ lane: 'benefit', met: true, index: 11, t: 95_000 }]);
		expect(by('note').map((m) => m.index)).toEqual([4]);
	});

	it('shows a benefit the fold did not count as met as not met', () => {
		const timeline = buildTimeline(sampleCall(T0));
		expect(timeline.marks.filter((m) => m.lane === 'benefit')).toMatchObject([{ met: false }]);
		expect(timeline.marks.some((m) => m.lane === 'need' && m.level === 'met')).toBe(false);
	});

	it('marks needs and objections the scripted buyer brings up', () => {
		const events: CallEvent[] = [
			{ v: 1, at: T0, type: 'call.start' },
			{ v: 1, at: T0 + 10, type: 'buyer.say', text: 'Onboarding is slow', reveals: ['a'] },
			{ v: 1, at: T0 + 20, type: 'buyer.say', text: 'Too expensive', objectionId: 'price' }
		];
		expect(buildTimeline(events).marks).toEqual([
			{ lane: 'need', level: 'implied', index: 1, t: 10 },
			{ lane: 'objection', answered: false, index: 2, t: 20 }
		]);
	});
});

describe('replyIndex', () => {
	it("finds the customer's words after a question, not past the rep's next move", () => {
		const events = sampleCall(T0);
		expect(replyIndex(events, 3)).toBe(4); // situation question → the noted answer
		expect(replyIndex(events, 5)).toBe(-1); // the next move is another question
		expect(replyIndex(events, 4)).toBe(-1); // the answer itself
	});
});
