// Everything the end and transcript screens show about one stored call: its summary row, its
// events in order, and the playbook it ran on (parsed from the exact text stored with it).
import { getPlaybookText, getSpinDb, getSession, loadEvents, type SessionRow } from '$lib/db';
import { parsePlaybook } from '$lib/playbook/parse';
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
	const row = await getSession(db, id);
	if (!row) return null;
	const [rows, text] = await Promise.all([
		loadEvents(db, id),
		getPlaybookText(db, row.playbookHash)
	]);
	const playbook = text ? parsePlaybook(text.text).playbook : null;
	return { row, events: rows.map((r) => r.event), playbook };
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
