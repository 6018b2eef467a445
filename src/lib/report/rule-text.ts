// Words for the rubric's lines: each rule id maps to a name, a one-sentence "what it rewards and
// why", its source, and the evidence read from the report's numbers. Unknown ids (a rule added
// to the core later) still show, by their id, with the raw evidence.
import { m } from '$lib/paraglide/messages.js';
import { lookupIn, messageTable, outcomeLabel } from '$lib/i18n/labels';
import type { CoachingReport } from '$lib/session/coaching-report';
import type { Evidence, ScoreLine } from '$lib/session/rubric';

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

const REPORT = messageTable({
	...import.meta.glob('../paraglide/messages/report_source_*.js', { eager: true }),
	...import.meta.glob('../paraglide/messages/report_rule_*.js', { eager: true })
});
const lookup = (key: string, params?: Record<string, unknown>) => lookupIn(REPORT, key, params);

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
	return (
		lookup(`report_rule_${line.id}_evidence`, params) ??
		Object.entries(e)
			.map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : value}`)
			.join('; ')
	);
}

/** How the report words one rubric line, in the UI language. */
export function ruleText(line: ScoreLine, report: CoachingReport): RuleText {
	return {
		name: lookup(`report_rule_${line.id}_name`) ?? line.id,
		why: lookup(`report_rule_${line.id}_why`) ?? '',
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
	return {
		name: lookup(`report_rule_${id}_name`) ?? id,
		why: lookup(`report_rule_${id}_why`) ?? ''
	};
}
