import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openSpinDb } from './db';
import {
	addUserPlaybook,
	adoptLegacyPlaybooks,
	deleteUserPlaybook,
	deletedPlaybookIds,
	getDraft,
	listRevisions,
	listUserPlaybooks,
	putDraft,
	saveUserPlaybook
} from './library';

const facts = (version: string) => ({ playbookId: 'p', title: 'P', version, locale: 'en' });

function fresh() {
	return openSpinDb(`library-${Math.random()}`);
}

describe('playbook library', () => {
	it('keeps the previous text as a revision on every save, none for an unchanged save', async () => {
		const db = fresh();
		const row = await addUserPlaybook(db, {
			source: 'one',
			fileName: 'p.md',
			facts: facts('1'),
			now: 1
		});
		await saveUserPlaybook(db, row.id, { source: 'two', facts: facts('2'), now: 2 });
		const saved = await saveUserPlaybook(db, row.id, { source: 'two', facts: facts('2'), now: 3 });
		expect(saved).toMatchObject({ source: 'two', version: '2', revision: 2, updatedAt: 2 });
		expect((await listRevisions(db, row.id)).map((r) => [r.revision, r.source])).toEqual([
			[1, 'one']
		]);
		db.close();
	});

	it('deletes a playbook with its revisions and draft and leaves a tombstone', async () => {
		const db = fresh();
		const row = await addUserPlaybook(db, { source: 'a', fileName: 'a.md', facts: facts('1') });
		await saveUserPlaybook(db, row.id, { source: 'b', facts: facts('1') });
		await putDraft(db, {
			userPlaybookId: row.id,
			source: 'c',
			cursor: 0,
			baseRevision: 2,
			updatedAt: 1
		});
		await deleteUserPlaybook(db, row.id, 9);
		expect(await listUserPlaybooks(db)).toEqual([]);
		expect(await listRevisions(db, row.id)).toEqual([]);
		expect(await getDraft(db, row.id)).toBeUndefined();
		expect(await deletedPlaybookIds(db)).toEqual(new Set([row.id]));
		db.close();
	});

	it('adopts playbooks added before the studio, once', async () => {
		const db = fresh();
		await db.playbooks.add({ id: 'old', title: 'Old', locale: 'en', source: 'x', importedAt: 5 });
		await adoptLegacyPlaybooks(db, () => facts('3'));
		await adoptLegacyPlaybooks(db, () => facts('3'));
		const rows = await listUserPlaybooks(db);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ source: 'x', fileName: 'old.md', version: '3', createdAt: 5 });
		expect(await db.playbooks.count()).toBe(0);
		db.close();
	});
});
