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
 * Version 3: accounts, their key people and logged visits (docs/accounts.md). Every row has a
 * random UUID id and `updatedAt`; erasing one leaves a tombstone (version 2). Calls are found
 * per account through the summary row's `account.accountId`, newest last, so a call attached
 * to an account later needs no second table. Later versions that restate `sessions` must keep
 * that index. Issue 11's records (health, competitors, service plan) go in their own tables
 * keyed by `accountId`.
 */
export const SCHEMA_V3 = {
	sessions: 'id, [startedAt+id], [active+updatedAt], playbookHash, [account.accountId+startedAt]',
	accounts: 'id, name, updatedAt',
	people: 'id, accountId, updatedAt',
	visits: 'id, accountId, day'
} as const;

/**
 * Version 4: the playbook studio. `userPlaybooks` holds the trainer's own playbooks (random
 * UUID ids; `playbookId` is the id written in the text), `playbookRevisions` every earlier text of
 * one (append-only), `playbookDrafts` the editor's unsaved text per playbook.
 */
export const SCHEMA_V4 = {
	userPlaybooks: 'id, playbookId, updatedAt',
	playbookRevisions: 'id, [userPlaybookId+revision]',
	playbookDrafts: 'userPlaybookId'
} as const;

/**
 * Version 6: account health (docs/account-health.md). Financial periods per account; competitors,
 * their dossier as append-only section revisions, and their links to accounts; one service plan,
 * one retention check and one set of account terms (volume, procurement, requirements) per
 * account; satisfaction surveys (append-only).
 */
export const SCHEMA_V6 = {
	financialPeriods: 'id, accountId',
	competitors: 'id, name',
	dossierEntries: 'id, competitorId',
	competitorLinks: 'id, accountId, competitorId',
	servicePlans: 'id, accountId',
	retentionChecks: 'id, accountId',
	surveys: 'id, accountId',
	accountTerms: 'id, accountId'
} as const;

/**
 * Version 7: packed logs (src/lib/db/log-pack.ts). A long call's events, up to a `seq`, copied
 * into one row, so its review reads one value instead of thousands of rows. Derived and local:
 * never in a backup or a sync, rewritten from the log whenever it is missing, and deleted with
 * the log or whenever the log is rewritten (a person's erasure).
 */
export const SCHEMA_V7 = {
	logPacks: 'sessionId'
} as const;

/** Every schema version in order; `SpinDb` declares all of them. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
	{ version: 1, stores: SCHEMA_V1 },
	{ version: 2, stores: SCHEMA_V2 },
	{ version: 3, stores: SCHEMA_V3 },
	{ version: 4, stores: SCHEMA_V4 },
	{ version: 6, stores: SCHEMA_V6 },
	{ version: 7, stores: SCHEMA_V7 }
];

/** The newest schema version this build writes. */
export const DB_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
