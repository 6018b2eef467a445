// The one assessment's invariants, over generated logs: what it suggests never contradicts
// what it warns about, benefits only for needs explicit at that moment, no fallback once the
// primary advance was agreed, and nothing before the start or after the end counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callLog } from '../../../tests/fixtures/session/arbitraries';
import { eventClock, PLAN } from '../../../tests/fixtures/session/events';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { analyze } from './analyze';
import { assess, type Suggestion } from './assessment';
import { initialCallContext, type CallContext, type Nudge } from './context';
import { EVENT_SCHEMA_VERSION, type CallEvent } from './events';
import { foldEvent, foldEvents } from './reduce';
import {
	anyExplicitNeed,
	askedEnough,
	benefitAllowed,
	needPayoffCold,
	objectionOpen,
	summaryCurrent,
	tooManySituation
} from './rules';

const pb = TEST_PLAYBOOK;
const questionType = (s: Suggestion) => pb.questions.find((q) => q.id === s.questionId)?.type;

/** What a nudge warns against, as a test on one suggestion in the context `c`. */
const CONTRADICTS: Partial<Record<Nudge['code'], (s: Suggestion, c: CallContext) => boolean>> = {
	too_many_situation_questions: (s) => questionType(s) === 'situation',
	cold_need_payoff: (s, c) =>
		questionType(s) === 'needPayoff' && s.needId !== undefined && needPayoffCold(c, s.needId),
	implied_need_not_developed: (s, c) =>
		questionType(s) === 'needPayoff' && s.needId !== undefined && needPayoffCold(c, s.needId),
	benefit_without_explicit_need: (s, c) =>
		s.kind === 'benefit' && !benefitAllowed(c, s.needId ?? ''),
	capability_before_explicit_need: (s) => s.kind === 'benefit',
	solution_in_opening: (s, c) => s.kind === 'benefit' && c.stage === 'opening',
	objection_unanswered: (s) => s.kind === 'summary' || s.kind === 'advance',
	ask_before_explicit_need: (s, c) => s.kind === 'advance' && !anyExplicitNeed(c),
	repeated_ask: (s) => s.kind === 'advance',
	no_summary_before_advance: (s, c) => s.kind === 'advance' && !summaryCurrent(c)
};

/** Every context a log passes through, from the first event on. */
function* states(events: readonly CallEvent[]): Generator<CallContext> {
	let c: CallContext = initialCallContext(pb);
	for (const event of events) {
		c = foldEvents(c, [event], pb);
		yield c;
	}
}

// Calls that get somewhere: a plan and a start, then steps a rep and a buyer take, so the
// generated states reach needs met, summaries, asks, agreements and declines.
const step = fc.constantFrom<Record<string, unknown>>(
	{ type: 'opening.do', moveId: 'intro' },
	{ type: 'stage.enter', stage: 'investigating' },
	{ type: 'stage.enter', stage: 'demonstrating' },
	{ type: 'stage.enter', stage: 'committing' },
	...pb.questions.map((q) => ({ type: 'question.ask', questionId: q.id, spinType: q.type })),
	{ type: 'buyer.say', text: '', reveals: ['downtime'] },
	{ type: 'buyer.say', text: '', reveals: ['turnaround'] },
	{ type: 'buyer.say', text: '', states: ['downtime'] },
	{ type: 'buyer.say', text: '', states: ['turnaround'] },
	{ type: 'buyer.say', text: '', objectionId: 'price' },
	{ type: 'objection.answer', objectionId: 'price' },
	{ type: 'benefit.state', cardId: 'remote', needIds: ['downtime'] },
	{ type: 'benefit.state', cardId: 'fast', needIds: ['turnaround'] },
	{ type: 'advantage.present', cardId: 'fast' },
	{ type: 'summary.give' },
	{ type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } },
	{ type: 'advance.propose', advance: { kind: 'trial', advanceId: 'trial' } },
	{ type: 'buyer.say', text: '', replyTo: 'demo', acceptsAdvanceId: 'demo' },
	{ type: 'buyer.say', text: '', replyTo: 'demo', declines: 'demo' },
	{ type: 'call.end', outcome: 'continuation' }
);
const plausibleCall: fc.Arbitrary<CallEvent[]> = fc
	.array(fc.tuple(step, fc.integer({ min: 1, max: 90_000 })), { maxLength: 60 })
	.map((steps) => {
		let at = 0;
		const stamp = (body: Record<string, unknown>) =>
			({ v: EVENT_SCHEMA_VERSION, at: (at += 1000), ...body }) as CallEvent;
		return [
			stamp({ type: 'call.plan', ...PLAN }),
			stamp({ type: 'call.start' }),
			...steps.map(([body, gap]) => ((at += gap), stamp(body)))
		];
	});
