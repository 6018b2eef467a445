import { describe, expect, test } from 'vitest';
import { eventClock, PLAN, runActor } from '../../../tests/fixtures/session/events';
import type { NudgeCode } from './context';
import type { CallEvent } from './events';

type Ev = ReturnType<typeof eventClock>;

function nudgesAfter(build: (ev: Ev) => CallEvent[]) {
	const ev = eventClock();
	const events = [ev('call.plan', PLAN), ev('call.start'), ...build(ev)];
	return runActor(events).getSnapshot().context.nudges;
}

const codes = (build: (ev: Ev) => CallEvent[]) => nudgesAfter(build).map((n) => n.code);
const find = (build: (ev: Ev) => CallEvent[], code: NudgeCode) =>
	nudgesAfter(build).find((n) => n.code === code);

const investigate = (ev: Ev) => ev('stage.enter', { stage: 'investigating' });
const explicitDowntime = (ev: Ev) => ev('need.confirm', { needId: 'downtime', level: 'explicit' });

test('a fresh call has no nudges', () => {
	expect(codes(() => [])).toEqual([]);
});

describe('capability_before_explicit_need', () => {
	test.each(['feature.present', 'advantage.present'] as const)(
		'fires after %s with no explicit need',
		(type) => {
			const nudge = find(
				(ev) => [investigate(ev), ev(type, { cardId: 'remote' })],
				'capability_before_explicit_need'
			);
			expect(nudge).toEqual({
				code: 'capability_before_explicit_need',
				severity: 'warn',
				params: { kind: type === 'feature.present' ? 'feature' : 'advantage' }
			});
		}
	);

	test('fires for a benefit too, and clears once a need is explicit', () => {
		const early = (ev: Ev) => [
			investigate(ev),
			ev('benefit.state', { cardId: 'remote', needIds: ['downtime'] })
		];
		expect(codes(early)).toContain('capability_before_explicit_need');
		expect(codes(early)).not.toContain('benefit_without_explicit_need');
		expect(codes((ev) => [...early(ev), explicitDowntime(ev)])).not.toContain(
			'capability_before_explicit_need'
		);
	});

	test('does not fire when a need was explicit first', () => {
		expect(
			codes((ev) => [
				investigate(ev),
				explicitDowntime(ev),
				ev('feature.present', { cardId: 'remote' })
			])
		).toEqual([]);
	});
});

describe('too_many_situation_questions', () => {
	const situation = (ev: Ev, n: number) =>
		Array.from({ length: n }, (_, i) =>
			ev('question.ask', { spinType: 'situation', text: `S${i}` })
		);

	test('fires at four situation questions making up more than half', () => {
		const nudge = find(
			(ev) => [investigate(ev), ...situation(ev, 4)],
			'too_many_situation_questions'
		);
		expect(nudge?.params).toEqual({ situation: 4, total: 4 });
	});

	test('three situation questions are fine', () => {
		expect(codes((ev) => situation(ev, 3))).not.toContain('too_many_situation_questions');
	});

	test('clears when situation questions fall to a third of the mix', () => {
		const problems = (ev: Ev) =>
			Array.from({ length: 8 }, (_, i) =>
				ev('question.ask', { spinType: 'problem', text: `P${i}` })
			);
		expect(codes((ev) => [...situation(ev, 4), ...problems(ev)])).not.toContain(
			'too_many_situation_questions'
		);
	});
});

describe('solution_in_opening', () => {
	test('fires when a capability is presented during opening', () => {
		const nudge = find(
			(ev) => [ev('feature.present', { text: 'Our sensors' })],
			'solution_in_opening'
		);
		expect(nudge).toEqual({ code: 'solution_in_opening', severity: 'warn', params: { count: 1 } });
	});

	test('does not fire for a presentation in another stage, and clears on leaving opening', () => {
		expect(codes((ev) => [investigate(ev), ev('feature.present', {})])).not.toContain(
			'solution_in_opening'
		);
		expect(codes((ev) => [ev('feature.present', {}), investigate(ev)])).not.toContain(
			'solution_in_opening'
		);
	});
});

