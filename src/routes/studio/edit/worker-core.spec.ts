import { describe, expect, it } from 'vitest';
import type { ParseResult } from '$lib/playbook/types';
import type { WorkerAnswer } from './parse-client';
import { WARM_PARSES, workerCore } from './worker-core';

/** A host whose tasks the test runs by hand. */
function fakeHost() {
	const posted: WorkerAnswer[] = [];
	const parsed: string[] = [];
	let tasks: (() => void)[] = [];
	const host = {
		post: (answer: WorkerAnswer) => posted.push(answer),
		parse(text: string): ParseResult {
			parsed.push(text);
			return { playbook: null, diagnostics: [] };
		},
		later(fn: () => void) {
			tasks.push(fn);
			return () => (tasks = tasks.filter((t) => t !== fn));
		}
	};
	const runTasks = () => {
		while (tasks.length) tasks.shift()!();
	};
	return { host, posted, parsed, runTasks, pending: () => tasks.length };
}

describe('the parse worker', () => {
	it("answers the diagnostics at once and holds the editor's playbook until asked", () => {
		const { host, posted } = fakeHost();
		const handle = workerCore(host);
		handle({ id: 1, text: 'a', hold: true });
		expect(posted).toEqual([{ id: 1, diagnostics: [] }]);
		handle({ send: 1 });
		expect(posted).toEqual([
			{ id: 1, diagnostics: [] },
			{ id: 1, playbook: null }
		]);
		handle({ id: 2, text: 'b', hold: false });
		expect(posted.slice(2)).toEqual([
			{ id: 2, diagnostics: [] },
			{ id: 2, playbook: null }
		]);
	});

	it("parses the editor's first text again in idle tasks, before the first keystroke", () => {
		const { host, parsed, runTasks, pending } = fakeHost();
		const handle = workerCore(host);
		handle({ id: 1, text: 'opened', hold: true });
		expect(parsed).toEqual(['opened']);
		runTasks();
		expect(parsed).toEqual(Array(1 + WARM_PARSES).fill('opened'));
		// Later checks are not followed by extra parses.
		handle({ id: 2, text: 'typed', hold: true });
		expect(pending()).toBe(0);
		expect(parsed.at(-1)).toBe('typed');
	});

	it('stops warming up as soon as a request comes', () => {
		const { host, parsed, runTasks, pending } = fakeHost();
		const handle = workerCore(host);
		handle({ id: 1, text: 'opened', hold: true });
		expect(pending()).toBe(1);
		handle({ id: 2, text: 'typed at once', hold: true });
		runTasks();
		expect(parsed).toEqual(['opened', 'typed at once']);
	});

	it('applies an edit to the last text it was sent', () => {
		const { host, parsed } = fakeHost();
		const handle = workerCore(host);
		handle({ id: 1, text: 'need-0 met', hold: true });
		handle({ id: 2, edit: { from: 10, to: 10, insert: 'x' }, hold: true });
		handle({ id: 3, edit: { from: 0, to: 4, insert: 'pain' }, hold: false });
		expect(parsed).toEqual(['need-0 met', 'need-0 metx', 'pain-0 metx']);
	});
});
