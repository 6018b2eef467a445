// The plain-data context of a call, folded from its events by `reduceContext` (reduce.ts).
// Everything here is JSON-serialisable (no undefined-valued keys, no Dates, no Maps) so the
// store can persist it and the buyer and analysis helpers can rebuild it from the log alone.
import type { Playbook, SpinType } from '$lib/playbook/types';
import type { AccountRef, AdvanceChoice, CallMode, NeedLevel, Outcome, Stage } from './events';
import { STAGES } from './events';

/** Where the call is in its life; the machine's top-level states mirror it. */
export type Phase = 'planning' | 'running' | 'paused' | 'ended';

export type CapabilityKind = 'feature' | 'advantage' | 'benefit';

export interface CallPlan {
	objective: string;
	primaryAdvance: AdvanceChoice | null;
	fallbackAdvance: AdvanceChoice | null;
	account: AccountRef | null;
	/** Set when the call is a drill: the skill it practises and the need it works on. */
	drill: { skill: string; needId: string } | null;
	/** Who of the people the buyer script names (`Involves`) the rep planned to have there. */
	inRoom: string[];
}

export interface PauseInterval {
	from: number;
	/** `null` while the pause is still on. */
	to: number | null;
}

export interface AskedQuestion {
	questionId?: string;
	/** The rep's words, or the playbook question's text when only an id was sent. */
	text: string;
	spinType: SpinType;
	/** The need the rep named, if any. */
	needId?: string;
	/** Needs the question is about: the named one, else the playbook question's needs. */
	needIds: string[];
	at: number;
	stage: Stage | null;
	eventIndex: number;
	answer?: string;
	/**
	 * Asked out of order for its need: an implication question before the need surfaced, or a
	 * need-payoff question before the need was developed (docs/coaching.md#question-order).
	 */
	cold: boolean;
}

/** A pointer from a need back to a question in `CallContext.questions`. */
export interface QuestionRef {
	index: number;
	questionId?: string;
}

export interface NeedEntry {
	id: string;
	text: string | null;
	level: NeedLevel;
	/** Who surfaced it: the rep confirming it, or a scripted buyer line. */
	source: 'rep' | 'buyer';
	/** The question asked last before the need surfaced, else the surfacing event itself. */
	uncoveredBy: { eventIndex: number; questionId?: string };
	impliedAt: number;
	explicitAt: number | null;
	implicationQuestions: QuestionRef[];
	needPayoffQuestions: QuestionRef[];
	benefits: { cardId?: string; at: number; whileExplicit: boolean }[];
}

export interface Presentation {
	kind: CapabilityKind;
	cardId?: string;
	text?: string;
	needIds: string[];
	/** Which of `needIds` were explicit when it was presented. */
	explicitNeedIds: string[];
	/** Whether any need at all was explicit at that moment. */
	anyExplicitNeed: boolean;
	stage: Stage | null;
	at: number;
	eventIndex: number;
}

/**
 * What provoked an objection: the rep's last capability statement, or an ask for commitment made
 * after it (an objection to an ask is not one a feature or an advantage caused), or nothing.
 */
export type ObjectionCause = CapabilityKind | 'proposal' | 'none';

export interface ObjectionEntry {
	objectionId?: string;
	text?: string;
	source: 'rep' | 'buyer';
	raisedAt: number;
	/** What the rep did last before it was raised (docs/coaching.md#objections). */
	after: ObjectionCause;
	stage: Stage | null;
	/** The log index of the event that raised it. */
	eventIndex: number;
	answeredAt: number | null;
	answer?: string;
	/** The playbook answer the rep chose, when the UI sent one. */
	answerId?: string;
}

/** An ask for commitment, with what the research checks at that moment. */
export interface AdvanceEntry {
	advance: AdvanceChoice;
	at: number;
	stage: Stage | null;
	/** No need was explicit yet (docs/coaching.md#closing-pressure). */
	early: boolean;
	/** A summary came after the last benefit and before this ask (docs/coaching.md#summary). */
	afterSummary: boolean;
	/** The log index of the event that made the ask. */
	eventIndex: number;
}

export interface NoteEntry {
	text: string;
	at: number;
	stage: Stage | null;
	/** `answer`: an answer note taken before any question was asked. */
	kind: 'note' | 'answer';
}

