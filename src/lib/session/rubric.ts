// The coaching score, as a list of visible rules. Each rule is a pure function of the call's
// facts that returns its points and the evidence (counts, ids) behind them, so the report can
// explain every point lost; the UI words each rule by its `id`. The maxima add up to 100.
// Every rule cites its method note in docs/coaching.md and judges with the constants and
// predicates of rules.ts, the same ones the nudges and suggestions use.
import type { CallFacts } from './coaching-report';
import { openingShort, tooManyAdvantages } from './rules';

export type Evidence = Record<string, number | boolean | string[]>;

/** Every rule of the rubric, by id (the report words each through a typed table). */
export const RULE_IDS = [
	'opening_short',
	'situation_few',
	'coverage',
	'question_order',
	'implication_depth',
	'explicit_needs',
	'benefits_on_explicit',
	'advantage_share',
	'objections_prevented',
	'objections_answered',
	'closing_pressure',
	'summary_before_ask',
	'outcome'
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleScore {
	points: number;
	evidence: Evidence;
}

export interface RubricRule {
	id: RuleId;
	max: number;
	/** The method note it follows from: an anchor of docs/coaching.md. */
	source: string;
	score(facts: CallFacts): RuleScore;
}

export interface ScoreLine extends RuleScore {
	id: RuleId;
	max: number;
	source: string;
}

export interface ScoreReport {
	total: number;
	max: number;
	lines: ScoreLine[];
}

const ratio = (n: number, of: number) => (of === 0 ? 0 : Math.min(1, n / of));
const statements = (f: CallFacts) =>
	f.capability.features + f.capability.advantages + f.capability.benefits;
/** A share of `max` for `n` of `of`; nothing when there is nothing to count. */
const share = (max: number, n: number, of: number) => Math.round(max * ratio(n, of));

export const RUBRIC: readonly RubricRule[] = [
	{
		id: 'opening_short',
		max: 5,
		source: 'docs/coaching.md#opening',
		score: ({ time }) => {
			const ms = time.stages.opening.ms;
			// Skipping the opening is not a short opening: say who you are and why you came.
			const short = time.openingBegun && time.leftOpening && openingShort(ms, time.totalMs);
			return {
				points: short ? 5 : 0,
				evidence: {
					minutes: Math.floor(ms / 60_000),
					seconds: Math.round((ms % 60_000) / 1000) % 60,
					share: time.totalMs === 0 ? 0 : Math.round((100 * ms) / time.totalMs),
					opened: time.openingBegun,
					left: time.leftOpening
				}
			};
		}
	},
	{
		id: 'situation_few',
		max: 5,
		source: 'docs/coaching.md#situation',
		score: ({ questions: q }) => ({
			points: q.total > 0 && !q.situationTooMany ? 5 : 0,
			evidence: { situation: q.byType.situation.count, total: q.total }
		})
	},
	{
		id: 'coverage',
		max: 10,
		source: 'docs/coaching.md#coverage',
		score: ({ needs }) => {
			const touched = needs.total - needs.untouched.length;
			return {
				points: share(10, touched, needs.total),
				evidence: { touched, total: needs.total, untouched: needs.untouched }
			};
		}
	},
	{
		id: 'question_order',
		max: 10,
		source: 'docs/coaching.md#question-order',
		score: ({ questions: q }) => ({
			points: q.developing === 0 ? 0 : Math.max(0, 10 - 5 * q.cold.length),
			evidence: { cold: q.cold.length, developing: q.developing }
		})
	},
	{
		id: 'implication_depth',
		max: 10,
		source: 'docs/coaching.md#implication-depth',
		score: ({ needs }) => ({
			points: share(10, needs.developed.length, needs.total),
			evidence: { developed: needs.developed.length, total: needs.total }
		})
	},
	{
		id: 'explicit_needs',
		max: 10,
		source: 'docs/coaching.md#explicit-needs',
		score: ({ needs }) => ({
			points: share(10, needs.explicit.length, needs.total),
			evidence: { explicit: needs.explicit.length, total: needs.total }
		})
	},
	{
		id: 'benefits_on_explicit',
		max: 10,
		source: 'docs/coaching.md#benefits',
		score: ({ needs }) => ({
			points: share(10, needs.benefitsMeetingExplicit, needs.benefits),
			evidence: {
				meeting: needs.benefitsMeetingExplicit,
				benefits: needs.benefits,
				met: needs.met.length
			}
		})
	},
	{
		id: 'advantage_share',
		max: 5,
		source: 'docs/coaching.md#advantages',
		score: (f) => {
			const all = statements(f);
			const like = f.capability.advantageLike;
			const points =
				all === 0 ? 0 : tooManyAdvantages(like, all) ? Math.round(5 * (1 - like / all)) : 5;
			return { points, evidence: { advantages: like, statements: all } };
		}
	},
	{
		id: 'objections_prevented',
		max: 10,
		source: 'docs/coaching.md#objections',
		score: (f) => {
			const provoked = f.objectionsAfter.feature + f.objectionsAfter.advantage;
			const points = statements(f) === 0 ? 0 : Math.max(0, 10 - 5 * provoked);
			return { points, evidence: { provoked, statements: statements(f) } };
		}
	},
	{
		id: 'objections_answered',
		max: 5,
		source: 'docs/coaching.md#objections',
		score: (f) => {
			const raised = f.objections.length;
			const answered = f.objections.filter((o) => o.answered).length;
			const points = raised === 0 ? (statements(f) === 0 ? 0 : 5) : share(5, answered, raised);
			return { points, evidence: { answered, raised } };
		}
	},
	{
		id: 'closing_pressure',
		max: 5,
		source: 'docs/coaching.md#closing-pressure',
		score: ({ commitment: c }) => ({
			points: c.proposals === 0 ? 0 : Math.max(0, 5 - 3 * c.early - 2 * c.repeated),
			evidence: { proposals: c.proposals, early: c.early, repeated: c.repeated }
		})
	},
	{
		id: 'summary_before_ask',
		max: 5,
		source: 'docs/coaching.md#summary',
		score: ({ commitment: c }) => ({
			points: c.summaryBeforeFirstProposal ? 5 : 0,
			evidence: { summaries: c.summaries, proposals: c.proposals }
		})
	},
	{
		id: 'outcome',
		max: 10,
		source: 'docs/coaching.md#outcome',
		score: ({ outcome }) => ({
			points: outcome.primary ? 10 : outcome.advanced ? 6 : 0,
			evidence: {
				advanced: outcome.advanced,
				primary: outcome.primary,
				closed: outcome.closedByBuyer
			}
		})
	}
];

/** Scores a call's facts against every rule of the rubric. */
export function scoreCall(facts: CallFacts): ScoreReport {
	const lines = RUBRIC.map(({ id, max, source, score }) => ({ id, max, source, ...score(facts) }));
	return {
		total: lines.reduce((sum, line) => sum + line.points, 0),
		max: RUBRIC.reduce((sum, rule) => sum + rule.max, 0),
		lines
	};
}
