// Expected numbers below are worked out by hand from each log, not by running the code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPIN_TYPES } from '$lib/playbook/types';
import { analyze } from './analyze';
import { STAGES, type CallEvent } from './events';
import { at, plantPlaybook } from './testing/fixtures';

const playbook = plantPlaybook();

type Body = Parameters<typeof at>[1];

// A model call: a short opening, few situation questions, each of the playbook's two needs
// uncovered, developed and made explicit, each met by a benefit, an objection after a benefit
// answered, summary then the planned advance, agreed (pause of 20 s excluded).
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
	at(11_000, { type: 'stage.enter', stage: 'investigating' }), // opening 10 s
	at(12_000, { type: 'question.ask', questionId: 'shifts', spinType: 'situation' }),
	at(13_000, { type: 'buyer.say', text: 'Four of six.', replyTo: 'shifts' }),
	at(20_000, { type: 'question.ask', questionId: 'stops', spinType: 'problem' }),
	at(21_000, { type: 'buyer.say', text: 'Twice.', replyTo: 'stops', reveals: ['downtime'] }),
	at(25_000, { type: 'call.pause' }),
	at(45_000, { type: 'call.resume' }),
	at(50_000, {
		type: 'question.ask',
		questionId: 'stop-orders',
		spinType: 'implication',
		needId: 'downtime'
	}),
	at(55_000, { type: 'question.ask', questionId: 'stop-value', spinType: 'needPayoff' }),
	at(56_000, { type: 'buyer.say', text: 'Overtime.', replyTo: 'stop-value', states: ['downtime'] }),
	at(60_000, { type: 'question.ask', questionId: 'changes', spinType: 'problem' }),
	at(61_000, { type: 'buyer.say', text: 'Slow.', replyTo: 'changes', reveals: ['changeover'] }),
	at(65_000, {
		type: 'question.ask',
		spinType: 'implication',
		text: 'What does a slow changeover cost you?',
		needId: 'changeover'
	}),
	at(70_000, { type: 'question.ask', questionId: 'change-value', spinType: 'needPayoff' }),
	at(71_000, {
		type: 'buyer.say',
		text: 'An hour.',
		replyTo: 'change-value',
		states: ['changeover']
	}),
	at(75_000, { type: 'stage.enter', stage: 'demonstrating' }), // investigating 64 - 20 = 44 s
	at(80_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] }),
	at(81_000, { type: 'buyer.say', text: 'Not now.', objectionId: 'timing' }), // #20
	at(85_000, { type: 'objection.answer', objectionId: 'timing' }),
	at(90_000, { type: 'benefit.state', cardId: 'quick-change', needIds: ['changeover'] }),
	at(95_000, { type: 'stage.enter', stage: 'committing' }), // demonstrating 20 s
	at(96_000, { type: 'summary.give' }),
	at(100_000, { type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } }),
	at(101_000, { type: 'buyer.say', text: 'Tuesday.', replyTo: 'demo', acceptsAdvanceId: 'demo' }),
	at(106_000, { type: 'call.end', outcome: 'advance' }), // committing 11 s
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

	it('counts the question mix, none of it cold', () => {
		expect(report.questions).toEqual({
			total: 7,
			free: 1,
			byType: {
				situation: { count: 1, share: 1 / 7 },
				problem: { count: 2, share: 2 / 7 },
				implication: { count: 2, share: 2 / 7 },
				needPayoff: { count: 2, share: 2 / 7 }
			},
			situationTooMany: false,
			cold: [],
			developing: 4
		});
	});

	it('finds both needs, developed, made explicit and met by a benefit', () => {
		expect(report.needs).toEqual({
			total: 2,
			untouched: [],
			implied: [],
			explicit: ['downtime', 'changeover'],
			developed: ['downtime', 'changeover'],
			met: ['downtime', 'changeover'],
			unmetExplicit: [],
			benefits: 2,
			benefitsMeetingExplicit: 2
		});
		expect(report.capability).toEqual({
			features: 0,
			advantages: 0,
			benefits: 2,
			advantageLike: 0,
			beforeExplicitNeed: [],
			unlinked: []
		});
	});

	it('notes the objection after a benefit, answered', () => {
		expect(report.objections).toEqual([
			{ index: 20, objectionId: 'timing', by: 'buyer', after: 'benefit', answered: true }
		]);
		expect(report.objectionsAfter).toEqual({
			feature: 0,
			advantage: 0,
			benefit: 1,
			proposal: 0,
			none: 0
		});
	});

	it('times the stages without the pause or the time before start and after end', () => {
		expect(report.time.totalMs).toBe(85_000);
		expect(report.time.leftOpening).toBe(true);
		expect(report.time.stages.opening).toEqual({ ms: 10_000, share: 10 / 85 });
		expect(report.time.stages.investigating.ms).toBe(44_000);
		expect(report.time.stages.demonstrating.ms).toBe(20_000);
		expect(report.time.stages.committing.ms).toBe(11_000);
	});

	it('records the planned advance and scores full marks', () => {
		expect(report.outcome).toEqual({
			outcome: 'advance',
			advanced: true,
			primary: true,
			closedByBuyer: false
		});
		expect(report.commitment).toEqual({
			summaries: 1,
			proposals: 1,
			summaryBeforeFirstProposal: true,
			early: 0,
			repeated: 0
		});
		expect(report.score.lines.filter((l) => l.points < l.max)).toEqual([]);
		expect(report.score.total).toBe(100);
		expect(report.score.max).toBe(100);
		expect(report.playbookId).toBe('plant');
		expect(report.eventCount).toBe(29);
	});
});

