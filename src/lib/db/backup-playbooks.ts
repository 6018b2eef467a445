// The user-playbooks part of the /data/ backup: every playbook the trainer wrote or imported, with
// every earlier text (revisions). Drafts stay local. Restore checks the section whole, skips
// playbooks that were deleted here (tombstones) and keeps the newer of two versions of one, so an
// older backup never overwrites newer work; revisions are append-only and added when missing.
import type { BackupSection } from './backup-sections';
import { checkShape, type Shape } from './backup-shape';
import type { SpinDb } from './db';
import type { ProblemList } from './import-problems';
import { libraryTables } from './library';
import type { PlaybookRevisionRow, UserPlaybookRow } from './library-types';
import { erasedIds } from './tombstones';

export const PLAYBOOKS_BACKUP_VERSION = 1;

/** The playbooks section of a backup file. */
export interface PlaybooksBackup {
	version: typeof PLAYBOOKS_BACKUP_VERSION;
	playbooks: UserPlaybookRow[];
	revisions: PlaybookRevisionRow[];
}

const PLAYBOOK: Shape = {
	object: {
		id: 'string', playbookId: 'string', title: 'string', version: 'string', locale: 'string',
		fileName: 'string', source: 'string', revision: 'int', createdAt: 'number', updatedAt: 'number'
	}
}; // prettier-ignore
const REVISION: Shape = {
	object: {
		id: 'string', userPlaybookId: 'string', revision: 'int', source: 'string',
		fileName: 'string', savedAt: 'number'
	}
}; // prettier-ignore
const SECTION: Shape = {
	object: { version: 'int', playbooks: { array: PLAYBOOK }, revisions: { array: REVISION } }
};

/** Every user playbook and its revisions, for the backup file. */
export async function exportPlaybooks(db: SpinDb): Promise<PlaybooksBackup> {
	const t = libraryTables(db);
	return db.transaction('r', t.playbooks, t.revisions, async () => ({
		version: PLAYBOOKS_BACKUP_VERSION,
		playbooks: await t.playbooks.toArray(),
		revisions: await t.revisions.toArray()
	}));
}

/** The section checked and rebuilt from known fields, or `undefined` with problems. */
export function validatePlaybooks(
	raw: unknown,
	path: string,
	problems: ProblemList
): PlaybooksBackup | undefined {
	const before = problems.items.length;
	const version = (raw as { version?: unknown } | null)?.version;
	if (typeof raw === 'object' && raw !== null && version !== PLAYBOOKS_BACKUP_VERSION) {
		problems.add(
			'version_unsupported',
			`${path}.version`,
			'Unsupported playbooks section version.'
		);
		return undefined;
	}
	const checked = checkShape(raw, SECTION, path, problems) as PlaybooksBackup | undefined;
	return checked && problems.items.length === before ? checked : undefined;
}

/** The tables {@link importPlaybooks} writes, for the caller's transaction. */
export function playbooksImportTables(db: SpinDb) {
	const t = libraryTables(db);
	return [t.playbooks, t.revisions, db.tombstones];
}

/** Writes a checked section inside a 'rw' transaction over {@link playbooksImportTables}. */
export async function importPlaybooks(
	db: SpinDb,
	backup: PlaybooksBackup
): Promise<{ written: number; skipped: number }> {
	const t = libraryTables(db);
	const erased = await erasedIds(db, 'playbook');
	let written = 0;
	let skipped = 0;
	for (const row of backup.playbooks) {
		const stored = erased.has(row.id) ? undefined : await t.playbooks.get(row.id);
		if (erased.has(row.id) || (stored && stored.updatedAt >= row.updatedAt)) skipped += 1;
		else {
			await t.playbooks.put(row);
			written += 1;
		}
	}
	for (const revision of backup.revisions) {
		if (erased.has(revision.userPlaybookId) || (await t.revisions.get(revision.id))) continue;
		await t.revisions.add(revision);
	}
	return { written, skipped };
}

/** The playbooks section of the /data/ backup (backup-sections.ts). */
export const playbooksSection: BackupSection<'playbooks'> = {
	key: 'playbooks',
	tables: playbooksImportTables,
	exportSection: exportPlaybooks,
	validate: (raw, problems) => validatePlaybooks(raw, 'playbooks', problems),
	importSection: async (db, value) => {
		const { written, skipped } = await importPlaybooks(db, value);
		return { imported: written, skipped };
	}
};
