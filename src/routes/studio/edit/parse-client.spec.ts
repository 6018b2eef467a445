import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '$lib/playbook/types';
import {
	PLAYBOOK_PAUSE_MS,
	PlaybookParser,
	WORKER_THRESHOLD,
	type WorkerAnswer,
	type WorkerRequest
} from './parse-client';

/** A worker the test answers by hand; it records what the page asked. */
class FakeWorker {
	static last: FakeWorker | null = null;
	sent: WorkerRequest[] = [];
	onmessage: ((event: MessageEvent<WorkerAnswer>) => void) | null = null;
	onerror: (() => void) | null = null;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(request: WorkerRequest) {
		this.sent.push(request);
	}
	answer(answer: WorkerAnswer) {
		this.onmessage?.({ data: answer } as MessageEvent<WorkerAnswer>);
	}
	terminate() {}
}

const large = (tag: string) => `---\nid: big\ntitle: ${tag}\n---\n` + 'x'.repeat(WORKER_THRESHOLD);
const diagnostic: Diagnostic = {
	code: 'need_unknown',
	severity: 'error',
	line: 1,
	column: 1,
	frame: '',
	params: { id: 'need-9' }
};

describe('the parse client', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it("asks for the editor's playbook only once typing has paused, and never for a replaced text", async () => {
		vi.useFakeTimers();
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('requestIdleCallback', (fn: () => void) => setTimeout(fn, 1));
		vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) =>
			clearTimeout(handle)
		);
		const parser = new PlaybookParser();
		const first = parser.check(large('one'));
		const worker = FakeWorker.last!;
		expect(worker.sent).toHaveLength(1);
		worker.answer({ id: 1, diagnostics: [diagnostic] });
		expect(await first.diagnostics).toEqual([diagnostic]);
		// The next keystroke comes before the pause is over: the first playbook is never asked for.
		vi.advanceTimersByTime(PLAYBOOK_PAUSE_MS - 1);
		const second = parser.check(large('two'));
		expect(await first.result).toBeNull();
		worker.answer({ id: 2, diagnostics: [] });
		expect(await second.diagnostics).toEqual([]);
		vi.advanceTimersByTime(PLAYBOOK_PAUSE_MS - 1);
		expect(worker.sent.some((r) => 'send' in r)).toBe(false);
		// Typing pauses: the second one's playbook is asked for, in an idle moment.
		vi.advanceTimersByTime(2);
		expect(worker.sent.filter((r) => 'send' in r)).toEqual([{ send: 2 }]);
		worker.answer({ id: 2, playbook: null });
		expect(await second.result).toEqual({ playbook: null, diagnostics: [] });
		parser.close();
	});

	it('sends the worker the first text whole, then each next one as an edit of the last', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const parser = new PlaybookParser();
		const first = large('one');
		const check = parser.check(first);
		const worker = FakeWorker.last!;
		worker.answer({ id: 1, diagnostics: [] });
		await check.diagnostics;
		parser.check(first + 'x');
		const tried = parser.parse(first);
		expect(worker.sent.slice(0, 2)).toEqual([
			{ id: 1, text: first, file: undefined, hold: true },
			{
				id: 2,
				edit: { from: first.length, to: first.length, insert: 'x' },
				file: undefined,
				hold: true
			}
		]);
		worker.answer({ id: 2, diagnostics: [] });
		expect(worker.sent[2]).toEqual({
			id: 3,
			edit: { from: first.length, to: first.length + 1, insert: '' },
			file: undefined,
			hold: false
		});
		worker.answer({ id: 3, diagnostics: [] });
		worker.answer({ id: 3, playbook: null });
		expect(await tried).toEqual({ playbook: null, diagnostics: [] });
		// A new worker gets the whole text again.
		parser.close();
		parser.check(first);
		expect(FakeWorker.last!.sent).toEqual([{ id: 4, text: first, file: undefined, hold: true }]);
		parser.close();
	});
});
