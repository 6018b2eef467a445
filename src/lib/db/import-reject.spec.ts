// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, seededDb } from '../../../tests/fixtures/db/helpers';
import type { SpinDb } from './db';
import { exportTranscript, exportTranscriptJson } from './export';
import { importTranscript } from './import';
import { LIMITS } from './import-scan';
import type { TranscriptFile } from './transcript-format';

let source: SpinDb;
let target: SpinDb;
let good: TranscriptFile;
let goodJson: string;
let before: string;

beforeAll(async () => {
	source = await seededDb();
	good = await exportTranscript(source, { now: 0 });
	goodJson = JSON.stringify(good);
	// The target already holds data that a rejected import must leave untouched.
	target = freshDb();
	const other = await seededDb();
	const file = await exportTranscript(other, { sessionIds: ['call-b'], now: 0 });
	other.close();
	file.sessions[0].session.id = 'existing';
	file.sessions[0].events.forEach((e) => (e.sessionId = 'existing'));
	expect(await importTranscript(target, file)).toMatchObject({ ok: true, imported: 1 });
	before = await exportTranscriptJson(target, { now: 0 });
});
afterAll(() => {
	source.close();
	target.close();
});

/** A deep copy of the good file with one change applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests poke arbitrary JSON
function mutate(change: (f: Record<string, any>) => void): unknown {
	const copy = JSON.parse(goodJson);
	change(copy);
	return copy;
}

const cases: [string, () => unknown, string, string | RegExp][] = [
	['truncated file', () => goodJson.slice(0, goodJson.length / 2), 'json_invalid', ''],
	['not JSON at all', () => 'PK\u0003\u0004 zip bytes', 'json_invalid', ''],
	['oversized file', () => ' '.repeat(LIMITS.fileChars + 1), 'file_too_large', ''],
	['another format', () => mutate((f) => (f.format = 'tldraw')), 'format_unknown', 'format'],
	['a newer version', () => mutate((f) => (f.version = 2)), 'version_unsupported', 'version'],
	['an array instead of a file', () => [], 'format_unknown', ''],
	[
		'__proto__ inside an event',
		() => goodJson.replace('"type":"call.start"', '"type":"call.start","__proto__":{"admin":true}'),
		'key_forbidden',
		'sessions[0].events[1].event.__proto__'
	],
	[
		'constructor key in a summary',
		() => mutate((f) => (f.sessions[0].session.constructor = { prototype: {} })),
		'key_forbidden',
		'sessions[0].session.constructor'
	],
	[
		'a huge note',
		() => mutate((f) => (f.sessions[0].events[4].event.text = 'x'.repeat(LIMITS.string + 1))),
		'string_too_long',
		'sessions[0].events[4].event.text'
	],
	[
		'absurd nesting',
		() => {
			let deep: unknown = 'x';
			for (let i = 0; i < 40; i++) deep = [deep];
			return mutate((f) => (f.sessions[0].events[0].event.objective = deep));
		},
		'nesting_too_deep',
		/^sessions\[0\]\.events\[0\]\.event\.objective(\[0\])+$/
	],
	[
		'a string where a number belongs',
		() => mutate((f) => (f.sessions[1].session.startedAt = 'yesterday')),
		'type_invalid',
		'sessions[1].session.startedAt'
	],
	[
		'a missing field',
		() => mutate((f) => delete f.sessions[0].session.title),
		'field_missing',
		'sessions[0].session.title'
	],
	[
		'an unknown field',
		() => mutate((f) => (f.sessions[0].session.isAdmin = true)),
		'field_unknown',
		'sessions[0].session.isAdmin'
	],
	[
		'a value outside the enum',
		() => mutate((f) => (f.sessions[0].session.mode = 'phone')),
		'value_invalid',
		'sessions[0].session.mode'
	],
	[
		'an event of unknown type',
		() => mutate((f) => (f.sessions[0].events[2].event.type = 'script.run')),
		'event_invalid',
		'sessions[0].events[2].event.type'
	],
	[
		'a seq gap',
		() => mutate((f) => f.sessions[0].events.splice(3, 1)),
		'seq_gap',
		'sessions[0].events[3].seq'
	],
	[
		'an event of an unknown session',
		() => mutate((f) => (f.sessions[1].events[2].sessionId = 'ghost')),
		'event_unknown_session',
		'sessions[1].events[2].sessionId'
	],
	[
		'a playbook text edited after export',
		() => mutate((f) => (f.sessions[0].playbook.text += '\n- Injected need')),
		'playbook_hash_mismatch',
		'sessions[0].playbook.hash'
	],
	[
		'a session pointing at another playbook text',
		() => mutate((f) => (f.sessions[0].session.playbookHash = '0000000000000000')),
		'playbook_hash_mismatch',
		'sessions[0].session.playbookHash'
	],
	[
		'the same session twice',
		() => mutate((f) => f.sessions.push(f.sessions[0])),
		'session_duplicate',
		'sessions[2].session.id'
	],
	[
		'more events than the summary says',
		() => mutate((f) => (f.sessions[1].session.eventCount = 3)),
		'event_count_mismatch',
		'sessions[1].events'
	],
	[
		'too many sessions',
		() => mutate((f) => (f.sessions = Array.from({ length: LIMITS.sessions + 1 }, () => 0))),
		'too_many_items',
		'sessions'
	]
];

describe('import rejects bad files and leaves the store untouched', () => {
	it.each(cases)('%s', async (_, make, code, path) => {
		const result = await importTranscript(target, make());
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const where = typeof path === 'string' ? path : expect.stringMatching(path);
		expect(result.problems).toContainEqual(expect.objectContaining({ code, path: where }));
		for (const p of result.problems) expect(p.message).toEqual(expect.any(String));
		expect(await exportTranscriptJson(target, { now: 0 })).toBe(before);
	});

	it('does not pollute Object.prototype', async () => {
		await importTranscript(target, goodJson.replace('{', '{"__proto__":{"polluted":true},'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('reports every problem of a file, capped', async () => {
		const file = mutate((f) => {
			for (const s of f.sessions) s.session.mode = 'phone';
			f.sessions[0].events.forEach((e: { seq: number }) => (e.seq += 100));
		});
		const result = await importTranscript(target, file);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const codes = result.problems.map((p) => p.code);
		expect(codes.filter((c) => c === 'value_invalid')).toHaveLength(2);
		expect(codes.filter((c) => c === 'seq_gap')).toHaveLength(15);
		expect(result.problems.length).toBeLessThanOrEqual(50);
	});

	it('still accepts the untouched file', async () => {
		expect(await importTranscript(freshDbTracked(), goodJson)).toMatchObject({
			ok: true,
			imported: 2
		});
	});
});

function freshDbTracked() {
	const db = freshDb();
	afterAllClose.push(db);
	return db;
}
const afterAllClose: SpinDb[] = [];
afterAll(() => afterAllClose.forEach((d) => d.close()));
