// The pure fold behind the machine: one CallEvent in, a new CallContext out. The machine's
// actions call it, and the buyer, analysis and store can call it on a log without an actor.
// It never throws on a well-formed event: what makes no sense in the current phase is recorded
// in `ignored` and otherwise skipped, because a rep in a live meeting is never refused.
import type { Playbook } from '$lib/playbook/types';
import type { CallContext, CapabilityKind, NeedEntry, ObjectionEntry } from './context';
import type { CallEvent, EventOf, NeedLevel } from './events';
import { computeNudges } from './nudges';

const ACCEPTED: Record<CallContext['phase'], ReadonlySet<CallEvent['type']> | 'allButSetup'> = {
	planning: new Set(['call.plan', 'call.start', 'call.end', 'note.add']),
	running: 'allButSetup',
	paused: new Set(['call.resume', 'call.end', 'note.add']),
	ended: new Set(['review.save', 'note.add'])
};

const SETUP_ONLY = new Set<CallEvent['type']>([
	'call.plan',
	'call.start',
	'call.resume',
	'review.save'
]);

/** Whether an event of this type means something in the given phase. */
export function acceptsEvent(phase: CallContext['phase'], type: CallEvent['type']): boolean {
	const accepted = ACCEPTED[phase];
	return accepted === 'allButSetup' ? !SETUP_ONLY.has(type) : accepted.has(type);
}

/** Fold one event into the context (nudges recomputed). */
export function reduceContext<C extends CallContext>(
	context: C,
	event: CallEvent,
	playbook: Playbook
): C {
	const index = context.eventCount;
	let next: C = { ...context, eventCount: index + 1, lastAt: event.at };
	if (next.phase === 'running') next = tick(next, event.at);
	if (!acceptsEvent(context.phase, event.type)) {
		next.ignored = [...next.ignored, { index, type: event.type }];
		return next;
	}
	next = apply(next, event, playbook, index);
	next.nudges = computeNudges(next, playbook);
	return next;
}

/** Fold a whole log from a given context (no validation: see replay.ts for untrusted logs). */
export function foldEvents<C extends CallContext>(
	context: C,
	events: readonly CallEvent[],
	playbook: Playbook
): C {
	let next = context;
	for (const event of events) next = reduceContext(next, event, playbook);
	return next;
}