describe('analyze: an objection to the ask', () => {
	// The model call's benefit is followed by an ask the buyer objects to: the objection is the
	// ask's, so no statement provoked it and prevention keeps its points.
	const log: CallEvent[] = [
		...MODEL_CALL.slice(0, 20),
		at(80_500, { type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } }),
		at(81_000, { type: 'buyer.say', text: 'Not now.', objectionId: 'timing' })
	];
	const report = analyze(playbook, log);

	it('credits the objection to the ask, not to the benefit before it', () => {
		expect(report.objections.map((o) => o.after)).toEqual(['proposal']);
		expect(report.objectionsAfter.proposal).toBe(1);
		const line = report.score.lines.find((l) => l.id === 'objections_prevented');
		expect(line?.evidence).toMatchObject({ provoked: 0 });
		expect(line?.points).toBe(line?.max);
	});
});

describe('analyze: a feature dump', () => {
	const report = analyze(playbook, FEATURE_DUMP);

	it('lets the first three situation questions go, whatever the mix', () => {
		expect(report.questions.total).toBe(4);
		expect(report.questions.free).toBe(1);
		expect(report.questions.byType.situation).toEqual({ count: 3, share: 0.75 });
		expect(report.questions.situationTooMany).toBe(false);
		const more = [
			...FEATURE_DUMP.slice(0, 4),
			at(35_000, { type: 'question.ask', questionId: 'lines', spinType: 'situation' })
		];
		expect(analyze(playbook, more).questions.situationTooMany).toBe(true);
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
		expect(report.objectionsAfter).toEqual({
			feature: 1,
			advantage: 1,
			benefit: 0,
			proposal: 0,
			none: 0
		});
	});

	it('counts a continuation as not advanced', () => {
		expect(report.outcome).toEqual({
			outcome: 'continuation',
			advanced: false,
			primary: false,
			closedByBuyer: false
		});
	});

	it('scores each rubric line from its evidence', () => {
		expect(points(report)).toEqual({
			opening_short: 0, // 40 s of a 90 s call
			situation_few: 5, // three are free
			coverage: 5, // downtime only, of two
			question_order: 0, // no implication or need-payoff question at all
			implication_depth: 0,
			explicit_needs: 0,
			benefits_on_explicit: 0, // the one benefit met no explicit need
			advantage_share: 1, // 3 advantage-like of 4 → round(5 × 0.25)
			objections_prevented: 0, // two provoked
			objections_answered: 3, // 1 of 2 → round(2.5)
			closing_pressure: 2, // one ask before any explicit need
			summary_before_ask: 0,
			outcome: 0
		});
		expect(report.score.total).toBe(16);
		const line = report.score.lines.find((l) => l.id === 'closing_pressure');
		expect(line?.evidence).toEqual({ proposals: 1, early: 1, repeated: 0 });
	});
});

