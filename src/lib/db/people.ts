// Key people of an account. A person's sensitive file fields are personal data: erasing a person
// removes their row and every mention of their name in the account's notes, the other people's
// notes, the visit notes and the logs of the account's calls, and leaves a tombstone so no
// restore brings them back.
import { Dexie } from 'dexie';
import { scrubName } from '$lib/accounts/people';
import type { CallEvent } from '$lib/session/events';
import { refreshAccounts } from './last-calls';
import { summaryOfLog } from './summary';
import type { SpinDb } from './db';
import { addTombstones } from './tombstones';
import type { PersonRow } from './types';

export type NewPerson = Omit<
	PersonRow,
	'id' | 'createdAt' | 'updatedAt' | 'insideContact' | 'helpsWith' | 'file'
> &
	Partial<Pick<PersonRow, 'id' | 'insideContact' | 'helpsWith' | 'file'>>;
export type PersonPatch = Partial<Omit<PersonRow, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>>;

/** Stores a new person at an account. */
export async function addPerson(
	db: SpinDb,
	input: NewPerson,
	now = Date.now()
): Promise<PersonRow> {
	const row: PersonRow = {
		insideContact: false,
		helpsWith: [],
		file: {},
		...input,
		id: input.id ?? crypto.randomUUID(),
		name: input.name.trim(),
		createdAt: now,
		updatedAt: now
	};
	await db.people.add(row);
	return row;
}

/** The people of an account, by name. */
export async function listPeople(db: SpinDb, accountId: string): Promise<PersonRow[]> {
	const rows = await db.people.where('accountId').equals(accountId).toArray();
	return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** One person, or undefined. */
export function getPerson(db: SpinDb, id: string): Promise<PersonRow | undefined> {
	return db.people.get(id);
}

/** Applies `patch` and stamps `updatedAt`; returns the new row, or undefined when gone. */
export async function updatePerson(
	db: SpinDb,
	id: string,
	patch: PersonPatch,
	now = Date.now()
): Promise<PersonRow | undefined> {
	return db.transaction('rw', db.people, async () => {
		const row = await db.people.get(id);
		if (!row) return undefined;
		const next: PersonRow = { ...row, ...patch, id, updatedAt: Math.max(now, row.updatedAt + 1) };
		if (typeof patch.name === 'string') next.name = patch.name.trim();
		for (const key of Object.keys(next) as (keyof PersonRow)[]) {
			if (next[key] === undefined) delete next[key];
		}
		await db.people.put(next);
		return next;
	});
}

/** Records that the rep confirmed the person agreed to sensitive data being kept, at `at`. */
export function recordConsent(db: SpinDb, id: string, at = Date.now()) {
	return updatePerson(db, id, { consentAt: at }, at);
}

/** Erases a person completely (see the file comment); false when there was no such person. */
export async function erasePerson(db: SpinDb, id: string, now = Date.now()): Promise<boolean> {
	const tables = [
		db.people,
		db.accounts,
		db.visits,
		db.tombstones,
		db.sessions,
		db.events,
		db.logPacks,
		db.meta
	];
	return db.transaction('rw', tables, async () => {
		const person = await db.people.get(id);
		if (!person) return false;
		await db.people.delete(id);
		await addTombstones(db, 'person', [id], now);
		const scrub = (text: string | undefined) =>
			text === undefined ? undefined : scrubName(text, person.name);
		await scrubCalls(db, person, now);
		const account = await db.accounts.get(person.accountId);
		if (account) {
			const next = {
				...account,
				notes: scrub(account.notes),
				marks: account.marks?.map((m) => ({ ...m, reason: scrub(m.reason)! })),
				cut: account.cut && { ...account.cut, note: scrub(account.cut.note) }
			};
			if (next.notes === undefined) delete next.notes;
			if (next.cut?.note === undefined) delete next.cut?.note;
			if (JSON.stringify(next) !== JSON.stringify(account)) {
				await db.accounts.put({ ...next, updatedAt: Math.max(now, (account.updatedAt ?? 0) + 1) });
			}
		}
		for (const other of await db.people.where('accountId').equals(person.accountId).toArray()) {
			const notes = scrub(other.notes);
			const file = Object.fromEntries(
				Object.entries(other.file).map(([k, v]) => [k, scrub(v)])
			) as PersonRow['file'];
			if (notes !== other.notes || JSON.stringify(file) !== JSON.stringify(other.file)) {
				const next: PersonRow = { ...other, file, updatedAt: Math.max(now, other.updatedAt + 1) };
				if (notes === undefined) delete next.notes;
				else next.notes = notes;
				await db.people.put(next);
			}
		}
		for (const visit of await db.visits.where('accountId').equals(person.accountId).toArray()) {
			const note = scrub(visit.note);
			if (note !== visit.note) {
				await db.visits.put({ ...visit, note, updatedAt: Math.max(now, visit.updatedAt + 1) });
			}
		}
		return true;
	});
}

/** The tombstone id that marks call `sessionId`'s log as rewritten by an erasure. */
export const redactionId = (sessionId: string) => `redacted:${sessionId}`;

/** `event` with the name scrubbed from every field the rep or the buyer typed or said. */
export function scrubEvent(event: CallEvent, name: string): CallEvent {
	const next = { ...event } as CallEvent & Record<string, unknown>;
	for (const key of ['text', 'objective', 'wentWell', 'toChange'] as const) {
		const value = next[key];
		if (typeof value === 'string') next[key] = scrubName(value, name);
	}
	if (next.type === 'call.end' && next.nextStep) {
		next.nextStep = { ...next.nextStep, text: scrubName(next.nextStep.text, name) };
	}
	return next;
}

/**
 * Scrubs the person's name from the logs of their account's calls: notes, the customer's words,
 * typed questions and answers, the objective, the next step and the review. The one exception
 * to the append-only log (docs/accounts.md): erasure under privacy law rewrites those events in
 * place, derives the summary row again and leaves a `redaction` tombstone per call, so a restore
 * of an older backup keeps the scrubbed log instead of bringing the text back.
 */
async function scrubCalls(db: SpinDb, person: PersonRow, now: number): Promise<void> {
	const ids = await db.sessions
		.where('[account.accountId+startedAt]')
		.between([person.accountId, Dexie.minKey], [person.accountId, Dexie.maxKey])
		.primaryKeys();
	const touched: string[] = [];
	for (const sessionId of ids) {
		const rows = await db.events
			.where('[sessionId+seq]')
			.between([sessionId, 0], [sessionId, Infinity])
			.toArray();
		const changed = rows
			.map((row) => ({ ...row, event: scrubEvent(row.event, person.name) }))
			.filter((row, i) => JSON.stringify(row.event) !== JSON.stringify(rows[i].event));
		if (changed.length === 0) continue;
		await db.events.bulkPut(changed);
		// The pack (log-pack.ts) still holds the name: it goes with the old text.
		await db.logPacks.delete(sessionId);
		const scrubbed = new Map(changed.map((r) => [r.seq, r.event]));
		const events = rows.map((r) => scrubbed.get(r.seq) ?? r.event);
		const row = await db.sessions.get(sessionId);
		if (row) await db.sessions.put(summaryOfLog(row, events));
		touched.push(sessionId);
	}
	if (touched.length === 0) return;
	await addTombstones(db, 'redaction', touched.map(redactionId), now);
	await refreshAccounts(db, [person.accountId]);
}
