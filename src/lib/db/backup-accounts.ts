// The `accounts` section of a backup: accounts, visits, key people (only when the rep chooses,
// and then without sensitive fields unless they choose that too) and the tombstones of erased
// accounts, people and visits. On restore, a tombstoned id is never written, a newer local row
// wins over an older one in the file, and a section written by a newer schema refuses the file.
import { FILE_FIELD_CODES, isSensitive, withoutSensitive } from '$lib/accounts/account-file';
import { CADENCE_PERIODS } from '$lib/accounts/cadence';
import { CUT_REASONS } from '$lib/accounts/cut-list';
import { ATTITUDES, COMPETITOR_INSIDE, INSIDE_HELP, PERSON_ROLES } from '$lib/accounts/people';
import { KEY_MARKS } from '$lib/accounts/tier-suggest';
import { TIERS } from '$lib/playbook/types';
import type { BackupSection } from './backup-sections';
import type { SpinDb } from './db';
import type { ProblemList } from './import-problems';
import { fields, isRec, type Rec } from './import-validate';
import type { AccountRow, PersonRow, TombstoneKind, TombstoneRow, VisitRow } from './types';

/** The schema version the section's rows follow (the Dexie version that added them). */
export const ACCOUNTS_SECTION_SCHEMA = 3;

const KINDS = ['account', 'person', 'visit'] as const satisfies readonly TombstoneKind[];

export interface AccountsBackup {
	schema: number;
	/** True when people's sensitive file fields are in the file. */
	sensitive: boolean;
	accounts: AccountRow[];
	/** Absent when the rep left people out. */
	people?: PersonRow[];
	visits: VisitRow[];
	tombstones: TombstoneRow[];
}

export const SECTION_LIMITS = {
	accounts: 20_000,
	people: 200_000,
	visits: 200_000,
	tombstones: 500_000
};

async function exportAccounts(db: SpinDb, people: 'none' | 'withoutSensitive' | 'all') {
	return db.transaction('r', db.accounts, db.people, db.visits, db.tombstones, async () => {
		const out: AccountsBackup = {
			schema: ACCOUNTS_SECTION_SCHEMA,
			sensitive: people === 'all',
			accounts: await db.accounts.toArray(),
			visits: await db.visits.toArray(),
			tombstones: await db.tombstones.where('kind').anyOf(KINDS).toArray()
		};
		if (people !== 'none') {
			const rows = await db.people.toArray();
			out.people =
				people === 'all'
					? rows
					: rows.map((p) => {
							// Consent covers keeping the data here, not handing it on.
							const { consentAt: _consent, ...rest } = p;
							return { ...rest, file: withoutSensitive(p.file) };
						});
		}
		return out;
	});
}

type Get = ReturnType<typeof fields>;

function str(get: Get, key: string, optional = false, values?: readonly string[]) {
	return get(key, 'string', optional, values) as string | undefined;
}

type OptionalField = [key: string, kind: 'string' | 'number', values?: readonly string[]];

function copyOptional(row: Rec, get: Get, keys: OptionalField[]) {
	for (const [key, kind, values] of keys) {
		const v = get(key, kind, true, values);
		if (v !== undefined) row[key] = v;
	}
}

function bool(raw: Rec, key: string, path: string, problems: ProblemList): boolean | undefined {
	if (typeof raw[key] === 'boolean') return raw[key] as boolean;
	problems.add('type_invalid', `${path}.${key}`, `${path}.${key} must be true or false.`, {
		expected: 'boolean'
	});
	return undefined;
}

function list<T>(
	raw: Rec,
	key: keyof typeof SECTION_LIMITS,
	problems: ProblemList,
	optional: boolean,
	one: (item: Rec, path: string) => T | undefined
): T[] | undefined {
	const value = raw[key];
	if (value === undefined && optional) return undefined;
	if (!Array.isArray(value)) {
		problems.add('type_invalid', `accounts.${key}`, `accounts.${key} must be an array.`, {
			expected: 'array'
		});
		return undefined;
	}
	if (value.length > SECTION_LIMITS[key]) {
		problems.add('too_many_items', `accounts.${key}`, `Too many ${key}.`, {
			limit: SECTION_LIMITS[key]
		});
		return undefined;
	}
	const out: T[] = [];
	value.forEach((item, i) => {
		const path = `accounts.${key}[${i}]`;
		if (!isRec(item)) return problems.add('type_invalid', path, `${path} must be an object.`);
		const row = one(item, path);
		if (row) out.push(row);
	});
	return out;
}

