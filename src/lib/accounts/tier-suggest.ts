// A suggested tier from the six marks of a key account and the profit figure
// (docs/accounts.md#tier-suggestion). Only a suggestion: the rep decides the tier.
import type { Tier } from '$lib/playbook/types';
import type { ProfitGroup } from './portfolio';

/** The six marks of a key account, in the order the domain text gives them. */
export const KEY_MARKS = [
	'profitShare',
	'decisive',
	'lossHurts',
	'longStable',
	'growth',
	'timeSpent'
] as const;
export type KeyMark = (typeof KEY_MARKS)[number];

/** Marks needed for platinum (with a top-group profit) and for gold. */
export const PLATINUM_MARKS = 5;
export const GOLD_MARKS = 3;

export type TierReason =
	| 'no_profit'
	| 'marks_platinum'
	| 'marks_gold'
	| 'marks_few'
	| 'profit_top'
	| 'profit_not_top'
	| 'profit_unknown';

export interface TierSuggestion {
	tier: Tier;
	marks: number;
	reasons: TierReason[];
}

/**
 * Lead when the entered profit is zero or less; platinum with at least five marks and a profit
 * in the portfolio's top group; gold with at least three marks (or five outside the top group);
 * iron otherwise.
 */
export function suggestTier(
	marked: readonly KeyMark[],
	profit: number | undefined,
	group: ProfitGroup | undefined
): TierSuggestion {
	const marks = new Set(marked.filter((m) => (KEY_MARKS as readonly string[]).includes(m))).size;
	const profitReason: TierReason =
		profit === undefined ? 'profit_unknown' : group === 'top' ? 'profit_top' : 'profit_not_top';
	if (profit !== undefined && profit <= 0) return { tier: 'lead', marks, reasons: ['no_profit'] };
	if (marks >= PLATINUM_MARKS && group === 'top') {
		return { tier: 'platinum', marks, reasons: ['marks_platinum', 'profit_top'] };
	}
	if (marks >= GOLD_MARKS) {
		const reasons: TierReason[] = [marks >= PLATINUM_MARKS ? 'marks_platinum' : 'marks_gold'];
		return { tier: 'gold', marks, reasons: [...reasons, profitReason] };
	}
	return { tier: 'iron', marks, reasons: ['marks_few', profitReason] };
}
