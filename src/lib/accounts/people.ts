// Key people of an account (docs/accounts.md#key-people-and-the-inside-contact): their role in
// this sale, their attitude to us, and whether they are our inside contact (内线).

export const PERSON_ROLES = ['decisionMaker', 'influencer', 'user', 'gatekeeper'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const ATTITUDES = ['supporter', 'neutral', 'sceptic', 'opponent'] as const;
export type Attitude = (typeof ATTITUDES)[number];

/** What an inside contact helps with, in the domain text's order. */
export const INSIDE_HELP = ['background', 'progress', 'advice', 'doors'] as const;
export type InsideHelp = (typeof INSIDE_HELP)[number];

/** Whether a competitor has an inside contact at the account. */
export const COMPETITOR_INSIDE = ['unknown', 'yes', 'no'] as const;
export type CompetitorInside = (typeof COMPETITOR_INSIDE)[number];

/** The placeholder that replaces an erased person's name in notes. */
export const ERASED_NAME = '[…]';

/**
 * `text` with every mention of `name` (case-insensitive, as typed) replaced by the placeholder;
 * names shorter than two characters are left alone (they would eat ordinary words).
 */
export function scrubName(text: string, name: string): string {
	const needle = name.trim();
	if ([...needle].length < 2) return text;
	const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
	return text.replace(pattern, ERASED_NAME);
}
