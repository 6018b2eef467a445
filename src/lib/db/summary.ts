// Folds one event into a session's summary row. The summary is a cache of the log for the
// history list; replaying the events is still the truth.
import type { CallEvent } from '$lib/session/events';
import type { SessionRow } from './types';

/** The summary after `event` was stored as number `seq`; the input row is not modified. */
export function applyToSummary(row: SessionRow, event: CallEvent, seq: number): SessionRow {
	const next: SessionRow = {
		...row,
		counts: { ...row.counts },
		needs: row.needs,
		eventCount: seq,
		updatedAt: Math.max(row.updatedAt, event.at)
	};
	switch (event.type) {
		case 'call.plan':
			next.mode = event.mode;
			if (event.account) next.account = { ...event.account };
			if (event.drill) next.drill = event.drill.skill;
			break;
		case 'stage.enter':
			next.stage = event.stage;
			break;
		case 'question.ask':
			next.counts[event.spinType] += 1;
			break;
		case 'need.confirm':
			next.needs = upsertNeed(row.needs, event.needId, event.level);
			next.needsExplicit = next.needs.filter((n) => n.level === 'explicit').length;
			next.needsImplied = next.needs.length - next.needsExplicit;
			break;
		case 'call.end':
			next.outcome = event.outcome;
			next.endedAt = event.at;
			next.active = 0;
			break;
	}
	return foldReviewFields(next, row, event);
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

function upsertNeed(needs: SessionRow['needs'], id: string, level: 'implied' | 'explicit') {
	const existing = needs.find((n) => n.id === id);
	// A need the buyer stated explicitly stays explicit even if later mentioned as a problem.
	if (existing && (existing.level === 'explicit' || level === 'implied')) return needs;
	return [...needs.filter((n) => n.id !== id), { id, level }];
}
