// Drills generated from a playbook: a short rehearsal that starts at the moment the skill is
// needed, with the steps before it already taken (the rep's moves from the playbook and the
// scripted buyer's replies to them, from the buyer module), so the rep practises one skill.
import type { Playbook, Question, SpinType } from '$lib/playbook/types';
import { buyerRespond } from '$lib/session/buyer';
import { EVENT_SCHEMA_VERSION, type CallEvent, type Stage } from '$lib/session/events';
import type { DrillSkill } from './drills';

/** What a drill sets up: the need it works on and the playbook items it uses. */
export interface DrillPlan {
	skill: DrillSkill;
	needId: string;
	/** The stage the rep starts in. */
	stage: Stage;
	problemQuestionId: string;
	implicationQuestionId?: string;
	needPayoffQuestionId?: string;
	cardId?: string;
	/** An advance the buyer accepts once this need is where the drill leaves it. */
	advanceId?: string;
}

// One event without its clock fields, kept per event type.
type RepMove = CallEvent extends infer E
	? E extends CallEvent
		? Omit<E, 'v' | 'at'>
		: never
	: never;

const STAGE_OF: Record<DrillSkill, Stage> = {
	developNeed: 'investigating',
	makeExplicit: 'investigating',
	linkBenefit: 'demonstrating',
	preventObjection: 'demonstrating',
	askAdvance: 'committing'
};

function question(playbook: Playbook, type: SpinType, needId: string): Question | undefined {
	return playbook.questions.find((q) => q.type === type && q.needIds.includes(needId));
}

// The buyer's scripted reply to a question must move the need: reveal it or state it.
function replyMoves(playbook: Playbook, q: Question, how: 'reveals' | 'states', needId: string) {
	return (
		playbook.buyer?.replies.some((r) => r.questionId === q.id && r[how].includes(needId)) ?? false
	);
}

/** The drill for `skill` on the first need the playbook can stage it with, or null if none. */
export function planDrill(playbook: Playbook, skill: DrillSkill): DrillPlan | null {
	if (!playbook.buyer) return null;
	for (const need of playbook.needs) {
		const p = question(playbook, 'problem', need.id);
		const i = question(playbook, 'implication', need.id);
		const n = question(playbook, 'needPayoff', need.id);
		const card = playbook.capabilities.find((c) => c.needIds.includes(need.id));
		if (!p || !replyMoves(playbook, p, 'reveals', need.id) || !i) continue;
		const plan: DrillPlan = {
			skill,
			needId: need.id,
			stage: STAGE_OF[skill],
			problemQuestionId: p.id
		};
		if (skill === 'developNeed') return plan;
		plan.implicationQuestionId = i.id;
		if (!n || !replyMoves(playbook, n, 'states', need.id)) continue;
		plan.needPayoffQuestionId = n.id;
		if (skill === 'makeExplicit') return plan;
		if (!card) continue;
		plan.cardId = card.id;
		if (skill !== 'askAdvance') return plan;
		// An advance that asks for nothing more than this need, explicit or met.
		const accept = playbook.buyer.accepts.find(
			(a) => a.when.length > 0 && a.when.every((w) => w.needId === need.id)
		);
		if (!accept) continue;
		plan.advanceId = accept.advanceId;
		return plan;
	}
	return null;
}

function moves(playbook: Playbook, plan: DrillPlan): RepMove[] {
	const ask = (id: string | undefined): RepMove[] => {
		const q = playbook.questions.find((x) => x.id === id);
		return q
			? [{ type: 'question.ask', questionId: q.id, spinType: q.type, needId: plan.needId }]
			: [];
	};
	const out: RepMove[] = [{ type: 'stage.enter', stage: 'investigating' }];
	out.push(...ask(plan.problemQuestionId));
	if (plan.skill === 'developNeed') return out;
	out.push(...ask(plan.implicationQuestionId));
	if (plan.skill === 'makeExplicit') return out;
	out.push(...ask(plan.needPayoffQuestionId));
	out.push({ type: 'stage.enter', stage: 'demonstrating' });
	if (plan.skill !== 'askAdvance') return out;
	out.push({ type: 'benefit.state', cardId: plan.cardId, needIds: [plan.needId] });
	out.push({ type: 'stage.enter', stage: 'committing' });
	return out;
}

/**
 * The events that stage the drill after `call.plan` and `call.start`: the rep's earlier moves
 * and the scripted buyer's replies, timed from `t0` one millisecond apart (replies at the
 * buyer's own delay), so the log reads like the start of a call.
 */
export function drillSetupEvents(
	playbook: Playbook,
	plan: DrillPlan,
	before: readonly CallEvent[],
	t0: number
): CallEvent[] {
	const log = [...before];
	const out: CallEvent[] = [];
	let at = t0;
	for (const move of moves(playbook, plan)) {
		const event = { v: EVENT_SCHEMA_VERSION, at, ...move } as CallEvent;
		log.push(event);
		out.push(event);
		const replies = buyerRespond(playbook, log, event);
		log.push(...replies);
		out.push(...replies);
		at = (replies.at(-1)?.at ?? at) + 1;
	}
	return out;
}
