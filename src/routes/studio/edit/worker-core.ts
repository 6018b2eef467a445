// The parse worker's logic, apart from the worker global so that it can be tested: it answers
// each request with its id, the diagnostics first, in a message of their own (the editor draws
// them while the larger playbook is still copied). The editor's checks have the playbook held
// until the page asks for it (see parse-client).
import type { ParseResult } from '$lib/playbook/types';
import type { WorkerAnswer, WorkerRequest } from './parse-client';
import { applyEdit } from './text-edit';

export interface WorkerHost {
	post(answer: WorkerAnswer): void;
	parse(text: string, file?: string): ParseResult;
}

/** Returns the worker's message handler. */
export function workerCore(host: WorkerHost): (request: WorkerRequest) => void {
	/** The playbook of the last text parsed, while the page may still ask for it. */
	let held: { id: number; playbook: ParseResult['playbook'] } | null = null;
	/** The last text received: the page sends the next one as an edit of it. */
	let last = '';
	return (request) => {
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
	};
}
