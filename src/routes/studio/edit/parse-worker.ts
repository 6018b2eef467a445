// Parses playbook text off the main thread for the editor (the logic is in worker-core.ts).
import { parsePlaybook } from '$lib/playbook/parse';
import type { WorkerRequest } from './parse-client';
import { workerCore } from './worker-core';

const handle = workerCore({
	post: (answer) => self.postMessage(answer),
	parse: (text, file) => parsePlaybook(text, file ? { file } : {})
});

self.onmessage = (event: MessageEvent<WorkerRequest>) => handle(event.data);
