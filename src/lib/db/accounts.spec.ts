import { describe, expect, it } from 'vitest';
import { freshDb, newSession } from '../../../tests/fixtures/db/helpers';
import { attachCall, callsOfAccount } from './account-calls';
import {
	createAccount,
	deleteAccount,
	getAccount,
	listAccounts,
	setCut,
	updateAccount
} from './accounts';
import { addPerson } from './people';
import { createSession, getSession } from './sessions';
import { erasedIds } from './tombstones';
import { addVisit } from './visits';

describe('accounts repository', () => {
	it('creates sync-ready rows and updates them with a newer updatedAt', async () => {
		const db = freshDb();
		const a = await createAccount(db, { name: '  华东电力 ', tier: 'gold' }, 1000);
		expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(a).toMatchObject({ name: '华东电力', createdAt: 1000, updatedAt: 1000 });
		const b = await updateAccount(db, a.id, { profit: 5000, cadence: null }, 1000);
		expect(b?.updatedAt).toBe(1001);
		expect(await getAccount(db, a.id)).toMatchObject({ profit: 5000, cadence: null });
		const c = await updateAccount(db, a.id, { profit: undefined }, 2000);
		expect(c && 'profit' in c).toBe(false);
		expect(await updateAccount(db, 'missing', { name: 'x' })).toBeUndefined();
		db.close();
	});

	it('keeps cut accounts readable and lists every account by name', async () => {
		const db = freshDb();
		const b = await createAccount(db, { name: 'B' });
		await createAccount(db, { name: 'A' });
		await setCut(db, b.id, { reason: 'brokeWord', note: 'unpaid', at: 5 });
		expect((await listAccounts(db)).map((a) => a.name)).toEqual(['A', 'B']);
		expect((await getAccount(db, b.id))?.cut).toEqual({
			reason: 'brokeWord',
			note: 'unpaid',
			at: 5
		});
		await setCut(db, b.id, null);
		expect((await getAccount(db, b.id))?.cut).toBeUndefined();
		db.close();
	});

	it('deletes an account with its people and visits, leaves tombstones, keeps its calls', async () => {
		const db = freshDb();
		const a = await createAccount(db, { name: 'Acme', tier: 'gold' });
		const p = await addPerson(db, { accountId: a.id, name: 'Li Wei' });
		const v = await addVisit(db, { accountId: a.id, day: '2026-12-01', kind: 'logged' });
		const call = await createSession(
			db,
			newSession({ account: { name: 'Acme', accountId: a.id } })
		);
		await deleteAccount(db, a.id, 99);
		expect(await getAccount(db, a.id)).toBeUndefined();
		expect(await db.people.count()).toBe(0);
		expect(await db.visits.count()).toBe(0);
		expect(await erasedIds(db, 'account')).toEqual(new Set([a.id]));
		expect(await erasedIds(db, 'person')).toEqual(new Set([p.id]));
		expect(await erasedIds(db, 'visit')).toEqual(new Set([v.id]));
		expect((await getSession(db, call.id))?.account?.name).toBe('Acme');
		db.close();
	});

	it('finds calls through the account id, and a call attached later joins them', async () => {
		const db = freshDb();
		const a = await createAccount(db, { name: 'Acme', tier: 'platinum' });
		const linked = await createSession(
			db,
			newSession({ startedAt: 2000, account: { name: 'Acme', accountId: a.id } })
		);
		const old = await createSession(db, newSession({ startedAt: 1000, account: { name: 'acme' } }));
		await createSession(db, newSession({ startedAt: 3000, account: undefined }));
		expect((await callsOfAccount(db, a.id)).map((s) => s.id)).toEqual([linked.id]);
		expect(await attachCall(db, old.id, a)).toBe(true);
		expect((await callsOfAccount(db, a.id)).map((s) => s.id)).toEqual([old.id, linked.id]);
		expect((await getSession(db, old.id))?.account).toEqual({
			name: 'Acme',
			tier: 'platinum',
			accountId: a.id
		});
		await attachCall(db, old.id, null);
		expect((await callsOfAccount(db, a.id)).map((s) => s.id)).toEqual([linked.id]);
		expect(await attachCall(db, 'nope', a)).toBe(false);
		db.close();
	});
});
