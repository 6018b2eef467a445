// The scripted rehearsal buyer: a pure function of the playbook's buyer script and the event
// log, so the same call always gets the same replies and a saved rehearsal replays exactly.
//
// Objection rule (deterministic, after Rackham's SPIN research on large sales: features and
// advantages provoke objections, while benefits that meet a need the buyer stated explicitly
// win approval instead; the domain notes §2.3 give the same feature/advantage/benefit split):
// 1. Each capability statement is classed as the buyer hears it: `feature.present` → feature,
//    `advantage.present` → advantage, `benefit.state` → benefit only when it meets a need that
//    is explicit at that moment, otherwise advantage (a "benefit" for a need the buyer never
//    stated works on the buyer like an advantage, in Rackham's terms).
// 2. After a feature or advantage the buyer raises the first scripted objection, in script
//    order, that has not been raised yet in this call and whose `After` names that kind or `any`.
// 3. After a benefit meeting an explicit need only objections scripted `After: benefit` fire;
//    `any` does not. So a rep who presents capability only as benefits for explicit needs meets
//    fewer objections than one who leads with features and advantages.
// At most one objection per statement; an objection is raised at most once per call.
import type { BuyerAcceptance, BuyerScript, Playbook } from '$lib/playbook/types';
import { initialCallContext, type CallContext } from './context';
import { EVENT_SCHEMA_VERSION, type CallEvent, type EventOf, type Outcome } from './events';
import { foldEvent } from './reduce';

/** The advance id a buyer script uses for an order; the UI proposes it as `advanceId: 'order'`. */
export const ORDER_ID = 'order';

/** Generic buyer lines (sent with `text: ''`) that the UI translates. */
export const BUYER_LINE_CODES = {
	/** A question the script has no reply for. */
	neutral: 'buyer.neutral',
	/** The rep answered an objection. */
	objectionAcknowledged: 'buyer.objection_acknowledged',
	/** A proposal the buyer declines and the script gives no words for. */
	declined: 'buyer.declined',
	/** A summary after at least one explicit need was met. */
	summaryAgreed: 'buyer.summary_agreed',
	/** A summary while no explicit need has been met. */
	summaryUnconvinced: 'buyer.summary_unconvinced'
} as const;

/** Milliseconds between the rep's event and the buyer's line, so the log stays ordered. */
export const BUYER_DELAY_MS = 1;

type Trigger = 'feature' | 'advantage' | 'benefit';
type Line = Omit<EventOf<'buyer.say'>, 'v' | 'at' | 'type'>;

const EMPTY_SCRIPT: BuyerScript = { persona: '', replies: [], objections: [], accepts: [] };

/**
 * The scripted buyer's lines in answer to `event`, given the log `events` before it (with or
 * without `event` itself at the end). `context` may carry the log already folded with `event`
 * (a live actor's context: the call screen logs only events the phase gate accepts) so a long
 * rehearsal is not refolded per reply; one that does not match the log is not used.
 */
export function buyerRespond(
	playbook: Playbook,
	events: readonly CallEvent[],
	event: CallEvent,
	context?: CallContext
): CallEvent[] {
	const script = playbook.buyer ?? EMPTY_SCRIPT;
	const before = events.at(-1) === event ? events.slice(0, -1) : events;
	const usable =
		context !== undefined &&
		context.eventCount === before.length + 1 &&
		context.lastAt === event.at &&
		context.ignored.length === 0;
	const c = usable
		? context
		: foldEvent(transcript(playbook, before), event, playbook, 'transcript');
	return respond(script, c, event).map((line, i) => ({
		v: EVENT_SCHEMA_VERSION,
		at: event.at + BUYER_DELAY_MS * (i + 1),
		type: 'buyer.say',
		...line
	}));
}

// Nudges are not needed here, so the log is folded without them.
function transcript(playbook: Playbook, events: readonly CallEvent[]): CallContext {
	let c = initialCallContext(playbook);
	for (const event of events) c = foldEvent(c, event, playbook, 'transcript');
	return c;
}

