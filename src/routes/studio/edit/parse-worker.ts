// Parses playbook text off the main thread for the editor; answers each request with its id so
// the page can drop answers to text that has changed since.
import { parsePlaybook } from '$lib/playbook/parse';

self.onmessage = (event: MessageEvent<{ id: number; text: string; file?: string }>) => {
	const { id, text, file } = event.data;
	self.postMessage({ id, result: parsePlaybook(text, file ? { file } : {}) });
};
