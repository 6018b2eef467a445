import { describe, expect, test } from 'vitest';
import { eventClock, PLAN, runActor } from '../../../tests/fixtures/session/events';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import type { CallEvent } from './events';
import { needLedger, nextSuggestions, offeredBenefits, type Suggestion } from './needs';

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

describe('nextSuggestions', () => {
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

	test('when every explicit need has its benefit: committing, summary, then the primary advance', () => {
		expect(suggest(met).map(brief).slice(-3)).toEqual([
			'stage:committing:all_needs_met',
			'summary::summarize_benefits',
			'advance:demo:propose_primary_advance'
		]);
		const committing = suggest((ev) => [...met(ev), ev('stage.enter', { stage: 'committing' })]);
		expect(committing.slice(0, 2).map(brief)).toEqual([
			'summary::summarize_benefits',
			'advance:demo:propose_primary_advance'
		]);
		expect(committing[1].reason.params).toEqual({ kind: 'demo', advanceId: 'demo' });
	});

	test('committing before any need is met: develop it first, then still summary and advance', () => {
		const list = suggest((ev) => [...implied(ev), ev('stage.enter', { stage: 'committing' })]);
		const order = list.map(brief);
		expect(order[0]).toBe('question:i-backlog:develop_implied_need');
		expect(order).toContain('summary::summarize_benefits');
		expect(order.indexOf('advance:demo:propose_primary_advance')).toBe(
			order.indexOf('summary::summarize_benefits') + 1
		);
		expect(order.indexOf('summary::summarize_benefits')).toBeLessThan(
			order.indexOf('question:p-slow:uncover_problem')
		);
	});

	test('after the summary and the primary advance, the fallback is next', () => {
		const list = suggest((ev) => [
			...met(ev),
			ev('stage.enter', { stage: 'committing' }),
			ev('summary.give', {}),
			ev('advance.propose', { advance: { kind: 'demo', advanceId: 'demo' } })
		]);
		expect(brief(list[0])).toBe('advance:trial:propose_fallback_advance');
	});
});

describe('offeredBenefits and needLedger', () => {
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
});
