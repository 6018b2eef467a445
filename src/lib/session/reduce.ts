// The pure fold behind the machine: one CallEvent in, a new CallContext out. The machine's
// actions call it, and the buyer, analysis and store call it on a log without an actor, so
// every fact about a call (need ledger, stage times, objections) is derived here and only here.
// It never throws on a well-formed event: what makes no sense in the current phase is recorded
// in `ignored` and otherwise skipped, because a rep in a live meeting is never refused.
import type { Playbook } from '$lib/playbook/types';
import type { CallContext } from './context';
import type { AdvanceChoice, CallEvent } from './events';
import { computeNudges } from './nudges';
import {
	answerObjection,
	askQuestion,
	buyerSays,
	compact,
	noteAnswer,
	present,
	raiseObjection,
	surfaceNeed
} from './reduce-steps';
import { acceptsEvent } from './acceptance';
import { append, inOneRun, replaceLast } from './fold-lists';
import { anyExplicitNeed, summaryCurrent } from './rules';

export { compact } from './reduce-steps';

export { acceptsEvent } from './acceptance';

/** Fold one event into the context (nudges recomputed). */
export function reduceContext<C extends CallContext>(
	context: C,
	event: CallEvent,
	playbook: Playbook
): C {
	const next = foldEvent(context, event, playbook);
	next.nudges = computeNudges(next, playbook);
	return next;
}

/** Fold a whole log from a given context (no validation: see replay.ts for untrusted logs). */
export function foldEvents<C extends CallContext>(
	context: C,
	events: readonly CallEvent[],
	playbook: Playbook
): C {
	if (events.length === 0) return context;
	// One run: the lists it makes grow in place (fold-lists.ts), so a long log folds in linear time.
	const next = inOneRun(() => {
		let c = context;
		for (const event of events) c = foldEvent(c, event, playbook);
		return c;
	});
	// Nudges are a function of the context alone, so the ones in between are never needed.
	next.nudges = computeNudges(next, playbook);
	return next;
}

/**
 * Fold one event, nudges left as they were (for callers that walk a log step by step). An event
 * the machine does not take in the current phase (acceptance.ts) is recorded in `ignored` and
 * changes nothing else but the clock: so a question before `call.start` or a buyer line after
 * `call.end` counts nowhere, for the screens, the buyer and the report alike.
 */
// Always returns a fresh object, which the callers may then write `nudges` into.
export function foldEvent<C extends CallContext>(
	context: C,
	event: CallEvent,
	playbook: Playbook
): C {
	const index = context.eventCount;
	// `next` is a fresh object, so tick may write to it before the event's own fold copies it.
	// A bare clone with the fields set after it, not a spread with fields in it: the engine
	// copies a bare clone fast, which made a 5,000-event fold twice as quick.
	const next: C = { ...context };
	next.eventCount = index + 1;
	next.lastAt = event.at;
	if (next.phase === 'running') tick(next, event.at);
	if (!acceptsEvent(context.phase, event.type)) {
		next.ignored = append(next.ignored, { index, type: event.type });
		return next;
	}
	return apply(next, event, playbook, index);
}

// Stage time advances only while running, so pauses never count towards a stage.
function tick(next: CallContext, at: number): void {
	if (next.stage === null || next.tickAt === null) {
		next.tickAt = at;
		return;
	}
	const spent = Math.max(0, at - next.tickAt);
	if (spent > 0) next.stageMs = { ...next.stageMs, [next.stage]: next.stageMs[next.stage] + spent };
	next.tickAt = Math.max(at, next.tickAt);
}

