// Everything the end and transcript screens show about one stored call: its summary row, its
// events in order, and the playbook it ran on (parsed from the exact text stored with it).
import { getPlaybookText, getSpinDb, getSession, loadEvents, type SessionRow } from '$lib/db';
import { loadPlaybook } from '$lib/call/load-playbook';
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';

export interface LoadedSession {
	row: SessionRow;
	events: CallEvent[];
	/** Null when the stored text is missing or no longer parses. */
	playbook: Playbook | null;
}

/** The stored call `id`, or null when this device has no such call. */
export async function loadStoredSession(id: string): Promise<LoadedSession | null> {
	const db = getSpinDb();
	// The log is read while the row and its playbook are: a long call's events take longest, and
	// the playbook comes from the parse stored beside its text (the prompter's), parsed only once.
	const [found, rows] = await Promise.all([
		getSession(db, id).then(async (row) => {
			if (!row) return null;
			const text = await getPlaybookText(db, row.playbookHash);
			return { row, playbook: text ? await loadPlaybook(db, text) : null };
		}),
		loadEvents(db, id)
	]);
	if (!found) return null;
	return { row: found.row, events: rows.map((r) => r.event), playbook: found.playbook };
}

/** The last event of `type` in the log, if any (later events of a type supersede earlier ones). */
export function lastOf<T extends CallEvent['type']>(
	events: readonly CallEvent[],
	type: T
): Extract<CallEvent, { type: T }> | undefined {
	for (let i = events.length - 1; i >= 0; i--) {
		if (events[i].type === type) return events[i] as Extract<CallEvent, { type: T }>;
	}
	return undefined;
}
