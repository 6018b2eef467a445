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

/**
 * The review fields after `event` was stored as number `seq` (duration, search text, drill),
 * which follow each event as it is stored; the call fields come from `summaryRow`.
 */
export function applyToSummary(row: SessionRow, event: CallEvent, seq: number): SessionRow {
	const next: SessionRow = {
		...row,
		eventCount: seq,
		updatedAt: Math.max(row.updatedAt, event.at)
	};
	if (event.type === 'call.plan' && event.drill) next.drill = event.drill.skill;
	return foldReviewFields(next, row, event);
}

/** Folds the review fields of `rows` into `row`, in order. */
export function foldReview(row: SessionRow, rows: readonly { event: CallEvent; seq: number }[]) {
	return rows.reduce((s, r) => applyToSummary(s, r.event, r.seq), row);
}

/** Search text kept per call: enough for notes and typed lines, small enough for 10,000 rows. */
export const SEARCH_TEXT_MAX = 2000;

// The history list's duration and search text (review side): the clock starts with
// `call.start`, stops while paused and at the end; typed text is appended, lower-cased, capped.
function foldReviewFields(next: SessionRow, row: SessionRow, event: CallEvent): SessionRow {
	const clock = row.clock ?? { at: row.startedAt, paused: true };
	const ran = clock.paused ? 0 : Math.max(0, event.at - clock.at);
	next.durationMs = (row.durationMs ?? 0) + ran;
	const starts = event.type === 'call.start' || event.type === 'call.resume';
	const stops = event.type === 'call.pause' || event.type === 'call.end';
	next.clock = { at: Math.max(clock.at, event.at), paused: starts ? false : stops || clock.paused };
	const typed = typedText(event);
	if (typed) {
		const text = row.text ? `${row.text}\n${typed.toLowerCase()}` : typed.toLowerCase();
		next.text = text.slice(0, SEARCH_TEXT_MAX);
	}
	return next;
}

function typedText(event: CallEvent): string | undefined {
	switch (event.type) {
		case 'call.plan':
			return event.objective;
		case 'answer.note':
		case 'note.add':
			return event.text;
		case 'question.ask':
		case 'need.confirm':
		case 'objection.raise':
		case 'objection.answer':
			return event.text;
		case 'call.end':
			return event.nextStep?.text;
		case 'review.save':
			return [event.wentWell, event.toChange].filter(Boolean).join('\n');
	}
	return undefined;
}
