import { describe, expect, it } from 'vitest';
import { ERASED_NAME } from '$lib/accounts/people';
import type { CallEvent } from '$lib/session/events';
import { freshDb, newSession } from '../../../tests/fixtures/db/helpers';
import { createAccount } from './accounts';
import type { SpinDb } from './db';
import { loadEvents } from './events';
import { exportTranscript } from './export';
import { importTranscript } from './import';
import { loadLastCalls } from './last-calls';
import { memoryLockProvider } from './locks';
import { addPerson, erasePerson, redactionId } from './people';
import { createSession, getSession } from './sessions';
import { erasedIds } from './tombstones';
import { openSessionWriter } from './writer';

const T0 = Date.UTC(2026, 10, 2, 9);

/** A call of `accountId` whose note, question, objective, next step and review name Li Wei. */
async function callNaming(db: SpinDb, accountId: string) {
	const account = { name: 'Acme', accountId };
	const row = await createSession(db, newSession({ startedAt: T0, account }));
	const w = openSessionWriter(db, row.id, { locks: memoryLockProvider(), lifecycle: null });
	const events: CallEvent[] = [
		{
			v: 1,
			at: T0,
			type: 'call.plan',
			mode: 'live',
			playbookId: 'demo',
			objective: 'Win over Li Wei',
			primaryAdvance: { kind: 'demo' },
			account
		},
		{ v: 1, at: T0 + 1, type: 'call.start' },
		{ v: 1, at: T0 + 2, type: 'note.add', text: 'li wei worries about the knee surgery' },
		{ v: 1, at: T0 + 3, type: 'question.ask', spinType: 'problem', text: 'Does Li Wei agree?' },
		{ v: 1, at: T0 + 4, type: 'answer.note', text: 'Only with Zhang present' },
		{
			v: 1,
			at: T0 + 5,
			type: 'call.end',
			outcome: 'advance',
			nextStep: { text: 'Call Li Wei on Monday', date: '2026-11-09' }
		},
		{ v: 1, at: T0 + 6, type: 'review.save', wentWell: 'Li Wei listened', toChange: 'less talk' }
	];
	for (const e of events) await w.append(e);
	await w.close();
	return row;
}

const texts = async (db: SpinDb, id: string) =>
	JSON.stringify((await loadEvents(db, id)).map((r) => r.event));

describe('erasing a person from the logs of their account’s calls', () => {
	it('scrubs the name from every typed field, and a restore of an older backup keeps it out', async () => {
		const db = freshDb();
		const acme = await createAccount(db, { name: 'Acme' });
		const li = await addPerson(db, { accountId: acme.id, name: 'Li Wei' });
		const row = await callNaming(db, acme.id);
		await loadLastCalls(db);
		const backup = await exportTranscript(db);
		expect(await texts(db, row.id)).toMatch(/li wei/i);

		expect(await erasePerson(db, li.id, T0 + 100)).toBe(true);
		const after = await texts(db, row.id);
		expect(after).not.toMatch(/li wei/i);
		expect(after).toContain(`${ERASED_NAME} worries about the knee surgery`);
		expect(after).toContain('Only with Zhang present');
		// The summary row's search text and the account's cached next step are derived again.
		expect((await getSession(db, row.id))?.text).not.toMatch(/li wei/i);
		expect((await loadLastCalls(db)).get(acme.id)?.nextStep?.text).toBe(
			`Call ${ERASED_NAME} on Monday`
		);
		expect(await erasedIds(db, 'redaction')).toEqual(new Set([redactionId(row.id)]));

		// The older backup still has the text; restoring it neither fails nor brings it back.
		const result = await importTranscript(db, JSON.parse(JSON.stringify(backup)));
		expect(result.ok).toBe(true);
		expect(await texts(db, row.id)).toBe(after);
		expect(await db.people.get(li.id)).toBeUndefined();
	});

	it('leaves calls that do not name the person as they were', async () => {
		const db = freshDb();
		const acme = await createAccount(db, { name: 'Acme' });
		const zhang = await addPerson(db, { accountId: acme.id, name: 'Wang Fang' });
		const row = await callNaming(db, acme.id);
		const before = await texts(db, row.id);
		await erasePerson(db, zhang.id);
		expect(await texts(db, row.id)).toBe(before);
		expect((await erasedIds(db, 'redaction')).size).toBe(0);
	});
});
