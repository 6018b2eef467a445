// The call screen's bridge to the pure core: loads a stored call, replays its log into an
// XState actor, and turns each user action into one CallEvent that goes to the actor and to the
// SessionWriter (plus, in a rehearsal, the scripted buyer's reply events). Runes live here so
// `session/` and `db/` stay free of Svelte.
import { createActor, type Actor } from 'xstate';
import type { Playbook, SpinType } from '$lib/playbook/types';
import type { CallEvent, Stage } from '$lib/session/events';
import { callMachine } from '$lib/session/machine';
import { replay, type CallSnapshot } from '$lib/session/replay';
import { admitEvent, bodyOf, type EventBody } from '$lib/session/record';
import type { buyerRespond } from '$lib/session/buyer';
import type { CallContext, Nudge } from '$lib/session/context';
import { assess, type Assessment, type Suggestion } from '$lib/session/assessment';
// The plain IndexedDB handle (raw-db.ts), not Dexie: the call route ships no Dexie at all.
import { getRawDb, getRow, readEvents, type StoreHandle } from '$lib/db/raw-db';
import type { PlaybookTextRow, SessionRow } from '$lib/db/types';
import { openSessionWriter, type SessionWriter, type WriterStatus } from '$lib/db/writer';
import { loadPlaybook } from './load-playbook';
import type { SaveState } from './types';

/** Why the call could not be opened; the UI shows `call_error_<code>`. */
export type LoadErrorCode =
	'missing_id' | 'session_not_found' | 'playbook_invalid' | 'log_invalid' | 'load_failed';

/** A problem with one action; the UI shows `call_error_<code>` until dismissed. */
export type ActionErrorCode = 'event_rejected' | 'save_failed' | 'read_only' | 'stale';

export type { EventBody } from '$lib/session/record';

export interface CallSessionOptions {
	db?: StoreHandle;
	/** The clock events are stamped with; tests pass a fake one. */
	now?: () => number;
}

/** One open call: reactive snapshot and save status, and `record()` for every user action. */
export class CallSession {
	state = $state<'loading' | 'ready' | 'error'>('loading');
	loadError = $state<LoadErrorCode | null>(null);
	actionError = $state<ActionErrorCode | null>(null);
	snapshot = $state.raw<CallSnapshot | null>(null);
	events = $state.raw<readonly CallEvent[]>([]);
	session = $state.raw<SessionRow | null>(null);
	playbook = $state.raw<Playbook | null>(null);
	save = $state<SaveState>('saving');
	saveError = $state<string | null>(null);
	/**
	 * The one assessment of the call as it stands (session/assessment.ts): worked out once per
	 * event, however many parts of the screen read it.
	 */
	assessment: Assessment | null = $derived.by(() => {
		const { context, playbook } = this;
		return context && playbook ? assess(context, playbook) : null;
	});

	#db: StoreHandle | undefined;
	#now: () => number;
	#actor: Actor<typeof callMachine> | null = null;
	#writer: SessionWriter | null = null;
	/** The scripted buyer, loaded with a rehearsal only (a live call never needs it). */
	#buyer: typeof buyerRespond | null = null;
	#cleanups: (() => void)[] = [];
	#closed = false;

	constructor(options: CallSessionOptions = {}) {
		this.#db = options.db;
		this.#now = options.now ?? Date.now;
	}

	/** The call's plain data, or null before it loaded. */
	get context(): CallContext | null {
		return this.snapshot?.context ?? null;
	}

	/** The stage on screen; a paused or ended call shows the stage it was last in. */
	get stage(): Stage {
		return this.context?.stage ?? 'opening';
	}

	/** The assessment's ranked next moves, each with its reason code. */
	get suggestions(): Suggestion[] {
		return this.assessment?.suggestions ?? [];
	}

	/** Coaching nudges as the assessment shows them (codes; the UI translates). */
	get nudges(): Nudge[] {
		return this.assessment?.nudges ?? [];
	}

	/** Questions asked so far, per SPIN type. */
	get counts(): Record<SpinType, number> {
		return this.context?.spinCounts ?? { situation: 0, problem: 0, implication: 0, needPayoff: 0 };
	}

	get rehearsal(): boolean {
		return this.session?.mode === 'rehearsal';
	}

