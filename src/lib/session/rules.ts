// Every rule about the call, once: a named constant or predicate per judgement. The assessment
// (assessment.ts), the nudges, the suggestions and the rubric all import these, so a threshold
// changed here changes every screen together. Each cites the method note it follows from.
import type { Playbook } from '$lib/playbook/types';
import type { CallContext, NeedEntry } from './context';

/** Situation questions that never count against the rep, whatever the mix (docs/coaching.md#situation). */
export const SITUATION_FREE = 3;

/** Above this share of all questions, situation questions crowd out the rest (docs/coaching.md#situation). */
export const SITUATION_SHARE_LIMIT = 1 / 3;

/** More situation questions than this are an interrogation whatever else is asked. */
export const SITUATION_MAX = 6;

/** True when situation questions crowd out the others, or are simply too many. */
export function tooManySituation(situation: number, total: number): boolean {
	if (situation <= SITUATION_FREE || total === 0) return false;
	return situation > SITUATION_MAX || situation / total > SITUATION_SHARE_LIMIT;
}

/** The longest opening that still counts as short (docs/coaching.md#opening). */
export const OPENING_MAX_MS = 5 * 60_000;

/** The largest share of the call's time an opening may take and still count as short. */
export const OPENING_MAX_SHARE = 0.2;

/** An opening this short always counts as short, however brief the whole call was. */
export const OPENING_ALWAYS_SHORT_MS = 60_000;

/** True when the opening took little time, absolutely and as a share of the call. */
export function openingShort(openingMs: number, totalMs: number): boolean {
	if (openingMs <= OPENING_ALWAYS_SHORT_MS) return true;
	return openingMs <= OPENING_MAX_MS && (totalMs === 0 || openingMs / totalMs <= OPENING_MAX_SHARE);
}

/** True once the rep has made at least one opening move (or the playbook has none to make). */
export function openingBegun(c: CallContext, movesInPlaybook: number): boolean {
	return movesInPlaybook === 0 || c.openingMoves.length > 0;
}

/** Implication questions a need takes before it is developed (docs/coaching.md#implication-depth). */
export const IMPLICATION_DEPTH = 1;

/** Implication questions this need takes: the playbook's buyer script says, else the default. */
export function implicationDepth(playbook: Playbook | null, needId: string): number {
	return (
		playbook?.buyer?.awareness?.find((a) => a.needId === needId)?.implications ?? IMPLICATION_DEPTH
	);
}

/** True when a need has had enough implication questions to be worth a need-payoff question. */
export function needDeveloped(need: NeedEntry, playbook: Playbook | null = null): boolean {
	return need.implicationQuestions.length >= implicationDepth(playbook, need.id);
}

/**
 * True when a need-payoff question about `needId` would be cold now: the need has not surfaced,
 * or has not had its implication questions yet (docs/coaching.md#question-order).
 */
export function needPayoffCold(
	c: CallContext,
	needId: string,
	playbook: Playbook | null = null
): boolean {
	const need = c.needs.find((n) => n.id === needId);
	if (!need) return true;
	return need.level !== 'explicit' && !needDeveloped(need, playbook);
}

/** True when an implication question about `needId` comes before the problem surfaced. */
export function implicationCold(c: CallContext, needId: string): boolean {
	return !c.needs.some((n) => n.id === needId);
}

/** Whether a benefit may be stated for this need now: only while it is explicit (docs/coaching.md#benefits). */
export function benefitAllowed(c: CallContext, needId: string): boolean {
	return c.needs.some((n) => n.id === needId && n.level === 'explicit');
}

/** True when at least one need is explicit. */
export function anyExplicitNeed(c: CallContext): boolean {
	return c.needs.some((n) => n.level === 'explicit');
}

/** True when a need is explicit and a benefit was stated for it while it was. */
export function needMet(need: NeedEntry): boolean {
	return need.level === 'explicit' && need.benefits.some((b) => b.whileExplicit);
}

/** Above this share of capability statements, advantages draw objections (docs/coaching.md#advantages). */
export const ADVANTAGE_SHARE_LIMIT = 1 / 3;

/** True when advantages (and benefits for needs not explicit) dominate the presentation. */
export function tooManyAdvantages(advantages: number, statements: number): boolean {
	return statements > 0 && advantages / statements > ADVANTAGE_SHARE_LIMIT;
}

/** Asks for commitment beyond this many in one call are pressure (docs/coaching.md#closing-pressure). */
export const ASK_LIMIT = 2;

/** True when the rep has already asked as often as a call bears. */
export function askedEnough(proposals: number): boolean {
	return proposals >= ASK_LIMIT;
}

/** True when an objection is still open. */
export function objectionOpen(c: CallContext): boolean {
	return c.objections.some((o) => o.answeredAt === null);
}

/** True when a summary was given after the last benefit stated (docs/coaching.md#summary). */
export function summaryCurrent(c: CallContext): boolean {
	const lastBenefit = Math.max(
		-Infinity,
		...c.presentations.filter((p) => p.kind === 'benefit').map((p) => p.at)
	);
	return c.summaries.some((s) => s.at >= lastBenefit);
}

/** The advance id a buyer script and the committing list use for an order. */
export const ORDER_ADVANCE_ID = 'order';
