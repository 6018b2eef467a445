// Repository functions for session summary rows.
import type { CallMode, Outcome } from '$lib/session/events';
import type { SpinDb } from './db';
import { contentHash } from './hash';
import { noteCallWritten, refreshAccounts } from './last-calls';
import type { PlaybookParseCache, SessionAccount, SessionRow } from './types';

export interface NewSession {
	/** Defaults to a random UUID. */
	id?: string;
	/** `parsed`: the text's parse, cached so the prompter need not load the parser. */
	playbook: { id: string; version: string; text: string; parsed?: PlaybookParseCache };
	mode: CallMode;
	title: string;
	locale: string;
	account?: SessionAccount;
	startedAt: number;
}

/** Where the next page of the history list starts (exclusive). */
export interface SessionCursor {
	startedAt: number;
	id: string;
}

export interface SessionPage {
	sessions: SessionRow[];
	/** Pass as `before` for the next page; null when this was the last page. */
	next: SessionCursor | null;
}

/** Stores a new session and the exact playbook text it runs on, in one transaction. */
export async function createSession(db: SpinDb, input: NewSession): Promise<SessionRow> {
	const hash = contentHash(input.playbook.text);
	const row: SessionRow = {
		id: input.id ?? crypto.randomUUID(),
		playbookId: input.playbook.id,
		playbookVersion: input.playbook.version,
		playbookHash: hash,
		mode: input.mode,
		title: input.title,
		locale: input.locale,
		startedAt: input.startedAt,
		updatedAt: input.startedAt,
		active: 1,
		stage: 'opening',
		eventCount: 0,
		counts: { situation: 0, problem: 0, implication: 0, needPayoff: 0 },
		needsExplicit: 0,
		needsImplied: 0,
		needs: []
	};
	if (input.account) row.account = { ...input.account };
	// A new call is running: noting it in the cache reads no events, so they are not in scope.
	await db.transaction('rw', [db.sessions, db.playbookTexts, db.meta], async () => {
		// Texts are keyed by content, so a second session on the same text shares the row.
		if (!(await db.playbookTexts.get(hash))) {
			await db.playbookTexts.add({
				hash,
				text: input.playbook.text,
				playbookId: input.playbook.id,
				version: input.playbook.version,
				...(input.playbook.parsed ? { parsed: input.playbook.parsed } : {})
			});
		}
		await db.sessions.add(row);
		if (row.account?.accountId) await noteCallWritten(db, row);
	});
	return row;
}

/** The summary row of one session, or undefined. */
export function getSession(db: SpinDb, id: string): Promise<SessionRow | undefined> {
	return db.sessions.get(id);
}

/** One page of sessions, newest `startedAt` first. */
export async function listSessions(
	db: SpinDb,
	{ limit = 50, before }: { limit?: number; before?: SessionCursor } = {}
): Promise<SessionPage> {
	const range = before
		? db.sessions.where('[startedAt+id]').below([before.startedAt, before.id])
		: db.sessions.orderBy('[startedAt+id]');
	// One row more than asked tells whether another page exists without a count().
	const rows = await range
		.reverse()
		.limit(limit + 1)
		.toArray();
	const sessions = rows.slice(0, limit);
	const last = sessions[sessions.length - 1];
	return {
		sessions,
		next: rows.length > limit && last ? { startedAt: last.startedAt, id: last.id } : null
	};
}

/** Unfinished sessions, most recently updated first (the resume offer). */
export function listUnfinished(db: SpinDb): Promise<SessionRow[]> {
	return db.sessions
		.where('[active+updatedAt]')
		.between([1, -Infinity], [1, Infinity])
		.reverse()
		.toArray();
}

type SummaryPatch = Partial<Omit<SessionRow, 'id' | 'playbookHash' | 'startedAt'>>;

/** Changes fields of a summary row (not its identity); false when the session is unknown. */
export async function updateSummary(db: SpinDb, id: string, patch: SummaryPatch): Promise<boolean> {
	return (await db.sessions.update(id, patch)) === 1;
}

/** Marks a session ended with a strict-durability transaction; false when it is unknown. */
export function endSession(
	db: SpinDb,
	id: string,
	{ at, outcome }: { at: number; outcome?: Outcome }
): Promise<boolean> {
	return db.withStrictDurability((strict) =>
		strict.transaction('rw', strict.sessions, async () => {
			const row = await strict.sessions.get(id);
			if (!row) return false;
			const ended: SessionRow = { ...row, active: 0, endedAt: at, updatedAt: at };
			if (outcome) ended.outcome = outcome;
			await strict.sessions.put(ended);
			return true;
		})
	);
}

/** Deletes a session and its events; its playbook text goes too when no other session uses it. */
export async function deleteSession(db: SpinDb, id: string): Promise<void> {
	const tables = [db.sessions, db.events, db.logPacks, db.playbookTexts, db.meta];
	await db.transaction('rw', tables, async () => {
		const row = await db.sessions.get(id);
		await db.events.where('[sessionId+seq]').between([id, 0], [id, Infinity]).delete();
		await db.logPacks.delete(id);
		await db.sessions.delete(id);
		if (row?.account?.accountId) await refreshAccounts(db, [row.account.accountId]);
		if (row && (await db.sessions.where('playbookHash').equals(row.playbookHash).count()) === 0) {
			await db.playbookTexts.delete(row.playbookHash);
		}
	});
}
