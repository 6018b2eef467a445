// The fold's phase gate: an event the machine does not take where it arrives (acceptance.ts)
// changes nothing the screens, the buyer or the report read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callLog } from '../../../tests/fixtures/session/arbitraries';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { callMachine } from './machine';
import { initialCallContext } from './context';
import type { CallEvent } from './events';
import { acceptsEvent, foldEvent, foldEvents } from './reduce';
import { at, log, plantPlaybook } from './testing/fixtures';

const playbook = plantPlaybook();
type Body = Parameters<typeof at>[1];

const fold = (events: CallEvent[]) => foldEvents(initialCallContext(playbook), events, playbook);

describe('the phase gate', () => {
	it('records what the call does not take now as ignored, and applies nothing of it', () => {
		const events = log([
			{ type: 'question.ask', spinType: 'problem' },
			{ type: 'stage.enter', stage: 'investigating' },
			{ type: 'call.start' },
			{ type: 'call.pause' },
			{ type: 'buyer.say', text: '', states: ['downtime'] }
		]);
		const c = fold(events);
		expect(c.questions).toEqual([]);
		expect(c.needs).toEqual([]);
		expect(c.stage).toBe('opening');
		expect(c.ignored.map((i) => i.index)).toEqual([0, 1, 4]);
	});

	it('an echo of an objection merges, a later repeat does not', () => {
		const c = fold(
			log([
				{ type: 'call.start' },
				{ type: 'buyer.say', text: 'Expensive.', objectionId: 'price' },
				{ type: 'objection.raise', objectionId: 'price' },
				{ type: 'objection.raise', objectionId: 'risk' },
				{ type: 'objection.raise', objectionId: 'price' },
				{ type: 'objection.answer', objectionId: 'price' },
				{ type: 'objection.answer' }
			] satisfies Body[])
		);
		expect(c.objections.map((o) => [o.objectionId, o.source, o.answeredAt])).toEqual([
			['price', 'buyer', 6_000],
			['risk', 'rep', null],
			['price', 'rep', 7_000]
		]);
	});

	it('takes exactly what the machine has a transition for in that phase', () => {
		const node = { planning: 'planning', running: 'call', paused: 'paused', ended: 'ended' };
		for (const [phase, name] of Object.entries(node) as [keyof typeof node, string][]) {
			const handled = new Set(callMachine.root.states[name].events);
			for (const type of ['call.start', 'question.ask', 'call.resume', 'review.save'] as const)
				expect(acceptsEvent(phase, type), `${phase} ${type}`).toBe(handled.has(type));
		}
		expect(acceptsEvent('running', 'call.start')).toBe(false);
		expect(acceptsEvent('ended', 'advance.propose')).toBe(false);
	});

	it('folds a log to the same context as the log without what it ignored, but for the clock', () => {
		fc.assert(
			fc.property(callLog, (events) => {
				const full = foldEvents(initialCallContext(TEST_PLAYBOOK), events, TEST_PLAYBOOK);
				let c = initialCallContext(TEST_PLAYBOOK);
				const kept: CallEvent[] = [];
				for (const e of events) {
					if (acceptsEvent(c.phase, e.type)) kept.push(e);
					c = foldEvent(c, e, TEST_PLAYBOOK);
				}
				const clean = foldEvents(initialCallContext(TEST_PLAYBOOK), kept, TEST_PLAYBOOK);
				expect(clean.ignored).toEqual([]);
				expect(clean.questions.map((q) => q.text)).toEqual(full.questions.map((q) => q.text));
				expect(clean.needs.map((n) => [n.id, n.level])).toEqual(
					full.needs.map((n) => [n.id, n.level])
				);
				expect(clean.advances.length).toBe(full.advances.length);
				expect(clean.acceptedAdvanceIds).toEqual(full.acceptedAdvanceIds);
				expect(clean.outcome).toBe(full.outcome);
				expect(clean.spinCounts).toEqual(full.spinCounts);
			})
		);
	});
});