describe('implied_need_not_developed', () => {
	const implied = (ev: Ev) => [
		investigate(ev),
		ev('need.confirm', { needId: 'downtime', level: 'implied' })
	];

	test('fires per implied need without an implication question', () => {
		expect(find(implied, 'implied_need_not_developed')).toEqual({
			code: 'implied_need_not_developed',
			severity: 'info',
			params: { needId: 'downtime' }
		});
	});

	test('clears after an implication question on that need, not on another', () => {
		const other = (ev: Ev) => [
			...implied(ev),
			ev('question.ask', { questionId: 'i-clinicians', spinType: 'implication' })
		];
		const same = (ev: Ev) => [
			...implied(ev),
			ev('question.ask', { questionId: 'i-backlog', spinType: 'implication' })
		];
		expect(codes(other)).toContain('implied_need_not_developed');
		expect(codes(same)).not.toContain('implied_need_not_developed');
	});
});

describe('benefit_without_explicit_need', () => {
	test('fires for a benefit whose need is not explicit while another is', () => {
		const nudge = find(
			(ev) => [
				explicitDowntime(ev),
				ev('benefit.state', { cardId: 'fast', needIds: ['turnaround'] })
			],
			'benefit_without_explicit_need'
		);
		expect(nudge?.params).toEqual({ needIds: 'turnaround', cardId: 'fast' });
	});

	test('does not fire for a benefit meeting an explicit need', () => {
		const ok = (ev: Ev) => [
			investigate(ev),
			explicitDowntime(ev),
			ev('benefit.state', { cardId: 'remote', needIds: ['downtime'] })
		];
		expect(codes(ok)).toEqual([]);
	});
});

describe('no_summary_before_advance', () => {
	const propose = (ev: Ev) =>
		ev('advance.propose', { advance: { kind: 'demo', advanceId: 'demo' } });

	test('fires when an advance is proposed without a summary first', () => {
		expect(find((ev) => [propose(ev)], 'no_summary_before_advance')?.params).toEqual({
			kind: 'demo'
		});
	});

	test('does not fire when the summary came first; a later summary does not excuse it', () => {
		expect(codes((ev) => [ev('summary.give', {}), propose(ev)])).not.toContain(
			'no_summary_before_advance'
		);
		expect(codes((ev) => [propose(ev), ev('summary.give', {})])).toContain(
			'no_summary_before_advance'
		);
	});
});

describe('continuation_risk', () => {
	const commit = (ev: Ev) => ev('stage.enter', { stage: 'committing' });

	test('fires in committing with no advance proposed', () => {
		expect(find((ev) => [commit(ev)], 'continuation_risk')).toEqual({
			code: 'continuation_risk',
			severity: 'warn'
		});
	});

	test('clears once an advance is proposed (asking with no explicit need is then the warning)', () => {
		const advance = { kind: 'demo' as const, advanceId: 'demo' };
		expect(
			codes((ev) => [commit(ev), ev('summary.give', {}), ev('advance.propose', { advance })])
		).toEqual(['ask_before_explicit_need']);
	});
});

describe('objection_unanswered', () => {
	test('fires while an objection is open and clears when it is answered', () => {
		const raise = (ev: Ev) => [
			ev('objection.raise', { objectionId: 'price' }),
			ev('objection.raise', { text: 'Busy' })
		];
		expect(find(raise, 'objection_unanswered')?.params).toEqual({
			count: 2,
			objectionIds: 'price'
		});
		const answered = (ev: Ev) => [
			...raise(ev),
			ev('objection.answer', { objectionId: 'price' }),
			ev('objection.answer', {})
		];
		expect(codes(answered)).not.toContain('objection_unanswered');
	});
});

test('nudges come most urgent first', () => {
	const all = codes((ev) => [
		ev('need.confirm', { needId: 'turnaround', level: 'implied' }),
		ev('feature.present', {}),
		ev('objection.raise', {})
	]);
	expect(all).toEqual([
		'objection_unanswered',
		'capability_before_explicit_need',
		'solution_in_opening',
		'implied_need_not_developed'
	]);
});
