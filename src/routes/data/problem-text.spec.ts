// Every import problem the store can report reads as a full sentence in both languages: each
// code has a message, and the params each message names are the ones the store sends with it.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { type ImportProblem, type SpinDb, type TranscriptFile } from '$lib/db';
import { exportTranscript } from '$lib/db/export';
import { importTranscript } from '$lib/db/import';
import { IMPORT_PROBLEM_CODES } from '$lib/db/import-problems';
import { seededDb } from '../../../tests/fixtures/db/helpers';
import en from '../../../messages/en.json';
import zh from '../../../messages/zh-CN.json';
import { problemPath, problemText } from './problem-text';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

let db: SpinDb;
let good: TranscriptFile;
beforeAll(async () => {
	db = await seededDb();
	good = await exportTranscript(db, { now: 0 });
});
afterAll(() => db.close());

/** The problems the store reports for the good file with one change applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests poke arbitrary JSON
type Json = Record<string, any>;

async function problemsOf(change: (file: Json) => unknown): Promise<ImportProblem[]> {
	const copy = structuredClone(good) as unknown as Json;
	const input = change(copy) ?? copy;
	const result = await importTranscript(db, input);
	if (result.ok) throw new Error('expected the file to be refused');
	return result.problems;
}

describe('problemText', () => {
	it('has an English and a Chinese message for every problem code', () => {
		const messages = [en, zh] as Record<string, string>[];
		for (const code of IMPORT_PROBLEM_CODES) {
			for (const catalogue of messages)
				expect(catalogue[`data_problem_${code}`], code).toBeTruthy();
		}
	});

	it('fills every placeholder from what the store reports, in both languages', async () => {
		const cases = [
			await problemsOf(() => '{"format": "spin-coach-transcript", "ver'),
			await problemsOf(() => [1, 2]),
			await problemsOf((f) => void (f.version = 7)),
			await problemsOf(() => JSON.parse('{"__proto__": {"x": 1}}')),
			await problemsOf((f) => void (f.sessions[0].session.title = 'x'.repeat(20_001))),
			await problemsOf((f) => void (f.sessions[0].events[1].seq = 5)),
			await problemsOf((f) => void f.sessions[0].events.pop()),
			await problemsOf((f) => void f.sessions.push(f.sessions[0])),
			await problemsOf((f) => void (f.sessions[0].playbook.text += ' ')),
			await problemsOf((f) => void delete f.sessions[0].session.mode),
			await problemsOf((f) => void (f.sessions[0].session.colour = 'blue')),
			await problemsOf((f) => void (f.sessions[0].events[0].seq = 'one')),
			await problemsOf((f) => void (f.sessions[0].session.mode = 'phone')),
			await problemsOf((f) => void (f.sessions[0].events[0].event.type = 'dance')),
			await problemsOf((f) => void (f.sessions[0].events[0].sessionId = 'other')),
			await problemsOf((f) => void (f.sessions[0].events[0].event.at += 1))
		].flat();
		const seen = new Set(cases.map((p) => p.code));
		for (const code of ['json_invalid', 'version_unsupported', 'key_forbidden', 'seq_gap']) {
			expect(seen, code).toContain(code);
		}
		expect(seen).toContain('session_conflict');
		for (const problem of cases) {
			for (const locale of ['en', 'zh-CN'] as const) {
				overwriteGetLocale(() => locale);
				const text = problemText(problem);
				expect(text, `${problem.code} (${locale})`).not.toMatch(/undefined|\{|\}/);
				expect(text).not.toBe(problem.code);
				expect(problemPath(problem)).toBe(
					problem.path || (locale === 'en' ? 'the whole file' : '整个文件')
				);
			}
		}
	});

	it('keeps an unknown code visible rather than blank', () => {
		const problem = {
			code: 'from_the_future',
			path: 'x',
			message: 'm'
		} as unknown as ImportProblem;
		expect(problemText(problem)).toBe('from_the_future');
	});
});
