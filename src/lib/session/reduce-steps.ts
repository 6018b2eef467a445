// The folds for events that touch the ledgers (questions, needs, capability statements,
// objections, buyer lines). Split from reduce.ts only to keep each file readable in one go.
import type { Playbook } from '$lib/playbook/types';
import type {
	CallContext,
	CapabilityKind,
	NeedEntry,
	ObjectionCause,
	ObjectionEntry
} from './context';
import type { EventOf, NeedLevel } from './events';
import { append, replaceAt, replaceLast } from './fold-lists';
import { implicationCold, needPayoffCold } from './rules';

/** Record a question; implication and need-payoff questions also count on their needs. */
export function askQuestion<C extends CallContext>(
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
		eventIndex: index,
		cold: askedCold(c, e.spinType, needIds, pb)
	});
	const ref = compact({ index: qIndex, questionId: e.questionId });
	const develops = e.spinType === 'implication' || e.spinType === 'needPayoff';
	const needs = develops
		? c.needs.map((n) => (needIds.includes(n.id) ? withQuestion(n, e.spinType, ref) : n))
		: c.needs;
	return {
		...c,
		spinType: e.spinType,
		questions: append(c.questions, question),
		spinCounts: { ...c.spinCounts, [e.spinType]: c.spinCounts[e.spinType] + 1 },
		needs
	};
}

// Judged before the question itself counts on its needs. A question about several needs is
// cold only when it is cold for every one of them.
function askedCold(c: CallContext, type: string, needIds: string[], pb: Playbook): boolean {
	if (type === 'implication')
		return needIds.length === 0
			? c.needs.length === 0
			: needIds.every((id) => implicationCold(c, id));
	if (type === 'needPayoff')
		return needIds.length === 0
			? !c.needs.some((n) => !needPayoffCold(c, n.id, pb))
			: needIds.every((id) => needPayoffCold(c, id, pb));
	return false;
}

function withQuestion(n: NeedEntry, type: string, ref: NeedEntry['implicationQuestions'][number]) {
	return type === 'implication'
		? { ...n, implicationQuestions: append(n.implicationQuestions, ref) }
		: { ...n, needPayoffQuestions: append(n.needPayoffQuestions, ref) };
}

/** Attach an answer note to the last question asked. */
export function noteAnswer<C extends CallContext>(c: C, text: string, at: number): C {
	const last = c.questions.at(-1);
	if (!last) return { ...c, notes: append(c.notes, { text, at, stage: c.stage, kind: 'answer' }) };
	const answer = last.answer === undefined ? text : `${last.answer}\n${text}`;
	return { ...c, questions: replaceLast(c.questions, { ...last, answer }) };
}

/** Add a need to the ledger or raise it to explicit. */
// A need only ever rises (implied → explicit): a later "implied" mention does not undo what
// the buyer already said a solution is worth.
export function surfaceNeed<C extends CallContext>(
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
	return { ...c, needs: append(c.needs, entry) };
}

/** Record a feature, advantage or benefit, and whether its needs were explicit then. */
export function present<C extends CallContext>(
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
								benefits: append(
									n.benefits,
									compact({ cardId: e.cardId, at: e.at, whileExplicit: n.level === 'explicit' })
								)
							}
						: n
				)
			: c.needs;
	return { ...c, presentations: append(c.presentations, presentation), needs };
}

/** Log an objection unless it repeats the latest one while that is still open. */
// The buyer's line and the rep logging it straight after are one objection, so the log can
// carry both without double counting; the same objection raised again after another one is a
// new raise.
export function raiseObjection<C extends CallContext>(
	c: C,
	objectionId: string | undefined,
	text: string | undefined,
	source: ObjectionEntry['source'],
	at: number,
	index: number
): C {
	const last = c.objections.at(-1);
	if (objectionId !== undefined && last?.objectionId === objectionId && last.answeredAt === null)
		return c;
	const entry: ObjectionEntry = compact({
		objectionId,
		text,
		source,
		raisedAt: at,
		after: causeOf(c),
		stage: c.stage,
		eventIndex: index,
		answeredAt: null
	});
	return { ...c, objections: append(c.objections, entry) };
}

/** What the rep did last before an objection: a statement, an ask made after it, or nothing. */
function causeOf(c: CallContext): ObjectionCause {
	const statement = c.presentations.at(-1);
	const ask = c.advances.at(-1);
	if (ask && (!statement || ask.eventIndex > statement.eventIndex)) return 'proposal';
	return statement?.kind ?? 'none';
}

/** Mark an open objection answered: the earliest of that id, else the latest of any. */
export function answerObjection<C extends CallContext>(
	c: C,
	e: EventOf<'objection.answer'>,
	index: number
): C {
	const open = (o: ObjectionEntry) => o.answeredAt === null;
	const target =
		e.objectionId === undefined
			? c.objections.findLastIndex(open)
			: c.objections.findIndex((o) => open(o) && o.objectionId === e.objectionId);
	// An answer to an objection nobody logged still counts: the rep heard it, log it raised then.
	const base = target < 0 ? raiseObjection(c, e.objectionId, undefined, 'rep', e.at, index) : c;
	const i = target < 0 ? base.objections.length - 1 : target;
	const answered = compact({
		...base.objections[i],
		answeredAt: e.at,
		answer: e.text,
		answerId: e.answerId
	});
	return { ...base, objections: replaceAt(base.objections, i, answered) };
}

/** Record the scripted buyer's line and what it reveals, states, objects or accepts. */
export function buyerSays<C extends CallContext>(
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
		acceptsAdvanceId: e.acceptsAdvanceId,
		code: e.code,
		develops: e.develops,
		felt: e.felt,
		deflects: e.deflects,
		supports: e.supports,
		resolves: e.resolves,
		declines: e.declines,
		blockedBy: e.blockedBy,
		patience: e.patience,
		closes: e.closes
	});
	let next: C = { ...c, buyerLines: append(c.buyerLines, line) };
	for (const id of e.reveals ?? [])
		next = surfaceNeed(next, id, 'implied', 'buyer', e.at, index, null, pb);
	for (const id of e.states ?? [])
		next = surfaceNeed(next, id, 'explicit', 'buyer', e.at, index, null, pb);
	if (e.objectionId !== undefined)
		next = raiseObjection(next, e.objectionId, e.text, 'buyer', e.at, index);
	const accepts = e.acceptsAdvanceId;
	if (accepts !== undefined && !next.acceptedAdvanceIds.includes(accepts))
		next = { ...next, acceptedAdvanceIds: append(next.acceptedAdvanceIds, accepts) };
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