// `c` is the context with `event` folded in: a benefit's presentation records which of its
// needs were explicit when it was stated.
function respond(script: BuyerScript, c: CallContext, event: CallEvent): Line[] {
	switch (event.type) {
		case 'question.ask':
			return [reply(script, event)];
		case 'feature.present':
			return objection(script, c, 'feature');
		case 'advantage.present':
			return objection(script, c, 'advantage');
		case 'benefit.state': {
			const stated = c.presentations.at(-1);
			const meetsExplicit =
				stated?.eventIndex === c.eventCount - 1 && stated.explicitNeedIds.length > 0;
			return objection(script, c, meetsExplicit ? 'benefit' : 'advantage');
		}
		case 'objection.answer':
			return [
				{ text: '', code: BUYER_LINE_CODES.objectionAcknowledged, replyTo: event.objectionId }
			];
		case 'summary.give':
			return [{ text: '', code: summaryCode(c) }];
		case 'advance.propose':
			return [proposal(script, c, event.advance.advanceId)];
		default:
			return [];
	}
}

function reply(script: BuyerScript, event: EventOf<'question.ask'>): Line {
	const scripted =
		(event.questionId !== undefined &&
			script.replies.find((r) => r.questionId === event.questionId)) ||
		script.replies.find((r) => r.questionId === undefined && r.spinType === event.spinType);
	if (!scripted) return { text: '', code: BUYER_LINE_CODES.neutral, replyTo: event.questionId };
	const line: Line = { text: scripted.text, replyTo: event.questionId };
	if (scripted.reveals.length > 0) line.reveals = [...scripted.reveals];
	if (scripted.states.length > 0) line.states = [...scripted.states];
	return line;
}

// Every objection ever raised is in the context's list: only an echo of an open one merges.
function objection(script: BuyerScript, c: CallContext, kind: Trigger): Line[] {
	const raised = new Set(c.objections.map((o) => o.objectionId));
	const next = script.objections.find(
		(o) =>
			!raised.has(o.objectionId) &&
			(o.after.includes(kind) || (kind !== 'benefit' && o.after.includes('any')))
	);
	return next ? [{ text: next.text, objectionId: next.objectionId }] : [];
}

const isMet = (n: CallContext['needs'][number]) =>
	n.level === 'explicit' && n.benefits.some((b) => b.whileExplicit);

function summaryCode(c: CallContext): string {
	return c.needs.some(isMet) ? BUYER_LINE_CODES.summaryAgreed : BUYER_LINE_CODES.summaryUnconvinced;
}

function holds(c: CallContext, condition: BuyerAcceptance['when'][number]): boolean {
	const need = c.needs.find((n) => n.id === condition.needId);
	if (need?.level !== 'explicit') return false;
	return condition.state === 'explicit' || isMet(need);
}

function proposal(script: BuyerScript, c: CallContext, advanceId: string | undefined): Line {
	const acceptance: BuyerAcceptance | undefined =
		advanceId === undefined ? undefined : script.accepts.find((a) => a.advanceId === advanceId);
	if (acceptance && acceptance.when.every((w) => holds(c, w))) {
		return { text: acceptance.text, replyTo: advanceId, acceptsAdvanceId: advanceId };
	}
	if (acceptance?.otherwise) return { text: acceptance.otherwise, replyTo: advanceId };
	return { text: '', code: BUYER_LINE_CODES.declined, replyTo: advanceId };
}

/**
 * What the buyer has agreed to so far: an order, else an advance, else continuation. A call the
 * rep ended without proposing anything at all is a no-sale: nothing was asked, nothing agreed.
 * Pass `ending` when the rep is ending the call now, to get the outcome its `call.end` should log.
 */
export function buyerOutcome(
	playbook: Playbook,
	events: readonly CallEvent[],
	ending = false
): Outcome {
	const c = transcript(playbook, events);
	if (c.acceptedAdvanceIds.includes(ORDER_ID)) return 'order';
	if (c.acceptedAdvanceIds.length > 0) return 'advance';
	return (ending || c.endedAt !== null) && c.advances.length === 0 ? 'noSale' : 'continuation';
}
