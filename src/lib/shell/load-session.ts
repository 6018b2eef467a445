// Everything the end and transcript screens show about one stored call: its summary row, its
// events in order, and the playbook it ran on (parsed from the exact text stored with it).
import { getPlaybookText, getSpinDb, getSession, type SessionRow } from '$lib/db';
import { packLog, PACK_MIN_ROWS, readLog } from '$lib/db/log-pack';
import { loadPlaybook } from '$lib/call/load-playbook';
import { afterPaint } from '$lib/shell/after-paint';
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
	const [found, log] = await Promise.all([
		getSession(db, id).then(async (row) => {
			if (!row) return null;
			const text = await getPlaybookText(db, row.playbookHash);
			return { row, playbook: text ? await loadPlaybook(db, text) : null };
		}),
		readLog(db, id)
	]);
	if (!found) return null;
	// A long log read row by row is packed once the screen is shown, so the next open reads one
	// row (src/lib/db/log-pack.ts). A failure to pack loses nothing: the rows are still the log.
	if (log.rowsRead >= PACK_MIN_ROWS) {
		afterPaint(() => void packLog(db, id).catch(() => {}), { fallback: 1000 });
	}
	return { row: found.row, events: log.events, playbook: found.playbook };
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