function account(raw: Rec, path: string, problems: ProblemList): AccountRow | undefined {
	const before = problems.items.length;
	const get = fields(raw, path, problems, [
		'id', 'name', 'tier', 'notes', 'createdAt', 'updatedAt', 'cadence', 'marks', 'profit',
		'competitorInside', 'cut'
	]); // prettier-ignore
	const row: Rec = { id: str(get, 'id'), name: str(get, 'name') };
	copyOptional(row, get, [
		['tier', 'string', TIERS],
		['notes', 'string'],
		['createdAt', 'number'],
		['updatedAt', 'number'],
		['profit', 'number'],
		['competitorInside', 'string', COMPETITOR_INSIDE]
	]);
	if (raw.cadence === null) row.cadence = null;
	else if (raw.cadence !== undefined) {
		const c = isRec(raw.cadence) ? raw.cadence : {};
		const g = fields(c, `${path}.cadence`, problems, ['visits', 'per']);
		row.cadence = { visits: g('visits', 'int'), per: str(g, 'per', false, CADENCE_PERIODS) };
	}
	const marks = get('marks', 'array', true) as unknown[] | undefined;
	if (marks) {
		row.marks = marks.map((m, i) => {
			const g = fields(isRec(m) ? m : {}, `${path}.marks[${i}]`, problems, ['mark', 'reason']);
			return { mark: str(g, 'mark', false, KEY_MARKS), reason: str(g, 'reason') };
		});
	}
	const cut = get('cut', 'object', true) as Rec | undefined;
	if (cut) {
		const g = fields(cut, `${path}.cut`, problems, ['reason', 'note', 'at']);
		const c: Rec = { reason: str(g, 'reason', false, CUT_REASONS), at: g('at', 'number') };
		copyOptional(c, g, [['note', 'string']]);
		row.cut = c;
	}
	return problems.items.length === before ? (row as unknown as AccountRow) : undefined;
}

function person(raw: Rec, path: string, problems: ProblemList): PersonRow | undefined {
	const before = problems.items.length;
	const get = fields(raw, path, problems, [
		'id', 'accountId', 'name', 'role', 'attitude', 'insideContact', 'helpsWith', 'notes', 'file',
		'consentAt', 'createdAt', 'updatedAt'
	]); // prettier-ignore
	const row: Rec = {
		id: str(get, 'id'),
		accountId: str(get, 'accountId'),
		name: str(get, 'name'),
		insideContact: bool(raw, 'insideContact', path, problems),
		createdAt: get('createdAt', 'number'),
		updatedAt: get('updatedAt', 'number')
	};
	copyOptional(row, get, [
		['role', 'string', PERSON_ROLES],
		['attitude', 'string', ATTITUDES],
		['notes', 'string'],
		['consentAt', 'number']
	]);
	const helps = (get('helpsWith', 'array') as unknown[] | undefined) ?? [];
	row.helpsWith = helps.filter((h, i) => {
		const ok = (INSIDE_HELP as readonly unknown[]).includes(h);
		if (!ok) problems.add('value_invalid', `${path}.helpsWith[${i}]`, 'Unknown help.');
		return ok;
	});
	const file = (get('file', 'object') as Rec | undefined) ?? {};
	const f = fields(file, `${path}.file`, problems, FILE_FIELD_CODES);
	row.file = Object.fromEntries(
		FILE_FIELD_CODES.map((k) => [k, str(f, k, true)]).filter(([, v]) => v !== undefined)
	);
	return problems.items.length === before ? (row as unknown as PersonRow) : undefined;
}

function visit(raw: Rec, path: string, problems: ProblemList): VisitRow | undefined {
	const before = problems.items.length;
	const get = fields(raw, path, problems, [
		'id', 'accountId', 'day', 'kind', 'note', 'createdAt', 'updatedAt'
	]); // prettier-ignore
	const row: Rec = {
		id: str(get, 'id'),
		accountId: str(get, 'accountId'),
		day: str(get, 'day'),
		kind: str(get, 'kind', false, ['logged', 'planned']),
		createdAt: get('createdAt', 'number'),
		updatedAt: get('updatedAt', 'number')
	};
	if (typeof row.day === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(row.day)) {
		problems.add('value_invalid', `${path}.day`, `${path}.day must be a date YYYY-MM-DD.`);
	}
	copyOptional(row, get, [['note', 'string']]);
	return problems.items.length === before ? (row as unknown as VisitRow) : undefined;
}

function tombstone(raw: Rec, path: string, problems: ProblemList): TombstoneRow | undefined {
	const before = problems.items.length;
	const get = fields(raw, path, problems, ['id', 'kind', 'deletedAt']);
	const row = {
		id: str(get, 'id'),
		kind: str(get, 'kind', false, KINDS),
		deletedAt: get('deletedAt', 'number')
	};
	return problems.items.length === before ? (row as TombstoneRow) : undefined;
}

