// Replay of a long session against a loop that only touches each event, so the report shows
// how much the machine and the fold cost on top of reading the log. Target: < 50 ms for 5,000.
import { bench, describe } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { eventClock, PLAN } from '../../../tests/fixtures/session/events';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { initialCallContext } from './context';
import type { CallEvent } from './events';
import { callMachine } from './machine';
import { foldEvents } from './reduce';
import { replay, replayParsed } from './replay';

const EVENT_COUNT = 5000;

// A long rehearsal: round after round of investigating, demonstrating and objections, with
// pauses, so every part of the fold (ledger, presentations, objections, timings) does work.
function longSession(count: number): CallEvent[] {
	const ev = eventClock(1_700_000_000_000, 1500);
	const events: CallEvent[] = [
		ev('call.plan', PLAN),
		ev('call.start'),
		ev('opening.do', { moveId: 'intro' })
	];
	const needs = ['downtime', 'turnaround'];
	for (let round = 0; events.length < count; round++) {
		const needId = `${needs[round % 2]}-${round % 40}`;
		events.push(
			ev('stage.enter', { stage: 'investigating' }),
			ev('question.ask', { questionId: 's-volume', spinType: 'situation' }),
			ev('answer.note', { text: 'About 300 a day' }),
			ev('question.ask', { spinType: 'problem', text: 'What is hard?', needId }),
			ev('need.confirm', { needId, level: 'implied' }),
			ev('question.ask', { spinType: 'implication', text: 'And then?', needId }),
			ev('call.pause'),
			ev('note.add', { text: 'interrupted' }),
			ev('call.resume'),
			ev('question.ask', { spinType: 'needPayoff', text: 'Worth?', needId }),
			ev('need.confirm', { needId, level: 'explicit' }),
			ev('stage.enter', { stage: 'demonstrating' }),
			ev('feature.present', { cardId: 'remote' }),
			ev('objection.raise', { objectionId: 'price' }),
			ev('objection.answer', { objectionId: 'price', text: 'Cost of downtime' }),
			ev('benefit.state', { cardId: 'remote', needIds: [needId] }),
			ev('buyer.say', { text: 'Sounds useful', reveals: [needId] }),
			ev('stage.enter', { stage: 'committing' }),
			ev('summary.give', {}),
			ev('advance.propose', { advance: { kind: 'demo', advanceId: 'demo' } })
		);
	}
	events.length = count - 1;
	events.push(ev('call.end', { outcome: 'advance' }));
	return events;
}

const events = longSession(EVENT_COUNT);
const raw: unknown[] = JSON.parse(JSON.stringify(events));

describe(`${EVENT_COUNT} events`, () => {
	bench('baseline: iterate the log', () => {
		let last = 0;
		for (const event of raw as CallEvent[]) last = event.at > last ? event.at : last;
		if (last === 0) throw new Error('empty log');
	});

	bench('foldEvents (context only, no machine)', () => {
		foldEvents(initialCallContext(TEST_PLAYBOOK), events, TEST_PLAYBOOK);
	});

	bench('replayParsed (machine, no validation)', () => {
		replayParsed(TEST_PLAYBOOK, events);
	});

	bench('replay (validate + upgrade + machine)', () => {
		replay(TEST_PLAYBOOK, raw);
	});

	// What replay would cost stepping XState through every event (why it folds instead).
	bench('for comparison: XState transition() per event', () => {
		let [snapshot] = initialTransition(callMachine, { playbook: TEST_PLAYBOOK });
		for (const event of events) [snapshot] = transition(callMachine, snapshot, event);
	});
});
