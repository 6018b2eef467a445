// Parses the editor's text: on the main thread when it is small (a worker round trip would cost
// more than the parse), in a module worker when it is large, so typing never waits for it.
import { parsePlaybook } from '$lib/playbook/parse';
import type { Diagnostic, ParseResult } from '$lib/playbook/types';

/** Above this many characters the text is parsed in the worker. */
export const WORKER_THRESHOLD = 32_000;

/** What the worker posts for a request: the diagnostics first, then the playbook. */
export type WorkerAnswer =
	{ id: number; diagnostics: Diagnostic[] } | { id: number; playbook: ParseResult['playbook'] };

/** A check for the editor: its diagnostics as soon as they are known, then the whole result. */
export interface Check {
	/** Null when a newer check replaced this one before the worker started on it. */
	diagnostics: Promise<Diagnostic[] | null>;
	result: Promise<ParseResult | null>;
}

interface Pending {
	text: string;
	file?: string;
	diagnostics?: Diagnostic[];
	early(diagnostics: Diagnostic[] | null): void;
	resolve(result: ParseResult | null): void;
}

export class PlaybookParser {
	#worker: Worker | null = null;
	#next = 0;
	#pending = new Map<number, Pending>();
	/** The editor's check the worker is on, and the one that waits for it (the latest text). */
	#checking: number | null = null;
	#waiting: Pending | null = null;
	#broken = false;

	#here(text: string, file?: string): ParseResult {
		return parsePlaybook(text, file ? { file } : {});
	}

	/** Parses `text`; resolves with its result (never rejects: the parser reports, not throws). */
	parse(text: string, file?: string): Promise<ParseResult> {
		if (this.#local(text)) return Promise.resolve(this.#here(text, file));
		return new Promise((resolve) =>
			this.#post({ text, file, early: () => {}, resolve: (r) => resolve(r!) })
		);
	}

	/**
	 * Parses `text` for the editor. The diagnostics come before the playbook (they are small, the
	 * playbook takes milliseconds to copy between threads). One check at a time is in the worker:
	 * while it runs, a newer check replaces an older one that has not started, which resolves null.
	 */
	check(text: string, file?: string): Check {
		if (this.#local(text)) {
			const result = this.#here(text, file);
			return { diagnostics: Promise.resolve(result.diagnostics), result: Promise.resolve(result) };
		}
		let early!: (d: Diagnostic[] | null) => void;
		let resolve!: (r: ParseResult | null) => void;
		const check: Check = {
			diagnostics: new Promise((r) => (early = r)),
			result: new Promise((r) => (resolve = r))
		};
		const pending: Pending = { text, file, early, resolve };
		if (this.#checking === null) this.#checking = this.#post(pending);
		else {
			this.#waiting?.early(null);
			this.#waiting?.resolve(null);
			this.#waiting = pending;
		}
		return check;
	}

	/** Whether the last large text went to a worker (for tests and the bench). */
	get usesWorker(): boolean {
		return this.#worker !== null;
	}

	#local(text: string): boolean {
		return text.length < WORKER_THRESHOLD || typeof Worker === 'undefined' || this.#broken;
	}

	/** Sends a request to the worker; returns its id, or null if it was parsed here instead. */
	#post(pending: Pending): number | null {
		const worker = this.#ensure();
		if (!worker) {
			this.#settle(pending, this.#here(pending.text, pending.file));
			return null;
		}
		const id = ++this.#next;
		this.#pending.set(id, pending);
		worker.postMessage({ id, text: pending.text, file: pending.file });
		return id;
	}

	#settle(pending: Pending, result: ParseResult): void {
		pending.early(result.diagnostics);
		pending.resolve(result);
	}

	/** The worker is done with `id`: the waiting check, if any, goes next. */
	#done(id: number): void {
		if (id !== this.#checking) return;
		this.#checking = null;
		const waiting = this.#waiting;
		this.#waiting = null;
		if (waiting) this.#checking = this.#post(waiting);
	}

	#ensure(): Worker | null {
		if (this.#worker) return this.#worker;
		if (this.#broken) return null;
		try {
			this.#worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
		} catch {
			this.#broken = true;
			return null;
		}
		this.#worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
			const answer = event.data;
			const pending = this.#pending.get(answer.id);
			if (!pending) return;
			if ('diagnostics' in answer) {
				pending.diagnostics = answer.diagnostics;
				pending.early(answer.diagnostics);
				return;
			}
			this.#pending.delete(answer.id);
			pending.resolve({ playbook: answer.playbook, diagnostics: pending.diagnostics ?? [] });
			this.#done(answer.id);
		};
		// A worker that cannot start (a policy, an old browser): parse here instead, from now on.
		this.#worker.onerror = () => {
			this.#broken = true;
			const left = [...this.#pending.values()];
			const waiting = this.#waiting;
			this.close();
			for (const pending of left) this.#settle(pending, this.#here(pending.text, pending.file));
			if (waiting) this.#settle(waiting, this.#here(waiting.text, waiting.file));
		};
		return this.#worker;
	}

	/** Stops the worker. */
	close(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending.clear();
		this.#checking = null;
		this.#waiting = null;
	}
}
