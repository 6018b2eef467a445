// Words for the rubric's lines: each rule id maps to a name, a one-sentence "what it rewards and
// why", its source, and the evidence read from the report's numbers. One typed table: a rule
// added to the rubric without its three messages fails the type check.
import { m } from '$lib/paraglide/messages.js';
import { outcomeLabel } from '$lib/i18n/record-labels';
import type { CoachingReport } from '$lib/session/coaching-report';
import { RULE_IDS, type Evidence, type RuleId, type ScoreLine } from '$lib/session/rubric';

export interface RuleText {
	name: string;
	why: string;
	source: string;
	evidence: string;
}

const num = (evidence: Evidence, key: string) => {
	const value = evidence[key];
	return typeof value === 'number' ? value : Array.isArray(value) ? value.length : 0;
};

/** A message that takes the evidence (typed loosely: the rubric fills it). */
type WithParams = (inputs: never) => string;
const call = (fn: WithParams, params: Record<string, unknown> = {}): string =>
	(fn as (p: Record<string, unknown>) => string)(params);

const RULE_TEXT = {
	opening_short: {
		name: m.report_rule_opening_short_name,
		why: m.report_rule_opening_short_why,
		evidence: m.report_rule_opening_short_evidence
	},
	situation_few: {
		name: m.report_rule_situation_few_name,
		why: m.report_rule_situation_few_why,
		evidence: m.report_rule_situation_few_evidence
	},
	coverage: {
		name: m.report_rule_coverage_name,
		why: m.report_rule_coverage_why,
		evidence: m.report_rule_coverage_evidence
	},
	question_order: {
		name: m.report_rule_question_order_name,
		why: m.report_rule_question_order_why,
		evidence: m.report_rule_question_order_evidence
	},
	implication_depth: {
		name: m.report_rule_implication_depth_name,
		why: m.report_rule_implication_depth_why,
		evidence: m.report_rule_implication_depth_evidence
	},
	explicit_needs: {
		name: m.report_rule_explicit_needs_name,
		why: m.report_rule_explicit_needs_why,
		evidence: m.report_rule_explicit_needs_evidence
	},
	benefits_on_explicit: {
		name: m.report_rule_benefits_on_explicit_name,
		why: m.report_rule_benefits_on_explicit_why,
		evidence: m.report_rule_benefits_on_explicit_evidence
	},
	advantage_share: {
		name: m.report_rule_advantage_share_name,
		why: m.report_rule_advantage_share_why,
		evidence: m.report_rule_advantage_share_evidence
	},
	objections_prevented: {
		name: m.report_rule_objections_prevented_name,
		why: m.report_rule_objections_prevented_why,
		evidence: m.report_rule_objections_prevented_evidence
	},
	objections_answered: {
		name: m.report_rule_objections_answered_name,
		why: m.report_rule_objections_answered_why,
		evidence: m.report_rule_objections_answered_evidence
	},
	closing_pressure: {
		name: m.report_rule_closing_pressure_name,
		why: m.report_rule_closing_pressure_why,
		evidence: m.report_rule_closing_pressure_evidence
	},
	summary_before_ask: {
		name: m.report_rule_summary_before_ask_name,
		why: m.report_rule_summary_before_ask_why,
		evidence: m.report_rule_summary_before_ask_evidence
	},
	outcome: {
		name: m.report_rule_outcome_name,
		why: m.report_rule_outcome_why,
		evidence: m.report_rule_outcome_evidence
	}
} satisfies Record<RuleId, { name: () => string; why: () => string; evidence: WithParams }>;

/** Whether `id` (read back from storage, say) names a rule of the rubric. */
export const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

const yesNo = (value: boolean) => (value ? m.report_yes() : m.report_no());

/** The source a rule cites: a section of the method notes in the repository (docs/coaching.md). */
export function sourceLabel(source: ScoreLine['source']): string {
	return source;
}

function evidenceText(line: ScoreLine, report: CoachingReport): string {
	const e = line.evidence;
	const word = (key: string) => {
		const value = e[key];
		return typeof value === 'boolean' ? yesNo(value) : num(e, key);
	};
	const params: Record<string, unknown> = {
		...Object.fromEntries(Object.keys(e).map((key) => [key, word(key)])),
		first: yesNo(report.commitment.summaryBeforeFirstProposal),
		outcome: outcomeLabel(report.outcome.outcome ?? undefined)
	};
	return call(RULE_TEXT[line.id].evidence, params);
}

/** How the report words one rubric line, in the UI language. */
export function ruleText(line: ScoreLine, report: CoachingReport): RuleText {
	return {
		name: RULE_TEXT[line.id].name(),
		why: RULE_TEXT[line.id].why(),
		source: m.report_source({ source: sourceLabel(line.source) }),
		evidence: evidenceText(line, report)
	};
}

/** A share (0..1) as a whole percentage in `locale`. */
export function formatShare(share: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

/** A rubric rule's name and "what it rewards and why" by id (the id itself when unknown). */
export function ruleWords(id: string): { name: string; why: string } {
	if (!isRuleId(id)) return { name: id, why: '' };
	return { name: RULE_TEXT[id].name(), why: RULE_TEXT[id].why() };
}
