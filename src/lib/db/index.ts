// The local store of spin-coach (IndexedDB through Dexie 4). Pure TypeScript, no Svelte.
//
// Database
//   getSpinDb()                      the app's handle (created on first call)
//   openSpinDb(name?, options?)      a new handle; tests pass fresh names
//   DB_SCHEMA_VERSION, SCHEMA_V1     schema versions are append-only (schema.ts)
//   getRawDb() (raw-db.ts, not in this barrel)   the same database without Dexie, for the call
//                                    route and the shell: getRow, putRow, updateRow, readEvents,
//                                    rowsByIndex, rowsByKeys; Dexie creates or upgrades it first
//
// Sessions (summary rows; the event log is the truth)
//   createSession(db, { playbook: { id, version, text }, mode, title, locale, account?, startedAt, id? })
//   getSession(db, id) · listSessions(db, { limit?, before? }) → { sessions, next }  newest first
//   listUnfinished(db) · updateSummary(db, id, patch) · endSession(db, id, { at, outcome? })
//   deleteSession(db, id)
//
// History (review side: summary rows only)
//   findSessions(db, filter, { limit?, before? }) → { sessions, next }   filtered, newest first
//   historyFacets(db) · eraseSessions(db, ids, at)  erased for good, with tombstones
//   saveDigest(db, id, digest) · staleDigests(db, v) · digestedSessions(db, v)
//   loadEvents(db, sessionId) → EventRow[] in seq order · maxSeq(db, sessionId)
//   savePlaybookText(db, { text, playbookId, version }) → hash · getPlaybookText(db, hash)
//   savePlaybookParse(db, hash, { v, playbook })   the derived parse cache (never exported)
//
// Saving a call as it happens
//   const w = openSessionWriter(db, sessionId, { locks?, lifecycle? })   db: a SpinDb or a RawDb
//   await w.append(event) → seq   resolves after the transaction committed (or, when storage
//                                 failed, once kept in memory: then seq > status.lastSavedSeq)
//   w.onStatus(cb) → unsubscribe  { state: 'saved'|'saving'|'memory'|'readOnly'|'stale',
//                                   pending, lastSavedSeq, error?: { code } }
//   w.flush() · w.retry() · w.waitForLock() · w.close() · w.unsaved (backlog for export)
//   Error codes (StoreErrorCode, translate in the UI): quota_exceeded, db_closed,
//   schema_outdated, locked_by_other_tab, session_missing, write_failed.
//
// Persistence
//   requestPersistence(db, storage?) → { persistent, shouldNotify }   once the first session is saved
//   markPersistenceNoticeShown(db) · getMeta(db, key) · setMeta(db, key, value)
//
// Export / import (format: transcript-format.ts; README documents it)
//   exportTranscript(db, { sessionIds?, unsaved?, now? }) → TranscriptFile · exportTranscriptJson(...)
//                                    from '$lib/db/export' (kept out of this barrel: size)
//   importTranscript(db, textOrJson)  from '$lib/db/import' (kept out of this barrel: size)
//                                    → { ok: true, imported, skipped, sessionIds }
//                                    | { ok: false, problems: { code, path, message, params? }[] }
//   sessionToMarkdown(session, events, { describe?, labels?, values? }) → string

export { DB_NAME, getSpinDb, openSpinDb, SpinDb } from './db';
export { DB_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V6, SCHEMA_VERSIONS } from './schema';
export type * from './types';
export {
	createSession,
	deleteSession,
	endSession,
	getSession,
	listSessions,
	listUnfinished,
	updateSummary,
	type NewSession,
	type SessionCursor,
	type SessionPage
} from './sessions';
export { loadEvents, maxSeq } from './events';
export {
	deleteImportedPlaybook,
	getPlaybookText,
	savePlaybookParse,
	listImportedPlaybooks,
	saveImportedPlaybook,
	savePlaybookText
} from './playbooks';
export { contentHash } from './hash';
export { summaryOfLog, summaryRow } from './summary';
export {
	DERIVED_FIELDS,
	digestedSessions,
	eraseSessions,
	findSessions,
	historyFacets,
	matchesFilter,
	saveDigest,
	staleDigests,
	withoutDerived,
	type HistoryFilter
} from './history';
export { addTombstones, erasedIds } from './tombstones';
export {
	classifyError,
	isQuotaError,
	StoreError,
	STORE_ERROR_CODES,
	type StoreErrorCode
} from './errors';
export {
	defaultLockProvider,
	memoryLockProvider,
	sessionLockName,
	webLockProvider,
	type HeldLock,
	type LockProvider
} from './locks';
export {
	openSessionWriter,
	SessionWriter,
	type PageLifecycle,
	type WriterOptions,
	type WriterState,
	type WriterStatus
} from './writer';
export { getMeta, setMeta } from './meta';
export { markPersistenceNoticeShown, requestPersistence, type PersistenceResult } from './persist';
// Export is only types here for the same reason as import below: its code (every backup
// section's shape) would otherwise ride along on every route; callers import './export'.
export type { TranscriptEvent, TranscriptFile, TranscriptSession } from './transcript-format';
export type { ExportOptions } from './export';
// Import is only types here: re-exporting its code would put it on every route that reads the
// store (the bundler keeps barrel re-exports in the shared chunk); /data/ imports './import'.
export type { ImportResult } from './import';
export type { ImportProblem, ImportProblemCode } from './import-problems';
export {
	describeEventEnglish,
	ENGLISH_LABELS,
	escapeMarkdown,
	sessionToMarkdown,
	type MarkdownLabels,
	type MarkdownOptions
} from './markdown';
