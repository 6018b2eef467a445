// Row shapes of the local store. Sessions hold a summary derived from their events so the
// history list and the resume offer never have to replay a log.
import type { CallEvent, CallMode, NeedLevel, Outcome, Stage } from '$lib/session/events';
import type { Playbook, SpinType, Tier } from '$lib/playbook/types';
import type { AccountFile } from '$lib/accounts/account-file';
import type { Cadence } from '$lib/accounts/cadence';
import type { Attitude, CompetitorInside, InsideHelp, PersonRole } from '$lib/accounts/people';
import type { KeyMark } from '$lib/accounts/tier-suggest';
import type { CutReason } from '$lib/accounts/cut-list';
import type { HealthTombstoneKind } from './health-types';

export type SpinCounts = Record<SpinType, number>;

export interface SessionAccount {
	name: string;
	tier?: Tier;
	accountId?: string;
	/** People of the account in the meeting (ids in the `people` table). */
	attendeeIds?: string[];
}

export interface SessionRow {
	id: string;
	playbookId: string;
	playbookVersion: string;
	/** Content hash of the exact playbook text the call ran on (key of `playbookTexts`). */
	playbookHash: string;
	mode: CallMode;
	title: string;
	locale: string;
	account?: SessionAccount;
	startedAt: number;
	updatedAt: number;
	endedAt?: number;
	/** 1 while the call is unfinished, 0 once ended; a number so IndexedDB can index it. */
	active: 0 | 1;
	stage: Stage;
	outcome?: Outcome;
	/** Number of stored events; equals the highest `seq` (seqs start at 1, no gaps). */
	eventCount: number;
	counts: SpinCounts;
	needsExplicit: number;
	needsImplied: number;
	/** Level of each need confirmed so far; the two counts above are derived from it. */
	needs: { id: string; level: NeedLevel }[];
	/** Time the call ran, pauses excluded (summary.ts folds it); absent on rows not yet refolded. */
	durationMs?: number;
	/** What the rep typed (objective, notes, answers, free questions, next step, review), for search. */
	text?: string;
	/** The skill a drill practises (from `call.plan`); absent on ordinary calls. */
	drill?: string;
	/** The call's scores, cached from its coaching report (review/digest.ts); never exported. */
	digest?: CallDigest;
}

/** What the history and progress screens read of a call's coaching report, cached on its row. */
export interface CallDigest {
	/** Stale when it differs from the digest version the app computes. */
	v: string;
	/** The event count the digest was computed at; stale when the log has grown. */
	eventCount: number;
	score: number;
	max: number;
	/** Points and maximum per rubric rule id. */
	rules: Record<string, [points: number, max: number]>;
	questions: number;
	implication: number;
	needPayoff: number;
	benefits: number;
	benefitsOnExplicit: number;
	explicitNeeds: number;
	metNeeds: number;
}

export interface EventRow {
	sessionId: string;
	seq: number;
	event: CallEvent;
}

/**
 * A call's events 1..`seq` in one row (src/lib/db/log-pack.ts): a cache of the log, never its
 * truth, kept only on this device.
 */
export interface LogPackRow {
	sessionId: string;
	/** The `seq` of the last event packed; the log's later events are read as rows. */
	seq: number;
	events: CallEvent[];
}

/** The exact text a call ran on, as stored and as exported. */
export interface PlaybookText {
	hash: string;
	text: string;
	playbookId: string;
	version: string;
}

/** `text` parsed by parser version `v`; a derived cache, never exported. */
export interface PlaybookParseCache {
	v: number;
	playbook: Playbook;
}

export interface PlaybookTextRow extends PlaybookText {
	/** Saves the prompter from loading the markdown parser; stale when `v` is not the current one. */
	parsed?: PlaybookParseCache;
}

export interface PlaybookRow {
	id: string;
	title: string;
	locale: string;
	/** The markdown source as imported. */
	source: string;
	importedAt: number;
}

export interface AccountRow {
	id: string;
	name: string;
	tier?: Tier;
	/** Owner notes. */
	notes?: string;
	updatedAt?: number;
	/** Epoch ms; absent on rows written before schema version 3. */
	createdAt?: number;
	/** The account's own visit cadence; absent: the tier's default; null: no visits. */
	cadence?: Cadence | null;
	/** The marks of a key account the rep ticked, each with a short reason. */
	marks?: { mark: KeyMark; reason: string }[];
	/** Yearly profit as the rep entered it (their currency), for the 80/20 portfolio. */
	profit?: number;
	competitorInside?: CompetitorInside;
	/** On the cut list: out of the active views, still readable. */
	cut?: AccountCut;
}

export interface AccountCut {
	reason: CutReason;
	note?: string;
	/** Epoch ms when the account was cut. */
	at: number;
}

/** A key person at an account. */
export interface PersonRow {
	id: string;
	accountId: string;
	name: string;
	role?: PersonRole;
	attitude?: Attitude;
	/** Our inside contact (内线), and what they help with. */
	insideContact: boolean;
	helpsWith: InsideHelp[];
	notes?: string;
	file: AccountFile;
	/** Epoch ms when the rep confirmed the person agreed to sensitive data being kept. */
	consentAt?: number;
	createdAt: number;
	updatedAt: number;
}

/** A visit logged by hand (a contact outside the app) or planned for a day. Append-only. */
export interface VisitRow {
	id: string;
	accountId: string;
	/** Local calendar date `YYYY-MM-DD`. */
	day: string;
	kind: 'logged' | 'planned';
	note?: string;
	createdAt: number;
	updatedAt: number;
}

/** What kind of record a tombstone stands for. */
export type TombstoneKind =
	| 'session'
	| 'account'
	| 'person'
	| 'visit'
	| 'playbook'
	| 'competitor'
	/** A call whose log was rewritten to erase a person (keyed `redacted:<call id>`). */
	| 'redaction'
	| HealthTombstoneKind;

/** Left behind when a record is erased, so a restore or sync never brings it back. */
export interface TombstoneRow {
	/** The erased record's id. */
	id: string;
	kind: TombstoneKind;
	/** Epoch ms. */
	deletedAt: number;
}

export interface MetaRow {
	key: string;
	value: unknown;
}
