// Maps the stable codes of the pure core (stages, SPIN types, outcomes, reason and nudge codes)
// to translated text, so no English leaks from `session/` into the UI.
import { m } from '$lib/paraglide/messages.js';
import type { SpinType } from '$lib/playbook/types';
import type { NeedLevel, Outcome, Stage } from '$lib/session/events';

type Params = Record<string, unknown>;
type MessageFn = (params?: Params, options?: { locale?: string }) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** The message for `key` (in `locale`, else the UI's), or `undefined` for an unknown key. */
export function messageFor(key: string, params: Params = {}, locale?: string): string | undefined {
	const fn = messages[key];
	if (!fn) return undefined;
	return locale ? fn(params, { locale }) : fn(params);
}

/** Turns a dotted or kebab code (`ask.problem`, `benefit-without-need`) into a message key. */
export function codeKey(prefix: string, code: string): string {
	return `${prefix}_${code.replace(/[.\-\s]+/g, '_')}`;
}

/** Translated text for a coded item; falls back to the raw code so nothing vanishes silently. */
export function codeText(prefix: string, code: string, params: Params = {}): string {
	return messageFor(codeKey(prefix, code), params) ?? code;
}

/** The translated name of a call stage. */
export function stageLabel(stage: Stage): string {
	return messageFor(`stage_${stage}`) ?? stage;
}

/** The translated name of a SPIN question type. */
export function spinLabel(type: SpinType): string {
	return messageFor(`spin_${type}`) ?? type;
}

/** The translated level of a need. */
export function needLevelLabel(level: NeedLevel | 'none' | 'met'): string {
	return messageFor(`need_${level}`) ?? level;
}

/** The translated name of a call outcome. */
export function outcomeLabel(outcome: Outcome): string {
	return messageFor(`call_outcome_${outcome}`) ?? outcome;
}

/** One-letter keys for the SPIN types; the shortcut and the badge share them. */
export const SPIN_KEYS: Record<SpinType, string> = {
	situation: 'S',
	problem: 'P',
	implication: 'I',
	needPayoff: 'N'
};
