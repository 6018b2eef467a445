// The scripted rehearsal buyer, modelled as a person (docs/buyer.md): a pure function of the
// playbook and the folded call, so the same log always gets the same replies and a saved
// rehearsal replays exactly. The buyer reads the fold and nothing else: what the phase gate
// ignores (events before `call.start`, after `call.end`) changes nothing and gets no reply, and
// once the call (or the buyer's patience) has ended the buyer says and accepts nothing.
import type { BuyerScript, Playbook, Question } from '$lib/playbook/types';
import { initialCallContext, type CallContext } from './context';
import { EVENT_SCHEMA_VERSION, type CallEvent, type EventOf, type Outcome } from './events';
import { foldEvent } from './reduce';
import { blockers, ORDER_ID, refusal } from './buyer-advance';
import { closestQuestion } from './buyer-match';
import { ASK_LIMIT } from './rules';
import {
	awarenessOf,
	buyerMind,
	feels,
	implicationsNeeded,
	openObjections,
	patienceOf,
	type BuyerMind
} from './buyer-mind';
import { gradeAnswer, objectionFor, type Provocation } from './buyer-objections';
import {
	noNeedStated,
	patienceCeiling,
	patienceCost,
	regainsPatience,
	shorten,
	SHORT_REPLY_PATIENCE
} from './buyer-patience';

export { ORDER_ID } from './buyer-advance';

/** Generic buyer lines (sent with `text: ''`) that the UI translates. */
export const BUYER_LINE_CODES = {
	/** A question the script has no reply for. */
	neutral: 'buyer.neutral',
	/** A typed question the buyer cannot match to any scripted question of its type. */
	unclear: 'buyer.unclear',
	/** A need-payoff question or benefit on a need the buyer does not feel yet. */
	deflect: 'buyer.deflect',
	/** An implication question on a problem the buyer has not admitted. */
	notAProblem: 'buyer.not_a_problem',
	/** A feature or advantage that provokes nothing. */
	noted: 'buyer.noted',
	/** A benefit on a need the buyer stated. */
	supported: 'buyer.benefit_supported',
	/** Any answer to an objection the playbook does not grade. */
	objectionAcknowledged: 'buyer.objection_acknowledged',
	/** A strong answer the script gives no reply for. */
	objectionResolved: 'buyer.objection_resolved',
	/** A weak answer the script gives no reply for. */
	objectionStillOpen: 'buyer.objection_still_open',
	/** An answer that is none of the listed ones. */
	objectionUnanswered: 'buyer.objection_unanswered',
	/** A proposal the buyer declines and the script gives no words for. */
	declined: 'buyer.declined',
	/** A proposal refused while an objection is open. */
	blocked: 'buyer.blocked',
	/** A proposal that needs other people the buyer cannot commit for. */
	needsOthers: 'buyer.needs_others',
	/** An order on a platinum account asked of one call. */
	orderTooSoon: 'buyer.order_too_soon',
	/** An ask beyond what one call bears (rules.ts `ASK_LIMIT`): the buyer stops listening. */
	pressed: 'buyer.pressed',
	/** The buyer's patience ran out and they end the meeting. */
	closes: 'buyer.closes',
	/** A summary after at least one explicit need was met. */
	summaryAgreed: 'buyer.summary_agreed',
	/** A summary while no explicit need has been met. */
	summaryUnconvinced: 'buyer.summary_unconvinced'
} as const;
export type BuyerLineCode = (typeof BUYER_LINE_CODES)[keyof typeof BUYER_LINE_CODES];

/** Milliseconds between the rep's event and the buyer's line, so the log stays ordered. */
export const BUYER_DELAY_MS = 1;

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
	const before = events.at(-1) === event ? events.slice(0, -1) : events;
	const usable =
		context !== undefined &&
		context.eventCount === before.length + 1 &&
		context.lastAt === event.at &&
		context.ignored.length === 0;
	const c = usable ? context : foldEvent(fold(playbook, before), event, playbook);
	// The phase gate skipped it (before the start, after the end, while paused): nothing happened.
	if (c.ignored.at(-1)?.index === c.eventCount - 1) return [];
	return respondTo(playbook, c, event).map((line, i) => ({
		v: EVENT_SCHEMA_VERSION,
		at: event.at + BUYER_DELAY_MS * (i + 1),
		type: 'buyer.say',
		...line
	}));
}

function fold(playbook: Playbook, events: readonly CallEvent[]): CallContext {
	let c = initialCallContext(playbook);
	for (const event of events) c = foldEvent(c, event, playbook);
	return c;
}

// `c` is the context with `event` folded in; the buyer's lines so far are in it.
function respondTo(playbook: Playbook, c: CallContext, event: CallEvent): Line[] {
	const script = playbook.buyer ?? EMPTY_SCRIPT;
	const mind = buyerMind(script, c);
	if (mind.closed !== null || c.phase !== 'running') return [];
	const heard = event.type === 'question.ask' ? hear(playbook, event) : undefined;
	const cost = patienceCost(script, mind, c, event, heard?.id);
	const patience = Math.max(0, mind.patience - cost);
	if (cost > 0 && patience === 0) return [closing(script)];
	const line = react(playbook, script, mind, c, event, heard);
	if (!line) return [];
	if (cost > 0) line.patience = patience;
	else if (regainsPatience(line) && mind.patience < patienceCeiling(script, c))
		line.patience = mind.patience + 1;
	const now = line.patience ?? mind.patience;
	if (now <= SHORT_REPLY_PATIENCE && now < patienceOf(script).start && line.text)
		line.text = shorten(line.text);
	return [line];
}

