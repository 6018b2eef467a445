import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openSpinDb } from './db';
import { exportTranscriptJson } from './export';
import { importTranscript } from './import';
import {
	addUserPlaybook,
	deleteUserPlaybook,
	listRevisions,
	listUserPlaybooks,
	saveUserPlaybook
} from './library';

const facts = (version: string) => ({ playbookId: 'p', title: 'P', version, locale: 'en' });
const fresh = () => openSpinDb(`backup-playbooks-${Math.random()}`);

describe('user playbooks in the backup', () => {
	it('round-trips every playbook with its revisions through the backup file', async () => {
		const from = fresh();
		const row = await addUserPlaybook(from, { source: 'one', fileName: 'p.md', facts: facts('1') });
		await saveUserPlaybook(from, row.id, { source: 'two', facts: facts('2') });
		const file = await exportTranscriptJson(from);
		expect(JSON.parse(file).playbooks.playbooks).toHaveLength(1);
		const to = fresh();
		const result = await importTranscript(to, file);
		expect(result.ok).toBe(true);
		expect((await listUserPlaybooks(to)).map((r) => [r.id, r.source, r.revision])).toEqual([
			[row.id, 'two', 2]
		]);
		expect((await listRevisions(to, row.id)).map((r) => r.source)).toEqual(['one']);
		from.close();
		to.close();
	});

	it('never brings back a deleted playbook, and keeps newer work over an older backup', async () => {
		const db = fresh();
		const gone = await addUserPlaybook(db, { source: 'gone', fileName: 'g.md', facts: facts('1') });
		const kept = await addUserPlaybook(db, { source: 'old', fileName: 'k.md', facts: facts('1') });
		const backup = await exportTranscriptJson(db);
		await deleteUserPlaybook(db, gone.id);
		await saveUserPlaybook(db, kept.id, {
			source: 'newer',
			facts: facts('2'),
			now: Date.now() + 5
		});
		expect((await importTranscript(db, backup)).ok).toBe(true);
		expect((await listUserPlaybooks(db)).map((r) => r.source)).toEqual(['newer']);
		db.close();
	});

	it('refuses a malformed section and writes nothing', async () => {
		const db = fresh();
		const file = JSON.parse(await exportTranscriptJson(db));
		file.playbooks = { version: 1, playbooks: [{ id: 3 }], revisions: [] };
		const result = await importTranscript(db, JSON.stringify(file));
		expect(result.ok).toBe(false);
		expect(await listUserPlaybooks(db)).toEqual([]);
		db.close();
	});
});