describe('analyze: partial credit and edge cases', () => {
	it('gives partial credit for part of the needs developed', () => {
		const events = [
			at(0, { type: 'call.start' }),
			at(1, { type: 'buyer.say', text: '', reveals: ['downtime', 'changeover'] }),
			at(2, { type: 'question.ask', spinType: 'implication', needId: 'downtime' }),
			at(3, { type: 'need.confirm', needId: 'downtime', level: 'explicit' }),
			at(4, { type: 'benefit.state', needIds: ['changeover'] }) // changeover only implied
		];
		expect(points(analyze(playbook, events))).toMatchObject({
			coverage: 10,
			implication_depth: 5,
			explicit_needs: 5,
			question_order: 10,
			benefits_on_explicit: 0,
			advantage_share: 0
		});
	});

	it('flags a cold need-payoff question and takes the points on its own rule', () => {
		const events = [
			at(0, { type: 'call.start' }),
			at(1, { type: 'question.ask', questionId: 'stop-value', spinType: 'needPayoff' }), // #1
			at(2, { type: 'question.ask', questionId: 'stops', spinType: 'problem' }),
			at(3, { type: 'need.confirm', needId: 'downtime', level: 'implied' }),
			at(4, { type: 'question.ask', questionId: 'stop-orders', spinType: 'implication' }),
			at(5, { type: 'question.ask', questionId: 'stop-value', spinType: 'needPayoff' })
		];
		const report = analyze(playbook, events);
		expect(report.questions.cold).toEqual([1]);
		expect(points(report).question_order).toBe(5);
	});

	it('ignores everything before the start and after the end', () => {
		const ended = [...MODEL_CALL.slice(0, 28)];
		const noise = [
			at(140_000, { type: 'question.ask', questionId: 'lines', spinType: 'situation' }),
			at(141_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] }),
			at(142_000, { type: 'advance.propose', advance: { kind: 'demo', advanceId: 'vp' } }),
			at(143_000, { type: 'buyer.say', text: 'Yes', acceptsAdvanceId: 'order' })
		];
		const before = [at(-5, { type: 'question.ask', questionId: 'lines', spinType: 'situation' })];
		const clean = analyze(playbook, ended);
		const noisy = analyze(playbook, [...before, ...ended, ...noise]);
		expect(noisy.score).toEqual(clean.score);
		expect(noisy.questions).toEqual(clean.questions);
		expect(noisy.outcome).toEqual(clean.outcome);
	});

	it('settles answered objections by id, earliest first', () => {
		const events = [
			at(0, { type: 'call.start' }),
			at(1, { type: 'objection.raise', objectionId: 'price' }),
			at(2, { type: 'objection.raise', objectionId: 'risk' }),
			at(3, { type: 'objection.raise', objectionId: 'price' }),
			at(4, { type: 'objection.answer', objectionId: 'price' })
		];
		const report = analyze(playbook, events);
		expect(report.objections.map((o) => o.answered)).toEqual([true, false, false]);
		expect(report.objectionsAfter.none).toBe(3);
	});

	it('reports an empty log without dividing by zero, and stays JSON-serialisable', () => {
		const report = analyze(playbook, []);
		expect(report.questions.byType.problem).toEqual({ count: 0, share: 0 });
		expect(report.time).toMatchObject({ totalMs: 0, leftOpening: false });
		expect(report.outcome).toEqual({
			outcome: null,
			advanced: false,
			primary: false,
			closedByBuyer: false
		});
		expect(report.score.total).toBe(0);
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
		expect(JSON.parse(JSON.stringify(analyze(playbook, FEATURE_DUMP)))).toEqual(
			analyze(playbook, FEATURE_DUMP)
		);
	});

	it('times a call still going up to its last event, ignoring stage changes it did not take', () => {
		const events = [
			at(500, { type: 'stage.enter', stage: 'investigating' }), // before start: ignored
			at(1_000, { type: 'call.start' }),
			at(4_000, { type: 'call.pause' }),
			at(9_000, { type: 'stage.enter', stage: 'committing' }), // while paused
			at(10_000, { type: 'call.resume' }),
			at(12_000, { type: 'note.add', text: 'x' })
		];
		const { stages, totalMs } = analyze(playbook, events).time;
		expect(totalMs).toBe(5_000);
		expect(stages.opening.ms).toBe(5_000);
		expect(stages.committing.ms).toBe(0);
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
				expect(report.questions.total).toBeLessThanOrEqual(asked);
				const shares = SPIN_TYPES.reduce((s, t) => s + report.questions.byType[t].share, 0);
				expect(shares).toBeCloseTo(report.questions.total === 0 ? 0 : 1, 9);
				const ms = STAGES.reduce((s, stage) => s + report.time.stages[stage].ms, 0);
				expect(ms).toBe(report.time.totalMs);
				expect(report.time.totalMs).toBeLessThanOrEqual(events.at(-1)?.at ?? 0);
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