const anyLog = fc.oneof(callLog, plausibleCall);

describe('assessment invariants over generated logs', () => {
	it('no suggestion recommends what a nudge warns against', () => {
		fc.assert(
			fc.property(anyLog, (events) => {
				for (const c of states(events)) {
					const a = assess(c, pb);
					for (const nudge of c.nudges) {
						const contradicts = CONTRADICTS[nudge.code];
						if (!contradicts) continue;
						for (const s of a.suggestions)
							expect(contradicts(s, c), `${nudge.code} vs ${s.kind} ${s.reason.code}`).toBe(false);
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('suggests by the same rules it warns by, whether or not the nudge is showing', () => {
		fc.assert(
			fc.property(anyLog, (events) => {
				for (const c of states(events)) {
					for (const s of assess(c, pb).suggestions) {
						if (s.kind === 'advance') {
							expect(anyExplicitNeed(c)).toBe(true);
							expect(summaryCurrent(c)).toBe(true);
							expect(objectionOpen(c)).toBe(false);
							expect(askedEnough(c.advances.length)).toBe(false);
						}
						if (s.kind === 'summary') expect(objectionOpen(c)).toBe(false);
						if (questionType(s) === 'situation')
							expect(tooManySituation(c.spinCounts.situation + 1, c.questions.length + 1)).toBe(
								false
							);
						if (questionType(s) === 'needPayoff') expect(needPayoffCold(c, s.needId!)).toBe(false);
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('suggests a benefit only for a need explicit at that moment', () => {
		fc.assert(
			fc.property(anyLog, (events) => {
				for (const c of states(events)) {
					const a = assess(c, pb);
					for (const s of a.suggestions.filter((x) => x.kind === 'benefit')) {
						expect(c.needs.find((n) => n.id === s.needId)?.level).toBe('explicit');
					}
					for (const id of a.benefitCardIds) {
						const card = pb.capabilities.find((k) => k.id === id)!;
						expect(card.needIds.some((n) => benefitAllowed(c, n))).toBe(true);
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('never suggests the fallback (or any ask) once the primary advance was accepted', () => {
		fc.assert(
			fc.property(anyLog, (events) => {
				for (const c of states(events)) {
					const primary = c.plan.primaryAdvance?.advanceId;
					if (!primary || !c.acceptedAdvanceIds.includes(primary)) continue;
					const kinds = assess(c, pb).suggestions.map((s) => s.reason.code);
					expect(kinds).not.toContain('propose_fallback_advance');
					expect(kinds).not.toContain('propose_primary_advance');
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('lets nothing before the start or after the end change the report or the outcome', () => {
		const noise = fc.array(step, { maxLength: 12 });
		fc.assert(
			fc.property(plausibleCall, noise, noise, (events, before, after) => {
				const ended = [
					...events.filter((e) => e.type !== 'call.end'),
					{ v: EVENT_SCHEMA_VERSION, at: 10_000_000, type: 'call.end', outcome: 'noSale' }
				] as CallEvent[];
				const [plan, ...rest] = ended;
				const stamp = (at: number) => (body: Record<string, unknown>) =>
					({ v: EVENT_SCHEMA_VERSION, at, ...body }) as CallEvent;
				const noisy = [
					plan,
					...before.filter((b) => b.type !== 'call.end').map(stamp(plan.at)),
					...rest,
					...after.map(stamp(20_000_000))
				];
				const clean = analyze(pb, ended);
				const report = analyze(pb, noisy);
				expect(report.score).toEqual(clean.score);
				expect(report.needs).toEqual(clean.needs);
				expect(report.questions.byType).toEqual(clean.questions.byType);
				expect(report.commitment).toEqual(clean.commitment);
				expect(report.outcome).toEqual(clean.outcome);
				const fold = (log: CallEvent[]) => foldEvents(initialCallContext(pb), log, pb);
				expect(assess(fold(noisy), pb).outcome).toEqual(assess(fold(ended), pb).outcome);
			}),
			{ numRuns: 150 }
		);
	});
});

describe('outcome and coverage', () => {
	const ev = eventClock(0, 60_000);
	// A complete call on the test playbook: both needs uncovered, developed, stated and met, a
	// summary, the primary advance asked for and agreed.
	const MODEL: CallEvent[] = [
		ev('call.plan', PLAN),
		ev('call.start'),
		ev('opening.do', { moveId: 'intro' }),
		ev('stage.enter', { stage: 'investigating' }),
		ev('question.ask', { questionId: 's-volume', spinType: 'situation' }),
		ev('question.ask', { questionId: 'p-breakdowns', spinType: 'problem' }),
		ev('buyer.say', { text: 'Often.', reveals: ['downtime'] }),
		ev('question.ask', { questionId: 'i-backlog', spinType: 'implication' }),
		ev('question.ask', { questionId: 'n-uptime', spinType: 'needPayoff' }),
		ev('buyer.say', { text: 'A lot.', states: ['downtime'] }),
		ev('question.ask', { questionId: 'p-slow', spinType: 'problem' }),
		ev('buyer.say', { text: 'Yes.', reveals: ['turnaround'] }),
		ev('question.ask', { questionId: 'i-clinicians', spinType: 'implication' }),
		ev('question.ask', { questionId: 'n-speed', spinType: 'needPayoff' }),
		ev('buyer.say', { text: 'Much.', states: ['turnaround'] }),
		ev('stage.enter', { stage: 'demonstrating' }),
		ev('benefit.state', { cardId: 'remote', needIds: ['downtime'] }),
		ev('benefit.state', { cardId: 'fast', needIds: ['turnaround'] }),
		ev('stage.enter', { stage: 'committing' }),
		ev('summary.give'),
		ev('advance.propose', { advance: { kind: 'demo', advanceId: 'demo' } }),
		ev('buyer.say', { text: 'Tuesday.', replyTo: 'demo', acceptsAdvanceId: 'demo' }),
		ev('call.end', { outcome: 'advance' })
	];

	it('the complete call scores full marks; no generated call outscores it', () => {
		const model = analyze(pb, MODEL).score.total;
		expect(model).toBe(100);
		fc.assert(
			fc.property(anyLog, (events) => {
				const report = analyze(pb, events);
				expect(report.score.total).toBeLessThanOrEqual(model);
				// Need-based points are measured against every playbook need: a call that left a
				// need untouched cannot reach full marks, however flawless the rest.
				if (report.needs.untouched.length > 0) expect(report.score.total).toBeLessThan(model);
			}),
			{ numRuns: 300 }
		);
	});

	it('a one-minute call that touched one need scores far below the complete one', () => {
		const short = [
			...MODEL.slice(0, 7),
			{ v: 1, at: MODEL[6].at + 1000, type: 'call.end', outcome: 'continuation' }
		] as CallEvent[];
		const report = analyze(pb, short);
		expect(report.needs.untouched).toEqual(['turnaround']);
		expect(report.score.total).toBeLessThan(50);
	});

	it('derives a rehearsal outcome from the buyer: declined is a no-sale, nothing asked a continuation', () => {
		const upTo = (n: number) => MODEL.slice(0, n);
		const c = (events: CallEvent[]) => foldEvents(initialCallContext(pb), events, pb);
		expect(assess(c(upTo(20)), pb).outcome.derived).toBe('continuation');
		const declined = [
			...upTo(21),
			{
				v: 1,
				at: MODEL[20].at + 1,
				type: 'buyer.say',
				text: 'No.',
				replyTo: 'demo',
				declines: 'demo'
			}
		] as CallEvent[];
		expect(assess(c(declined), pb).outcome.derived).toBe('noSale');
		expect(assess(c(upTo(22)), pb).outcome.derived).toBe('advance');
		// After the end, a proposal and an acceptance change nothing.
		const ended = [
			...declined,
			{ v: 1, at: MODEL[20].at + 5, type: 'call.end', outcome: 'noSale' },
			{
				v: 1,
				at: MODEL[20].at + 6,
				type: 'advance.propose',
				advance: { kind: 'trial', advanceId: 'trial' }
			},
			{ v: 1, at: MODEL[20].at + 7, type: 'buyer.say', text: 'Ok', acceptsAdvanceId: 'trial' }
		] as CallEvent[];
		expect(assess(c(ended), pb).outcome.final).toBe('noSale');
	});

	it('pre-selects nothing in a live call where nothing supports an outcome', () => {
		const live = MODEL.map((e) => (e.type === 'call.plan' ? { ...e, mode: 'live' as const } : e));
		const before = foldEvents(initialCallContext(pb), live.slice(0, 21), pb);
		expect(assess(before, pb).outcome.preselect).toBeNull();
		const one = foldEvent(initialCallContext(pb), live[0], pb);
		expect(assess(one, pb).outcome.preselect).toBeNull();
	});
});
