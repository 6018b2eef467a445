// Starting a drill: a rehearsal whose `call.plan` names the drill, then `call.start` and the
// staged steps before the skill (drill-plan.ts), stored through shell/new-call.ts like any call.
import type { Playbook } from '$lib/playbook/types';
import { drillSetupEvents, type DrillPlan } from '$lib/review/drill-plan';
import { EVENT_SCHEMA_VERSION, type AdvanceChoice, type CallEvent } from '$lib/session/events';
import { storeNewCall } from '$lib/shell/new-call';

function advanceFor(playbook: Playbook, plan: DrillPlan): AdvanceChoice {
	const advance =
		playbook.commitment.advances.find((a) => a.id === plan.advanceId) ??
		playbook.commitment.advances[0];
	return advance ? { kind: advance.kind, advanceId: advance.id } : { kind: 'demo' };
}

/** Stores a new drill call and returns its id; throws an Error with a translated message. */
export function startDrill(
	source: string,
	playbook: Playbook,
	plan: DrillPlan,
	objective: string
): Promise<string> {
	const now = Date.now();
	const head: CallEvent[] = [
		{
			v: EVENT_SCHEMA_VERSION,
			at: now,
			type: 'call.plan',
			mode: 'rehearsal',
			playbookId: playbook.meta.id,
			objective,
			primaryAdvance: advanceFor(playbook, plan),
			drill: { skill: plan.skill, needId: plan.needId }
		},
		{ v: EVENT_SCHEMA_VERSION, at: now + 1, type: 'call.start' }
	];
	return storeNewCall(source, playbook, [
		...head,
		...drillSetupEvents(playbook, plan, head, now + 2)
	]);
}