function apply<C extends CallContext>(c: C, e: CallEvent, pb: Playbook, index: number): C {
	const stage = c.stage;
	switch (e.type) {
		case 'call.plan':
			return {
				...c,
				mode: e.mode,
				playbookId: e.playbookId,
				plan: {
					objective: e.objective,
					primaryAdvance: copyAdvance(e.primaryAdvance),
					fallbackAdvance: e.fallbackAdvance ? copyAdvance(e.fallbackAdvance) : null,
					account: e.account
						? compact({
								name: e.account.name,
								tier: e.account.tier,
								accountId: e.account.accountId,
								attendeeIds: e.account.attendeeIds && [...e.account.attendeeIds]
							})
						: null,
					drill: e.drill ? { skill: e.drill.skill, needId: e.drill.needId } : null,
					inRoom: e.inRoom ? [...e.inRoom] : []
				}
			};
		case 'call.start':
			return {
				...c,
				phase: 'running',
				stage: 'opening',
				startedAt: e.at,
				tickAt: e.at,
				stageLog: append(c.stageLog, { stage: 'opening', at: e.at })
			};
		case 'call.pause':
			return {
				...c,
				phase: 'paused',
				paused: true,
				tickAt: null,
				resumeTo: leftAt(c),
				pauses: append(c.pauses, { from: e.at, to: null })
			};
		case 'call.resume':
			return { ...c, phase: 'running', paused: false, tickAt: e.at, pauses: closePause(c, e.at) };
		case 'stage.enter':
			if (e.stage === stage) return c;
			return { ...c, stage: e.stage, stageLog: append(c.stageLog, { stage: e.stage, at: e.at }) };
		case 'spin.select':
			return { ...c, spinType: e.spinType };
		case 'opening.do':
			return {
				...c,
				openingMoves: append(c.openingMoves, compact({ moveId: e.moveId, text: e.text, at: e.at }))
			};
		case 'question.ask':
			return askQuestion(c, e, pb, index);
		case 'answer.note':
			return noteAnswer(c, e.text, e.at);
		case 'need.confirm':
			return surfaceNeed(c, e.needId, e.level, 'rep', e.at, index, e.text ?? null, pb);
		case 'feature.present':
		case 'advantage.present':
		case 'benefit.state':
			return present(c, e, pb, index);
		case 'objection.raise':
			return raiseObjection(c, e.objectionId, e.text, 'rep', e.at, index);
		case 'objection.answer':
			return answerObjection(c, e, index);
		case 'note.add':
			return { ...c, notes: append(c.notes, { text: e.text, at: e.at, stage, kind: 'note' }) };
		case 'summary.give':
			return {
				...c,
				summaryGiven: true,
				summaries: append(c.summaries, compact({ text: e.text, at: e.at, stage }))
			};
		case 'advance.propose':
			return {
				...c,
				advances: append(c.advances, {
					advance: copyAdvance(e.advance),
					at: e.at,
					stage,
					early: !anyExplicitNeed(c),
					afterSummary: summaryCurrent(c),
					eventIndex: index
				})
			};
		case 'buyer.say':
			return buyerSays(c, e, pb, index);
		case 'call.end':
			return {
				...c,
				phase: 'ended',
				paused: false,
				resumeTo: c.phase === 'running' ? leftAt(c) : c.resumeTo,
				tickAt: null,
				endedAt: e.at,
				pauses: closePause(c, e.at),
				outcome: e.outcome,
				nextStep: e.nextStep ? compact({ text: e.nextStep.text, date: e.nextStep.date }) : null
			};
		case 'review.save':
			return { ...c, review: { wentWell: e.wentWell, toChange: e.toChange, at: e.at } };
	}
}

function leftAt(c: CallContext): CallContext['resumeTo'] {
	return c.stage === null ? null : { stage: c.stage, spinType: c.spinType };
}

// Copied field by field so the context never shares objects with the caller's event.
function copyAdvance(a: AdvanceChoice): AdvanceChoice {
	return compact({ kind: a.kind, advanceId: a.advanceId, text: a.text });
}

function closePause(c: CallContext, at: number) {
	const last = c.pauses.at(-1);
	if (!last || last.to !== null) return c.pauses;
	return replaceLast(c.pauses, { from: last.from, to: at });
}
