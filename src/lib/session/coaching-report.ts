// The shape of a coaching report: only codes, ids and numbers, JSON-serialisable, so the UI can
// word it in any language and the store can keep it.
import type { SpinType } from '$lib/playbook/types';
import type { Outcome, Stage } from './events';
import type { ScoreReport } from './rubric';

export const REPORT_VERSION = 1;

// Targets: the key-account rep's time split from the domain notes §1 (relationship 40%, needs
// 30%, benefits 20%, closing 10%), mapped onto the four call stages of §2 as
// relationship → opening, needs → investigating, benefits → demonstrating, closing → committing.
export const STAGE_TARGET_SHARE: Record<Stage, number> = {
	opening: 0.4,
	investigating: 0.3,
	demonstrating: 0.2,
	committing: 0.1
};

export interface StageTime {
	ms: number;
	share: number;
	target: number;
}

/** Time per stage, pauses excluded, measured by the fold's stage clock (reduce.ts). */
export interface StageTimes {
	totalMs: number;
	stages: Record<Stage, StageTime>;
	/** Half the summed gaps between share and target: 0 on target, 1 at the opposite extreme. */
	drift: number;
}

export interface QuestionMix {
	total: number;
	/** Questions typed by the rep rather than picked from the playbook. */
	free: number;
	byType: Record<SpinType, { count: number; share: number }>;
	situationDominant: boolean;
}

export interface NeedsFound {
	/** Ids still only implied at the end, in the order they were uncovered. */
	implied: string[];
	explicit: string[];
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
	/** The last capability statement before it, if any. */
	after: CapabilityKind | 'none';
	answered: boolean;
}

export interface CommitmentUse {
	summaries: number;
	proposals: number;
	summaryBeforeFirstProposal: boolean;
}

export interface OutcomeNote {
	/** From `call.end`; null while the call has not ended. */
	outcome: Outcome | null;
	/** Only an order or an advance moves a large sale; a continuation does not (domain §2). */
	advanced: boolean;
}

/** Everything the rubric scores. */
export interface CallFacts {
	questions: QuestionMix;
	needs: NeedsFound;
	capability: CapabilityUse;
	objections: ObjectionNote[];
	objectionsAfter: Record<CapabilityKind | 'none', number>;
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