// A playbook question by its id, else the closest scripted question of the type the rep chose.
function hear(playbook: Playbook, event: EventOf<'question.ask'>): Question | undefined {
	const known = event.questionId
		? playbook.questions.find((q) => q.id === event.questionId)
		: undefined;
	if (known) return known;
	return event.text ? closestQuestion(playbook.questions, event.spinType, event.text) : undefined;
}

function react(
	playbook: Playbook,
	script: BuyerScript,
	mind: BuyerMind,
	c: CallContext,
	event: CallEvent,
	heard: Question | undefined
): Line | undefined {
	switch (event.type) {
		case 'question.ask':
			return answer(script, mind, event, heard);
		case 'feature.present':
		case 'advantage.present':
		case 'benefit.state':
			return statement(script, mind, c, event);
		case 'objection.answer':
			return objectionAnswered(playbook, mind, c, event);
		case 'summary.give':
			return { text: '', code: summaryCode(mind) };
		case 'advance.propose':
			return proposal(playbook, script, mind, c, event.advance.advanceId);
		default:
			return undefined;
	}
}

function closing(script: BuyerScript): Line {
	const { close, closeOutcome } = patienceOf(script);
	return close
		? { text: close, patience: 0, closes: closeOutcome }
		: { text: '', code: BUYER_LINE_CODES.closes, patience: 0, closes: closeOutcome };
}

// Questions: the reply the script gives, and what it changes in the buyer's awareness.
function answer(
	script: BuyerScript,
	mind: BuyerMind,
	event: EventOf<'question.ask'>,
	q: Question | undefined
): Line {
	if (!q && event.questionId === undefined) return unclear(script);
	const replyTo = q?.id ?? event.questionId;
	const type = q?.type ?? event.spinType;
	const scripted =
		(q && script.replies.find((r) => r.questionId === q.id)) ||
		script.replies.find((r) => r.questionId === undefined && r.spinType === type);
	// The need the rep named wins over the playbook question's, as in the fold.
	const needIds = event.needId !== undefined ? [event.needId] : (q?.needIds ?? []);
	const said = (text: string | undefined): Line =>
		text ? { text, replyTo } : { text: '', code: BUYER_LINE_CODES.neutral, replyTo };
	const line = said(scripted?.text);
	const reveals = [...(scripted?.reveals ?? [])];
	if (type === 'problem') reveals.push(...needIds);
	if (type === 'implication') {
		const admitted = needIds.filter((id) => awarenessOf(mind, id) !== 'hidden');
		if (needIds.length > 0 && admitted.length === 0 && reveals.length === 0)
			return { text: '', code: BUYER_LINE_CODES.notAProblem, replyTo };
		const felt = admitted.filter(
			(id) =>
				awarenessOf(mind, id) === 'admitted' &&
				(mind.developed.get(id) ?? 0) + 1 >= implicationsNeeded(script, id)
		);
		if (admitted.length > 0) line.develops = admitted;
		if (felt.length > 0) line.felt = felt;
	}
	const claims = unique([...(scripted?.states ?? []), ...(type === 'needPayoff' ? needIds : [])]);
	if (claims.length > 0) {
		const states = claims.filter((id) => feels(mind, id));
		if (states.length > 0) line.states = states;
		else if (type === 'needPayoff') return deflection(script, claims, replyTo);
	}
	const admits = unique(reveals).filter((id) => awarenessOf(mind, id) === 'hidden');
	if (admits.length > 0) line.reveals = admits;
	return line;
}

function unclear(script: BuyerScript): Line {
	const text = script.lines?.unclear;
	return text ? { text } : { text: '', code: BUYER_LINE_CODES.unclear };
}

// Too early for this need: the need's own words, the script's, or the app's.
function deflection(script: BuyerScript, needIds: string[], replyTo?: string): Line {
	const own = needIds
		.map((id) => script.awareness?.find((a) => a.needId === id)?.deflect)
		.find((text) => text !== undefined);
	const text = own ?? script.lines?.deflect;
	const line: Line = text ? { text } : { text: '', code: BUYER_LINE_CODES.deflect };
	if (replyTo !== undefined) line.replyTo = replyTo;
	line.deflects = needIds;
	return line;
}

