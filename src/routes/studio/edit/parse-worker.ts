// Parses playbook text off the main thread for the editor; answers each request with its id so
// the page can drop answers to text that has changed since. The diagnostics go first, in a
// message of their own: the editor underlines them while the larger playbook is still copied.
import { parsePlaybook } from '$lib/playbook/parse';
import type { WorkerAnswer } from './parse-client';

self.onmessage = (event: MessageEvent<{ id: number; text: string; file?: string }>) => {
	const { id, text, file } = event.data;
	const { playbook, diagnostics } = parsePlaybook(text, file ? { file } : {});
	self.postMessage({ id, diagnostics } satisfies WorkerAnswer);
	self.postMessage({ id, playbook } satisfies WorkerAnswer);
};
