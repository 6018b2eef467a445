// Translated names for the stable codes the shell screens show (tiers, outcomes, advance kinds,
// SPIN types, stages, modes, content languages). Each falls back to the raw code, so a code
// added to the core later still shows up instead of vanishing.
import { m } from '$lib/paraglide/messages.js';
import type { AdvanceKind, SpinType, Tier } from '$lib/playbook/types';
import type { AdvanceChoice, CallMode, NeedLevel, Outcome, Stage } from '$lib/session/events';

type MessageFn = (params?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** The message `key` with `params`, or `undefined` when the catalogue has no such key. */
export function lookup(key: string, params?: Record<string, unknown>): string | undefined {
	const fn = messages[key];
	return fn ? fn(params ?? {}) : undefined;
}

/** The name of an account tier (Platinum / 铂金 …). */
export function tierLabel(tier: Tier): string {
	return lookup(`common_tier_${tier}`) ?? tier;
}

/** How often an account of `tier` should be visited. */
export function cadenceLabel(tier: Tier): string {
	return lookup(`common_cadence_${tier}`) ?? '';
}

/** The name of a call outcome (Order, Advance, Continuation, No-sale). */
export function outcomeLabel(outcome: Outcome | undefined): string {
	return outcome ? (lookup(`common_outcome_${outcome}`) ?? outcome) : m.common_outcome_none();
}

/** The generic name of an advance kind (Demonstration, Training session …). */
export function advanceKindLabel(kind: AdvanceKind): string {
	return lookup(`common_advance_${kind}`) ?? kind;
}

/** The text a rep reads for a planned advance: its own words, else the kind's name. */
export function advanceChoiceLabel(choice: AdvanceChoice): string {
	return choice.text?.trim() || advanceKindLabel(choice.kind);
}

/** The name of a SPIN question type. */
export function spinTypeLabel(type: SpinType): string {
	return lookup(`common_spin_${type}`) ?? type;
}

/** The name of a call stage. */
export function stageName(stage: Stage): string {
	return lookup(`common_stage_${stage}`) ?? stage;
}

/** The level of a confirmed need. */
export function needLevelName(level: NeedLevel): string {
	return lookup(`common_need_${level}`) ?? level;
}

/** Rehearsal or live call. */
export function modeLabel(mode: CallMode): string {
	return mode === 'live' ? m.common_live() : m.common_rehearsal();
}

/** The name of a playbook's content language, in the UI language. */
export function contentLanguageLabel(locale: string): string {
	if (locale === 'en') return m.common_locale_en();
	if (locale.startsWith('zh')) return m.common_locale_zh();
	return locale;
}
