// Starting a drill: a rehearsal whose `call.plan` names the drill, then `call.start` and the
// staged steps before the skill (drill-plan.ts), all committed before the prompter opens.
import { createSession, getSpinDb, openSessionWriter, StoreError } from '$lib/db';
import { storeErrorText } from '$lib/i18n/store-error';
import { PARSER_VERSION } from '$lib/playbook/parser-version';
import type { Playbook } from '$lib/playbook/types';
import { drillSetupEvents, type DrillPlan } from '$lib/review/drill-plan';
import { EVENT_SCHEMA_VERSION, type AdvanceChoice, type CallEvent } from '$lib/session/events';
import { storeStatus } from '$lib/shell/store-status.svelte';

function advanceFor(playbook: Playbook, plan: DrillPlan): AdvanceChoice {
	const advance =
		playbook.commitment.advances.find((a) => a.id === plan.advanceId) ??
		playbook.commitment.advances[0];
	return advance ? { kind: advance.kind, advanceId: advance.id } : { kind: 'demo' };
}

/** Stores a new drill call and returns its id; throws an Error with a translated message. */
export async function startDrill(
	source: string,
	playbook: Playbook,
	plan: DrillPlan,
	objective: string
): Promise<string> {
	const db = getSpinDb();
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
		{ v: EVENT_SCHEMA_VERSION, at: now, type: 'call.start' }
	];
	const events = [...head, ...drillSetupEvents(playbook, plan, head, now + 1)];
	let writer;
	try {
		const row = await createSession(db, {
			playbook: {
				id: playbook.meta.id,
				version: playbook.meta.version,
				text: source,
				parsed: { v: PARSER_VERSION, playbook }
			},
			mode: 'rehearsal',
			title: playbook.meta.title,
			locale: playbook.meta.locale,
			startedAt: now
		});
		writer = openSessionWriter(db, row.id);
		await writer.ready;
		for (const event of events) await writer.append(event);
		const status = await writer.flush();
		if (status.lastSavedSeq < events.length) {
			throw new StoreError(status.error?.code ?? 'write_failed', 'the drill was not stored');
		}
		void storeStatus.requestPersistence();
		return row.id;
	} catch (error) {
		throw new Error(storeErrorText(error), { cause: error });
	} finally {
		await writer?.close();
	}
}
