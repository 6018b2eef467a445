// The pure part of the accounts' latest-call cache (last-calls.ts): its shape and how one
// written call changes it. Split out so the call route's append (append-tx.ts) needs no Dexie.
import type { SessionRow } from './types';

/** The `meta` key of the cache. */
export const LAST_CALLS_KEY = 'derived.accountLastCalls';
/** A cache of another shape (an older build) is rebuilt. */
export const LAST_CALLS_VERSION = 1;

export interface LastCall {
	id: string;
	startedAt: number;
	/** The next step agreed at the call's end (`call.end`); absent while it runs or when none. */
	nextStep?: { text: string; date?: string };
}

export interface LastCallsCache {
	v: number;
	byAccount: Record<string, LastCall>;
}

/** Whether `value` is a cache this build wrote. */
export function isLastCallsCache(value: unknown): value is LastCallsCache {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as LastCallsCache).v === LAST_CALLS_VERSION &&
		typeof (value as LastCallsCache).byAccount === 'object'
	);
}

/** Whether call `a` sorts after call `b` in the index (start, then id: what `.last()` returns). */
export function isLater(
	a: Pick<LastCall, 'id' | 'startedAt'>,
	b: Pick<LastCall, 'id' | 'startedAt'>
) {
	return a.startedAt > b.startedAt || (a.startedAt === b.startedAt && a.id > b.id);
}

/**
 * The cache after `row` was written with the next step `nextStep` (from the fold of its log):
 * the row becomes its account's entry when it is that entry or later than it. Returns
 * `undefined` when nothing changed, `null` when the row left another account whose latest it
 * was (the caller then drops the cache: working out that account's previous call needs a query).
 */
export function withCall(
	cache: LastCallsCache,
	row: SessionRow,
	nextStep: LastCall['nextStep'] | null,
	previousAccountId?: string
): LastCallsCache | null | undefined {
	const accountId = row.account?.accountId;
	if (previousAccountId && previousAccountId !== accountId) {
		if (cache.byAccount[previousAccountId]?.id === row.id) return null;
	}
	if (!accountId) return undefined;
	const entry = cache.byAccount[accountId];
	if (entry && entry.id !== row.id && !isLater(row, entry)) return undefined;
	const next: LastCall = { id: row.id, startedAt: row.startedAt };
	if (nextStep) next.nextStep = { ...nextStep };
	if (entry && JSON.stringify(entry) === JSON.stringify(next)) return undefined;
	return { ...cache, byAccount: { ...cache.byAccount, [accountId]: next } };
}
