// Parses the editor's text: on the main thread when it is small (a worker round trip would cost
// more than the parse), in a module worker when it is large, so typing never waits for it.
import { parsePlaybook } from '$lib/playbook/parse';
import type { ParseResult } from '$lib/playbook/types';

/** Above this many characters the text is parsed in the worker. */
export const WORKER_THRESHOLD = 32_000;

export class PlaybookParser {
	#worker: Worker | null = null;
	#next = 0;
	#pending = new Map<number, { resolve: (r: ParseResult) => void; text: string; file?: string }>();
	#broken = false;

	/** Parses `text`; resolves with its result (never rejects: the parser reports, not throws). */
	parse(text: string, file?: string): Promise<ParseResult> {
		if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined' || this.#broken) {
			return Promise.resolve(parsePlaybook(text, file ? { file } : {}));
		}
		const worker = this.#ensure();
		if (!worker) return Promise.resolve(parsePlaybook(text, file ? { file } : {}));
		const id = ++this.#next;
		return new Promise((resolve) => {
			this.#pending.set(id, { resolve, text, file });
			worker.postMessage({ id, text, file });
		});
	}

	/** Whether the last large text went to a worker (for tests and the bench). */
	get usesWorker(): boolean {
		return this.#worker !== null;
	}

	#ensure(): Worker | null {
		if (this.#worker) return this.#worker;
		try {
			this.#worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
		} catch {
			return null;
		}
		this.#worker.onmessage = (event: MessageEvent<{ id: number; result: ParseResult }>) => {
			const pending = this.#pending.get(event.data.id);
			this.#pending.delete(event.data.id);
			pending?.resolve(event.data.result);
		};
		// A worker that cannot start (a policy, an old browser): parse here instead, from now on.
		this.#worker.onerror = () => {
			this.#broken = true;
			for (const { resolve, text, file } of this.#pending.values())
				resolve(parsePlaybook(text, file ? { file } : {}));
			this.close();
		};
		return this.#worker;
	}

	/** Stops the worker. */
	close(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending.clear();
	}
}
