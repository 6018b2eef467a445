// One append as one IndexedDB transaction on the handle's native connection (raw-db.ts, or the
// one Dexie opened), below Dexie itself.
// In Chromium a Dexie read-modify-write transaction cost about twice a bare put (zones,
// middleware, a read round trip before the summary put); here the event add, a read of the
// summary row and the summary put go out at once and the append resolves on `complete`.
// The writer holds the session's lock, so the row it wrote last is almost always the stored
// one; the pipelined read only checks that, and when someone else changed the row (a rename,
// from this tab or another) the summary is derived again over the stored row in the same
// transaction, so no edit is lost. The summary's call fields come from the fold (summary.ts).
import { StoreError } from './errors';
import type { CallContext } from '$lib/session/context';
import { LAST_CALLS_KEY, isLastCallsCache, withCall } from './last-calls-cache';
import type { StoreHandle } from './raw-db';
import { summaryRow } from './summary';
import type { EventRow, SessionRow } from './types';

function sameRow(a: SessionRow, b: SessionRow): boolean {
	// Both are plain structured-clone data; a rename or an ended flag changes the text.
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Adds `rows` and writes the folded summary in one transaction; resolves with the summary as
 * stored once the transaction committed. `expected` is the summary row as the caller last
 * stored it; `fold` is the fold of the whole log up to and including `rows`. Rejects with the
 * transaction's error (a quota error included) when it aborts.
 */
export function appendRows(
	db: StoreHandle,
	sessionId: string,
	rows: EventRow[],
	expected: SessionRow,
	durability: 'strict' | undefined,
	fold: CallContext
): Promise<SessionRow> {
	const seq = rows[rows.length - 1].seq;
	// Only the plan (which names the account) and the end (the agreed next step) can change an
	// account's cached latest call (last-calls.ts); other appends leave the cache alone.
	const touchesLastCalls = rows.some(
		(r) => r.event.type === 'call.plan' || r.event.type === 'call.end'
	);
	return new Promise((resolve, reject) => {
		let tx: IDBTransaction;
		try {
			const options = durability ? { durability } : undefined;
			const scope = touchesLastCalls ? ['events', 'sessions', 'meta'] : ['events', 'sessions'];
			tx = db.backendDB().transaction(scope, 'readwrite', options);
		} catch (error) {
			// The connection is closed or closing: nothing was written.
			return reject(error);
		}
		let written = summaryRow(expected, fold, seq);
		let previousAccountId = expected.account?.accountId;
		let reason: unknown;
		const abort = (error: unknown) => {
			reason ??= error;
			// Throws only when the transaction already aborted; `onabort` reports that.
			if (!tx.error) tx.abort();
		};
		tx.oncomplete = () => resolve(written);
		// The transaction's own error (a full disk) first, then what made us abort it.
		tx.onabort = () => reject(tx.error ?? reason ?? new DOMException('aborted', 'AbortError'));
		try {
			const events = tx.objectStore('events');
			const sessions = tx.objectStore('sessions');
			for (const row of rows) events.add(row);
			const current = sessions.get(sessionId);
			sessions.put(written);
			current.onsuccess = () => {
				const stored = current.result as SessionRow | undefined;
				if (!stored) return abort(new StoreError('session_missing', `no session ${sessionId}`));
				if (sameRow(stored, expected)) return;
				// Requests run in order, so this put lands after the blind one and replaces it.
				written = summaryRow(stored, fold, seq);
				previousAccountId = stored.account?.accountId;
				sessions.put(written);
			};
			if (touchesLastCalls) {
				// Answered after `current` (requests run in order), so `written` is final here.
				const meta = tx.objectStore('meta');
				const cached = meta.get(LAST_CALLS_KEY);
				cached.onsuccess = () => {
					const value = (cached.result as { value?: unknown } | undefined)?.value;
					if (!isLastCallsCache(value)) return;
					const next = withCall(value, written, fold.nextStep, previousAccountId);
					if (next === null) meta.delete(LAST_CALLS_KEY);
					else if (next) meta.put({ key: LAST_CALLS_KEY, value: next });
				};
			}
		} catch (error) {
			try {
				abort(error);
			} catch {
				// Already aborted (a write failed at once): `onabort` still fires with its error.
			}
		}
	});
}
