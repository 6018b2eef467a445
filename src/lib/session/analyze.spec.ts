// Expected numbers below are worked out by hand from each log, not by running the code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPIN_TYPES } from '$lib/playbook/types';
import { analyze } from './analyze';
import { STAGES, type CallEvent } from './events';
import { at, plantPlaybook } from './testing/fixtures';

const playbook = plantPlaybook();

type Body = Parameters<typeof at>[1];

// A model call: balanced questions, one need made explicit and met, an objection answered,
// summary then advance, and the exact 40/30/20/10 split (pause of 20 s excluded).
const MODEL_CALL: CallEvent[] = [
	at(0, {
		type: 'call.plan',
		mode: 'rehearsal',
		playbookId: 'plant',
		objective: 'demo',
		primaryAdvance: { kind: 'demo', advanceId: 'demo' }
	}),
	at(1_000, { type: 'call.start' }),
	at(2_000, { type: 'opening.do', moveId: 'intro' }),
	at(41_000, { type: 'stage.enter', stage: 'investigating' }), // opening 40 s
	at(42_000, { type: 'question.ask', questionId: 'shifts', spinType: 'situation' }),
	at(43_000, { type: 'buyer.say', text: 'Four of six.', replyTo: 'shifts' }),
	at(50_000, { type: 'question.ask', questionId: 'stops', spinType: 'problem' }),
	at(51_000, { type: 'buyer.say', text: 'Twice.', replyTo: 'stops', reveals: ['downtime'] }),
	at(55_000, { type: 'call.pause' }),
	at(75_000, { type: 'call.resume' }),
	at(80_000, {
		type: 'question.ask',
		questionId: 'stop-orders',
		spinType: 'implication',
		needId: 'downtime'
	}),
	at(85_000, { type: 'question.ask', questionId: 'stop-value', spinType: 'needPayoff' }),
	at(86_000, { type: 'buyer.say', text: 'Overtime.', replyTo: 'stop-value', states: ['downtime'] }),
	at(91_000, { type: 'stage.enter', stage: 'demonstrating' }), // investigating 14 + 16 = 30 s
	at(95_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] }),
	at(96_000, { type: 'buyer.say', text: 'Not now.', objectionId: 'timing' }),
	at(100_000, { type: 'objection.answer', objectionId: 'timing' }),
	at(111_000, { type: 'stage.enter', stage: 'committing' }), // demonstrating 20 s
	at(112_000, { type: 'summary.give' }),
	at(115_000, { type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } }),
	at(116_000, { type: 'buyer.say', text: 'Tuesday.', replyTo: 'demo', acceptsAdvanceId: 'demo' }),
	at(121_000, { type: 'call.end', outcome: 'advance' }), // committing 10 s
	at(130_000, { type: 'review.save', wentWell: 'a', toChange: 'b' })
];

// A feature dump: situation questions, capability before any explicit need, objections after
// a feature and an advantage, no summary, a continuation.
const FEATURE_DUMP: CallEvent[] = [
	at(0, { type: 'call.start' }),
	at(10_000, { type: 'question.ask', questionId: 'lines', spinType: 'situation' }),
	at(20_000, { type: 'question.ask', spinType: 'situation', text: 'How big are you?' }),
	at(30_000, { type: 'question.ask', questionId: 'shifts', spinType: 'situation' }),
	at(40_000, { type: 'stage.enter', stage: 'investigating' }), // opening 40 s
	at(41_000, { type: 'feature.present', cardId: 'wear-alerts' }), // #5
	at(42_000, { type: 'buyer.say', text: 'Expensive.', objectionId: 'price' }), // #6
	at(43_000, { type: 'objection.raise', objectionId: 'price' }), // #7: the rep echoes it
	at(44_000, { type: 'question.ask', questionId: 'stops', spinType: 'problem' }),
	at(45_000, { type: 'need.confirm', needId: 'downtime', level: 'implied' }),
	at(50_000, { type: 'stage.enter', stage: 'demonstrating' }), // investigating 10 s
	at(52_000, { type: 'advantage.present', cardId: 'wear-alerts' }), // #11, linked to downtime
	at(53_000, { type: 'objection.raise', objectionId: 'risk' }), // #12
	at(54_000, { type: 'advantage.present', cardId: 'quick-change' }), // #13, changeover unknown
	at(55_000, { type: 'benefit.state', needIds: ['downtime'] }), // #14, downtime only implied
	at(56_000, { type: 'objection.answer' }), // settles the latest open one: risk
	at(60_000, { type: 'stage.enter', stage: 'committing' }), // demonstrating 10 s
	at(61_000, { type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } }),
	at(90_000, { type: 'call.end', outcome: 'continuation' }) // committing 30 s
];

const points = (report: ReturnType<typeof analyze>) =>
	Object.fromEntries(report.score.lines.map((line) => [line.id, line.points]));

