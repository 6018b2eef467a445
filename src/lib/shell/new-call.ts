// Storing a new call: the session row with the exact playbook text, then its first events, all
// admitted by the one event path (session/record.ts) and saved before the prompter opens (it
// replays them on load). Planning, the studio's "try it" and drills all start calls here.
import { createSession, getSpinDb, openSessionWriter, StoreError } from '$lib/db';
import { storeErrorText } from '$lib/i18n/store-error';
import { PARSER_VERSION } from '$lib/playbook/parser-version';
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';
import { admitLog } from '$lib/session/record';
import { storeStatus } from './store-status.svelte';

/**
 * Stores a call whose log starts with `events` (a `call.plan` first) and returns its id; throws
 * an Error with a translated message when the events are refused or not saved to disk.
 */
export async function storeNewCall(
	source: string,
	playbook: Playbook,
	events: readonly CallEvent[]
): Promise<string> {
	const admitted = admitLog(playbook, events);
	if (!admitted.ok)
		throw new Error(`storeNewCall: event ${admitted.index} refused (${admitted.code})`);
	const [plan] = admitted.events;
	if (plan?.type !== 'call.plan') throw new Error('storeNewCall: a call starts with its plan');
	const db = getSpinDb();
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
			mode: plan.mode,
			title: playbook.meta.title,
			locale: playbook.meta.locale,
			...(plan.account ? { account: plan.account } : {}),
			startedAt: plan.at
		});
		writer = openSessionWriter(db, row.id);
		await writer.ready;
		for (const event of admitted.events) await writer.append(event);
		const status = await writer.flush();
		// In memory only would mean the prompter opens on an empty log: refuse to start instead.
		if (status.lastSavedSeq < admitted.events.length) {
			throw new StoreError(status.error?.code ?? 'write_failed', 'the call was not stored');
		}
		void storeStatus.requestPersistence();
		return row.id;
	} catch (error) {
		throw new Error(storeErrorText(error), { cause: error });
	} finally {
		await writer?.close();
	}
}