// Stage time advances only while running, so pauses never count towards a stage.
function tick<C extends CallContext>(context: C, at: number): C {
	if (context.stage === null || context.tickAt === null) return { ...context, tickAt: at };
	const spent = Math.max(0, at - context.tickAt);
	const stageMs = { ...context.stageMs, [context.stage]: context.stageMs[context.stage] + spent };
	return { ...context, stageMs, tickAt: Math.max(at, context.tickAt) };
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
					primaryAdvance: e.primaryAdvance,
					fallbackAdvance: e.fallbackAdvance ?? null,
					account: e.account ?? null
				}
			};
		case 'call.start':
			return {
				...c,
				phase: 'running',
				stage: 'opening',
				startedAt: e.at,
				tickAt: e.at,
				stageLog: [...c.stageLog, { stage: 'opening', at: e.at }]
			};
		case 'call.pause':
			return {
				...c,
				phase: 'paused',
				paused: true,
				tickAt: null,
				pauses: [...c.pauses, { from: e.at, to: null }]
			};
		case 'call.resume':
			return { ...c, phase: 'running', paused: false, tickAt: e.at, pauses: closePause(c, e.at) };
		case 'stage.enter':
			if (e.stage === stage) return c;
			return { ...c, stage: e.stage, stageLog: [...c.stageLog, { stage: e.stage, at: e.at }] };
		case 'spin.select':
			return { ...c, spinType: e.spinType };
		case 'opening.do':
			return {
				...c,
				openingMoves: [...c.openingMoves, compact({ moveId: e.moveId, text: e.text, at: e.at })]
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
			return raiseObjection(c, e.objectionId, e.text, 'rep', e.at);
		case 'objection.answer':
			return answerObjection(c, e);
		case 'note.add':
			return { ...c, notes: [...c.notes, { text: e.text, at: e.at, stage, kind: 'note' }] };
		case 'summary.give':
			return {
				...c,
				summaryGiven: true,
				summaries: [...c.summaries, compact({ text: e.text, at: e.at, stage })]
			};
		case 'advance.propose':
			return { ...c, advances: [...c.advances, { advance: e.advance, at: e.at, stage }] };
		case 'buyer.say':
			return buyerSays(c, e, pb, index);
		case 'call.end':
			return {
				...c,
				phase: 'ended',
				paused: false,
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

function closePause(c: CallContext, at: number) {
	const last = c.pauses.at(-1);
	if (!last || last.to !== null) return c.pauses;
	return [...c.pauses.slice(0, -1), { from: last.from, to: at }];
}

function askQuestion<C extends CallContext>(
	c: C,
	e: EventOf<'question.ask'>,
	pb: Playbook,
	index: number
): C {
	const known = e.questionId ? pb.questions.find((q) => q.id === e.questionId) : undefined;
	const needIds = e.needId ? [e.needId] : (known?.needIds ?? []);
	const qIndex = c.questions.length;
	const question = compact({
		questionId: e.questionId,
		text: e.text ?? known?.text ?? '',
		spinType: e.spinType,
		needId: e.needId,
		needIds,
		at: e.at,
		stage: c.stage,
		eventIndex: index
	});
	const ref = compact({ index: qIndex, questionId: e.questionId });
	const develops = e.spinType === 'implication' || e.spinType === 'needPayoff';
	const needs = develops
		? c.needs.map((n) => (needIds.includes(n.id) ? withQuestion(n, e.spinType, ref) : n))
		: c.needs;
	return {
		...c,
		spinType: e.spinType,
		questions: [...c.questions, question],
		spinCounts: { ...c.spinCounts, [e.spinType]: c.spinCounts[e.spinType] + 1 },
		needs
	};
}

function withQuestion(n: NeedEntry, type: string, ref: NeedEntry['implicationQuestions'][number]) {
	return type === 'implication'
		? { ...n, implicationQuestions: [...n.implicationQuestions, ref] }
		: { ...n, needPayoffQuestions: [...n.needPayoffQuestions, ref] };
}

function noteAnswer<C extends CallContext>(c: C, text: string, at: number): C {
	const last = c.questions.at(-1);
	if (!last) return { ...c, notes: [...c.notes, { text, at, stage: c.stage, kind: 'answer' }] };
	const answer = last.answer === undefined ? text : `${last.answer}\n${text}`;
	return { ...c, questions: [...c.questions.slice(0, -1), { ...last, answer }] };
}

// A need only ever rises (implied → explicit): a later "implied" mention does not undo what
// the buyer already said a solution is worth.
function surfaceNeed<C extends CallContext>(
	c: C,
	needId: string,
	level: NeedLevel,
	source: NeedEntry['source'],
	at: number,
	index: number,
	text: string | null,
	pb: Playbook
): C {
	const existing = c.needs.find((n) => n.id === needId);
	if (existing) {
		const rises = existing.level === 'implied' && level === 'explicit';
		if (!rises && (text === null || existing.text === text)) return c;
		const updated: NeedEntry = {
			...existing,
			level: rises ? 'explicit' : existing.level,
			explicitAt: rises ? at : existing.explicitAt,
			text: text ?? existing.text
		};
		return { ...c, needs: c.needs.map((n) => (n === existing ? updated : n)) };
	}
	const lastQuestion = c.questions.at(-1);
	const refs = c.questions.flatMap((q, i) =>
		q.needIds.includes(needId) ? [{ q, ref: compact({ index: i, questionId: q.questionId }) }] : []
	);
	const entry: NeedEntry = {
		id: needId,
		text: text ?? pb.needs.find((n) => n.id === needId)?.text ?? null,
		level,
		source,
		uncoveredBy: lastQuestion
			? compact({ eventIndex: lastQuestion.eventIndex, questionId: lastQuestion.questionId })
			: { eventIndex: index },
		impliedAt: at,
		explicitAt: level === 'explicit' ? at : null,
		implicationQuestions: refs.filter((r) => r.q.spinType === 'implication').map((r) => r.ref),
		needPayoffQuestions: refs.filter((r) => r.q.spinType === 'needPayoff').map((r) => r.ref),
		benefits: []
	};
	return { ...c, needs: [...c.needs, entry] };
}

function present<C extends CallContext>(
	c: C,
	e: EventOf<'feature.present' | 'advantage.present' | 'benefit.state'>,
	pb: Playbook,
	index: number
): C {
	const kind: CapabilityKind =
		e.type === 'feature.present'
			? 'feature'
			: e.type === 'advantage.present'
				? 'advantage'
				: 'benefit';
	const card = e.cardId ? pb.capabilities.find((k) => k.id === e.cardId) : undefined;
	const stated = e.type === 'benefit.state' ? e.needIds : [];
	const needIds = stated.length > 0 ? stated : (card?.needIds ?? []);
	const explicitNeedIds = needIds.filter((id) =>
		c.needs.some((n) => n.id === id && n.level === 'explicit')
	);
	const presentation = compact({
		kind,
		cardId: e.cardId,
		text: e.text,
		needIds,
		explicitNeedIds,
		anyExplicitNeed: c.needs.some((n) => n.level === 'explicit'),
		stage: c.stage,
		at: e.at,
		eventIndex: index
	});
	const needs =
		kind === 'benefit'
			? c.needs.map((n) =>
					needIds.includes(n.id)
						? {
								...n,
								benefits: [
									...n.benefits,
									compact({ cardId: e.cardId, at: e.at, whileExplicit: n.level === 'explicit' })
								]
							}
						: n
				)
			: c.needs;
	return { ...c, presentations: [...c.presentations, presentation], needs };
}

// The same objection raised twice while still open (e.g. the buyer's line and the rep logging
// it) is one objection, so the log can carry both without double counting.
function raiseObjection<C extends CallContext>(
	c: C,
	objectionId: string | undefined,
	text: string | undefined,
	source: ObjectionEntry['source'],
	at: number
): C {
	if (
		objectionId !== undefined &&
		c.objections.some((o) => o.objectionId === objectionId && o.answeredAt === null)
	)
		return c;
	const entry: ObjectionEntry = compact({
		objectionId,
		text,
		source,
		raisedAt: at,
		after: c.presentations.at(-1)?.kind ?? 'none',
		stage: c.stage,
		answeredAt: null
	});
	return { ...c, objections: [...c.objections, entry] };
}

function answerObjection<C extends CallContext>(c: C, e: EventOf<'objection.answer'>): C {
	let target = -1;
	for (let i = c.objections.length - 1; i >= 0 && target < 0; i--) {
		const o = c.objections[i];
		if (o.answeredAt === null && (e.objectionId === undefined || o.objectionId === e.objectionId))
			target = i;
	}
	// An answer to an objection nobody logged still counts: the rep heard it, log it raised then.
	const base = target < 0 ? raiseObjection(c, e.objectionId, undefined, 'rep', e.at) : c;
	const i = target < 0 ? base.objections.length - 1 : target;
	const answered = compact({ ...base.objections[i], answeredAt: e.at, answer: e.text });
	return { ...base, objections: base.objections.map((o, j) => (j === i ? answered : o)) };
}

function buyerSays<C extends CallContext>(
	c: C,
	e: EventOf<'buyer.say'>,
	pb: Playbook,
	index: number
): C {
	const line = compact({
		text: e.text,
		at: e.at,
		replyTo: e.replyTo,
		reveals: e.reveals,
		states: e.states,
		objectionId: e.objectionId,
		acceptsAdvanceId: e.acceptsAdvanceId
	});
	let next: C = { ...c, buyerLines: [...c.buyerLines, line] };
	for (const id of e.reveals ?? [])
		next = surfaceNeed(next, id, 'implied', 'buyer', e.at, index, null, pb);
	for (const id of e.states ?? [])
		next = surfaceNeed(next, id, 'explicit', 'buyer', e.at, index, null, pb);
	if (e.objectionId !== undefined)
		next = raiseObjection(next, e.objectionId, e.text, 'buyer', e.at);
	const accepts = e.acceptsAdvanceId;
	if (accepts !== undefined && !next.acceptedAdvanceIds.includes(accepts))
		next = { ...next, acceptedAdvanceIds: [...next.acceptedAdvanceIds, accepts] };
	return next;
}

/** Drop undefined-valued keys so the context survives a JSON round trip unchanged. */
export function compact<T extends object>(value: T): T {
	const out = {} as T;
	for (const key of Object.keys(value) as (keyof T)[]) {
		if (value[key] !== undefined) out[key] = value[key];
	}
	return out;
}