function validate(raw: unknown, problems: ProblemList): AccountsBackup | undefined {
	if (!isRec(raw)) {
		problems.add('type_invalid', 'accounts', 'accounts must be an object.', { expected: 'object' });
		return undefined;
	}
	// A newer build's records may mean something this build cannot read: refuse the whole file.
	if (typeof raw.schema === 'number' && raw.schema > ACCOUNTS_SECTION_SCHEMA) {
		problems.add('section_newer', 'accounts.schema', 'Accounts come from a newer schema.', {
			version: raw.schema,
			supported: ACCOUNTS_SECTION_SCHEMA
		});
		return undefined;
	}
	const before = problems.items.length;
	const get = fields(raw, 'accounts', problems, [
		'schema', 'sensitive', 'accounts', 'people', 'visits', 'tombstones'
	]); // prettier-ignore
	const schema = get('schema', 'int') as number | undefined;
	const sensitive = bool(raw, 'sensitive', 'accounts', problems);
	const accounts = list(raw, 'accounts', problems, false, (r, p) => account(r, p, problems));
	const people = list(raw, 'people', problems, true, (r, p) => person(r, p, problems));
	const visits = list(raw, 'visits', problems, false, (r, p) => visit(r, p, problems));
	const tombstones = list(raw, 'tombstones', problems, false, (r, p) => tombstone(r, p, problems));
	if (problems.items.length !== before || !accounts || !visits || !tombstones) return undefined;
	const out: AccountsBackup = {
		schema: schema!,
		sensitive: sensitive!,
		accounts,
		visits,
		tombstones
	};
	if (people) out.people = people;
	return out;
}

/** Keeps a local person's sensitive fields (and consent) when the file left them out. */
function mergePerson(incoming: PersonRow, local: PersonRow | undefined, sensitive: boolean) {
	if (sensitive || !local) return incoming;
	const file = { ...withoutSensitive(incoming.file) };
	for (const f of FILE_FIELD_CODES)
		if (isSensitive(f) && local.file[f] !== undefined) file[f] = local.file[f];
	const out: PersonRow = { ...incoming, file };
	if (local.consentAt !== undefined) out.consentAt = local.consentAt;
	return out;
}

async function importAccounts(db: SpinDb, section: AccountsBackup) {
	let imported = 0;
	let skipped = 0;
	// Erasures travel too: a tombstone in the file erases the local row, and stays.
	const known = new Set(
		(await db.tombstones.bulkGet(section.tombstones.map((t) => t.id)))
			.filter(Boolean)
			.map((t) => t!.id)
	);
	const fresh = section.tombstones.filter((t) => !known.has(t.id));
	await db.tombstones.bulkAdd(fresh);
	for (const t of fresh) {
		if (t.kind === 'account') await db.accounts.delete(t.id);
		if (t.kind === 'person') await db.people.delete(t.id);
		if (t.kind === 'visit') await db.visits.delete(t.id);
	}
	const erased = new Set(
		(await db.tombstones.where('kind').anyOf(KINDS).primaryKeys()) as string[]
	);
	const accountIds = new Set([
		...section.accounts.map((a) => a.id),
		...((await db.accounts.toCollection().primaryKeys()) as string[])
	]);
	const upsert = async <T extends { id: string; updatedAt?: number }>(
		table: 'accounts' | 'people' | 'visits',
		rows: T[],
		merge: (row: T, local: T | undefined) => T = (r) => r
	) => {
		const t = db.table<T, string>(table);
		const locals = await t.bulkGet(rows.map((r) => r.id));
		const writes: T[] = [];
		rows.forEach((row, i) => {
			const local = locals[i];
			const orphan = 'accountId' in row && !accountIds.has(row.accountId as string);
			if (
				erased.has(row.id) ||
				orphan ||
				(local && (local.updatedAt ?? 0) >= (row.updatedAt ?? 0))
			) {
				skipped += 1;
			} else {
				writes.push(merge(row, local));
				imported += 1;
			}
		});
		await t.bulkPut(writes);
	};
	await upsert('accounts', section.accounts);
	if (section.people) {
		await upsert('people', section.people, (row, local) =>
			mergePerson(row, local, section.sensitive)
		);
	}
	await upsert('visits', section.visits);
	return { imported, skipped };
}

/** The accounts section of the backup file. */
export const accountsSection: BackupSection<'accounts'> = {
	key: 'accounts',
	tables: (db) => [db.accounts, db.people, db.visits, db.tombstones],
	exportSection: (db, choices) => exportAccounts(db, choices.people ?? 'none'),
	validate,
	importSection: importAccounts
};