export interface BuyerLine {
	text: string;
	at: number;
	replyTo?: string;
	reveals?: string[];
	states?: string[];
	objectionId?: string;
	acceptsAdvanceId?: string;
	/** A generic, translatable line (`text` is then ''), e.g. `buyer.neutral`. */
	code?: string;
	develops?: string[];
	felt?: string[];
	deflects?: string[];
	supports?: string[];
	resolves?: string;
	declines?: string;
	blockedBy?: string;
	patience?: number;
	closes?: Outcome;
}

/** A coaching hint shown while the call runs; the UI maps `code` to a message. */
export interface Nudge {
	code: NudgeCode;
	severity: 'info' | 'warn';
	params?: Record<string, string | number>;
}

export type NudgeCode =
	| 'capability_before_explicit_need'
	| 'too_many_situation_questions'
	| 'solution_in_opening'
	| 'implied_need_not_developed'
	| 'benefit_without_explicit_need'
	| 'no_summary_before_advance'
	| 'continuation_risk'
	| 'objection_unanswered'
	| 'cold_need_payoff'
	| 'ask_before_explicit_need'
	| 'repeated_ask';

export interface CallContext {
	mode: CallMode;
	playbookId: string;
	plan: CallPlan;
	phase: Phase;
	/** The current call stage; while paused or ended, the stage the call was last in. */
	stage: Stage | null;
	/** The SPIN type the rep is working on; investigating's sub-state follows it. */
	spinType: SpinType;
	startedAt: number | null;
	endedAt: number | null;
	lastAt: number | null;
	paused: boolean;
	pauses: PauseInterval[];
	/** Milliseconds spent in each stage up to `lastAt`, paused time excluded. */
	stageMs: Record<Stage, number>;
	/** Every stage change, in order, so back-and-forth (e.g. back to investigating) shows. */
	stageLog: { stage: Stage; at: number }[];
	/**
	 * Where the call was when it last left the call stages (pause, or end while running):
	 * resume returns there. The machine's deep history state holds the same thing.
	 */
	resumeTo: { stage: Stage; spinType: SpinType } | null;
	/** The clock the stage timer last advanced to; `null` when not running. */
	tickAt: number | null;
	/** Number of events folded so far: the index the next event will have in the log. */
	eventCount: number;
	/** Events that made no sense in the phase they came in (e.g. a question while paused). */
	ignored: { index: number; type: string }[];
	openingMoves: { moveId?: string; text?: string; at: number }[];
	questions: AskedQuestion[];
	spinCounts: Record<SpinType, number>;
	/** The need ledger, in the order needs surfaced. */
	needs: NeedEntry[];
	presentations: Presentation[];
	objections: ObjectionEntry[];
	notes: NoteEntry[];
	summaryGiven: boolean;
	summaries: { text?: string; at: number; stage: Stage | null }[];
	advances: AdvanceEntry[];
	buyerLines: BuyerLine[];
	/** Advances (or `order`) the scripted buyer agreed to. */
	acceptedAdvanceIds: string[];
	outcome: Outcome | null;
	nextStep: { text: string; date?: string } | null;
	review: { wentWell: string; toChange: string; at: number } | null;
	nudges: Nudge[];
}

/** The context of a call nobody has planned yet, for the given playbook. */
export function initialCallContext(playbook: Playbook): CallContext {
	return {
		mode: 'live',
		playbookId: playbook.meta.id,
		plan: {
			objective: '',
			primaryAdvance: null,
			fallbackAdvance: null,
			account: null,
			drill: null,
			inRoom: []
		},
		phase: 'planning',
		stage: null,
		spinType: 'situation',
		startedAt: null,
		endedAt: null,
		lastAt: null,
		paused: false,
		pauses: [],
		stageMs: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>,
		stageLog: [],
		resumeTo: null,
		tickAt: null,
		eventCount: 0,
		ignored: [],
		openingMoves: [],
		questions: [],
		spinCounts: { situation: 0, problem: 0, implication: 0, needPayoff: 0 },
		needs: [],
		presentations: [],
		objections: [],
		notes: [],
		summaryGiven: false,
		summaries: [],
		advances: [],
		buyerLines: [],
		acceptedAdvanceIds: [],
		outcome: null,
		nextStep: null,
		review: null,
		nudges: []
	};
}

/** The ledger entry for a need, if it has surfaced. */
export function findNeed(context: CallContext, needId: string): NeedEntry | undefined {
	return context.needs.find((n) => n.id === needId);
}

/** Whether any need in the ledger is explicit. */
export function hasExplicitNeed(context: CallContext): boolean {
	return context.needs.some((n) => n.level === 'explicit');
}
