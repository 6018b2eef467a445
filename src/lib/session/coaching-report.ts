// The shape of a coaching report: only codes, ids and numbers, JSON-serialisable, so the UI can
// word it in any language and the store can keep it.
import type { SpinType } from '$lib/playbook/types';
import type { ObjectionCause } from './context';
import type { Outcome, Stage } from './events';
import type { ScoreReport } from './rubric';

export const REPORT_VERSION = 2;

export interface StageTime {
	ms: number;
	share: number;
}

/** Time per stage, pauses excluded, measured by the fold's stage clock (reduce.ts). */
export interface StageTimes {
	totalMs: number;
	stages: Record<Stage, StageTime>;
	/** The call moved on from the opening at some point. */
	leftOpening: boolean;
	/** The rep made an opening move before moving on (or the playbook lists none). */
	openingBegun: boolean;
}

export interface QuestionMix {
	total: number;
	/** Questions typed by the rep rather than picked from the playbook. */
	free: number;
	byType: Record<SpinType, { count: number; share: number }>;
	/** Situation questions crowd out the rest (rules.ts `tooManySituation`). */
	situationTooMany: boolean;
	/** Log indexes of questions asked out of order for their need. */
	cold: number[];
	/** Implication and need-payoff questions: the ones whose order is judged. */
	developing: number;
}

export interface NeedsFound {
	/** Needs the playbook lists. */
	total: number;
	/** Playbook needs this call never touched, in playbook order. */
	untouched: string[];
	/** Ids still only implied at the end, in the order they were uncovered. */
	implied: string[];
	explicit: string[];
	/** Needs that had enough implication questions (rules.ts `needDeveloped`). */
	developed: string[];
	/** Explicit needs a benefit was stated for. */
	met: string[];
	unmetExplicit: string[];
	benefits: number;
	/** `benefit.state` events that met at least one need explicit at the time. */
	benefitsMeetingExplicit: number;
}

export type CapabilityKind = 'feature' | 'advantage' | 'benefit';

export interface CapabilityUse {
	features: number;
	advantages: number;
	benefits: number;
	/** Advantages, plus benefits that met no explicit need (they land as advantages). */
	advantageLike: number;
	/** Event indexes of capability statements made before any need was explicit. */
	beforeExplicitNeed: number[];
	/** Features and advantages whose card meets no need uncovered so far (or free text). */
	unlinked: { index: number; kind: 'feature' | 'advantage'; cardId?: string }[];
}

export interface ObjectionNote {
	index: number;
	objectionId?: string;
	/**
	 * Who logged it: the scripted buyer (`buyer.say`) or the rep (`objection.raise`, or an
	 * `objection.answer` to one nobody logged, which counts as raised and answered there).
	 */
	by: 'buyer' | 'rep';
	/** What the rep did last before it (context.ts `ObjectionCause`). */
	after: ObjectionCause;
	answered: boolean;
}

export interface CommitmentUse {
	summaries: number;
	proposals: number;
	summaryBeforeFirstProposal: boolean;
	/** Asks made before any need was explicit. */
	early: number;
	/** Asks beyond what one call bears (rules.ts `ASK_LIMIT`). */
	repeated: number;
}

export interface OutcomeNote {
	/** The call's outcome once it ended (assessment.ts `outcomeOf`); null before. */
	outcome: Outcome | null;
	/** An order or an advance: the only outcomes that move a large sale. */
	advanced: boolean;
	/** The buyer agreed to the planned primary advance (or to an order). */
	primary: boolean;
	/** The rehearsal buyer ended the meeting (patience ran out). */
	closedByBuyer: boolean;
}

/** Everything the rubric scores. */
export interface CallFacts {
	questions: QuestionMix;
	needs: NeedsFound;
	capability: CapabilityUse;
	objections: ObjectionNote[];
	objectionsAfter: Record<ObjectionCause, number>;
	commitment: CommitmentUse;
	time: StageTimes;
	outcome: OutcomeNote;
}

export interface CoachingReport extends CallFacts {
	version: typeof REPORT_VERSION;
	playbookId: string;
	eventCount: number;
	score: ScoreReport;
}
