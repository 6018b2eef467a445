// Repository of the playbook studio: the trainer's own playbooks, every earlier text of each
// (append-only revisions), editor drafts, and tombstones for deleted playbooks. Pure Dexie.
import type { Table } from 'dexie';
import type { SpinDb } from './db';
import type {
	PlaybookDraftRow,
	PlaybookFacts,
	PlaybookRevisionRow,
	UserPlaybookRow
} from './library-types';
import { addTombstones, erasedIds } from './tombstones';
import type { PlaybookRow } from './types';

/** The studio's tables on `db` (declared by schema version 4). */
export function libraryTables(db: SpinDb) {
	return {
		playbooks: db.table('userPlaybooks') as Table<UserPlaybookRow, string>,
		revisions: db.table('playbookRevisions') as Table<PlaybookRevisionRow, string>,
		drafts: db.table('playbookDrafts') as Table<PlaybookDraftRow, string>
	};
}

/**
 * Moves playbooks added before the studio (schema v1's `playbooks` table, keyed by the text's id)
 * into the library, once; `facts` reads a text's id, title, version and language.
 */
export async function adoptLegacyPlaybooks(
	db: SpinDb,
	facts: (source: string) => PlaybookFacts
): Promise<void> {
	if ((await db.playbooks.count()) === 0) return;
	const t = libraryTables(db);
	await db.transaction('rw', db.playbooks, t.playbooks, async () => {
		const legacy: PlaybookRow[] = await db.playbooks.toArray();
		for (const row of legacy) {
			await t.playbooks.add({
				id: crypto.randomUUID(),
				...facts(row.source),
				fileName: `${row.id}.md`,
				source: row.source,
				revision: 1,
				createdAt: row.importedAt,
				updatedAt: row.importedAt
			});
		}
		await db.playbooks.clear();
	});
}

/** The user's playbooks, most recently changed first. */
export async function listUserPlaybooks(db: SpinDb): Promise<UserPlaybookRow[]> {
	return libraryTables(db).playbooks.orderBy('updatedAt').reverse().toArray();
}

/** One user playbook by its row id. */
export function getUserPlaybook(db: SpinDb, id: string): Promise<UserPlaybookRow | undefined> {
	return libraryTables(db).playbooks.get(id);
}

/** Adds a new user playbook (revision 1) and returns it. */
export async function addUserPlaybook(
	db: SpinDb,
	input: { source: string; fileName: string; facts: PlaybookFacts; now?: number }
): Promise<UserPlaybookRow> {
	const now = input.now ?? Date.now();
	const row: UserPlaybookRow = {
		id: crypto.randomUUID(),
		...input.facts,
		fileName: input.fileName,
		source: input.source,
		revision: 1,
		createdAt: now,
		updatedAt: now
	};
	await libraryTables(db).playbooks.add(row);
	return row;
}

/**
 * Saves a new text over a user playbook; the text it had is kept as a revision first, in the
 * same transaction. Saving the same text again changes nothing.
 */
export async function saveUserPlaybook(
	db: SpinDb,
	id: string,
	input: { source: string; facts: PlaybookFacts; fileName?: string; now?: number }
): Promise<UserPlaybookRow> {
	const t = libraryTables(db);
	const now = input.now ?? Date.now();
	return db.transaction('rw', t.playbooks, t.revisions, async () => {
		const row = await t.playbooks.get(id);
		if (!row) throw new Error(`user playbook ${id} not found`);
		const fileName = input.fileName ?? row.fileName;
		if (row.source === input.source && row.fileName === fileName) return row;
		await t.revisions.add({
			id: crypto.randomUUID(),
			userPlaybookId: id,
			revision: row.revision,
			source: row.source,
			fileName: row.fileName,
			savedAt: row.updatedAt
		});
		const next: UserPlaybookRow = {
			...row,
			...input.facts,
			fileName,
			source: input.source,
			revision: row.revision + 1,
			updatedAt: now
		};
		await t.playbooks.put(next);
		return next;
	});
}

/** Earlier texts of a user playbook, newest first. */
export async function listRevisions(db: SpinDb, id: string): Promise<PlaybookRevisionRow[]> {
	const rows = await libraryTables(db)
		.revisions.where('[userPlaybookId+revision]')
		.between([id, -Infinity], [id, Infinity])
		.toArray();
	return rows.reverse();
}

/** Deletes a user playbook with its revisions and draft, leaving a tombstone. */
export async function deleteUserPlaybook(db: SpinDb, id: string, now = Date.now()): Promise<void> {
	const t = libraryTables(db);
	await db.transaction('rw', t.playbooks, t.revisions, t.drafts, db.tombstones, async () => {
		const revisions = await t.revisions
			.where('[userPlaybookId+revision]')
			.between([id, -Infinity], [id, Infinity])
			.primaryKeys();
		await t.revisions.bulkDelete(revisions);
		await t.drafts.delete(id);
		await t.playbooks.delete(id);
		await addTombstones(db, 'playbook', [id], now);
	});
}

/** The ids of user playbooks that were deleted (a restore skips them). */
export function deletedPlaybookIds(db: SpinDb): Promise<Set<string>> {
	return erasedIds(db, 'playbook');
}

/** The editor's draft of a playbook, if one was autosaved. */
export function getDraft(db: SpinDb, id: string): Promise<PlaybookDraftRow | undefined> {
	return libraryTables(db).drafts.get(id);
}

/** Autosaves the editor's text of a playbook. */
export async function putDraft(db: SpinDb, draft: PlaybookDraftRow): Promise<void> {
	await libraryTables(db).drafts.put(draft);
}

/** Drops a playbook's draft (after it was saved or discarded). */
export async function clearDraft(db: SpinDb, id: string): Promise<void> {
	await libraryTables(db).drafts.delete(id);
}
