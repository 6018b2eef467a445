// The rehearsal UI calls buyerRespond after every rep event: this measures one reply at the end
// of a long (5,000-event) rehearsal, refolding the log, and with the live context passed in.
// The log is built with the running context passed in, as the call screen does.
import { bench, describe } from 'vitest';
import { buyerRespond } from './buyer';
import { initialCallContext } from './context';
import type { CallEvent } from './events';
import { foldEvent, foldEvents } from './reduce';
import { at, plantPlaybook } from './testing/fixtures';

const playbook = plantPlaybook();

// Moves that cost the buyer no patience, so the buyer is still listening at the end.
const events: CallEvent[] = [];
let context = initialCallContext(playbook);
const log = (event: CallEvent) => {
	events.push(event);
	context = foldEvent(context, event, playbook);
};
log(at(0, { type: 'call.start' }));
for (let i = 1; events.length < 5_000; i++) {
	const rep =
		i === 1
			? at(i * 1_000, { type: 'question.ask', questionId: 'stops', spinType: 'problem' })
			: i % 3 === 0
				? at(i * 1_000, { type: 'summary.give' })
				: i % 3 === 1
					? at(i * 1_000, { type: 'objection.answer', objectionId: 'price' })
					: at(i * 1_000, { type: 'answer.note', text: 'noted' });
	log(rep);
	for (const line of buyerRespond(playbook, events, rep, context)) log(line);
}
const propose = at(10_000_000, {
	type: 'advance.propose',
	advance: { kind: 'demo', advanceId: 'demo' }
});
// What a live actor holds once the rep's proposal is sent (the call screen has it at hand).
const live = foldEvents(initialCallContext(playbook), [...events, propose], playbook);

describe('buyer reply after 5,000 events', () => {
	bench('baseline: walk the events', () => {
		let lines = 0;
		for (const event of events) if (event.type === 'buyer.say') lines++;
		if (lines === 0) throw new Error('no buyer lines');
	});

	bench('buyerRespond to an advance, refolding the log', () => {
		buyerRespond(playbook, events, propose);
	});

	bench('buyerRespond to an advance, with the live context', () => {
		buyerRespond(playbook, events, propose, live);
	});
});
