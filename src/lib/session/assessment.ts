// The one assessment of a call. Everything the screens say about the call as it stands (the
// next question and step, the nudges, which needs are covered and which benefits may be
// stated, the counts, the end dialog's outcome) is read here, from the machine's fold and the
// rules of rules.ts, so no two screens can disagree. The report (analyze.ts) and the stored
// summary row (db/summary.ts) read the same fold through `tallyOf` and `outcomeOf`.
import type { Playbook, SpinType } from '$lib/playbook/types';
import type { CallContext, NeedEntry, Nudge } from './context';
import type { AccountRef, CallMode, NeedLevel, Outcome, Stage } from './events';
import { declinedAdvanceIds, rankSuggestions, type Suggestion } from './needs';
import { benefitAllowed, needDeveloped, needMet, ORDER_ADVANCE_ID } from './rules';

export type { Suggestion, SuggestionKind, SuggestionReasonCode } from './needs';

/** How far a need has come in this call. */
export type NeedProgress = 'untouched' | 'implied' | 'developing' | 'explicit' | 'met';

/** One need as every screen shows it: playbook needs first, then needs the rep added. */
export interface NeedStatus {
	id: string;
	text: string;
	level: NeedLevel | 'none';
	progress: NeedProgress;
	/** A benefit was stated for it while it was explicit. */
	met: boolean;
	/** A benefit may be stated for it now (it is explicit). */
	benefitAllowed: boolean;
	inPlaybook: boolean;
}

/** The counts the summary row, the transcript page and the report all show. */
export interface Tally {
	mode: CallMode;
	account: AccountRef | null;
	phase: CallContext['phase'];
	stage: Stage | null;
	spinCounts: Record<SpinType, number>;
	questions: number;
	needs: { id: string; level: NeedLevel }[];
	explicit: number;
	implied: number;
	met: number;
	outcome: Outcome | null;
	endedAt: number | null;
}

/** What the end of the call records, and what the end dialog starts on. */
export interface OutcomeAssessment {
	/** In a rehearsal, what the buyer's lines amount to (docs/coaching.md#outcome); null live. */
	derived: Outcome | null;
	/** The end dialog's starting choice; null when nothing that happened supports one. */
	preselect: Outcome | null;
	/** The call's outcome once it ended (a rehearsal's is the derived one); null before. */
	final: Outcome | null;
	/** The advance (or `order`) the buyer agreed to last, if any. */
	agreedAdvanceId: string | null;
	declinedAdvanceIds: string[];
}

/** A drill's state: the skill, the need it works on, and whether the skill's move was made. */
export interface DrillStatus {
	skill: string;
	needId: string;
	/** The one move the drill asks for was made, so the rep can end it and see the score. */
	moveMade: boolean;
}

export interface Assessment {
	/** Ranked next moves; empty outside a running call. */
	suggestions: Suggestion[];
	/** The best question to ask now. */
	question: Suggestion | null;
	/** The best step that is not a question or an opening move. */
	nextStep: Suggestion | null;
	nudges: Nudge[];
	needs: NeedStatus[];
	/** Playbook needs this call never touched (docs/coaching.md#coverage). */
	untouched: string[];
	/** Capability cards whose benefit meets a need explicit now. */
	benefitCardIds: string[];
	tally: Tally;
	outcome: OutcomeAssessment;
	/** Set when the call is a drill. */
	drill: DrillStatus | null;
}

const CACHE = new WeakMap<CallContext, { playbook: Playbook; result: Assessment }>();

/** The assessment of the call as it stands. Same context, same object. */
export function assess(context: CallContext, playbook: Playbook): Assessment {
	const hit = CACHE.get(context);
	if (hit && hit.playbook === playbook) return hit.result;
	const suggestions = rankSuggestions(context, playbook);
	const question = suggestions.find((s) => s.kind === 'question') ?? null;
	const needs = needStatuses(context, playbook);
	const result: Assessment = {
		suggestions,
		question,
		nextStep: suggestions.find((s) => s.kind !== 'question' && s.kind !== 'opening') ?? null,
		nudges: visibleNudges(context, question),
		needs,
		untouched: needs.filter((n) => n.inPlaybook && n.progress === 'untouched').map((n) => n.id),
		benefitCardIds: playbook.capabilities
			.filter((card) => card.needIds.some((id) => benefitAllowed(context, id)))
			.map((card) => card.id),
		tally: tallyOf(context),
		outcome: outcomeOf(context),
		drill: drillStatus(context)
	};
	CACHE.set(context, { playbook, result });
	return result;
}

