// The coaching report: everything is derived from the event log in one pass, and the report
// holds only codes, ids and numbers so the UI can word it in any language.
import { SPIN_TYPES, type Playbook, type SpinType } from '$lib/playbook/types';
import {
	REPORT_VERSION,
	type CallFacts,
	type CapabilityKind,
	type CapabilityUse,
	type CoachingReport,
	type CommitmentUse,
	type NeedsFound,
	type ObjectionNote,
	type QuestionMix
} from './coaching-report';
import type { CallEvent, Outcome } from './events';
import { NeedTrace } from './need-trace';
import { scoreCall } from './rubric';
import { stageTimes } from './stage-time';

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
	const trace = new NeedTrace(playbook);
	const counts: Record<SpinType, number> = {
		situation: 0,
		problem: 0,
		implication: 0,
		needPayoff: 0
	};
	let free = 0;
	let benefits = 0;
	let benefitsMeetingExplicit = 0;
	let anyExplicit = false;
	let lastCapability: CapabilityKind | 'none' = 'none';
	let outcome: Outcome | null = null;
	const capability: CapabilityUse = {
		features: 0,
		advantages: 0,
		benefits: 0,
		beforeExplicitNeed: [],
		unlinked: []
	};
	const objections: ObjectionNote[] = [];
	const commitment: CommitmentUse = {
		summaries: 0,
		proposals: 0,
		summaryBeforeFirstProposal: false
	};

	events.forEach((event, index) => {
		switch (event.type) {
			case 'question.ask':
				counts[event.spinType]++;
				if (event.questionId === undefined) free++;
				break;
			case 'feature.present':
			case 'advantage.present': {
				const kind = event.type === 'feature.present' ? 'feature' : 'advantage';
				if (kind === 'feature') capability.features++;
				else capability.advantages++;
				if (!anyExplicit) capability.beforeExplicitNeed.push(index);
				if (!trace.cardNeeds(event.cardId).some((id) => trace.isUncovered(id))) {
					capability.unlinked.push({ index, kind, cardId: event.cardId });
				}
				lastCapability = kind;
				break;
			}
			case 'benefit.state':
				benefits++;
				capability.benefits++;
				if (!anyExplicit) capability.beforeExplicitNeed.push(index);
				if (trace.explicitAmong(trace.benefitNeeds(event)).length > 0) benefitsMeetingExplicit++;
				lastCapability = 'benefit';
				break;
			case 'buyer.say':
				if (event.objectionId !== undefined) {
					objections.push(objectionNote(index, event.objectionId, 'buyer', lastCapability));
				}
				break;
			case 'objection.raise': {
				// The rep may log the objection the scripted buyer just voiced: count it once.
				const last = objections.at(-1);
				const echo =
					last?.by === 'buyer' && !last.answered && last.objectionId === event.objectionId;
				if (!echo) objections.push(objectionNote(index, event.objectionId, 'rep', lastCapability));
				break;
			}
			case 'objection.answer':
				markAnswered(objections, event.objectionId);
				break;
			case 'summary.give':
				commitment.summaries++;
				break;
			case 'advance.propose':
				if (commitment.proposals === 0)
					commitment.summaryBeforeFirstProposal = commitment.summaries > 0;
				commitment.proposals++;
				break;
			case 'call.end':
				outcome = event.outcome;
				break;
		}
		trace.apply(event);
		if (!anyExplicit && (event.type === 'buyer.say' || event.type === 'need.confirm')) {
			anyExplicit = trace.hasExplicit();
		}
	});

	return {
		questions: questionMix(counts, free),
		needs: needsFound(trace, benefits, benefitsMeetingExplicit),
		capability,
		objections,
		objectionsAfter: tally(objections),
		commitment,
		time: stageTimes(events),
		outcome: { outcome, advanced: outcome === 'order' || outcome === 'advance' }
	};
}

function objectionNote(
	index: number,
	objectionId: string | undefined,
	by: ObjectionNote['by'],
	after: ObjectionNote['after']
): ObjectionNote {
	const note: ObjectionNote = { index, by, after, answered: false };
	if (objectionId !== undefined) note.objectionId = objectionId;
	return note;
}

// An answer with an id settles the earliest open objection with that id; one without an id
// settles the latest open objection.
function markAnswered(objections: ObjectionNote[], objectionId: string | undefined): void {
	const open = objections.filter((o) => !o.answered);
	const target =
		objectionId === undefined ? open.at(-1) : open.find((o) => o.objectionId === objectionId);
	if (target) target.answered = true;
}

function tally(objections: readonly ObjectionNote[]): CallFacts['objectionsAfter'] {
	const out = { feature: 0, advantage: 0, benefit: 0, none: 0 };
	for (const o of objections) out[o.after]++;
	return out;
}

function questionMix(counts: Record<SpinType, number>, free: number): QuestionMix {
	const total = SPIN_TYPES.reduce((sum, type) => sum + counts[type], 0);
	const share = (n: number) => (total === 0 ? 0 : n / total);
	const byType = Object.fromEntries(
		SPIN_TYPES.map((type) => [type, { count: counts[type], share: share(counts[type]) }])
	) as QuestionMix['byType'];
	return {
		total,
		free,
		byType,
		situationDominant: byType.situation.share > SITUATION_DOMINANT_SHARE
	};
}

function needsFound(trace: NeedTrace, benefits: number, meeting: number): NeedsFound {
	const found: NeedsFound = {
		implied: [],
		explicit: [],
		met: [],
		unmetExplicit: [],
		benefits,
		benefitsMeetingExplicit: meeting
	};
	for (const [id, status] of trace.needs) {
		if (status.level === 'implied') {
			found.implied.push(id);
			continue;
		}
		found.explicit.push(id);
		(status.met ? found.met : found.unmetExplicit).push(id);
	}
	return found;
}
