import { describe, expect, it } from 'vitest';
import { ERASED_NAME } from '$lib/accounts/people';
import { freshDb } from '../../../tests/fixtures/db/helpers';
import { createAccount, getAccount } from './accounts';
import {
	addPerson,
	erasePerson,
	getPerson,
	listPeople,
	recordConsent,
	updatePerson
} from './people';
import { erasedIds } from './tombstones';
import { addVisit, listVisits } from './visits';

describe('people repository', () => {
	it('stores people per account with role, inside contact and file', async () => {
		const db = freshDb();
		const a = await createAccount(db, { name: 'Acme' });
		const other = await createAccount(db, { name: 'Other' });
		await addPerson(db, { accountId: a.id, name: 'Zhang', role: 'decisionMaker' });
		const li = await addPerson(db, {
			accountId: a.id,
			name: 'Li',
			role: 'influencer',
			insideContact: true,
			helpsWith: ['progress', 'doors'],
			file: { food: 'tea' }
		});
		await addPerson(db, { accountId: other.id, name: 'X' });
		expect((await listPeople(db, a.id)).map((p) => p.name)).toEqual(['Li', 'Zhang']);
		expect(li).toMatchObject({ insideContact: true, helpsWith: ['progress', 'doors'] });
		await updatePerson(db, li.id, { file: { food: 'tea', health: 'knee' } }, li.updatedAt);
		await recordConsent(db, li.id, 1234);
		const stored = await getPerson(db, li.id);
		expect(stored?.file.health).toBe('knee');
		expect(stored?.consentAt).toBe(1234);
		db.close();
	});

	it('erases a person with every mention of their name, and leaves a tombstone', async () => {
		const db = freshDb();
		const a = await createAccount(db, {
			name: 'Acme',
			notes: 'Li Wei decides with the GM. Ask li wei first.',
			marks: [{ mark: 'decisive', reason: 'Li Wei runs the budget' }]
		});
		const li = await addPerson(db, { accountId: a.id, name: 'Li Wei', file: { health: 'knee' } });
		const zhang = await addPerson(db, {
			accountId: a.id,
			name: 'Zhang',
			notes: 'Reports to Li Wei',
			file: { relationsAtWork: 'close to Li Wei' }
		});
		await addVisit(db, {
			accountId: a.id,
			day: '2026-12-01',
			kind: 'logged',
			note: 'Lunch with Li Wei'
		});
		expect(await erasePerson(db, li.id, 50)).toBe(true);
		expect(await getPerson(db, li.id)).toBeUndefined();
		expect(await erasedIds(db, 'person')).toEqual(new Set([li.id]));
		const account = await getAccount(db, a.id);
		expect(account?.notes).toBe(`${ERASED_NAME} decides with the GM. Ask ${ERASED_NAME} first.`);
		expect(account?.marks?.[0].reason).toBe(`${ERASED_NAME} runs the budget`);
		const z = await getPerson(db, zhang.id);
		expect(z?.notes).toBe(`Reports to ${ERASED_NAME}`);
		expect(z?.file.relationsAtWork).toBe(`close to ${ERASED_NAME}`);
		expect((await listVisits(db, a.id))[0].note).toBe(`Lunch with ${ERASED_NAME}`);
		expect(JSON.stringify(await db.accounts.toArray())).not.toMatch(/li wei/i);
		expect(await erasePerson(db, li.id)).toBe(false);
		db.close();
	});
});
