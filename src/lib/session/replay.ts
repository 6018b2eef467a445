// Rebuilds a call from its log. Every event is upgraded and validated first, so a bad log is
// refused whole with the index of the first bad event, never half-replayed or silently trimmed.
import { initialTransition, transition } from 'xstate';
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent } from './events';
import { callMachine, type CallSnapshot } from './machine';
import { EventError, parseEvent } from './validate';

export type { CallSnapshot } from './machine';

/** Validate (and upgrade) a whole log; throws the first EventError with its `index` set. */
export function parseEvents(raw: readonly unknown[]): CallEvent[] {
	return raw.map((event, index) => {
		try {
			return parseEvent(event);
		} catch (error) {
			if (error instanceof EventError) {
				error.index = index;
				error.message = `Event ${index}: ${error.message}`;
			}
			throw error;
		}
	});
}

/** The snapshot a live actor would hold after these events; throws EventError on a bad log. */
export function replay(playbook: Playbook, events: readonly unknown[]): CallSnapshot {
	return replayParsed(playbook, parseEvents(events));
}

/** Replay events already known to be valid (e.g. just sent by this app). */
export function replayParsed(playbook: Playbook, events: readonly CallEvent[]): CallSnapshot {
	// The pure transition API computes exactly what the actor would, without starting one.
	let [snapshot] = initialTransition(callMachine, { playbook });
	for (const event of events) [snapshot] = transition(callMachine, snapshot, event);
	return snapshot;
}
