import { describe, expect, test } from 'vitest';
import { eventClock, PLAN, runActor } from '../../../tests/fixtures/session/events';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import type { CallEvent } from './events';
import { assess } from './assessment';
import type { CallContext } from './context';
import type { Playbook } from '$lib/playbook/types';
import type { Suggestion } from './needs';

const nextSuggestions = (s: { context: CallContext }, pb: Playbook) =>
	assess(s.context, pb).suggestions;
const offeredBenefits = (s: { context: CallContext }, pb: Playbook) =>
	assess(s.context, pb).benefitCardIds.map((id) => ({ id }));
const needLedger = (c: CallContext) =>
	assess(c, TEST_PLAYBOOK).needs.filter((n) => n.progress !== 'untouched');

type Ev = ReturnType<typeof eventClock>;

function snapshotAfter(build: (ev: Ev) => CallEvent[], start = true) {
	const ev = eventClock();
	const head = start ? [ev('call.plan', PLAN), ev('call.start')] : [ev('call.plan', PLAN)];
	return runActor([...head, ...build(ev)]).getSnapshot();
}

const suggest = (build: (ev: Ev) => CallEvent[]) =>
	nextSuggestions(snapshotAfter(build), TEST_PLAYBOOK);
const brief = (s: Suggestion) =>
	`${s.kind}:${s.moveId ?? s.questionId ?? s.cardId ?? s.stage ?? s.advanceId ?? ''}:${s.reason.code}`;

const investigate = (ev: Ev) => ev('stage.enter', { stage: 'investigating' });
const ask = (
	ev: Ev,
	questionId: string,
	spinType: 'situation' | 'problem' | 'implication' | 'needPayoff'
) => ev('question.ask', { questionId, spinType });
const implied = (ev: Ev) => [
	investigate(ev),
	ev('need.confirm', { needId: 'downtime', level: 'implied' })
];
const explicit = (ev: Ev) => [
	investigate(ev),
	ev('need.confirm', { needId: 'downtime', level: 'explicit' })
];
const met = (ev: Ev) => [
	...explicit(ev),
	ev('benefit.state', { cardId: 'remote', needIds: ['downtime'] })
];

