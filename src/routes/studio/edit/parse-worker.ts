// Parses playbook text off the main thread for the editor; answers each request with its id so
// the page can drop answers to text that has changed since. The diagnostics go first, in a
// message of their own: the editor underlines them while the larger playbook is still copied.
// The editor's checks have the playbook held until the page asks for it (see parse-client).
import { parsePlaybook } from '$lib/playbook/parse';
import type { ParseResult } from '$lib/playbook/types';
import type { WorkerAnswer, WorkerRequest } from './parse-client';

/** The playbook of the last text parsed, while the page may still ask for it. */
let held: { id: number; playbook: ParseResult['playbook'] } | null = null;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	if ('send' in request) {
		if (held?.id === request.send) self.postMessage(held satisfies WorkerAnswer);
		held = null;
		return;
	}
	const { id, text, file, hold } = request;
	const { playbook, diagnostics } = parsePlaybook(text, file ? { file } : {});
	self.postMessage({ id, diagnostics } satisfies WorkerAnswer);
	// A request that does not hold (trying the playbook out) leaves the editor's held one be.
	if (hold) held = { id, playbook };
	else self.postMessage({ id, playbook } satisfies WorkerAnswer);
};
