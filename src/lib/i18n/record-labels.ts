// Translated names the prompter does not show (outcomes and their hints, visit cadences, call
// modes, content languages): apart from labels.ts, which the call screen loads, so the prompter's
// chunk does not carry them. Each family is one typed table, as in labels.ts.
import { m } from '$lib/paraglide/messages.js';
import type { Tier } from '$lib/playbook/types';
import type { CallMode, Outcome } from '$lib/session/events';

const CADENCE_TEXT = {
	platinum: m.common_cadence_platinum,
	gold: m.common_cadence_gold,
	iron: m.common_cadence_iron,
	lead: m.common_cadence_lead
} satisfies Record<Tier, () => string>;

const OUTCOME_TEXT = {
	order: m.common_outcome_order,
	advance: m.common_outcome_advance,
	continuation: m.common_outcome_continuation,
	noSale: m.common_outcome_noSale
} satisfies Record<Outcome, () => string>;

const OUTCOME_HINT = {
	order: m.outcome_hint_order,
	advance: m.outcome_hint_advance,
	continuation: m.outcome_hint_continuation,
	noSale: m.outcome_hint_noSale
} satisfies Record<Outcome, () => string>;

/** How often an account of `tier` should be visited. */
export const cadenceLabel = (tier: Tier): string => CADENCE_TEXT[tier]();

/** The name of a call outcome (Order, Advance, Continuation, No-sale). */
export function outcomeLabel(outcome: Outcome | undefined): string {
	return outcome ? OUTCOME_TEXT[outcome]() : m.common_outcome_none();
}

/** What an outcome means, one sentence (the end dialog and the end screen share it). */
export const outcomeHint = (outcome: Outcome): string => OUTCOME_HINT[outcome]();

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
