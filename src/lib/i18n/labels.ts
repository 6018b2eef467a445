// Translated names for the stable codes of the pure core and the shell that the prompter shows
// (tiers, advance and capability kinds, SPIN types, stages, need levels, reason, nudge and call
// error codes). Each family is one typed table (`satisfies Record<Code,
// …>`): a code added to the core without a message fails the type check instead of showing up
// raw on screen. Families used by one route have their table beside it (diagnostics in
// diagnostic-text.ts, rubric rules in report/rule-text.ts, import problems in routes/data), and
// families the call screen never shows live apart, so its chunk stays small: buyer lines in
// buyer-lines.ts, outcomes, cadences, modes and content languages in record-labels.ts, store
// errors in store-error.ts.
import { m } from '$lib/paraglide/messages.js';
import { ADVANCE_KINDS, type AdvanceKind, type SpinType, type Tier } from '$lib/playbook/types';
import type { AdvanceChoice, NeedLevel, Stage } from '$lib/session/events';
import type { NudgeCode } from '$lib/session/context';
import type { SuggestionReasonCode } from '$lib/session/needs';
import type { ActionErrorCode, LoadErrorCode } from '$lib/call/call-session.svelte';
import type { PresentKind } from '$lib/call/types';

type Params = Record<string, unknown>;

/** A message that takes the coded item's params (typed loosely: the core fills them). */
type WithParams = (inputs: never) => string;
const withParams = (fn: WithParams, params: Params): string =>
	(fn as (p: Params) => string)(params);

/** One-letter keys for the SPIN types; the shortcut and the badge share them. */
export const SPIN_KEYS: Record<SpinType, string> = {
	situation: 'S',
	problem: 'P',
	implication: 'I',
	needPayoff: 'N'
};

const TIER_TEXT = {
	platinum: m.common_tier_platinum,
	gold: m.common_tier_gold,
	iron: m.common_tier_iron,
	lead: m.common_tier_lead
} satisfies Record<Tier, () => string>;

const ADVANCE_TEXT = {
	demo: m.common_advance_demo,
	training: m.common_advance_training,
	seniorMeeting: m.common_advance_seniorMeeting,
	trial: m.common_advance_trial,
	visit: m.common_advance_visit,
	other: m.common_advance_other
} satisfies Record<AdvanceKind, () => string>;

const SPIN_TEXT = {
	situation: m.common_spin_situation,
	problem: m.common_spin_problem,
	implication: m.common_spin_implication,
	needPayoff: m.common_spin_needPayoff
} satisfies Record<SpinType, () => string>;

const STAGE_TEXT = {
	opening: m.common_stage_opening,
	investigating: m.common_stage_investigating,
	demonstrating: m.common_stage_demonstrating,
	committing: m.common_stage_committing
} satisfies Record<Stage, () => string>;

const NEED_LEVEL_TEXT = {
	implied: m.common_need_implied,
	explicit: m.common_need_explicit,
	none: m.common_need_none,
	met: m.common_need_met
} satisfies Record<NeedLevel | 'none' | 'met', () => string>;

const REASON_TEXT = {
	opening_move: m.reason_opening_move,
	start_investigating: m.reason_start_investigating,
	gather_background: m.reason_gather_background,
	uncover_problem: m.reason_uncover_problem,
	develop_implied_need: m.reason_develop_implied_need,
	make_need_explicit: m.reason_make_need_explicit,
	explicit_need_ready: m.reason_explicit_need_ready,
	meet_explicit_need: m.reason_meet_explicit_need,
	all_needs_met: m.reason_all_needs_met,
	summarize_benefits: m.reason_summarize_benefits,
	propose_primary_advance: m.reason_propose_primary_advance,
	propose_fallback_advance: m.reason_propose_fallback_advance,
	answer_objection: m.reason_answer_objection,
	no_explicit_need_yet: m.reason_no_explicit_need_yet,
	advance_agreed: m.reason_advance_agreed,
	ask_answered: m.reason_ask_answered,
	buyer_closed: m.reason_buyer_closed
} satisfies Record<SuggestionReasonCode, WithParams>;

