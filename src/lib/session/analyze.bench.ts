// Target: analysing a 5,000-event session takes under 50 ms; the baseline shows the cost of
// merely walking the log.
import { bench, describe } from 'vitest';
import { analyze } from './analyze';
import type { CallEvent } from './events';
import { at, plantPlaybook } from './testing/fixtures';

const playbook = plantPlaybook();

// A long call cycling through every kind of event the analysis looks at.
function longCall(size: number): CallEvent[] {
	const cycle: ((t: number) => CallEvent)[] = [
		(t) => at(t, { type: 'question.ask', questionId: 'stops', spinType: 'problem' }),
		(t) => at(t, { type: 'buyer.say', text: 'x', reveals: ['downtime'] }),
		(t) => at(t, { type: 'question.ask', spinType: 'implication' }),
		(t) => at(t, { type: 'buyer.say', text: 'x', states: ['downtime'] }),
		(t) => at(t, { type: 'feature.present', cardId: 'quick-change' }),
		(t) => at(t, { type: 'objection.raise', objectionId: 'price' }),
		(t) => at(t, { type: 'benefit.state', cardId: 'wear-alerts', needIds: [] }),
		(t) => at(t, { type: 'objection.answer', objectionId: 'price' }),
		(t) => at(t, { type: 'call.pause' }),
		(t) => at(t, { type: 'call.resume' }),
		(t) => at(t, { type: 'summary.give' }),
		(t) => at(t, { type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } })
	];
	const events: CallEvent[] = [at(0, { type: 'call.start' })];
	for (let i = 1; events.length < size - 1; i++) {
		if (i % 100 === 0) events.push(at(i * 1_000, { type: 'stage.enter', stage: 'investigating' }));
		else events.push(cycle[i % cycle.length](i * 1_000));
	}
	events.push(at(size * 1_000, { type: 'call.end', outcome: 'advance' }));
	return events;
}

const events = longCall(5_000);

describe('5,000-event session', () => {
	bench('baseline: walk the events', () => {
		let questions = 0;
		for (const event of events) if (event.type === 'question.ask') questions++;
		if (questions === 0) throw new Error('empty log');
	});

	bench('analyze', () => {
		analyze(playbook, events);
	});
});
