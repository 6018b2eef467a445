// Schema versions of the `spin-coach` database. Append-only: a released version block is never
// edited, a new one is added below it (with an `.upgrade()` only when stored data must change).
// The migration test opens a database written with each older block, so keep them exported.

/** Dexie `stores()` spec of each schema version, oldest first. */
export const SCHEMA_V1 = {
	// `[startedAt+id]` pages the history newest first with a stable tie-break;
	// `[active+updatedAt]` lists unfinished calls without scanning finished ones. Every index
	// is rewritten on each append (the summary row changes), so only queried ones exist.
	sessions: 'id, [startedAt+id], [active+updatedAt], playbookHash',
	events: '[sessionId+seq]',
	playbookTexts: 'hash, playbookId',
	playbooks: 'id, importedAt',
	accounts: 'id, name',
	meta: 'key'
} as const;

/**
 * Version 2: tombstones. Erasing a record (a call, an account, a person, a playbook) leaves
 * `{ id, kind, deletedAt }` behind, so a restore of an older backup, or a later sync, never
 * brings it back. Keyed by the erased record's id (ids are random UUIDs, unique across kinds).
 */
export const SCHEMA_V2 = {
	tombstones: 'id, kind'
} as const;

/**
 * Version 4: the playbook studio. `userPlaybooks` holds the trainer's own playbooks (random
 * UUID ids; `playbookId` is the id written in the text), `playbookRevisions` every earlier text of
 * one (append-only), `playbookDrafts` the editor's unsaved text per playbook. Version 3 belongs
 * to accounts and may land later; Dexie accepts the gap.
 */
export const SCHEMA_V4 = {
	userPlaybooks: 'id, playbookId, updatedAt',
	playbookRevisions: 'id, [userPlaybookId+revision]',
	playbookDrafts: 'userPlaybookId'
} as const;

/** Every schema version in order; `SpinDb` declares all of them. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
	{ version: 1, stores: SCHEMA_V1 },
	{ version: 2, stores: SCHEMA_V2 },
	{ version: 4, stores: SCHEMA_V4 }
];

/** The newest schema version this build writes. */
export const DB_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
