// The coaching score, as a list of visible rules. Each rule is a pure function of the call's
// facts that returns its points and the evidence (counts, ids) behind them, so the report can
// explain every line; the UI words each rule by its `id`. The maxima add up to 100.
//
// Sources: `domain` = /work/shared/domain/README.md (the key-account training text restated;
// section given per rule), `spin-research` = Neil Rackham's published SPIN research on large
// sales (SPIN Selling, 1988), which the domain text's §2 summarises.
import type { CallFacts } from './coaching-report';

export type Evidence = Record<string, number | boolean | string[]>;

export interface RuleScore {
	points: number;
	evidence: Evidence;
}

export interface RubricRule {
	id: string;
	max: number;
	source: 'domain' | 'spin-research';
	/** Where in the source: a domain notes section, or the research finding. */
	ref: string;
	score(facts: CallFacts): RuleScore;
}

export interface ScoreLine extends RuleScore {
	id: string;
	max: number;
	source: RubricRule['source'];
	ref: string;
}

export interface ScoreReport {
	total: number;
	max: number;
	lines: ScoreLine[];
}

const ratio = (n: number, of: number) => (of === 0 ? 0 : Math.min(1, n / of));
const uncovered = (f: CallFacts) => f.needs.implied.length + f.needs.explicit.length;

export const RUBRIC: readonly RubricRule[] = [
	{
		// Domain §2.2: situation questions are needed but few; buyers tire of them.
		id: 'situation_few',
		max: 10,
		source: 'domain',
		ref: 'domain#2.investigating.situation',
		score: ({ questions: q }) => {
			const share = q.byType.situation.share;
			const points = q.total === 0 ? 0 : share <= 1 / 3 ? 10 : share <= 1 / 2 ? 5 : 0;
			return { points, evidence: { situation: q.byType.situation.count, total: q.total } };
		}
	},
	{
		// SPIN research: implication questions are the ones most linked to success in large sales;
		// domain §2.2 (they make the customer feel the problem's seriousness and urgency).
		// Full marks at one implication question per need uncovered (at least one).
		id: 'implication_asked',
		max: 10,
		source: 'spin-research',
		ref: 'spin-research#implication',
		score: (f) => {
			const target = Math.max(1, uncovered(f));
			const asked = f.questions.byType.implication.count;
			return { points: Math.round(10 * ratio(asked, target)), evidence: { asked, target } };
		}
	},
	{
		// SPIN research: need-payoff questions get the buyer to state the benefit, turning implied
		// needs into explicit ones (domain §2.2). Full marks at one per need uncovered.
		id: 'need_payoff_asked',
		max: 10,
		source: 'spin-research',
		ref: 'spin-research#need-payoff',
		score: (f) => {
			const target = Math.max(1, uncovered(f));
			const asked = f.questions.byType.needPayoff.count;
			return { points: Math.round(10 * ratio(asked, target)), evidence: { asked, target } };
		}
	},
	{
		// Domain §2.2: the goal of investigating is explicit needs; share of needs found made explicit.
		id: 'explicit_needs',
		max: 10,
		source: 'domain',
		ref: 'domain#2.investigating',
		score: (f) => {
			const found = uncovered(f);
			const explicit = f.needs.explicit.length;
			return { points: Math.round(10 * ratio(explicit, found)), evidence: { explicit, found } };
		}
	},
	{
		// Domain §2.3: only benefits tied to explicit needs move large sales; share of explicit
		// needs that a benefit met.
		id: 'benefits_meet_explicit',
		max: 15,
		source: 'domain',
		ref: 'domain#2.demonstrating.benefit',
		score: ({ needs }) => ({
			points: Math.round(15 * ratio(needs.met.length, needs.explicit.length)),
			evidence: { met: needs.met, explicit: needs.explicit.length }
		})
	},
	{
		// Domain §2.1: do not offer a solution before you understand the customer. 5 points off per
		// capability statement made before any need was explicit.
		id: 'no_early_capability',
		max: 10,
		source: 'domain',
		ref: 'domain#2.opening',
		score: ({ capability }) => {
			const early = capability.beforeExplicitNeed.length;
			return { points: Math.max(0, 10 - 5 * early), evidence: { early } };
		}
	},
	{
		// SPIN research: objections follow features and advantages; preventing them beats handling
		// them. 5 points off per objection that came after a feature or advantage.
		id: 'objections_prevented',
		max: 10,
		source: 'spin-research',
		ref: 'spin-research#objection-prevention',
		score: ({ objectionsAfter: after }) => {
			const provoked = after.feature + after.advantage;
			return { points: Math.max(0, 10 - 5 * provoked), evidence: { provoked } };
		}
	},
	{
		// Domain §2.3 (resolving objections): share of objections answered; full with none raised.
		id: 'objections_answered',
		max: 5,
		source: 'domain',
		ref: 'domain#2.demonstrating.objections',
		score: ({ objections }) => {
			const answered = objections.filter((o) => o.answered).length;
			const points =
				objections.length === 0 ? 5 : Math.round(5 * ratio(answered, objections.length));
			return { points, evidence: { answered, raised: objections.length } };
		}
	},
	{
		// Domain §2.4: summarise the benefits, then ask for a commitment.
		id: 'summary_before_ask',
		max: 5,
		source: 'domain',
		ref: 'domain#2.committing',
		score: ({ commitment: c }) => ({
			points: c.summaryBeforeFirstProposal ? 5 : 0,
			evidence: { summaries: c.summaries, proposals: c.proposals }
		})
	},
	{
		// Domain §2.4 and SPIN research outcomes: the realistic goal is an advance (or an order);
		// a continuation is a failure in disguise.
		id: 'advance_obtained',
		max: 10,
		source: 'domain',
		ref: 'domain#2.committing.outcomes',
		score: ({ outcome }) => ({
			points: outcome.advanced ? 10 : 0,
			evidence: { advanced: outcome.advanced }
		})
	},
	{
		// Domain §1: the key-account rep's time split 40/30/20/10 (see STAGE_TARGET_SHARE in
		// coaching-report.ts for the stage mapping). Points fall with the drift from that split;
		// none for an untimed call.
		id: 'time_split',
		max: 5,
		source: 'domain',
		ref: 'domain#1.time-split',
		score: ({ time }) => ({
			points: time.totalMs === 0 ? 0 : Math.round(5 * (1 - time.drift)),
			evidence: { driftPercent: Math.round(time.drift * 100), totalMs: time.totalMs }
		})
	}
];

/** Scores a call's facts against every rule of the rubric. */
export function scoreCall(facts: CallFacts): ScoreReport {
	const lines = RUBRIC.map(({ id, max, source, ref, score }) => ({
		id,
		max,
		source,
		ref,
		...score(facts)
	}));
	return {
		total: lines.reduce((sum, line) => sum + line.points, 0),
		max: RUBRIC.reduce((sum, rule) => sum + rule.max, 0),
		lines
	};
}
