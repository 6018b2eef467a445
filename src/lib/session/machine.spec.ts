import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { eventClock, PLAN, runActor } from '../../../tests/fixtures/session/events';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { STAGES } from './events';
import { callMachine } from './machine';

function started() {
	const ev = eventClock();
	return { ev, events: [ev('call.plan', PLAN), ev('call.start')] };
}

describe('planning', () => {
	test('starts in planning with the playbook id and an empty plan', () => {
		const actor = runActor([]);
		const { value, context } = actor.getSnapshot();
		expect(value).toBe('planning');
		expect(context.phase).toBe('planning');
		expect(context.playbookId).toBe('test-lab');
		expect(context.plan.primaryAdvance).toBeNull();
	});

	test('call.plan stores the plan and stays in planning', () => {
		const ev = eventClock();
		const account = { name: 'City Lab', tier: 'gold' as const };
		const actor = runActor([ev('call.plan', { ...PLAN, account })]);
		const { value, context } = actor.getSnapshot();
		expect(value).toBe('planning');
		expect(context.mode).toBe('rehearsal');
		expect(context.plan).toEqual({
			objective: 'Book a demo',
			primaryAdvance: { kind: 'demo', advanceId: 'demo' },
			fallbackAdvance: { kind: 'trial', advanceId: 'trial' },
			account,
			drill: null,
			inRoom: []
		});
	});

	test('call.start goes to opening and starts the clock', () => {
		const { events } = started();
		const { value, context } = runActor(events).getSnapshot();
		expect(value).toEqual({ call: 'opening' });
		expect(context.startedAt).toBe(2000);
		expect(context.stageLog).toEqual([{ stage: 'opening', at: 2000 }]);
	});

	test('call.end from planning abandons the call', () => {
		const ev = eventClock();
		const actor = runActor([ev('call.end', { outcome: 'noSale' })]);
		expect(actor.getSnapshot().value).toBe('ended');
		expect(actor.getSnapshot().context.outcome).toBe('noSale');
	});

	test('a call event before the start is recorded as ignored, not applied', () => {
		const ev = eventClock();
		const actor = runActor([ev('question.ask', { spinType: 'problem', text: 'Any pain?' })]);
		const { value, context } = actor.getSnapshot();
		expect(value).toBe('planning');
		expect(context.questions).toEqual([]);
		expect(context.ignored).toEqual([{ index: 0, type: 'question.ask' }]);
	});
});

describe('stages', () => {
	test.each(STAGES)('stage.enter %s works from every call stage', (target) => {
		for (const from of STAGES) {
			const { ev, events } = started();
			const actor = runActor([
				...events,
				ev('stage.enter', { stage: from }),
				ev('stage.enter', { stage: target })
			]);
			const { value, context } = actor.getSnapshot();
			expect(context.stage).toBe(target);
			expect(actor.getSnapshot().matches({ call: target })).toBe(true);
			if (target !== 'investigating') expect(value).toEqual({ call: target });
		}
	});

	test('investigating starts with situation questions', () => {
		const { ev, events } = started();
		const actor = runActor([...events, ev('stage.enter', { stage: 'investigating' })]);
		expect(actor.getSnapshot().value).toEqual({ call: { investigating: 'situation' } });
	});

	test('spin.select moves between SPIN sub-states freely', () => {
		const { ev, events } = started();
		const actor = runActor([...events, ev('stage.enter', { stage: 'investigating' })]);
		for (const spinType of ['needPayoff', 'problem', 'implication', 'situation'] as const) {
			actor.send(ev('spin.select', { spinType }));
			expect(actor.getSnapshot().value).toEqual({ call: { investigating: spinType } });
		}
	});

	test('asking a question of a type moves to that sub-state', () => {
		const { ev, events } = started();
		const actor = runActor([...events, ev('stage.enter', { stage: 'investigating' })]);
		actor.send(ev('question.ask', { questionId: 'i-backlog', spinType: 'implication' }));
		expect(actor.getSnapshot().value).toEqual({ call: { investigating: 'implication' } });
	});

	test('returning to investigating resumes the SPIN type the rep was on', () => {
		const { ev, events } = started();
		const actor = runActor([
			...events,
			ev('stage.enter', { stage: 'investigating' }),
			ev('spin.select', { spinType: 'problem' }),
			ev('stage.enter', { stage: 'demonstrating' }),
			ev('question.ask', { spinType: 'implication', text: 'And then?' }),
			ev('stage.enter', { stage: 'investigating' })
		]);
		expect(actor.getSnapshot().value).toEqual({ call: { investigating: 'implication' } });
	});

	test('a question asked while demonstrating is accepted and does not move the stage', () => {
		const { ev, events } = started();
		const actor = runActor([
			...events,
			ev('stage.enter', { stage: 'demonstrating' }),
			ev('question.ask', { questionId: 'p-slow', spinType: 'problem' })
		]);
		expect(actor.getSnapshot().value).toEqual({ call: 'demonstrating' });
		expect(actor.getSnapshot().context.questions).toHaveLength(1);
	});
});