/**
 * Whether a drill's one move was made (the skills of review/drills.ts). The staged steps never
 * make it: they stop right before the skill is needed (review/drill-plan.ts).
 */
function drillStatus(c: CallContext): DrillStatus | null {
	const drill = c.plan.drill;
	if (!drill) return null;
	const { skill, needId } = drill;
	const asked = (type: SpinType) =>
		c.questions.some((q) => q.spinType === type && q.needIds.includes(needId));
	const moveMade =
		skill === 'developNeed'
			? asked('implication')
			: skill === 'makeExplicit'
				? asked('needPayoff')
				: skill === 'linkBenefit'
					? c.presentations.some((p) => p.kind === 'benefit' && p.explicitNeedIds.includes(needId))
					: skill === 'preventObjection'
						? c.presentations.length > 0
						: skill === 'askAdvance'
							? c.advances.length > 0
							: false;
	return { skill, needId, moveMade };
}

// The card already says why an implied need should be developed; the same advice twice is
// clutter on a screen read at a glance.
function visibleNudges(c: CallContext, question: Suggestion | null): Nudge[] {
	if (c.stage !== 'investigating' || question?.reason.code !== 'develop_implied_need')
		return c.nudges;
	const needId = question.needId;
	return c.nudges.filter(
		(n) => !(n.code === 'implied_need_not_developed' && n.params?.needId === needId)
	);
}

function progressOf(n: NeedEntry, playbook: Playbook): NeedProgress {
	if (n.level === 'explicit') return needMet(n) ? 'met' : 'explicit';
	return needDeveloped(n, playbook) ? 'developing' : 'implied';
}

function needStatuses(c: CallContext, playbook: Playbook): NeedStatus[] {
	const known = new Set(playbook.needs.map((n) => n.id));
	const status = (id: string, fallback: string, inPlaybook: boolean): NeedStatus => {
		const entry = c.needs.find((n) => n.id === id);
		return {
			id,
			text: entry?.text ?? fallback,
			level: entry?.level ?? 'none',
			progress: entry ? progressOf(entry, playbook) : 'untouched',
			met: entry ? needMet(entry) : false,
			benefitAllowed: benefitAllowed(c, id),
			inPlaybook
		};
	};
	return [
		...playbook.needs.map((n) => status(n.id, n.text, true)),
		...c.needs.filter((n) => !known.has(n.id)).map((n) => status(n.id, n.text ?? n.id, false))
	];
}

/** The counts of a folded call, for the summary row and the report alike. */
export function tallyOf(c: CallContext): Tally {
	const explicit = c.needs.filter((n) => n.level === 'explicit').length;
	return {
		mode: c.mode,
		account: c.plan.account,
		phase: c.phase,
		stage: c.stage,
		spinCounts: { ...c.spinCounts },
		questions: c.questions.length,
		needs: c.needs.map((n) => ({ id: n.id, level: n.level })),
		explicit,
		implied: c.needs.length - explicit,
		met: c.needs.filter(needMet).length,
		outcome: outcomeOf(c).final,
		endedAt: c.endedAt
	};
}

/**
 * The outcome by the research's definitions (docs/coaching.md#outcome): an order or an advance
 * the buyer agreed to; else what the buyer closed the meeting with; no-sale when the buyer
 * refused and agreed to nothing; otherwise a continuation. Only buyer lines the fold accepted count, so nothing after the end changes it.
 */
export function outcomeOf(c: CallContext): OutcomeAssessment {
	const declined = declinedAdvanceIds(c);
	const agreed = c.acceptedAdvanceIds.at(-1) ?? null;
	const rehearsal = c.mode === 'rehearsal';
	const closed = c.buyerLines.findLast((l) => l.closes !== undefined)?.closes;
	const derived: Outcome | null = !rehearsal
		? null
		: c.acceptedAdvanceIds.includes(ORDER_ADVANCE_ID)
			? 'order'
			: agreed !== null
				? 'advance'
				: (closed ?? (declined.length > 0 ? 'noSale' : 'continuation'));
	const ended = c.phase === 'ended';
	const final = ended ? (rehearsal ? derived : c.outcome) : null;
	return {
		derived,
		preselect: ended ? final : derived,
		final,
		agreedAdvanceId: agreed,
		declinedAdvanceIds: declined
	};
}
