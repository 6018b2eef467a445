// Repository functions for playbook texts (the exact text each session ran on) and for
// user-imported playbooks.
import type { SpinDb } from './db';
import { contentHash } from './hash';
import type { PlaybookParseCache, PlaybookRow, PlaybookTextRow } from './types';

/** Stores a playbook text under its content hash (idempotent); returns the hash. */
export async function savePlaybookText(
	db: SpinDb,
	input: { text: string; playbookId: string; version: string }
): Promise<string> {
	const hash = contentHash(input.text);
	await db.transaction('rw', db.playbookTexts, async () => {
		if (!(await db.playbookTexts.get(hash))) await db.playbookTexts.add({ hash, ...input });
	});
	return hash;
}

/** The playbook text stored under `hash`, or undefined. */
export function getPlaybookText(db: SpinDb, hash: string): Promise<PlaybookTextRow | undefined> {
	return db.playbookTexts.get(hash);
}

/** Stores the parse of the text under `hash` beside it; a no-op when the text is gone. */
export async function savePlaybookParse(
	db: SpinDb,
	hash: string,
	parsed: PlaybookParseCache
): Promise<void> {
	await db.playbookTexts.update(hash, { parsed });
}

/** Adds or replaces a user-imported playbook. */
export async function saveImportedPlaybook(db: SpinDb, row: PlaybookRow): Promise<void> {
	await db.playbooks.put(row);
}

/** User-imported playbooks, most recently imported first. */
export function listImportedPlaybooks(db: SpinDb): Promise<PlaybookRow[]> {
	return db.playbooks.orderBy('importedAt').reverse().toArray();
}

/** Removes a user-imported playbook. */
export async function deleteImportedPlaybook(db: SpinDb, id: string): Promise<void> {
	await db.playbooks.delete(id);
}
