// The cut list (docs/accounts.md#portfolio-8020): accounts that break their word, bring no
// profit or treat our people badly leave the active views but stay readable.

export const CUT_REASONS = ['brokeWord', 'noProfit', 'abusive', 'other'] as const;
export type CutReason = (typeof CUT_REASONS)[number];

/** Accounts still in the active views (visits due, the week, the portfolio). */
export function activeOnly<T extends { cut?: unknown }>(accounts: readonly T[]): T[] {
	return accounts.filter((a) => !a.cut);
}

/** Accounts on the cut list, most recently cut first. */
export function cutOnly<T extends { cut?: { at: number } }>(accounts: readonly T[]): T[] {
	return accounts.filter((a) => a.cut).sort((a, b) => b.cut!.at - a.cut!.at);
}