describe('suggestions (assessment)', () => {
	test('suggests nothing before the start, while paused or after the end', () => {
		expect(
			nextSuggestions(
				snapshotAfter(() => [], false),
				TEST_PLAYBOOK
			)
		).toEqual([]);
		expect(suggest((ev) => [ev('call.pause')])).toEqual([]);
		expect(suggest((ev) => [ev('call.end', { outcome: 'noSale' })])).toEqual([]);
	});

	test('before any opening move: the moves only, no "the opening is done"', () => {
		expect(suggest(() => []).map(brief)).toEqual([
			'opening:intro:opening_move',
			'opening:agenda:opening_move'
		]);
	});

	test('in opening: the opening moves not done yet, then investigating', () => {
		expect(suggest((ev) => [ev('opening.do', { moveId: 'intro' })]).map(brief)).toEqual([
			'opening:agenda:opening_move',
			'stage:investigating:start_investigating'
		]);
	});

	test('a fresh investigation starts with a little background, then problems', () => {
		expect(suggest((ev) => [investigate(ev)]).map(brief)).toEqual([
			'question:s-volume:gather_background',
			'question:s-staff:gather_background',
			'question:p-breakdowns:uncover_problem',
			'question:p-slow:uncover_problem'
		]);
	});

	test('after some background, problems come first and asked questions are gone', () => {
		const after = suggest((ev) => [
			investigate(ev),
			ask(ev, 's-volume', 'situation'),
			ask(ev, 's-staff', 'situation')
		]);
		expect(after.map(brief)).toEqual([
			'question:p-breakdowns:uncover_problem',
			'question:p-slow:uncover_problem'
		]);
		expect(after[0]).toMatchObject({
			needId: 'downtime',
			reason: { params: { needId: 'downtime' } }
		});
	});

	test('an implied need is developed with implication questions first', () => {
		const first = suggest(implied)[0];
		expect(first).toEqual({
			kind: 'question',
			questionId: 'i-backlog',
			needId: 'downtime',
			reason: { code: 'develop_implied_need', params: { needId: 'downtime' } }
		});
		expect(suggest(implied).map(brief)).not.toContain('question:n-uptime:make_need_explicit');
	});

	test('once developed, its need-payoff question comes first', () => {
		const after = suggest((ev) => [...implied(ev), ask(ev, 'i-backlog', 'implication')]);
		expect(brief(after[0])).toBe('question:n-uptime:make_need_explicit');
		expect(after.map(brief)).not.toContain('question:i-backlog:develop_implied_need');
	});

	test('an explicit need brings its benefit card and the move to demonstrating', () => {
		const list = suggest(explicit).map(brief);
		expect(list).toContain('benefit:remote:meet_explicit_need');
		expect(list).toContain('stage:demonstrating:explicit_need_ready');
		expect(list).not.toContain('benefit:fast:meet_explicit_need');
	});

	test('in demonstrating, benefits for explicit needs lead', () => {
		const list = suggest((ev) => [...explicit(ev), ev('stage.enter', { stage: 'demonstrating' })]);
		expect(list[0]).toEqual({
			kind: 'benefit',
			cardId: 'remote',
			needId: 'downtime',
			reason: { code: 'meet_explicit_need', params: { needId: 'downtime', cardId: 'remote' } }
		});
	});

	test('a benefit stated before the need was explicit is offered again once it is', () => {
		const list = suggest((ev) => [
			...implied(ev),
			ev('benefit.state', { cardId: 'remote', needIds: ['downtime'] }),
			ev('need.confirm', { needId: 'downtime', level: 'explicit' })
		]);
		expect(list.map(brief)).toContain('benefit:remote:meet_explicit_need');
	});

	test('when every explicit need has its benefit: committing, then the summary; the ask only after it', () => {
		expect(suggest(met).map(brief).slice(-2)).toEqual([
			'stage:committing:all_needs_met',
			'summary::summarize_benefits'
		]);
		const committing = suggest((ev) => [...met(ev), ev('stage.enter', { stage: 'committing' })]);
		expect(brief(committing[0])).toBe('summary::summarize_benefits');
		expect(committing.map(brief)).not.toContain('advance:demo:propose_primary_advance');
		const summarised = suggest((ev) => [
			...met(ev),
			ev('stage.enter', { stage: 'committing' }),
			ev('summary.give', {})
		]);
		expect(brief(summarised[0])).toBe('advance:demo:propose_primary_advance');
		expect(summarised[0].reason.params).toEqual({ kind: 'demo', advanceId: 'demo' });
	});

	test('committing before any need is explicit: back to investigating, no summary, no ask', () => {
		const order = suggest((ev) => [...implied(ev), ev('stage.enter', { stage: 'committing' })]).map(
			brief
		);
		expect(order[0]).toBe('stage:investigating:no_explicit_need_yet');
		expect(order).toContain('question:i-backlog:develop_implied_need');
		expect(order).not.toContain('summary::summarize_benefits');
		expect(order.some((o) => o.startsWith('advance:'))).toBe(false);
	});

	test('an open objection comes first, and no summary or ask while it is open', () => {
		const order = suggest((ev) => [
			...met(ev),
			ev('stage.enter', { stage: 'committing' }),
			ev('objection.raise', { objectionId: 'price' })
		]).map(brief);
		expect(order[0]).toBe('objection::answer_objection');
		expect(order).not.toContain('summary::summarize_benefits');
	});

	test('the fallback only after the buyer declined the primary; after an agreement, the end', () => {
		const asked = (ev: Ev) => [
			...met(ev),
			ev('stage.enter', { stage: 'committing' }),
			ev('summary.give', {}),
			ev('advance.propose', { advance: { kind: 'demo', advanceId: 'demo' } })
		];
		expect(brief(suggest(asked)[0])).toBe('end::ask_answered');
		const declined = suggest((ev) => [
			...asked(ev),
			ev('buyer.say', { text: 'No.', replyTo: 'demo', declines: 'demo' })
		]);
		expect(brief(declined[0])).toBe('advance:trial:propose_fallback_advance');
		const accepted = suggest((ev) => [
			...asked(ev),
			ev('buyer.say', { text: 'Yes.', replyTo: 'demo', acceptsAdvanceId: 'demo' })
		]);
		expect(accepted.map(brief)).toContain('end::advance_agreed');
		expect(accepted.map(brief).some((o) => o.startsWith('advance:'))).toBe(false);
	});
});

describe('benefit cards and need progress (assessment)', () => {
	test('offers only cards meeting an explicit need', () => {
		expect(offeredBenefits(snapshotAfter(implied), TEST_PLAYBOOK)).toEqual([]);
		expect(offeredBenefits(snapshotAfter(explicit), TEST_PLAYBOOK).map((c) => c.id)).toEqual([
			'remote'
		]);
	});

	test('the ledger shows each need’s progress', () => {
		const progress = (build: (ev: Ev) => CallEvent[]) =>
			needLedger(snapshotAfter(build).context).map((n) => n.progress);
		expect(progress(implied)).toEqual(['implied']);
		expect(progress((ev) => [...implied(ev), ask(ev, 'i-backlog', 'implication')])).toEqual([
			'developing'
		]);
		expect(progress(explicit)).toEqual(['explicit']);
		expect(progress(met)).toEqual(['met']);
	});

	test('once the buyer closed the meeting, the only step left is to end the call', () => {
		const closed = suggest((ev) => [
			ev('stage.enter', { stage: 'investigating' }),
			ev('buyer.say', { text: 'I have to go.', patience: 0, closes: 'noSale' })
		]);
		expect(closed.map(brief)).toEqual(['end::buyer_closed']);
	});
});
