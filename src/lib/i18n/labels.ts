// Translated names for the stable codes of the pure core and the shell (tiers, outcomes, advance
// kinds, SPIN types, stages, need levels, modes, content languages, reason and nudge codes).
// Each falls back to the raw code, so a code added to the core later still shows up instead of
// vanishing, and no English leaks from `session/` into the UI.
import { m } from '$lib/paraglide/messages.js';
import type { AdvanceKind, SpinType, Tier } from '$lib/playbook/types';
import type { AdvanceChoice, CallMode, NeedLevel, Outcome, Stage } from '$lib/session/events';

type Params = Record<string, unknown>;
type MessageFn = (params?: Params, options?: { locale?: string }) => string;
/** Message functions by key, for keys built from codes at run time. */
export type MessageTable = Readonly<Record<string, MessageFn | undefined>>;

/** One table from an eager `import.meta.glob` over Paraglide's one-module-per-message output. */
export function messageTable(modules: Record<string, unknown>): MessageTable {
	return Object.assign({}, ...Object.values(modules)) as MessageTable;
}

// Only the families looked up by code everywhere (the prompter's among them). Reading all of `m`
// here would put every message of the app, in both languages, on every route; families used by
// one route (diag_*, report_*, data_problem_*) have their own table beside their code.
const messages = messageTable({
	...import.meta.glob('./common_tier_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./common_cadence_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./common_outcome_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./common_advance_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./common_spin_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./common_stage_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./common_need_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./reason_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./nudge_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./buyer_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./store_error_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./call_error_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./call_outcome_*.js', { base: '../paraglide/messages', eager: true }),
	...import.meta.glob('./call_present_*.js', { base: '../paraglide/messages', eager: true })
});

/** `key` from `table` with `params` (in `locale`, else the UI's), or `undefined` if absent. */
export function lookupIn(
	table: MessageTable,
	key: string,
	params: Params = {},
	locale?: string
): string | undefined {
	const fn = Object.hasOwn(table, key) ? table[key] : undefined;
	if (!fn) return undefined;
	return locale ? fn(params, { locale }) : fn(params);
}

/**
 * A message of the families above (common_{tier,cadence,outcome,advance,spin,stage,need}_,
 * reason_, nudge_, buyer_, store_error_, call_{error,outcome,present}_), else `undefined`.
 */
export function lookup(key: string, params: Params = {}, locale?: string): string | undefined {
	return lookupIn(messages, key, params, locale);
}

/** Turns a dotted or kebab code (`ask.problem`, `benefit-without-need`) into a message key. */
export function codeKey(prefix: string, code: string): string {
	return `${prefix}_${code.replace(/[.\-\s]+/g, '_')}`;
}

/** Translated text for a coded item; falls back to the raw code so nothing vanishes silently. */
export function codeText(prefix: string, code: string, params: Params = {}): string {
	return lookup(codeKey(prefix, code), params) ?? code;
}

/** One-letter keys for the SPIN types; the shortcut and the badge share them. */
export const SPIN_KEYS: Record<SpinType, string> = {
	situation: 'S',
	problem: 'P',
	implication: 'I',
	needPayoff: 'N'
};

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

/** The level of a need: confirmed (implied, explicit), not yet found, or met by a benefit. */
export function needLevelName(level: NeedLevel | 'none' | 'met'): string {
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
