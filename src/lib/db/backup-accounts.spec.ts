import { describe, expect, it } from 'vitest';
import { freshDb, seededDb } from '../../../tests/fixtures/db/helpers';
import { createAccount, getAccount } from './accounts';
import { ACCOUNTS_SECTION_SCHEMA } from './backup-accounts';
import type { SpinDb } from './db';
import { exportTranscript } from './export';
import { importTranscript } from './import';
import { addPerson, erasePerson, getPerson, recordConsent, updatePerson } from './people';
import { erasedIds } from './tombstones';
import { addVisit } from './visits';

async function seedAccounts(db: SpinDb) {
	const acme = await createAccount(
		db,
		{
			name: 'Acme',
			tier: 'gold',
			profit: 900,
			notes: 'Li Wei decides',
			cadence: { visits: 3, per: 'month' },
			marks: [{ mark: 'growth', reason: 'new plant' }]
		},
		100
	);
	const li = await addPerson(
		db,
		{
			accountId: acme.id,
			name: 'Li Wei',
			role: 'decisionMaker',
			insideContact: true,
			helpsWith: ['advice'],
			file: { food: 'tea', health: 'bad knee', children: 'two' }
		},
		100
	);
	await recordConsent(db, li.id, 150);
	const zhang = await addPerson(
		db,
		{ accountId: acme.id, name: 'Zhang', role: 'gatekeeper', attitude: 'neutral' },
		100
	);
	await addVisit(db, { accountId: acme.id, day: '2026-12-01', kind: 'logged', note: 'lunch' }, 100);
	return { acme, li, zhang };
}

const counts = async (db: SpinDb) => ({
	accounts: await db.accounts.count(),
	people: await db.people.count(),
	visits: await db.visits.count(),
	tombstones: await db.tombstones.count(),
	sessions: await db.sessions.count()
});

