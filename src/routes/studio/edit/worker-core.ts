// The parse worker's logic, apart from the worker global so that it can be tested: it answers
// each request with its id, the diagnostics first, in a message of their own (the editor draws
// them while the larger playbook is still copied). The editor's checks have the playbook held
// until the page asks for it (see parse-client).
import type { ParseResult } from '$lib/playbook/types';
import type { WorkerAnswer, WorkerRequest } from './parse-client';
import { applyEdit } from './text-edit';

/**
 * How many times the worker parses the editor's first text again, in idle tasks, before any
 * keystroke. The first parses in a fresh worker run the parser's code before the engine has
 * compiled it for speed: measured in the studio bench, the first keystrokes' parses took 2-4x
 * as long as the later ones (about 40-80 ms against 15-20). The extra parses are done in the
 * worker right after the editor opens, off the page's thread, and a request that comes in the
 * meantime stops them (it waits at most for the one under way).
 */
export const WARM_PARSES = 4;

export interface WorkerHost {
	post(answer: WorkerAnswer): void;
	parse(text: string, file?: string): ParseResult;
	/** Runs `fn` in a task of its own; returns a cancel. */
	later(fn: () => void): () => void;
}

/** Returns the worker's message handler. */
export function workerCore(host: WorkerHost): (request: WorkerRequest) => void {
	/** The playbook of the last text parsed, while the page may still ask for it. */
	let held: { id: number; playbook: ParseResult['playbook'] } | null = null;
	/** The last text received: the page sends the next one as an edit of it. */
	let last = '';
	/** Whether the editor's first text has come (the warm-up is started or done). */
	let opened = false;
	let warmLeft = WARM_PARSES;
	let stopWarming: (() => void) | null = null;

	const warm = (text: string, file?: string) => {
		stopWarming = host.later(() => {
			stopWarming = null;
			warmLeft--;
			host.parse(text, file);
			if (warmLeft > 0) warm(text, file);
		});
	};

	return (request) => {
		stopWarming?.();
		stopWarming = null;
		if ('send' in request) {
			if (held?.id === request.send) host.post(held);
			held = null;
			return;
		}
		const { id, file, hold } = request;
		const text = 'edit' in request ? applyEdit(last, request.edit) : request.text;
		last = text;
		const { playbook, diagnostics } = host.parse(text, file);
		host.post({ id, diagnostics });
		// A request that does not hold (trying the playbook out) leaves the editor's held one be.
		if (!hold) {
			host.post({ id, playbook });
			return;
		}
		held = { id, playbook };
		// Warm up on the editor's first text only: later keystrokes run warm code already.
		if (!opened) warm(text, file);
		opened = true;
	};
}
