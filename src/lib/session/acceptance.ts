// Which events the call takes in each phase, read from the machine's own transitions: the
// events a phase's state node (and its children) handles. The fold's phase gate, replay and
// the one event path (record.ts) all ask here, so there is no second table to drift.
import type { CallContext } from './context';
import type { CallEvent } from './events';
import { callMachine } from './machine';

const NODE = { planning: 'planning', running: 'call', paused: 'paused', ended: 'ended' } as const;

type Phase = CallContext['phase'];

// Built on first use: machine.ts imports the fold, which imports this module.
let accepted: Record<Phase, ReadonlySet<string>> | null = null;

function table(): Record<Phase, ReadonlySet<string>> {
	accepted ??= Object.fromEntries(
		(Object.keys(NODE) as Phase[]).map((phase) => [
			phase,
			new Set<string>(callMachine.root.states[NODE[phase]].events)
		])
	) as unknown as Record<Phase, ReadonlySet<string>>;
	return accepted;
}

/** Whether the machine handles an event of this type in the given phase. */
export function acceptsEvent(phase: Phase, type: CallEvent['type']): boolean {
	return table()[phase].has(type);
}