describe('analyze: a model call', () => {
	const report = analyze(playbook, MODEL_CALL);

	it('counts the question mix', () => {
		expect(report.questions).toEqual({
			total: 4,
			free: 0,
			byType: {
				situation: { count: 1, share: 0.25 },
				problem: { count: 1, share: 0.25 },
				implication: { count: 1, share: 0.25 },
				needPayoff: { count: 1, share: 0.25 }
			},
			situationDominant: false
		});
	});

	it('finds the need, made explicit and met by a benefit', () => {
		expect(report.needs).toEqual({
			implied: [],
			explicit: ['downtime'],
			met: ['downtime'],
			unmetExplicit: [],
			benefits: 1,
			benefitsMeetingExplicit: 1
		});
		expect(report.capability).toEqual({
			features: 0,
			advantages: 0,
			benefits: 1,
			beforeExplicitNeed: [],
			unlinked: []
		});
	});

	it('notes the objection after a benefit, answered', () => {
		expect(report.objections).toEqual([
			{ index: 15, objectionId: 'timing', by: 'buyer', after: 'benefit', answered: true }
		]);
		expect(report.objectionsAfter).toEqual({ feature: 0, advantage: 0, benefit: 1, none: 0 });
	});

	it('times the stages without the pause or the time before start and after end', () => {
		expect(report.time.totalMs).toBe(100_000);
		expect(report.time.stages).toEqual({
			opening: { ms: 40_000, share: 0.4, target: 0.4 },
			investigating: { ms: 30_000, share: 0.3, target: 0.3 },
			demonstrating: { ms: 20_000, share: 0.2, target: 0.2 },
			committing: { ms: 10_000, share: 0.1, target: 0.1 }
		});
		expect(report.time.drift).toBeCloseTo(0, 10);
	});

	it('records the advance and scores full marks', () => {
		expect(report.outcome).toEqual({ outcome: 'advance', advanced: true });
		expect(report.commitment).toEqual({
			summaries: 1,
			proposals: 1,
			summaryBeforeFirstProposal: true
		});
		expect(report.score.total).toBe(100);
		expect(report.score.max).toBe(100);
		expect(report.playbookId).toBe('plant');
		expect(report.eventCount).toBe(23);
	});
});

describe('analyze: a feature dump', () => {
	const report = analyze(playbook, FEATURE_DUMP);

	it('flags situation questions that dominate', () => {
		expect(report.questions.total).toBe(4);
		expect(report.questions.free).toBe(1);
		expect(report.questions.byType.situation).toEqual({ count: 3, share: 0.75 });
		expect(report.questions.situationDominant).toBe(true);
	});

	it('finds capability before any explicit need, and statements with no linked need', () => {
		expect(report.capability.beforeExplicitNeed).toEqual([5, 11, 13, 14]);
		expect(report.capability.unlinked).toEqual([
			{ index: 5, kind: 'feature', cardId: 'wear-alerts' },
			{ index: 13, kind: 'advantage', cardId: 'quick-change' }
		]);
		expect(report.needs).toMatchObject({
			implied: ['downtime'],
			explicit: [],
			benefits: 1,
			benefitsMeetingExplicit: 0
		});
	});

	it('attributes objections to what preceded them and counts an echoed one once', () => {
		expect(report.objections).toEqual([
			{ index: 6, objectionId: 'price', by: 'buyer', after: 'feature', answered: false },
			{ index: 12, objectionId: 'risk', by: 'rep', after: 'advantage', answered: true }
		]);
		expect(report.objectionsAfter).toEqual({ feature: 1, advantage: 1, benefit: 0, none: 0 });
	});

	it('counts a continuation as not advanced', () => {
		expect(report.outcome).toEqual({ outcome: 'continuation', advanced: false });
	});

	it('scores each rubric line from its evidence', () => {
		// time: shares 4/9, 1/9, 1/9, 3/9 against .4/.3/.2/.1 → drift ≈ 0.278 → round(5 × 0.722) = 4
		expect(report.time.drift).toBeCloseTo(0.2778, 3);
		expect(points(report)).toEqual({
			situation_few: 0,
			implication_asked: 0,
			need_payoff_asked: 0,
			explicit_needs: 0,
			benefits_meet_explicit: 0,
			no_early_capability: 0,
			objections_prevented: 0,
			objections_answered: 3, // 1 of 2 → round(2.5)
			summary_before_ask: 0,
			advance_obtained: 0,
			time_split: 4
		});
		expect(report.score.total).toBe(7);
		const line = report.score.lines.find((l) => l.id === 'no_early_capability');
		expect(line?.evidence).toEqual({ early: 4 });
	});
});