const NUDGE_TEXT = {
	capability_before_explicit_need: m.nudge_capability_before_explicit_need,
	too_many_situation_questions: m.nudge_too_many_situation_questions,
	solution_in_opening: m.nudge_solution_in_opening,
	implied_need_not_developed: m.nudge_implied_need_not_developed,
	benefit_without_explicit_need: m.nudge_benefit_without_explicit_need,
	no_summary_before_advance: m.nudge_no_summary_before_advance,
	continuation_risk: m.nudge_continuation_risk,
	objection_unanswered: m.nudge_objection_unanswered,
	cold_need_payoff: m.nudge_cold_need_payoff,
	ask_before_explicit_need: m.nudge_ask_before_explicit_need,
	repeated_ask: m.nudge_repeated_ask
} satisfies Record<NudgeCode, WithParams>;

const CALL_ERROR_TEXT = {
	missing_id: m.call_error_missing_id,
	session_not_found: m.call_error_session_not_found,
	playbook_invalid: m.call_error_playbook_invalid,
	log_invalid: m.call_error_log_invalid,
	load_failed: m.call_error_load_failed,
	event_rejected: m.call_error_event_rejected,
	save_failed: m.call_error_save_failed,
	read_only: m.call_error_read_only,
	stale: m.call_error_stale
} satisfies Record<LoadErrorCode | ActionErrorCode, () => string>;

const PRESENT_TEXT = {
	feature: m.call_present_feature,
	advantage: m.call_present_advantage,
	benefit: m.call_present_benefit
} satisfies Record<PresentKind, () => string>;

/** The name of an account tier (Platinum / 铂金 …). */
export const tierLabel = (tier: Tier): string => TIER_TEXT[tier]();

/** The generic name of an advance kind (Demonstration, Training session …). */
export const advanceKindLabel = (kind: AdvanceKind): string => ADVANCE_TEXT[kind]();

/** Feature, advantage or benefit. */
export const presentKindLabel = (kind: PresentKind): string => PRESENT_TEXT[kind]();

/** A capability statement's kind or an advance's kind, by name; anything else as it came. */
export function kindLabel(kind: string): string {
	if (Object.hasOwn(PRESENT_TEXT, kind)) return presentKindLabel(kind as PresentKind);
	if ((ADVANCE_KINDS as readonly string[]).includes(kind))
		return advanceKindLabel(kind as AdvanceKind);
	return kind;
}

/** The text a rep reads for a planned advance: its own words, else the kind's name. */
export function advanceChoiceLabel(choice: AdvanceChoice): string {
	return choice.text?.trim() || advanceKindLabel(choice.kind);
}

/** The name of a SPIN question type. */
export const spinTypeLabel = (type: SpinType): string => SPIN_TEXT[type]();

/** The name of a call stage. */
export const stageName = (stage: Stage): string => STAGE_TEXT[stage]();

/** The level of a need: confirmed (implied, explicit), not yet found, or met by a benefit. */
export const needLevelName = (level: NeedLevel | 'none' | 'met'): string =>
	NEED_LEVEL_TEXT[level]();

/** Why the prompter suggests its next step, with the reason's params filled in. */
export const reasonText = (code: SuggestionReasonCode, params: Params = {}): string =>
	withParams(REASON_TEXT[code], params);

/** A coaching nudge, with its params filled in. */
export const nudgeText = (code: NudgeCode, params: Params = {}): string =>
	withParams(NUDGE_TEXT[code], params);

/** Why the call could not be opened, or why the last action failed. */
export const callErrorText = (code: LoadErrorCode | ActionErrorCode): string =>
	CALL_ERROR_TEXT[code]();
