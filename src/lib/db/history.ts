// The history of calls: filtered pages of summary rows (never the event logs), erasing calls
// for good (a tombstone each, so a restore never brings them back), and the cached scores.
import type { CallMode, Outcome } from '$lib/session/events';
import type { SpinDb } from './db';
import type { SessionCursor, SessionPage } from './sessions';
import { refreshAccounts } from './last-calls';
import { addTombstones } from './tombstones';
import type { CallDigest, SessionRow } from './types';

/** What the history list can be narrowed to; every field optional. */
export interface HistoryFilter {
	mode?: CallMode;
	/** `none`: calls that have no outcome (unfinished). */
	outcome?: Outcome | 'none';
	playbookId?: string;
	/** Matches the account's id, else its name. */
	account?: string;
	/** Epoch ms, inclusive. */
	from?: number;
	/** Epoch ms, exclusive. */
	to?: number;
	/** Words that must all appear in the title, the account or what the rep typed. */
	search?: string;
}

/** Fields of a session row derived for review, never part of a backup file. */
export const DERIVED_FIELDS = ['durationMs', 'text', 'drill', 'digest'] as const;

/** The row without its derived review fields (as exported, and as compared on import). */
export function withoutDerived(row: SessionRow): SessionRow {
	const copy = { ...row };
	for (const key of DERIVED_FIELDS) delete copy[key];
	return copy;
}

/** A predicate for `filter`; the search words are matched lower-cased. */
export function matchesFilter(filter: HistoryFilter): (row: SessionRow) => boolean {
	const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const account = filter.account?.toLowerCase();
	return (row) => {
		if (filter.mode && row.mode !== filter.mode) return false;
		if (filter.outcome && (row.outcome ?? 'none') !== filter.outcome) return false;
		if (filter.playbookId && row.playbookId !== filter.playbookId) return false;
		if (
			account &&
			row.account?.accountId !== filter.account &&
			row.account?.name.toLowerCase() !== account
		)
			return false;
		if (filter.from !== undefined && row.startedAt < filter.from) return false;
		if (filter.to !== undefined && row.startedAt >= filter.to) return false;
		if (words.length) {
			const hay = `${row.title}\n${row.account?.name ?? ''}\n${row.text ?? ''}`.toLowerCase();
			if (!words.every((w) => hay.includes(w))) return false;
		}
		return true;
	};
}

/** One page of the calls matching `filter`, newest first; `before` continues a page. */
export async function findSessions(
	db: SpinDb,
	filter: HistoryFilter = {},
	{ limit = 50, before }: { limit?: number; before?: SessionCursor } = {}
): Promise<SessionPage> {
	// The date range narrows the index walk itself; the rest filters rows as the cursor passes.
	const lower = [filter.from ?? -Infinity, ''];
	const upper = before ? [before.startedAt, before.id] : [filter.to ?? Infinity, ''];
	const range = db.sessions.where('[startedAt+id]').between(lower, upper, true, false).reverse();
	// With nothing but the range to match, no `filter`: Dexie then reads the page in one
	// getAll with a count instead of walking a cursor row by row.
	const narrowed = Object.entries(filter).some(
		([key, value]) => key !== 'from' && key !== 'to' && value !== undefined
	);
	const rows = await (narrowed ? range.filter(matchesFilter(filter)) : range)
		.limit(limit + 1)
		.toArray();
	const sessions = rows.slice(0, limit);
	const last = sessions[sessions.length - 1];
	return {
		sessions,
		next: rows.length > limit && last ? { startedAt: last.startedAt, id: last.id } : null
	};
}

/**
 * Distinct playbooks and accounts among stored calls, for the filter menus. Null when `signal`
 * stopped the scan before the end (the screen that asked was left).
 */
export async function historyFacets(
	db: SpinDb,
	signal?: AbortSignal
): Promise<{ playbooks: { id: string; title: string }[]; accounts: string[] } | null> {
	const playbooks = new Map<string, string>();
	const accounts = new Set<string>();
	await db.sessions
		.toCollection()
		.until(() => signal?.aborted === true)
		.each((row) => {
			if (!playbooks.has(row.playbookId)) playbooks.set(row.playbookId, row.title);
			if (row.account?.name) accounts.add(row.account.name);
		});
	if (signal?.aborted) return null;
	return {
		playbooks: [...playbooks].map(([id, title]) => ({ id, title })),
		accounts: [...accounts].sort()
	};
}

/**
 * Erases calls for good: their rows, their events and playbook texts no call uses any more, and
 * a tombstone per id in the same transaction, so a restore of an older backup skips them.
 */
export async function eraseSessions(db: SpinDb, ids: readonly string[], at: number): Promise<void> {
	await db.transaction(
		'rw',
		[db.sessions, db.events, db.logPacks, db.playbookTexts, db.tombstones, db.meta],
		async () => {
			const rows = (await db.sessions.bulkGet([...ids])).filter((r) => r !== undefined);
			for (const id of ids) {
				await db.events.where('[sessionId+seq]').between([id, 0], [id, Infinity]).delete();
			}
			await db.logPacks.bulkDelete([...ids]);
			await db.sessions.bulkDelete([...ids]);
			await refreshAccounts(
				db,
				rows.map((r) => r.account?.accountId)
			);
			for (const hash of new Set(rows.map((r) => r.playbookHash))) {
				if ((await db.sessions.where('playbookHash').equals(hash).count()) === 0) {
					await db.playbookTexts.delete(hash);
				}
			}
			await addTombstones(db, 'session', ids, at);
		}
	);
}

/** Caches a call's digest on its row; false when the row is gone. */
export async function saveDigest(db: SpinDb, id: string, digest: CallDigest): Promise<boolean> {
	return (await db.sessions.update(id, { digest })) === 1;
}

/** Ended calls whose cached digest is missing or not `version`, oldest first, up to `limit`. */
export async function staleDigests(
	db: SpinDb,
	version: string,
	limit = 200,
	signal?: AbortSignal
): Promise<SessionRow[]> {
	// A stopped scan ends where it is: the rows found so far are not all the stale ones.
	const rows = await db.sessions
		.orderBy('[startedAt+id]')
		.until(() => signal?.aborted === true)
		.filter(
			(r) => r.active === 0 && (r.digest?.v !== version || r.digest.eventCount !== r.eventCount)
		)
		.limit(limit)
		.toArray();
	return signal?.aborted ? [] : rows;
}

/** Every row with a digest of `version`, oldest first (the progress screen's input). */
export async function digestedSessions(db: SpinDb, version: string): Promise<SessionRow[]> {
	return db.sessions
		.orderBy('[startedAt+id]')
		.filter((r) => r.digest?.v === version)
		.toArray();
}