describe('analyze: partial credit and edge cases', () => {
	it('gives partial credit for part of the needs developed', () => {
		const events = [
			at(0, { type: 'buyer.say', text: '', reveals: ['downtime', 'changeover'] }),
			at(1, { type: 'question.ask', spinType: 'implication' }),
			at(2, { type: 'need.confirm', needId: 'downtime', level: 'explicit' }),
			at(3, { type: 'benefit.state', needIds: ['changeover'] }) // changeover only implied
		];
		const p = points(analyze(playbook, events));
		// two needs uncovered: 1 implication of 2 → 5; 0 need-payoff; 1 of 2 explicit → 5; 0 of 1 met
		expect(p).toMatchObject({
			implication_asked: 5,
			need_payoff_asked: 0,
			explicit_needs: 5,
			benefits_meet_explicit: 0,
			no_early_capability: 10,
			time_split: 0
		});
	});

	it('settles answered objections by id, earliest first', () => {
		const events = [
			at(0, { type: 'objection.raise', objectionId: 'price' }),
			at(1, { type: 'objection.raise', objectionId: 'risk' }),
			at(2, { type: 'objection.raise', objectionId: 'price' }),
			at(3, { type: 'objection.answer', objectionId: 'price' })
		];
		const report = analyze(playbook, events);
		expect(report.objections.map((o) => o.answered)).toEqual([true, false, false]);
		expect(report.objectionsAfter.none).toBe(3);
	});

	it('reports an empty log without dividing by zero, and stays JSON-serialisable', () => {
		const report = analyze(playbook, []);
		expect(report.questions.byType.problem).toEqual({ count: 0, share: 0 });
		expect(report.time).toMatchObject({ totalMs: 0, drift: 0 });
		expect(report.outcome).toEqual({ outcome: null, advanced: false });
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
		expect(JSON.parse(JSON.stringify(analyze(playbook, FEATURE_DUMP)))).toEqual(
			analyze(playbook, FEATURE_DUMP)
		);
	});

	it('times a call still going up to its last event', () => {
		const events = [
			at(500, { type: 'stage.enter', stage: 'investigating' }), // before start: sets the stage only
			at(1_000, { type: 'call.start' }),
			at(4_000, { type: 'call.pause' }),
			at(9_000, { type: 'stage.enter', stage: 'committing' }), // while paused
			at(10_000, { type: 'call.resume' }),
			at(12_000, { type: 'note.add', text: 'x' })
		];
		const { stages, totalMs } = analyze(playbook, events).time;
		expect(totalMs).toBe(5_000);
		expect(stages.investigating.ms).toBe(3_000);
		expect(stages.committing.ms).toBe(2_000);
	});
});

describe('analyze: properties over random logs', () => {
	const body = fc.oneof(
		fc.constantFrom<Body>(
			{ type: 'call.start' },
			{ type: 'call.pause' },
			{ type: 'call.resume' },
			{ type: 'summary.give' },
			{ type: 'objection.raise', objectionId: 'price' },
			{ type: 'objection.answer' },
			{ type: 'advance.propose', advance: { kind: 'demo' } },
			{ type: 'buyer.say', text: '', reveals: ['downtime'] },
			{ type: 'buyer.say', text: '', states: ['changeover'] },
			{ type: 'benefit.state', needIds: ['changeover'] },
			{ type: 'feature.present', cardId: 'wear-alerts' },
			{ type: 'call.end', outcome: 'advance' }
		),
		fc.constantFrom(...STAGES).map((stage): Body => ({ type: 'stage.enter', stage })),
		fc.constantFrom(...SPIN_TYPES).map((spinType): Body => ({ type: 'question.ask', spinType }))
	);
	const logs = fc.array(fc.tuple(body, fc.nat(60_000)), { maxLength: 60 }).map((steps) => {
		let t = 0;
		return steps.map(([b, gap]) => at((t += gap), b));
	});

	it('keeps shares, times and points within their bounds', () => {
		fc.assert(
			fc.property(logs, (events) => {
				const report = analyze(playbook, events);
				const asked = events.filter((e) => e.type === 'question.ask').length;
				expect(report.questions.total).toBe(asked);
				const shares = SPIN_TYPES.reduce((s, t) => s + report.questions.byType[t].share, 0);
				expect(shares).toBeCloseTo(asked === 0 ? 0 : 1, 9);
				const ms = STAGES.reduce((s, stage) => s + report.time.stages[stage].ms, 0);
				expect(ms).toBe(report.time.totalMs);
				expect(report.time.totalMs).toBeLessThanOrEqual(events.at(-1)?.at ?? 0);
				expect(report.time.drift).toBeGreaterThanOrEqual(0);
				expect(report.time.drift).toBeLessThanOrEqual(1);
				for (const line of report.score.lines) {
					expect(Number.isInteger(line.points)).toBe(true);
					expect(line.points).toBeGreaterThanOrEqual(0);
					expect(line.points).toBeLessThanOrEqual(line.max);
				}
				expect(report.score.total).toBe(report.score.lines.reduce((s, l) => s + l.points, 0));
				expect(JSON.parse(JSON.stringify(report))).toEqual(report);
			})
		);
	});
});
