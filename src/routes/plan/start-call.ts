// Creating a call: the session row with the exact playbook text, then `call.plan` and
// `call.start`, each admitted by the one event path (session/record.ts) and committed before
// the prompter opens (it replays them on load).
import { createSession, getSpinDb, openSessionWriter, StoreError } from '$lib/db';
import { storeErrorText } from '$lib/i18n/store-error';
import { PARSER_VERSION } from '$lib/playbook/parser-version';
import type { Playbook } from '$lib/playbook/types';
import { admitAfter } from '$lib/session/record';
import { planEvent, type PlanForm } from './plan-form';
import { storeStatus } from '$lib/shell/store-status.svelte';

/** Stores a new session for `form` and returns its id; throws an Error with a translated message. */
export async function startCall(
	source: string,
	playbook: Playbook,
	form: PlanForm
): Promise<string> {
	const db = getSpinDb();
	const now = Date.now();
	const admitted = admitAfter(
		playbook,
		[],
		[planEvent(playbook, form), { type: 'call.start' }],
		now
	);
	if (!admitted.ok) throw new Error(`startCall: the plan was refused (${admitted.code})`);
	const [plan, start] = admitted.events;
	let writer;
	try {
		const row = await createSession(db, {
			playbook: {
				id: playbook.meta.id,
				version: playbook.meta.version,
				text: source,
				// `playbook` was parsed from `source` by this build's parser.
				parsed: { v: PARSER_VERSION, playbook }
			},
			mode: form.mode,
			title: playbook.meta.title,
			locale: playbook.meta.locale,
			...(plan.type === 'call.plan' && plan.account ? { account: plan.account } : {}),
			startedAt: now
		});
		writer = openSessionWriter(db, row.id);
		await writer.ready;
		await writer.append(plan);
		await writer.append(start);
		const status = await writer.flush();
		// In memory only would mean the prompter opens on an empty log: refuse to start instead.
		if (status.lastSavedSeq < 2) {
			throw new StoreError(status.error?.code ?? 'write_failed', 'the plan was not stored');
		}
		void storeStatus.requestPersistence();
		return row.id;
	} catch (error) {
		throw new Error(storeErrorText(error), { cause: error });
	} finally {
		await writer?.close();
	}
}
