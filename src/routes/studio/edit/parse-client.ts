// Parses the editor's text: on the main thread when it is small (a worker round trip would cost
// more than the parse), in a module worker when it is large, so typing never waits for it.
import { parsePlaybook } from '$lib/playbook/parse';
import type { Diagnostic, ParseResult } from '$lib/playbook/types';
import { textEdit, type TextEdit } from './text-edit';

/** Above this many characters the text is parsed in the worker. */
export const WORKER_THRESHOLD = 32_000;

/**
 * What the page asks the worker: to parse a text (given whole, or as an edit of the text the
 * worker was sent last), or to send the playbook of the text it parsed last. `hold`: keep the
 * playbook until asked for it (the editor's checks).
 */
export type WorkerRequest =
	| { id: number; text: string; file?: string; hold: boolean }
	| { id: number; edit: TextEdit; file?: string; hold: boolean }
	| { send: number };

/** What the worker posts for a request: the diagnostics first, then the playbook. */
export type WorkerAnswer =
	{ id: number; diagnostics: Diagnostic[] } | { id: number; playbook: ParseResult['playbook'] };

/** How long typing must pause before the worker is asked for the playbook (see `#held`). */
export const PLAYBOOK_PAUSE_MS = 300;

/** Runs `fn` in an idle moment of the page (or after 500 ms, if it has none); returns a cancel. */
function whenIdle(fn: () => void): () => void {
	if (typeof requestIdleCallback !== 'function') {
		const timer = setTimeout(fn);
		return () => clearTimeout(timer);
	}
	const handle = requestIdleCallback(fn, { timeout: 500 });
	return () => cancelIdleCallback(handle);
}

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
	/** The worker keeps the playbook until asked for it (see #held). */
	hold: boolean;
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
	/**
	 * The check whose diagnostics arrived and whose playbook the worker holds. Copying a large
	 * playbook between threads takes about as long as parsing it, and reading it in takes this
	 * thread milliseconds: it is asked for once typing has paused (PLAYBOOK_PAUSE_MS, then an
	 * idle moment), so that it never lands between a keystroke and its diagnostics, and never
	 * when a newer text is checked first.
	 */
	#held: number | null = null;
	/** Cancels the wait before asking for the held playbook. */
	#cancelAsk: (() => void) | null = null;
	/** The timer of a small text's check, parsed on this thread. */
	#timer: ReturnType<typeof setTimeout> | null = null;
	#broken = false;
	/** The text the worker was sent last: the next one goes as an edit of it. */
	#sent: string | null = null;

	#here(text: string, file?: string): ParseResult {
		return parsePlaybook(text, file ? { file } : {});
	}

	/** Parses `text`; resolves with its result (never rejects: the parser reports, not throws). */
	parse(text: string, file?: string): Promise<ParseResult> {
		if (this.#local(text)) return Promise.resolve(this.#here(text, file));
		return new Promise((resolve) =>
			this.#post({ text, file, hold: false, early: () => {}, resolve: (r) => resolve(r!) })
		);
	}

	/**
	 * Parses `text` for the editor, which asks on every change. The diagnostics come before the
	 * playbook (they are small, the playbook takes milliseconds to copy between threads). A large
	 * text goes to the worker at once, so the parse runs while the page draws the keystroke; a
	 * small one is parsed here in a task of its own, after the keystroke's. One check at a time:
	 * a newer check replaces an older one that has not started, which resolves null.
	 */
	check(text: string, file?: string): Check {
		let early!: (d: Diagnostic[] | null) => void;
		let resolve!: (r: ParseResult | null) => void;
		const check: Check = {
			diagnostics: new Promise((r) => (early = r)),
			result: new Promise((r) => (resolve = r))
		};
		this.#waiting?.early(null);
		this.#waiting?.resolve(null);
		this.#waiting = { text, file, hold: true, early, resolve };
		this.#startNext();
		return check;
	}

	/** Starts the waiting check unless one is running (its end starts the next). */
	#startNext(): void {
		const waiting = this.#waiting;
		if (!waiting || this.#checking !== null || this.#timer !== null) return;
		if (!this.#local(waiting.text)) {
			this.#waiting = null;
			this.#checking = this.#post(waiting);
			return;
		}
		this.#timer = setTimeout(() => {
			this.#timer = null;
			const next = this.#waiting;
			this.#waiting = null;
			if (next && this.#local(next.text)) this.#settle(next, this.#here(next.text, next.file));
			else if (next) this.#checking = this.#post(next);
		});
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
		if (pending.hold) this.#dropHeld();
		const id = ++this.#next;
		this.#pending.set(id, pending);
		const { text, file, hold } = pending;
		const request: WorkerRequest =
			this.#sent === null
				? { id, text, file, hold }
				: { id, edit: textEdit(this.#sent, text), file, hold };
		this.#sent = text;
		worker.postMessage(request);
		return id;
	}

	/** Asks the worker for the playbook of `id` once typing pauses, unless a newer check comes. */
	#askWhenPaused(id: number): void {
		this.#stopAsking();
		const timer = setTimeout(() => {
			this.#cancelAsk = whenIdle(() => {
				this.#cancelAsk = null;
				if (this.#held === id) this.#worker?.postMessage({ send: id } satisfies WorkerRequest);
			});
		}, PLAYBOOK_PAUSE_MS);
		this.#cancelAsk = () => clearTimeout(timer);
	}

	#stopAsking(): void {
		this.#cancelAsk?.();
		this.#cancelAsk = null;
	}

	/** A newer editor text is going to the worker: the held playbook is stale, never sent. */
	#dropHeld(): void {
		this.#stopAsking();
		if (this.#held === null) return;
		this.#pending.get(this.#held)?.resolve(null);
		this.#pending.delete(this.#held);
		this.#held = null;
	}

	#settle(pending: Pending, result: ParseResult): void {
		pending.early(result.diagnostics);
		pending.resolve(result);
	}

	/** The worker has answered `id` with its diagnostics: the waiting check, if any, goes next. */
	#done(id: number): void {
		if (id !== this.#checking) return;
		this.#checking = null;
		this.#startNext();
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
				if (pending.hold) {
					this.#held = answer.id;
					this.#askWhenPaused(answer.id);
				}
				// The worker is done with this text: the next check can go.
				this.#done(answer.id);
				return;
			}
			this.#pending.delete(answer.id);
			if (this.#held === answer.id) this.#held = null;
			pending.resolve({ playbook: answer.playbook, diagnostics: pending.diagnostics ?? [] });
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
		this.#sent = null;
		this.#pending.clear();
		this.#checking = null;
		this.#waiting = null;
		this.#held = null;
		this.#stopAsking();
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