describe('pause and resume', () => {
	test('resume returns to the exact stage and SPIN sub-state', () => {
		const { ev, events } = started();
		const actor = runActor([
			...events,
			ev('stage.enter', { stage: 'investigating' }),
			ev('spin.select', { spinType: 'needPayoff' }),
			ev('call.pause')
		]);
		expect(actor.getSnapshot().value).toBe('paused');
		expect(actor.getSnapshot().context.paused).toBe(true);
		actor.send(ev('call.resume'));
		expect(actor.getSnapshot().value).toEqual({ call: { investigating: 'needPayoff' } });
		expect(actor.getSnapshot().context.paused).toBe(false);
	});

	test('while paused only resume, end and notes apply', () => {
		const { ev, events } = started();
		const actor = runActor([
			...events,
			ev('call.pause'),
			ev('stage.enter', { stage: 'committing' }),
			ev('question.ask', { spinType: 'problem', text: 'Hm?' }),
			ev('note.add', { text: 'Buyer took a phone call' })
		]);
		const { value, context } = actor.getSnapshot();
		expect(value).toBe('paused');
		expect(context.stage).toBe('opening');
		expect(context.questions).toEqual([]);
		expect(context.notes.map((n) => n.text)).toEqual(['Buyer took a phone call']);
		expect(context.ignored.map((i) => i.type)).toEqual(['stage.enter', 'question.ask']);
	});

	test('paused time is left out of the stage timings and kept as an interval', () => {
		const { ev, events } = started(); // started at 2000
		ev.wait(9000);
		const pause = ev('call.pause'); // 12000
		ev.wait(60_000);
		const resume = ev('call.resume'); // 73000
		const actor = runActor([...events, pause, resume, ev('stage.enter', { stage: 'committing' })]);
		const { context } = actor.getSnapshot();
		expect(context.pauses).toEqual([{ from: 12_000, to: 73_000 }]);
		expect(context.stageMs.opening).toBe(10_000 + 1000);
	});

	test('call.end while paused closes the pause and ends the call', () => {
		const { ev, events } = started();
		const actor = runActor([
			...events,
			ev('call.pause'),
			ev('call.end', { outcome: 'continuation' })
		]);
		const { value, context } = actor.getSnapshot();
		expect(value).toBe('ended');
		expect(context.pauses).toEqual([{ from: 3000, to: 4000 }]);
		expect(context.paused).toBe(false);
	});
});

describe('ending and review', () => {
	test.each(STAGES)('call.end from %s records outcome and next step', (stage) => {
		const { ev, events } = started();
		const nextStep = { text: 'Demo on site', date: '2026-12-03' };
		const actor = runActor([
			...events,
			ev('stage.enter', { stage }),
			ev('call.end', { outcome: 'advance', nextStep })
		]);
		const { value, context } = actor.getSnapshot();
		expect(value).toBe('ended');
		expect(context).toMatchObject({ phase: 'ended', outcome: 'advance', nextStep, endedAt: 4000 });
	});

	test('review.save is accepted after the end, repeatedly, and the actor stays usable', () => {
		const { ev, events } = started();
		const actor = runActor([
			...events,
			ev('call.end', { outcome: 'order' }),
			ev('review.save', { wentWell: 'a', toChange: 'b' }),
			ev('review.save', { wentWell: 'c', toChange: 'd' })
		]);
		const snapshot = actor.getSnapshot();
		expect(snapshot.status).toBe('active');
		expect(snapshot.context.review).toEqual({ wentWell: 'c', toChange: 'd', at: 5000 });
	});

	test('review.save before the end is ignored', () => {
		const { ev, events } = started();
		const actor = runActor([...events, ev('review.save', { wentWell: 'a', toChange: 'b' })]);
		expect(actor.getSnapshot().context.review).toBeNull();
	});

	test('nothing but review and notes changes an ended call', () => {
		const { ev, events } = started();
		const actor = runActor([
			...events,
			ev('call.end', { outcome: 'noSale' }),
			ev('call.start'),
			ev('stage.enter', { stage: 'investigating' })
		]);
		expect(actor.getSnapshot().value).toBe('ended');
		expect(actor.getSnapshot().context.ignored).toHaveLength(2);
	});
});

describe('restoring', () => {
	test('an actor restored from a persisted snapshot carries on exactly', () => {
		const { ev, events } = started();
		const live = runActor([
			...events,
			ev('stage.enter', { stage: 'investigating' }),
			ev('spin.select', { spinType: 'implication' }),
			ev('call.pause')
		]);
		const persisted = JSON.parse(JSON.stringify(live.getPersistedSnapshot()));
		const restored = createActor(callMachine, {
			snapshot: persisted,
			input: { playbook: TEST_PLAYBOOK }
		}).start();
		const resume = ev('call.resume');
		live.send(resume);
		restored.send(resume);
		expect(restored.getSnapshot().value).toEqual({ call: { investigating: 'implication' } });
		expect(restored.getPersistedSnapshot()).toEqual(live.getPersistedSnapshot());
	});
});

describe('robustness', () => {
	test('an event type outside the contract (untyped code) is recorded as ignored', () => {
		const { events } = started();
		const actor = runActor(events);
		actor.send({ v: 1, at: 9000, type: 'call.teleport' } as never);
		const { value, context } = actor.getSnapshot();
		expect(value).toEqual({ call: 'opening' });
		expect(context.ignored).toEqual([{ index: 2, type: 'call.teleport' }]);
	});
});