	/** Loads the session, its exact playbook text and its log, and resumes the actor there. */
	async load(id: string | null): Promise<void> {
		if (!id) return this.#failLoad('missing_id');
		const db = (this.#db ??= getRawDb());
		let session: SessionRow | undefined;
		let events: CallEvent[];
		let playbook: Playbook | null;
		try {
			session = await getRow<SessionRow>(db, 'sessions', id);
			if (!session) return this.#failLoad('session_not_found');
			const text = await getRow<PlaybookTextRow>(db, 'playbookTexts', session.playbookHash);
			playbook = text ? await loadPlaybook(db, text) : null;
			if (!playbook) return this.#failLoad('playbook_invalid');
			events = (await readEvents(db, id)).map((row) => row.event);
			if (session.mode === 'rehearsal')
				this.#buyer = (await import('$lib/session/buyer')).buyerRespond;
		} catch (error) {
			console.error('call: loading failed', error);
			return this.#failLoad('load_failed');
		}
		let snapshot: CallSnapshot;
		try {
			snapshot = replay(playbook, events);
		} catch (error) {
			console.error('call: the stored log does not replay', error);
			return this.#failLoad('log_invalid');
		}
		if (this.#closed) return;
		this.session = session;
		this.playbook = playbook;
		this.#start(playbook, snapshot, events);
		this.#openWriter(db, id);
		this.state = 'ready';
	}

	/**
	 * Records one user action through the one event path (session/record.ts: stamped, checked,
	 * taken by the machine now), sends it to the actor and appends it to the log; in a
	 * rehearsal the buyer's replies follow the same way. Returns false when refused.
	 */
	record(body: EventBody): boolean {
		const actor = this.#actor;
		const context = this.context;
		if (!actor || !context || !this.playbook) return false;
		if (this.save === 'readOnly' || this.save === 'stale') {
			// An outdated schema is not another tab's call: the fix is a reload, so say that.
			this.actionError = this.save === 'stale' ? 'stale' : 'read_only';
			return false;
		}
		const admitted = admitEvent(context, body, this.#now());
		if (!admitted.ok) {
			this.actionError = 'event_rejected';
			return false;
		}
		const event = admitted.event;
		this.actionError = null;
		this.#commit(event);
		if (this.rehearsal && this.#buyer && event.type !== 'buyer.say') {
			// The actor's context already folds `event`: the buyer reads it instead of re-folding the log.
			const folded = actor.getSnapshot().context;
			for (const reply of this.#buyer(this.playbook, this.events, event, folded)) {
				const now = actor.getSnapshot().context;
				const line = admitEvent(now, bodyOf(reply), reply.at);
				if (line.ok) this.#commit(line.event);
			}
		}
		return true;
	}

	/** Waits until every event recorded so far has settled in storage (or in memory). */
	async flush(): Promise<void> {
		await this.#writer?.flush();
	}

	/**
	 * The call as a transcript file that /data/ imports: what storage holds plus the writer's
	 * in-memory backlog (a full disk). Only if storage cannot even be read, the in-memory log.
	 */
	async exportTranscript(): Promise<string> {
		const id = this.session?.id;
		if (this.#db && id) {
			try {
				await this.#writer?.flush();
				const unsaved = this.#writer?.unsaved ?? [];
				// The export path (and Dexie, which it reads through) is loaded when asked for: a
				// call on screen does not need it. Same database, a Dexie handle on it.
				const [{ exportTranscriptJson }, { SpinDb }] = await Promise.all([
					import('$lib/db/export'),
					import('$lib/db/db')
				]);
				const db = this.#db instanceof SpinDb ? this.#db : new SpinDb(this.#db.name);
				try {
					return await exportTranscriptJson(db, { sessionIds: [id], unsaved });
				} finally {
					if (db !== this.#db) db.close();
				}
			} catch (error) {
				console.error('call: export from storage failed', error);
			}
		}
		return JSON.stringify({ session: this.session, events: this.events }, null, 2);
	}

	/** Flushes, releases the session's lock for the next page, and stops listening. */
	async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		for (const cleanup of this.#cleanups) cleanup();
		this.#cleanups = [];
		this.#actor?.stop();
		await this.#writer?.close();
	}

	#failLoad(code: LoadErrorCode): void {
		this.loadError = code;
		this.state = 'error';
	}

	#start(playbook: Playbook, snapshot: CallSnapshot, events: readonly CallEvent[]): void {
		this.#actor?.stop();
		// Restore with `snapshot` (XState v5); the deprecated `state:` option is never used.
		const actor = createActor(callMachine, { snapshot, input: { playbook } });
		const sub = actor.subscribe((next) => (this.snapshot = next));
		this.#cleanups.push(() => sub.unsubscribe());
		actor.start();
		this.#actor = actor;
		this.events = events;
		this.snapshot = actor.getSnapshot();
	}

	#openWriter(db: StoreHandle, id: string): void {
		const writer = openSessionWriter(db, id);
		this.#writer = writer;
		this.#cleanups.push(writer.onStatus((status) => this.#onStatus(status)));
		writer.ready.then(
			() => {
				// A second tab may write this call; when it lets go, continue from its log.
				if (writer.status.state === 'readOnly') void this.#takeOver(db, id, writer);
			},
			(error) => {
				console.error('call: the writer could not open the session', error);
				this.save = 'memory';
			}
		);
	}

	async #takeOver(db: StoreHandle, id: string, writer: SessionWriter): Promise<void> {
		await writer.waitForLock();
		if (this.#closed || !this.playbook) return;
		const events = (await readEvents(db, id)).map((row) => row.event);
		this.#start(this.playbook, replay(this.playbook, events), events);
	}

	#onStatus(status: WriterStatus): void {
		this.save = status.state;
		this.saveError = status.error?.code ?? null;
	}

	#commit(event: CallEvent): void {
		this.#actor?.send(event);
		this.events = [...this.events, event];
		this.#writer?.append(event).catch((error) => {
			console.error('call: append failed', error);
			this.actionError = 'save_failed';
		});
	}
}
