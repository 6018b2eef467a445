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
	return withReviewFields(next, c);
}

/** Search text kept per call: enough for notes and typed lines, small enough for 10,000 rows. */
export const SEARCH_TEXT_MAX = 2000;

// The history list's duration (running time, pauses excluded: the fold's stage clock), the
// drill a call practises, and what the rep typed, lower-cased and capped, for search.
function withReviewFields(row: SessionRow, c: CallContext): SessionRow {
	const next = { ...row };
	next.durationMs = Object.values(c.stageMs).reduce((a, b) => a + b, 0);
	if (c.plan.drill) next.drill = c.plan.drill.skill;
	else delete next.drill;
	const text = typedText(c).join('\n').toLowerCase().slice(0, SEARCH_TEXT_MAX);
	if (text) next.text = text;
	else delete next.text;
	return next;
}

function typedText(c: CallContext): string[] {
	return [
		c.plan.objective,
		...c.questions.filter((q) => !q.questionId).map((q) => q.text),
		...c.questions.map((q) => q.answer ?? ''),
		...c.needs.filter((n) => n.source === 'rep').map((n) => n.text ?? ''),
		...c.notes.map((n) => n.text),
		...c.objections.flatMap((o) => [o.text ?? '', o.answer ?? '']),
		c.nextStep?.text ?? '',
		c.review ? `${c.review.wentWell}\n${c.review.toChange}` : ''
	].filter((t) => t.trim() !== '');
}

/** The summary row of a whole log. */
export function summaryOfLog(row: SessionRow, events: readonly CallEvent[]): SessionRow {
	return summaryRow(row, foldForSummary(events), events.length);
}
