// The coaching report. Every fact comes from the fold the machine runs (reduce.ts), over the
// whole transcript (`transcript` gate: a report reads every event the log holds): the log is
// folded once, event by event, and the few facts that depend on the order of events (which
// event raised an objection, which needs were known when a capability was presented, whether a
// summary came before the first proposal) are read off the context just before and after each
// event. The report holds only codes, ids and numbers so the UI can word it in any language.
import { SPIN_TYPES, type Playbook } from '$lib/playbook/types';
import {
	REPORT_VERSION,
	STAGE_TARGET_SHARE,
	type CallFacts,
	type CapabilityKind,
	type CapabilityUse,
	type CoachingReport,
	type NeedsFound,
	type ObjectionNote,
	type QuestionMix,
	type StageTime,
	type StageTimes
} from './coaching-report';
import { initialCallContext, type CallContext } from './context';
import { STAGES, type CallEvent, type Stage } from './events';
import { compact, foldEvent } from './reduce';
import { scoreCall } from './rubric';

export * from './coaching-report';

/** Situation questions "dominate" above this share of all questions (domain notes §2.2). */
export const SITUATION_DOMINANT_SHARE = 0.5;

/** Builds the coaching report of a call from its event log. */
export function analyze(playbook: Playbook, events: readonly CallEvent[]): CoachingReport {
	const facts = collectFacts(playbook, events);
	return {
		version: REPORT_VERSION,
		playbookId: playbook.meta.id,
		eventCount: events.length,
		...facts,
		score: scoreCall(facts)
	};
}

/** The scored facts of a call, without the score. */
export function collectFacts(playbook: Playbook, events: readonly CallEvent[]): CallFacts {
	let c = initialCallContext(playbook);
	// The log index of the event that raised each of `c.objections`, in the same order.
	const raisedBy: number[] = [];
	const unlinked: CapabilityUse['unlinked'] = [];
	let summaryBeforeFirstProposal = false;
	events.forEach((event, index) => {
		const before = c;
		c = foldEvent(before, event, playbook, 'transcript');
		if (c.objections.length > before.objections.length) raisedBy.push(index);
		if (c.advances.length > 0 && before.advances.length === 0)
			summaryBeforeFirstProposal = before.summaries.length > 0;
		const presented = c.presentations.length > before.presentations.length;
		const p = c.presentations.at(-1);
		if (presented && p && p.kind !== 'benefit') {
			const known = p.needIds.some((id) => before.needs.some((n) => n.id === id));
			if (!known) unlinked.push(compact({ index, kind: p.kind, cardId: p.cardId }));
		}
	});
	const objections = c.objections.map((o, i): ObjectionNote =>
		compact({
			index: raisedBy[i],
			objectionId: o.objectionId,
			by: o.source,
			after: o.after,
			answered: o.answeredAt !== null
		})
	);
	const count = (kind: CapabilityKind) => c.presentations.filter((p) => p.kind === kind).length;
	return {
		questions: questionMix(c),
		needs: needsFound(c),
		capability: {
			features: count('feature'),
			advantages: count('advantage'),
			benefits: count('benefit'),
			beforeExplicitNeed: c.presentations
				.filter((p) => !p.anyExplicitNeed)
				.map((p) => p.eventIndex),
			unlinked
		},
		objections,
		objectionsAfter: tally(objections),
		commitment: {
			summaries: c.summaries.length,
			proposals: c.advances.length,
			summaryBeforeFirstProposal
		},
		time: stageTimes(c.stageMs),
		outcome: { outcome: c.outcome, advanced: c.outcome === 'order' || c.outcome === 'advance' }
	};
}

function tally(objections: readonly ObjectionNote[]): CallFacts['objectionsAfter'] {
	const out = { feature: 0, advantage: 0, benefit: 0, none: 0 };
	for (const o of objections) out[o.after]++;
	return out;
}

function questionMix(c: CallContext): QuestionMix {
	const counts = c.spinCounts;
	const total = SPIN_TYPES.reduce((sum, type) => sum + counts[type], 0);
	const share = (n: number) => (total === 0 ? 0 : n / total);
	const byType = Object.fromEntries(
		SPIN_TYPES.map((type) => [type, { count: counts[type], share: share(counts[type]) }])
	) as QuestionMix['byType'];
	return {
		total,
		free: c.questions.filter((q) => q.questionId === undefined).length,
		byType,
		situationDominant: byType.situation.share > SITUATION_DOMINANT_SHARE
	};
}

function needsFound(c: CallContext): NeedsFound {
	const benefits = c.presentations.filter((p) => p.kind === 'benefit');
	const found: NeedsFound = {
		implied: [],
		explicit: [],
		met: [],
		unmetExplicit: [],
		benefits: benefits.length,
		benefitsMeetingExplicit: benefits.filter((p) => p.explicitNeedIds.length > 0).length
	};
	for (const need of c.needs) {
		if (need.level === 'implied') {
			found.implied.push(need.id);
			continue;
		}
		found.explicit.push(need.id);
		const met = need.benefits.some((b) => b.whileExplicit);
		(met ? found.met : found.unmetExplicit).push(need.id);
	}
	return found;
}

// The fold's stage clock (pauses excluded) against the key-account split.
function stageTimes(ms: Record<Stage, number>): StageTimes {
	const totalMs = STAGES.reduce((sum, s) => sum + ms[s], 0);
	const stages = Object.fromEntries(
		STAGES.map((s) => [
			s,
			{ ms: ms[s], share: totalMs === 0 ? 0 : ms[s] / totalMs, target: STAGE_TARGET_SHARE[s] }
		])
	) as Record<Stage, StageTime>;
	const drift =
		totalMs === 0
			? 0
			: STAGES.reduce((sum, s) => sum + Math.abs(stages[s].share - stages[s].target), 0) / 2;
	return { totalMs, stages, drift };
}
