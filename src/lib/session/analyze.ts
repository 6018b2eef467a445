// The coaching report. It reads the same fold the machine runs (the phase gate: an event the
// call did not take, before `call.start` or after `call.end`, changes nothing) and the same
// assessment the screens read (assessment.ts), then scores it with the rubric. The fold keeps
// the facts that depend on the order of events (a cold question, an early ask, the capability
// statement before an objection) on the entries themselves, so nothing here walks the log.
// The report holds only codes, ids and numbers so the UI can word it in any language.
import { SPIN_TYPES, type Playbook } from '$lib/playbook/types';
import { outcomeOf, tallyOf } from './assessment';
import {
	REPORT_VERSION,
	type CallFacts,
	type CapabilityKind,
	type CapabilityUse,
	type CoachingReport,
	type NeedsFound,
	type ObjectionNote,
	type QuestionMix,
	type StageTimes
} from './coaching-report';
import { initialCallContext, type CallContext } from './context';
import { STAGES, type CallEvent, type Stage } from './events';
import { compact, foldEvents } from './reduce';
import {
	ASK_LIMIT,
	needDeveloped,
	needMet,
	openingBegun,
	ORDER_ADVANCE_ID,
	tooManySituation
} from './rules';
import { scoreCall } from './rubric';

export * from './coaching-report';

/** Builds the coaching report of a call from its event log. */
export function analyze(playbook: Playbook, events: readonly CallEvent[]): CoachingReport {
	return reportOf(foldEvents(initialCallContext(playbook), events, playbook), playbook);
}

/** The coaching report of a folded call. */
export function reportOf(c: CallContext, playbook: Playbook): CoachingReport {
	const facts = factsOf(c, playbook);
	return {
		version: REPORT_VERSION,
		playbookId: playbook.meta.id,
		eventCount: c.eventCount,
		...facts,
		score: scoreCall(facts)
	};
}

/** The scored facts of a folded call, without the score. */
export function factsOf(c: CallContext, playbook: Playbook): CallFacts {
	const objections = c.objections.map((o): ObjectionNote =>
		compact({
			index: o.eventIndex,
			objectionId: o.objectionId,
			by: o.source,
			after: o.after,
			answered: o.answeredAt !== null
		})
	);
	const count = (kind: CapabilityKind) => c.presentations.filter((p) => p.kind === kind).length;
	const benefitsOffExplicit = c.presentations.filter(
		(p) => p.kind === 'benefit' && p.explicitNeedIds.length === 0
	).length;
	const first = c.advances[0];
	const outcome = outcomeOf(c);
	const primary = c.plan.primaryAdvance?.advanceId;
	return {
		questions: questionMix(c),
		needs: needsFound(c, playbook),
		capability: {
			features: count('feature'),
			advantages: count('advantage'),
			benefits: count('benefit'),
			advantageLike: count('advantage') + benefitsOffExplicit,
			beforeExplicitNeed: c.presentations
				.filter((p) => !p.anyExplicitNeed)
				.map((p) => p.eventIndex),
			unlinked: unlinked(c)
		},
		objections,
		objectionsAfter: tally(objections),
		commitment: {
			summaries: c.summaries.length,
			proposals: c.advances.length,
			summaryBeforeFirstProposal: first?.afterSummary ?? false,
			early: c.advances.filter((a) => a.early).length,
			repeated: Math.max(0, c.advances.length - ASK_LIMIT)
		},
		time: stageTimes(c, playbook),
		outcome: {
			outcome: outcome.final,
			advanced: outcome.final === 'order' || outcome.final === 'advance',
			primary:
				outcome.final === 'order' ||
				(outcome.final === 'advance' &&
					(c.mode === 'live' ||
						(primary !== undefined && c.acceptedAdvanceIds.includes(primary)) ||
						c.acceptedAdvanceIds.includes(ORDER_ADVANCE_ID))),
			closedByBuyer: c.buyerLines.some((l) => l.closes !== undefined)
		}
	};
}

// Features and advantages whose card meets no need the call had uncovered by then.
function unlinked(c: CallContext): CapabilityUse['unlinked'] {
	return c.presentations.flatMap((p) => {
		if (p.kind === 'benefit') return [];
		const known = p.needIds.some((id) => c.needs.some((n) => n.id === id && n.impliedAt <= p.at));
		return known ? [] : [compact({ index: p.eventIndex, kind: p.kind, cardId: p.cardId })];
	});
}

function tally(objections: readonly ObjectionNote[]): CallFacts['objectionsAfter'] {
	const out = { feature: 0, advantage: 0, benefit: 0, proposal: 0, none: 0 };
	for (const o of objections) out[o.after]++;
	return out;
}

function questionMix(c: CallContext): QuestionMix {
	const { spinCounts: counts, questions: total } = tallyOf(c);
	const share = (n: number) => (total === 0 ? 0 : n / total);
	const byType = Object.fromEntries(
		SPIN_TYPES.map((type) => [type, { count: counts[type], share: share(counts[type]) }])
	) as QuestionMix['byType'];
	return {
		total,
		free: c.questions.filter((q) => q.questionId === undefined).length,
		byType,
		situationTooMany: tooManySituation(counts.situation, total),
		cold: c.questions.filter((q) => q.cold).map((q) => q.eventIndex),
		developing: counts.implication + counts.needPayoff
	};
}

function needsFound(c: CallContext, playbook: Playbook): NeedsFound {
	const benefits = c.presentations.filter((p) => p.kind === 'benefit');
	const touched = new Set(c.needs.map((n) => n.id));
	const found: NeedsFound = {
		total: playbook.needs.length,
		untouched: playbook.needs.filter((n) => !touched.has(n.id)).map((n) => n.id),
		implied: [],
		explicit: [],
		developed: c.needs.filter((n) => needDeveloped(n, playbook)).map((n) => n.id),
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
		(needMet(need) ? found.met : found.unmetExplicit).push(need.id);
	}
	return found;
}

// The fold's stage clock, pauses excluded.
function stageTimes(c: CallContext, playbook: Playbook): StageTimes {
	const ms: Record<Stage, number> = c.stageMs;
	const totalMs = STAGES.reduce((sum, s) => sum + ms[s], 0);
	const stages = Object.fromEntries(
		STAGES.map((s) => [s, { ms: ms[s], share: totalMs === 0 ? 0 : ms[s] / totalMs }])
	) as StageTimes['stages'];
	return {
		totalMs,
		stages,
		leftOpening: c.stageLog.some((s) => s.stage !== 'opening'),
		openingBegun: openingBegun(c, playbook.opening.length)
	};
}
