// A session's summary row is read from the machine's fold of its events, through the same
// tally the report and the screens read (session/assessment.ts `tallyOf`). The row is a cache
// for the history list; it is never believed over the events: every write (append, export,
// import) derives it again from the fold.
import { tallyOf } from '$lib/session/assessment';
import { initialCallContext, type CallContext } from '$lib/session/context';
import type { CallEvent } from '$lib/session/events';
import { foldEvent } from '$lib/session/reduce';
import { EMPTY_PLAYBOOK as NO_PLAYBOOK } from '$lib/session/record';
import type { SessionRow } from './types';

// The tally never reads the playbook's content (the fold only looks up texts and question
// needs there), so the store folds with an empty playbook; summary.spec.ts checks the tally is
// the same as with the real one.
/** The fold of a log, as the summary row reads it. */
export function foldForSummary(
	events: readonly CallEvent[],
	from: CallContext = initialCallContext(NO_PLAYBOOK)
): CallContext {
	let c = from;
	for (const event of events) c = foldEvent(c, event, NO_PLAYBOOK);
	return c;
}

/** `row` with every field the events decide read from the fold `c` of its first `eventCount` events. */
export function summaryRow(row: SessionRow, c: CallContext, eventCount: number): SessionRow {
	const t = tallyOf(c);
	const next: SessionRow = {
		...row,
		mode: t.mode,
		stage: t.stage ?? 'opening',
		eventCount,
		updatedAt: Math.max(row.updatedAt, c.lastAt ?? row.updatedAt),
		active: t.phase === 'ended' ? 0 : 1,
		counts: t.spinCounts,
		needs: t.needs,
		needsExplicit: t.explicit,
		needsImplied: t.implied
	};
	if (t.account) next.account = { ...t.account };
	if (t.outcome) next.outcome = t.outcome;
	else delete next.outcome;
	if (t.endedAt !== null) next.endedAt = t.endedAt;
	else delete next.endedAt;
	return next;
}

/** The summary row of a whole log. */
export function summaryOfLog(row: SessionRow, events: readonly CallEvent[]): SessionRow {
	return summaryRow(row, foldForSummary(events), events.length);
}
