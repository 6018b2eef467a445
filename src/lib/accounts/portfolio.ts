// The portfolio by the 80/20 rule (docs/accounts.md#portfolio-8020): accounts ranked by the
// profit the rep entered, the cumulative share of the total, the top group that brings about 80%
// and the accounts that bring none.

/** The share of total profit the top group is drawn to reach. */
export const TOP_GROUP_SHARE = 0.8;

export type ProfitGroup = 'top' | 'rest' | 'none';

export interface PortfolioInput {
	id: string;
	name: string;
	/** Yearly profit as the rep entered it; undefined when not entered. */
	profit?: number;
}

export interface PortfolioRow extends PortfolioInput {
	profit: number;
	/** This account's share of the total positive profit (0..1). */
	share: number;
	/** Share of the total brought by this account and every one ranked above it. */
	cumulative: number;
	group: ProfitGroup;
}

export interface Portfolio {
	rows: PortfolioRow[];
	/** Accounts without a profit figure: not ranked. */
	unranked: PortfolioInput[];
	total: number;
	/** Number of accounts in the top group, and the share of accounts that is. */
	topCount: number;
	topAccountShare: number;
}

/**
 * Ranks accounts by profit (highest first, ties by name). The top group is the shortest run from
 * the top whose cumulative share reaches `topShare`; accounts with zero or negative profit bring
 * none; the others are the rest.
 */
export function portfolioSplit(
	inputs: readonly PortfolioInput[],
	topShare = TOP_GROUP_SHARE
): Portfolio {
	const ranked: PortfolioInput[] = [];
	const unranked: PortfolioInput[] = [];
	for (const a of inputs) (a.profit === undefined ? unranked : ranked).push(a);
	ranked.sort((a, b) => b.profit! - a.profit! || a.name.localeCompare(b.name));
	const total = ranked.reduce((sum, a) => sum + Math.max(0, a.profit!), 0);
	let running = 0;
	let topCount = 0;
	let topReached = false;
	const rows = ranked.map((a): PortfolioRow => {
		const profit = a.profit!;
		const positive = Math.max(0, profit);
		running += positive;
		const share = total > 0 ? positive / total : 0;
		const cumulative = total > 0 ? running / total : 0;
		let group: ProfitGroup = 'none';
		if (positive > 0) {
			group = topReached ? 'rest' : 'top';
			if (!topReached) topCount += 1;
			// Compare with a little slack so 0.8000000001 of float sums still counts as reached.
			if (cumulative >= topShare - 1e-9) topReached = true;
		}
		return { ...a, profit, share, cumulative, group };
	});
	return {
		rows,
		unranked,
		total,
		topCount,
		topAccountShare: rows.length > 0 ? topCount / rows.length : 0
	};
}
