// The one fold read two ways: the machine's phase gate and the transcript gate the report and
// the scripted buyer use. They must agree on every log the call screen can write, and the
// objection rules they share must hold for both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPIN_TYPES } from '$lib/playbook/types';
import { initialCallContext } from './context';
import { STAGES, type CallEvent } from './events';
import { acceptsEvent, foldEvent, foldEvents, type FoldGate } from './reduce';
import { at, log, plantPlaybook } from './testing/fixtures';

const playbook = plantPlaybook();
type Body = Parameters<typeof at>[1];

const fold = (events: CallEvent[], gate: FoldGate) =>
	foldEvents(initialCallContext(playbook), events, playbook, gate);

describe('the transcript gate', () => {
	it('applies what the phase gate skips, and records only unknown types as ignored', () => {
		const events = log([
			{ type: 'question.ask', spinType: 'problem' },
			{ type: 'stage.enter', stage: 'investigating' },
			{ type: 'call.start' },
			{ type: 'call.pause' },
			{ type: 'buyer.say', text: '', states: ['downtime'] },
			{ type: 'teleport' } as unknown as Body
		]);
		const phase = fold(events, 'phase');
		expect(phase.questions).toEqual([]);
		expect(phase.needs).toEqual([]);
		expect(phase.stage).toBe('opening');
		expect(phase.ignored.map((i) => i.index)).toEqual([0, 1, 4, 5]);

		const transcript = fold(events, 'transcript');
		expect(transcript.spinCounts.problem).toBe(1);
		expect(transcript.needs.map((n) => [n.id, n.level])).toEqual([['downtime', 'explicit']]);
		// A stage entered before the start is where the clock starts.
		expect(transcript.stageLog.map((s) => s.stage)).toEqual(['investigating']);
		expect(transcript.stageMs.investigating).toBe(1_000);
		expect(transcript.ignored).toEqual([{ index: 5, type: 'teleport' }]);
	});
});

describe('objections, under either gate', () => {
	const start: Body = { type: 'call.start' };
	it.each(['phase', 'transcript'] as const)(
		'%s: an echo merges, a later repeat does not',
		(gate) => {
			const c = fold(
				log([
					start,
					{ type: 'buyer.say', text: 'Expensive.', objectionId: 'price' },
					{ type: 'objection.raise', objectionId: 'price' },
					{ type: 'objection.raise', objectionId: 'risk' },
					{ type: 'objection.raise', objectionId: 'price' },
					{ type: 'objection.answer', objectionId: 'price' },
					{ type: 'objection.answer' }
				]),
				gate
			);
			expect(c.objections.map((o) => [o.objectionId, o.source, o.answeredAt])).toEqual([
				['price', 'buyer', 6_000],
				['risk', 'rep', null],
				['price', 'rep', 7_000]
			]);
		}
	);
});

describe('the two gates agree on logs the call screen can write', () => {
	// Rep events as the prompter sends them, plus scripted buyer lines.
	const body = fc.oneof(
		fc.constantFrom<Body>(
			{ type: 'call.start' },
			{ type: 'call.pause' },
			{ type: 'call.resume' },
			{ type: 'summary.give' },
			{ type: 'objection.raise', objectionId: 'price' },
			{ type: 'objection.answer', objectionId: 'price' },
			{ type: 'objection.answer' },
			{ type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } },
			{ type: 'buyer.say', text: '', reveals: ['downtime'] },
			{ type: 'buyer.say', text: '', states: ['changeover'] },
			{ type: 'buyer.say', text: '', objectionId: 'risk' },
			{ type: 'need.confirm', needId: 'downtime', level: 'explicit' },
			{ type: 'benefit.state', needIds: ['changeover'] },
			{ type: 'benefit.state', cardId: 'wear-alerts', needIds: [] },
			{ type: 'feature.present', cardId: 'wear-alerts' },
			{ type: 'advantage.present', cardId: 'quick-change' },
			{ type: 'note.add', text: 'n' },
			{ type: 'review.save', wentWell: 'w', toChange: 't' },
			{ type: 'call.end', outcome: 'advance' }
		),
		fc.constantFrom(...STAGES).map((stage): Body => ({ type: 'stage.enter', stage })),
		fc.constantFrom(...SPIN_TYPES).map((spinType): Body => ({ type: 'question.ask', spinType }))
	);

	it('folds such a log to the same context under both gates', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(body, fc.nat(30_000)), { maxLength: 60 }), (steps) => {
				let t = 0;
				let live = initialCallContext(playbook);
				const events: CallEvent[] = [];
				for (const [b, gap] of steps) {
					if (!acceptsEvent(live.phase, b.type)) continue;
					const event = at((t += gap), b);
					events.push(event);
					live = foldEvent(live, event, playbook);
				}
				expect(live.ignored).toEqual([]);
				expect(fold(events, 'transcript')).toEqual(fold(events, 'phase'));
			})
		);
	});
});
