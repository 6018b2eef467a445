// Appends a few events to a stored call outside the prompter (the end screen). The writer takes
// the session's lock; the prompter tab that just navigated here may still be letting go of it,
// so wait briefly before calling the call "open in another tab".
import { getSpinDb, openSessionWriter, StoreError } from '$lib/db';
import type { CallEvent } from '$lib/session/events';

const LOCK_WAIT_MS = 3000;

/** Stores `events` in order after the call's last event; throws a StoreError when not stored. */
export async function appendEvents(sessionId: string, events: CallEvent[]): Promise<void> {
	const writer = openSessionWriter(getSpinDb(), sessionId);
	try {
		await writer.ready;
		if (writer.status.state === 'readOnly') {
			let timer: ReturnType<typeof setTimeout> | undefined;
			const timeout = new Promise<'timeout'>((resolve) => {
				timer = setTimeout(() => resolve('timeout'), LOCK_WAIT_MS);
			});
			const won = await Promise.race([writer.waitForLock().then(() => 'locked' as const), timeout]);
			clearTimeout(timer);
			if (won === 'timeout') throw new StoreError('locked_by_other_tab', 'call open elsewhere');
		}
		let last = 0;
		for (const event of events) last = await writer.append(event);
		const status = await writer.flush();
		if (status.lastSavedSeq < last) {
			throw new StoreError(status.error?.code ?? 'write_failed', 'events kept in memory only');
		}
	} finally {
		await writer.close();
	}
}
