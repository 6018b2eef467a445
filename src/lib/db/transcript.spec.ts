// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
	freshDb,
	injectWriteFault,
	newSession,
	sampleCall,
	seededDb
} from '../../../tests/fixtures/db/helpers';
import type { SpinDb } from './db';
import { exportTranscript, exportTranscriptJson } from './export';
import { withoutDerived } from './history';
import { importTranscript } from './import';
import { loadEvents } from './events';
import { memoryLockProvider } from './locks';
import { getPlaybookText } from './playbooks';
import { parsePlaybook, PARSER_VERSION } from '$lib/playbook/parse';
import { createSession, getSession } from './sessions';
import { openSessionWriter } from './writer';

const NOW = Date.UTC(2026, 10, 26, 12);
const dbs: SpinDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const track = (d: SpinDb) => (dbs.push(d), d);

describe('export', () => {
	it('writes the versioned format with every session, its playbook text and all events', async () => {
		const db = track(await seededDb());
		const file = await exportTranscript(db, { now: NOW });
		expect(file.format).toBe('spin-coach-transcript');
		expect(file.version).toBe(1);
		expect(file.exportedAt).toBe('2026-11-26T12:00:00.000Z');
		expect(file.sessions.map((s) => s.session.id)).toEqual(['call-a', 'call-b']);
		const a = file.sessions[0];
		// Rows as stored, less the review fields derived again on import (history.ts).
		expect(a.session).toEqual(withoutDerived((await getSession(db, 'call-a'))!));
		expect(a.playbook.hash).toBe(a.session.playbookHash);
		expect(a.events.map((e) => e.event)).toEqual(sampleCall());
		expect(a.events.map((e) => e.seq)).toEqual(sampleCall().map((_, i) => i + 1));
	});

	it('exports one session on request', async () => {
		const db = track(await seededDb());
		const file = await exportTranscript(db, { sessionIds: ['call-b'], now: NOW });
		expect(file.sessions.map((s) => s.session.id)).toEqual(['call-b']);
		expect(file.sessions[0].events).toHaveLength(6);
	});

	it('includes events kept in memory after a quota failure', async () => {
		const db = track(freshDb());
		const fault = injectWriteFault(db);
		const s = await createSession(db, newSession());
		const w = openSessionWriter(db, s.id, { locks: memoryLockProvider(), lifecycle: null });
		const events = sampleCall();
		for (const e of events.slice(0, 4)) await w.append(e);
		fault.error = new DOMException('full', 'QuotaExceededError');
		for (const e of events.slice(4)) await w.append(e);
		const file = await exportTranscript(db, { unsaved: w.unsaved, now: NOW });
		expect(file.sessions[0].events.map((e) => e.event)).toEqual(events);
		expect(file.sessions[0].session).toMatchObject({
			eventCount: 15,
			outcome: 'advance',
			active: 0
		});
		await w.close();
		// The file is complete enough to restore into another profile.
		const other = track(freshDb());
		expect(await importTranscript(other, JSON.stringify(file))).toMatchObject({
			ok: true,
			imported: 1
		});
		expect(await loadEvents(other, s.id)).toHaveLength(15);
	});

	it('leaves the parse cache out of the file, which still imports', async () => {
		const db = track(freshDb());
		const input = newSession({ id: 'cached' });
		const parsed = parsePlaybook(input.playbook.text).playbook;
		if (!parsed) throw new Error('fixture playbook does not parse');
		const row = await createSession(db, {
			...input,
			playbook: { ...input.playbook, parsed: { v: PARSER_VERSION, playbook: parsed } }
		});
		expect((await getPlaybookText(db, row.playbookHash))?.parsed?.playbook).toEqual(parsed);
		const file = await exportTranscript(db, { now: NOW });
		expect(Object.keys(file.sessions[0].playbook).sort()).toEqual([
			'hash',
			'playbookId',
			'text',
			'version'
		]);
		const target = track(freshDb());
		expect(await importTranscript(target, JSON.stringify(file))).toMatchObject({ ok: true });
	});
});

describe('import', () => {
	it('round-trips losslessly: export, import into a fresh store, export again', async () => {
		const db = track(await seededDb());
		const json = await exportTranscriptJson(db, { now: NOW });
		const fresh = track(freshDb());
		expect(await importTranscript(fresh, json)).toEqual({
			ok: true,
			imported: 2,
			skipped: 0,
			sessionIds: ['call-a', 'call-b'],
			sections: { accounts: { imported: 0, skipped: 0 }, health: { imported: 0, skipped: 0 } }
		});
		// Same content; key order inside rows may differ, which JSON readers ignore.
		expect(JSON.parse(await exportTranscriptJson(fresh, { now: NOW }))).toStrictEqual(
			JSON.parse(json)
		);
	});

	it('skips sessions already present with the same content instead of duplicating them', async () => {
		const db = track(await seededDb());
		const json = await exportTranscriptJson(db, { now: NOW });
		expect(await importTranscript(db, json)).toMatchObject({ ok: true, imported: 0, skipped: 2 });
		const fresh = track(freshDb());
		await importTranscript(fresh, json);
		expect(await importTranscript(fresh, JSON.parse(json))).toMatchObject({
			imported: 0,
			skipped: 2
		});
		expect(await fresh.sessions.count()).toBe(2);
		expect(await fresh.events.count()).toBe(21);
		expect(await fresh.playbookTexts.count()).toBe(1);
	});

	it('rejects a conflicting session and rolls back everything else in the file', async () => {
		const source = track(await seededDb());
		const file = await exportTranscript(source, { now: NOW });
		const target = track(freshDb());
		// call-b exists in the target with other content; call-a is new.
		await createSession(target, newSession({ id: 'call-b', title: 'Another call' }));
		const result = await importTranscript(target, file);
		expect(result).toEqual({
			ok: false,
			problems: [
				expect.objectContaining({ code: 'session_conflict', path: 'sessions[1].session.id' })
			]
		});
		expect(await getSession(target, 'call-a')).toBeUndefined();
		expect(await target.events.count()).toBe(0);
		expect((await getSession(target, 'call-b'))?.title).toBe('Another call');
	});

	it('never believes a restored summary row over its events', async () => {
		const db = track(await seededDb());
		const file = await exportTranscript(db, { sessionIds: ['call-a'], now: NOW });
		const entry = file.sessions[0];
		// Keep the plan, the start, the stage and the first situation question; no call.end.
		const kept = entry.events.slice(0, 4);
		expect(kept.map((e) => e.event.type)).toEqual([
			'call.plan',
			'call.start',
			'stage.enter',
			'question.ask'
		]);
		const forged = {
			...file,
			sessions: [
				{
					...entry,
					session: {
						...entry.session,
						id: 'forged',
						outcome: 'order',
						active: 0,
						eventCount: kept.length,
						counts: { situation: 999, problem: 0, implication: 0, needPayoff: 0 }
					},
					events: kept.map((e) => ({ ...e, sessionId: 'forged' }))
				}
			]
		};
		const result = await importTranscript(db, JSON.stringify(forged));
		expect(result.ok).toBe(true);
		const row = await getSession(db, 'forged');
		expect(row?.outcome).toBeUndefined();
		expect(row?.active).toBe(1);
		expect(row?.counts).toEqual({ situation: 1, problem: 0, implication: 0, needPayoff: 0 });
	});
});
