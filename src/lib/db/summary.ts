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
	return next;
}

function upsertNeed(needs: SessionRow['needs'], id: string, level: 'implied' | 'explicit') {
	const existing = needs.find((n) => n.id === id);
	// A need the buyer stated explicitly stays explicit even if later mentioned as a problem.
	if (existing && (existing.level === 'explicit' || level === 'implied')) return needs;
	return [...needs.filter((n) => n.id !== id), { id, level }];
}
