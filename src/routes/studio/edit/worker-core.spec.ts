import { describe, expect, it } from 'vitest';
import type { ParseResult } from '$lib/playbook/types';
import type { WorkerAnswer } from './parse-client';
import { workerCore } from './worker-core';

/** A host that records what the worker parsed and posted. */
function fakeHost() {
	const posted: WorkerAnswer[] = [];
	const parsed: string[] = [];
	const host = {
		post: (answer: WorkerAnswer) => posted.push(answer),
		parse(text: string): ParseResult {
			parsed.push(text);
			return { playbook: null, diagnostics: [] };
		}
	};
	return { host, posted, parsed };
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

	it('applies an edit to the last text it was sent', () => {
		const { host, parsed } = fakeHost();
		const handle = workerCore(host);
		handle({ id: 1, text: 'need-0 met', hold: true });
		handle({ id: 2, edit: { from: 10, to: 10, insert: 'x' }, hold: true });
		handle({ id: 3, edit: { from: 0, to: 4, insert: 'pain' }, hold: false });
		expect(parsed).toEqual(['need-0 met', 'need-0 metx', 'pain-0 metx']);
	});
});
