// Creating a call from the planning form: `call.plan` and `call.start`, stamped now, stored with
// the exact playbook text before the prompter opens (shell/new-call.ts).
import type { Playbook } from '$lib/playbook/types';
import { EVENT_SCHEMA_VERSION } from '$lib/session/events';
import { storeNewCall } from '$lib/shell/new-call';
import { planEvent, type PlanForm } from './plan-form';

/** Stores a new session for `form` and returns its id; throws an Error with a translated message. */
export function startCall(source: string, playbook: Playbook, form: PlanForm): Promise<string> {
	const at = Date.now();
	return storeNewCall(source, playbook, [
		{ ...planEvent(playbook, form), v: EVENT_SCHEMA_VERSION, at },
		{ type: 'call.start', v: EVENT_SCHEMA_VERSION, at: at + 1 }
	]);
}
