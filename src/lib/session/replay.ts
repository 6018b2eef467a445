// Rebuilds a call from its log. Every event is upgraded and validated first, so a bad log is
// refused whole with the index of the first bad event, never half-replayed or silently trimmed.
//
// Replay folds the events with `reduceContext` (the same fold the machine's actions run) and
// then resolves the machine snapshot from the result, instead of stepping XState through every
// event: the machine's states mirror `phase`/`stage`/`spinType` and its deep history mirrors
// `resumeTo`, so the outcome is the very snapshot a live actor would hold (the model-based and
// property tests in replay.spec.ts check exactly that) at a fraction of the cost.
import type { Playbook } from '$lib/playbook/types';
import { initialCallContext } from './context';
import type { CallEvent } from './events';
import { snapshotFromContext, type CallSnapshot } from './machine';
import { computeNudges } from './nudges';
import { foldEvents } from './reduce';
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
	const initial = initialCallContext(playbook);
	const start = { ...initial, nudges: computeNudges(initial, playbook), playbook };
	return snapshotFromContext(foldEvents(start, events, playbook));
}