// Features, advantages and benefits.
function statement(
	script: BuyerScript,
	mind: BuyerMind,
	c: CallContext,
	event: EventOf<'feature.present' | 'advantage.present' | 'benefit.state'>
): Line {
	const presented = c.presentations.at(-1);
	const needIds = presented?.eventIndex === c.eventCount - 1 ? presented.needIds : [];
	const stated = needIds.filter((id) => awarenessOf(mind, id) === 'stated');
	const kind =
		event.type === 'feature.present'
			? 'feature'
			: event.type === 'advantage.present'
				? 'advantage'
				: 'benefit';
	if (kind === 'benefit' && stated.length > 0) {
		const text = script.lines?.support;
		const line: Line = text ? { text } : { text: '', code: BUYER_LINE_CODES.supported };
		line.supports = stated;
		return line;
	}
	const provocation: Provocation = {
		kind: 'statement',
		statement: kind,
		cardId: event.cardId,
		onStatedNeed: stated.length > 0
	};
	const raised = objectionFor(script, mind, openObjections(mind, c), provocation);
	if (raised) return { text: raised.text, objectionId: raised.objectionId };
	if (kind === 'benefit') return deflection(script, needIds);
	return { text: '', code: BUYER_LINE_CODES.noted };
}

// An answer to an objection: resolved by a strong one, left open by a weak or unknown one.
function objectionAnswered(
	playbook: Playbook,
	mind: BuyerMind,
	c: CallContext,
	event: EventOf<'objection.answer'>
): Line | undefined {
	const grade = gradeAnswer(playbook, c, event);
	if (!grade) return undefined;
	const { objectionId, option } = grade;
	if (!grade.graded)
		return {
			text: '',
			code: BUYER_LINE_CODES.objectionAcknowledged,
			replyTo: objectionId,
			resolves: objectionId
		};
	const said = (code: string): Line =>
		option?.reply
			? { text: option.reply, replyTo: objectionId }
			: { text: '', code, replyTo: objectionId };
	if (grade.quality === 'strong')
		return { ...said(BUYER_LINE_CODES.objectionResolved), resolves: objectionId };
	const line = said(
		grade.quality === 'weak'
			? BUYER_LINE_CODES.objectionStillOpen
			: BUYER_LINE_CODES.objectionUnanswered
	);
	// Still open: the buyer holds on to it (logged as raised again).
	if (mind.raised.has(objectionId)) line.objectionId = objectionId;
	return line;
}

function summaryCode(mind: BuyerMind): string {
	return mind.supported.size > 0
		? BUYER_LINE_CODES.summaryAgreed
		: BUYER_LINE_CODES.summaryUnconvinced;
}

// A proposal: an objection it provokes, an open one that blocks it, or the script's conditions.
function proposal(
	playbook: Playbook,
	script: BuyerScript,
	mind: BuyerMind,
	c: CallContext,
	advanceId: string | undefined
): Line {
	const replyTo = advanceId;
	const declined = (line: Line): Line =>
		advanceId === undefined ? line : { ...line, declines: advanceId };
	// `c` already holds this ask: beyond the limit, pressure wins over whatever was earned.
	if (c.advances.length > ASK_LIMIT)
		return declined({ text: '', code: BUYER_LINE_CODES.pressed, replyTo });
	const open = openObjections(mind, c);
	const raised = objectionFor(script, mind, open, {
		kind: 'proposal',
		advanceId,
		isOrder: advanceId === ORDER_ID,
		beforeAnyStatedNeed: noNeedStated(mind)
	});
	if (raised)
		return declined({
			text: raised.text,
			objectionId: raised.objectionId,
			replyTo,
			blockedBy: raised.objectionId
		});
	const [blocker] = blockers(playbook, open, advanceId);
	if (blocker !== undefined)
		return declined({ text: '', code: BUYER_LINE_CODES.blocked, replyTo, blockedBy: blocker });
	const acceptance =
		advanceId === undefined ? undefined : script.accepts.find((a) => a.advanceId === advanceId);
	if (!acceptance) return declined({ text: '', code: BUYER_LINE_CODES.declined, replyTo });
	const why = refusal(playbook, c, mind, acceptance);
	if (why === null) return { text: acceptance.text, replyTo, acceptsAdvanceId: advanceId };
	if (acceptance.otherwise) return declined({ text: acceptance.otherwise, replyTo });
	const code =
		why.reason === 'others'
			? BUYER_LINE_CODES.needsOthers
			: why.reason === 'tooSoon'
				? BUYER_LINE_CODES.orderTooSoon
				: BUYER_LINE_CODES.declined;
	return declined({ text: '', code, replyTo });
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

/**
 * What the buyer left the call with, by the research's definitions: an order or an advance the
 * buyer agreed to; No-sale when the buyer refused what was asked (or closed the meeting saying
 * so); Continuation when nothing was agreed and nothing refused. Reads the phase-gated fold, so
 * a line after `call.end` changes nothing.
 */
export function buyerOutcome(playbook: Playbook, events: readonly CallEvent[]): Outcome {
	const c = fold(playbook, events);
	if (c.acceptedAdvanceIds.includes(ORDER_ID)) return 'order';
	if (c.acceptedAdvanceIds.length > 0) return 'advance';
	const mind = buyerMind(playbook.buyer ?? EMPTY_SCRIPT, c);
	if (mind.closed !== null) return mind.closed;
	return mind.declined.length > 0 ? 'noSale' : 'continuation';
}