describe('accounts in the backup file', () => {
	it('leaves people out unless chosen, and their sensitive fields out unless chosen too', async () => {
		const db = freshDb();
		const { li } = await seedAccounts(db);
		const plain = await exportTranscript(db);
		expect(plain.accounts?.schema).toBe(ACCOUNTS_SECTION_SCHEMA);
		expect(plain.accounts?.accounts).toHaveLength(1);
		expect(plain.accounts?.visits).toHaveLength(1);
		expect(plain.accounts?.people).toBeUndefined();
		const safe = await exportTranscript(db, { choices: { people: 'withoutSensitive' } });
		const safeLi = safe.accounts?.people?.find((p) => p.id === li.id);
		expect(safe.accounts?.sensitive).toBe(false);
		expect(safeLi?.file).toEqual({ food: 'tea' });
		expect(safeLi?.consentAt).toBeUndefined();
		expect(JSON.stringify(safe)).not.toMatch(/bad knee|two/);
		const all = await exportTranscript(db, { choices: { people: 'all' } });
		expect(all.accounts?.people?.find((p) => p.id === li.id)?.file.health).toBe('bad knee');
		// A single call's transcript carries no account records.
		const one = await exportTranscript(db, { sessionIds: [] });
		expect(one.accounts).toBeUndefined();
		db.close();
	});

	it('restores into a fresh profile, idempotently', async () => {
		const source = await seededDb();
		const { acme, zhang } = await seedAccounts(source);
		const file = JSON.parse(
			JSON.stringify(await exportTranscript(source, { choices: { people: 'withoutSensitive' } }))
		);
		const target = freshDb();
		const first = await importTranscript(target, file);
		expect(first).toMatchObject({
			ok: true,
			imported: 2,
			sections: { accounts: { imported: 4, skipped: 0 } }
		});
		expect(await getAccount(target, acme.id)).toEqual(await getAccount(source, acme.id));
		expect(await getPerson(target, zhang.id)).toEqual(await getPerson(source, zhang.id));
		const again = await importTranscript(target, file);
		expect(again).toMatchObject({
			ok: true,
			skipped: 2,
			sections: { accounts: { imported: 0, skipped: 4 } }
		});
		source.close();
		target.close();
	});

	it('keeps an erased person erased when an older backup is restored, and carries the erase', async () => {
		const db = freshDb();
		const { acme, li } = await seedAccounts(db);
		const old = JSON.parse(
			JSON.stringify(await exportTranscript(db, { choices: { people: 'all' } }))
		);
		const other = freshDb();
		expect((await importTranscript(other, old)).ok).toBe(true);
		expect(await getPerson(other, li.id)).toBeDefined();

		await erasePerson(db, li.id, 500);
		const result = await importTranscript(db, old);
		expect(result).toMatchObject({ ok: true });
		expect(await getPerson(db, li.id)).toBeUndefined();
		// The account row in the old file is older than the scrubbed one: the scrub stays.
		expect((await getAccount(db, acme.id))?.notes).not.toMatch(/Li Wei/);

		// A newer backup carries the tombstone: restoring it erases the person elsewhere too.
		const newer = JSON.parse(JSON.stringify(await exportTranscript(db)));
		expect((await importTranscript(other, newer)).ok).toBe(true);
		expect(await getPerson(other, li.id)).toBeUndefined();
		expect(await erasedIds(other, 'person')).toEqual(new Set([li.id]));
		expect((await getAccount(other, acme.id))?.notes).not.toMatch(/Li Wei/);
		db.close();
		other.close();
	});

	it('keeps local sensitive fields and newer local rows when the file has less', async () => {
		const db = freshDb();
		const { acme, li } = await seedAccounts(db);
		const file = JSON.parse(
			JSON.stringify(await exportTranscript(db, { choices: { people: 'withoutSensitive' } }))
		);
		file.accounts.people.find((p: { id: string }) => p.id === li.id).updatedAt = 10_000;
		file.accounts.people.find((p: { id: string }) => p.id === li.id).file.food = 'coffee';
		await updatePerson(db, li.id, {}, 200);
		await createAccount(db, { name: 'Local only' });
		const result = await importTranscript(db, file);
		expect(result.ok).toBe(true);
		const stored = await getPerson(db, li.id);
		expect(stored?.file).toEqual({ food: 'coffee', health: 'bad knee', children: 'two' });
		expect(stored?.consentAt).toBe(150);
		expect((await getAccount(db, acme.id))?.name).toBe('Acme');
		db.close();
	});

	it('refuses accounts from a newer schema without touching anything', async () => {
		const source = await seededDb();
		await seedAccounts(source);
		const file = JSON.parse(JSON.stringify(await exportTranscript(source)));
		file.accounts.schema = ACCOUNTS_SECTION_SCHEMA + 1;
		file.accounts.futureField = { anything: true };
		const target = freshDb();
		await createAccount(target, { name: 'Mine' });
		const before = await counts(target);
		const result = await importTranscript(target, file);
		expect(result).toEqual({
			ok: false,
			problems: [
				expect.objectContaining({
					code: 'section_newer',
					path: 'accounts.schema',
					params: { version: ACCOUNTS_SECTION_SCHEMA + 1, supported: ACCOUNTS_SECTION_SCHEMA }
				})
			]
		});
		expect(await counts(target)).toEqual(before);
		source.close();
		target.close();
	});

	it('rejects a bad record whole, with every problem, and writes nothing', async () => {
		const source = await seededDb();
		await seedAccounts(source);
		const file = JSON.parse(
			JSON.stringify(await exportTranscript(source, { choices: { people: 'all' } }))
		);
		file.accounts.people[0].role = 'boss';
		file.accounts.people[1].file.shoeSize = '42';
		file.accounts.visits[0].day = '1 Dec';
		file.accounts.accounts[0].cadence = { visits: 2, per: 'year' };
		const target = freshDb();
		const result = await importTranscript(target, file);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => `${p.code} ${p.path}`).sort()).toEqual([
			'field_unknown accounts.people[1].file.shoeSize',
			'value_invalid accounts.accounts[0].cadence.per',
			'value_invalid accounts.people[0].role',
			'value_invalid accounts.visits[0].day'
		]);
		expect(await counts(target)).toEqual({
			accounts: 0,
			people: 0,
			visits: 0,
			tombstones: 0,
			sessions: 0
		});
		source.close();
		target.close();
	});
});
