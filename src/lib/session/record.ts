// The one path by which an event reaches a call's log: stamped with the schema version and a
// time never earlier than the last event, validated against the contract, and checked against
// what the machine takes in the call's current phase (acceptance.ts). The call screen, the
// scripted buyer's replies, planning and the end screen all go through `admitEvent`.
import type { Playbook } from '$lib/playbook/types';
import { acceptsEvent } from './acceptance';
import { initialCallContext, type CallContext } from './context';
import { EVENT_SCHEMA_VERSION, type CallEvent } from './events';
import { foldEvent } from './reduce';
import { parseEvent } from './validate';

/** A CallEvent before it is stamped with `v` and `at`. */
export type EventBody = CallEvent extends infer E
	? E extends CallEvent
		? Omit<E, 'v' | 'at'>
		: never
	: never;

/** A playbook with nothing in it, for folds that never read the playbook's content. */
export const EMPTY_PLAYBOOK: Playbook = {
	meta: { id: '', title: '', locale: 'en', version: '', offer: '' },
	opening: [],
	needs: [],
	questions: [],
	capabilities: [],
	objections: [],
	commitment: { summary: [], advances: [], questions: [] },
	buyer: null
};

/** Why an event was refused: it breaks the contract, or the call does not take it now. */
export type RefusalCode = 'event_invalid' | 'event_not_accepted';

export type Admission = { ok: true; event: CallEvent } | { ok: false; code: RefusalCode };

/** Stamps `body` at `now` (never before the call's last event), validates and checks it. */
export function admitEvent(context: CallContext, body: EventBody, now: number): Admission {
	if (!acceptsEvent(context.phase, body.type)) return { ok: false, code: 'event_not_accepted' };
	const at = Math.max(now, (context.lastAt ?? -Infinity) + 1);
	try {
		return { ok: true, event: parseEvent({ ...body, v: EVENT_SCHEMA_VERSION, at }) };
	} catch {
		return { ok: false, code: 'event_invalid' };
	}
}

/** The body of an event already stamped (a buyer reply), to admit it like any other. */
export function bodyOf(event: CallEvent): EventBody {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { v, at, ...body } = event;
	return body as EventBody;
}

/**
 * Admits `bodies` in order after the log `events`, each folded before the next is checked;
 * returns the stamped events, or the first refusal. For screens without a running actor; a
 * call whose playbook no longer parses is checked on an empty one (acceptance never reads it).
 */
export function admitAfter(
	playbook: Playbook | null,
	events: readonly CallEvent[],
	bodies: readonly EventBody[],
	now: number
): { ok: true; events: CallEvent[] } | { ok: false; code: RefusalCode; index: number } {
	const pb = playbook ?? EMPTY_PLAYBOOK;
	let context = initialCallContext(pb);
	for (const event of events) context = foldEvent(context, event, pb);
	const out: CallEvent[] = [];
	for (const [index, body] of bodies.entries()) {
		const admitted = admitEvent(context, body, now);
		if (!admitted.ok) return { ok: false, code: admitted.code, index };
		out.push(admitted.event);
		context = foldEvent(context, admitted.event, pb);
	}
	return { ok: true, events: out };
}

/**
 * Admits events that already carry their times (a drill's staged steps and the buyer's replies
 * to them) as the call would: each validated and checked against the log before it, none
 * earlier than the one before. Returns them as admitted, or the first refusal.
 */
export function admitLog(
	playbook: Playbook,
	events: readonly CallEvent[]
): { ok: true; events: CallEvent[] } | { ok: false; code: RefusalCode; index: number } {
	let context = initialCallContext(playbook);
	const out: CallEvent[] = [];
	for (const [index, event] of events.entries()) {
		const admitted = admitEvent(context, bodyOf(event), event.at);
		if (!admitted.ok) return { ok: false, code: admitted.code, index };
		out.push(admitted.event);
		context = foldEvent(context, admitted.event, playbook);
	}
	return { ok: true, events: out };
}
