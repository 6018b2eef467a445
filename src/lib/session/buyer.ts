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
import { EVENT_SCHEMA_VERSION, type CallEvent, type EventOf, type Outcome } from './events';
import { NeedTrace } from './need-trace';

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

/** The scripted buyer's lines in answer to `event`, given the log `events` before it. */
export function buyerRespond(
	playbook: Playbook,
	events: readonly CallEvent[],
	event: CallEvent
): CallEvent[] {
	const script = playbook.buyer ?? EMPTY_SCRIPT;
	const before = events.at(-1) === event ? events.slice(0, -1) : events;
	const trace = new NeedTrace(playbook);
	for (const past of before) trace.apply(past);
	const lines = respond(script, trace, before, event);
	return lines.map((line, i) => ({
		v: EVENT_SCHEMA_VERSION,
		at: event.at + BUYER_DELAY_MS * (i + 1),
		type: 'buyer.say',
		...line
	}));
}

function respond(
	script: BuyerScript,
	trace: NeedTrace,
	before: readonly CallEvent[],
	event: CallEvent
): Line[] {
	switch (event.type) {
		case 'question.ask':
			return [reply(script, event)];
		case 'feature.present':
			return objection(script, before, 'feature');
		case 'advantage.present':
			return objection(script, before, 'advantage');
		case 'benefit.state': {
			const meetsExplicit = trace.explicitAmong(trace.benefitNeeds(event)).length > 0;
			return objection(script, before, meetsExplicit ? 'benefit' : 'advantage');
		}
		case 'objection.answer':
			return [
				{ text: '', code: BUYER_LINE_CODES.objectionAcknowledged, replyTo: event.objectionId }
			];
		case 'summary.give':
			return [{ text: '', code: summaryCode(trace) }];
		case 'advance.propose':
			return [proposal(script, trace, event.advance.advanceId)];
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

function objection(script: BuyerScript, before: readonly CallEvent[], kind: Trigger): Line[] {
	const raised = new Set<string>();
	for (const e of before) {
		if (e.type === 'buyer.say' && e.objectionId !== undefined) raised.add(e.objectionId);
		if (e.type === 'objection.raise' && e.objectionId !== undefined) raised.add(e.objectionId);
	}
	const next = script.objections.find(
		(o) =>
			!raised.has(o.objectionId) &&
			(o.after.includes(kind) || (kind !== 'benefit' && o.after.includes('any')))
	);
	return next ? [{ text: next.text, objectionId: next.objectionId }] : [];
}

function summaryCode(trace: NeedTrace): string {
	for (const status of trace.needs.values()) {
		if (status.met) return BUYER_LINE_CODES.summaryAgreed;
	}
	return BUYER_LINE_CODES.summaryUnconvinced;
}

function proposal(script: BuyerScript, trace: NeedTrace, advanceId: string | undefined): Line {
	const acceptance: BuyerAcceptance | undefined =
		advanceId === undefined ? undefined : script.accepts.find((a) => a.advanceId === advanceId);
	if (acceptance && acceptance.when.every((c) => trace.holds(c))) {
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
	let accepted: 'order' | 'advance' | undefined;
	let proposed = false;
	let ended = ending;
	for (const e of events) {
		if (e.type === 'buyer.say' && e.acceptsAdvanceId !== undefined) {
			if (e.acceptsAdvanceId === ORDER_ID) accepted = 'order';
			else accepted ??= 'advance';
		} else if (e.type === 'advance.propose') proposed = true;
		else if (e.type === 'call.end') ended = true;
	}
	if (accepted) return accepted;
	return ended && !proposed ? 'noSale' : 'continuation';
}
