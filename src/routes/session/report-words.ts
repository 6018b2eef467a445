// The coaching report worded in the UI language for the Markdown export: the rubric's lines as
// the report table shows them, the plan beside what happened, and the rep's own review.
import { m } from '$lib/paraglide/messages.js';
import type { CoachingReport } from '$lib/session/coaching-report';
import { advanceChoiceLabel } from '$lib/i18n/labels';
import { outcomeLabel } from '$lib/i18n/record-labels';
import { ruleText } from '$lib/report/rule-text';
import type { ReportHeadings, WordedReport } from '$lib/review/report-markdown';
import { lastOf, type LoadedSession } from '$lib/shell/load-session';

/** The report and call of `session`, worded for `reportToMarkdown`. */
export function wordReport(report: CoachingReport, session: LoadedSession): WordedReport {
	const plan = lastOf(session.events, 'call.plan');
	const end = lastOf(session.events, 'call.end');
	const review = lastOf(session.events, 'review.save');
	const proposed = session.events.flatMap((e) =>
		e.type === 'advance.propose' ? [advanceChoiceLabel(e.advance)] : []
	);
	const advance = plan
		? [
				m.review_primary({ advance: advanceChoiceLabel(plan.primaryAdvance) }),
				plan.fallbackAdvance &&
					m.review_fallback({ advance: advanceChoiceLabel(plan.fallbackAdvance) })
			]
				.filter(Boolean)
				.join(' · ')
		: m.review_not_planned();
	const next = end?.nextStep
		? [end.nextStep.text, end.nextStep.date].filter(Boolean).join(' · ')
		: end
			? m.review_no_next()
			: m.review_not_ended();
	return {
		total: report.score.total,
		max: report.score.max,
		rules: report.score.lines.map((line) => {
			const text = ruleText(line, report);
			return { name: text.name, points: line.points, max: line.max, evidence: text.evidence };
		}),
		plan: [
			[
				m.review_row_objective(),
				plan?.objective || m.review_not_planned(),
				outcomeLabel(end?.outcome ?? session.row.outcome)
			],
			[
				m.review_row_advance(),
				advance,
				proposed.length
					? m.review_proposed({ advances: proposed.join(' · ') })
					: m.review_proposed_none()
			],
			[m.review_row_next(), '—', next]
		],
		...(review ? { review: { wentWell: review.wentWell, toChange: review.toChange } } : {})
	};
}

/** The section headings of the report export in the UI language. */
export function reportHeadings(): ReportHeadings {
	return {
		report: m.review_md_report(),
		score: m.review_md_score(),
		rule: m.review_md_rule(),
		points: m.review_md_points(),
		evidence: m.review_md_evidence(),
		plan: m.review_md_plan(),
		planned: m.review_col_plan(),
		happened: m.review_col_happened(),
		review: m.review_md_review(),
		wentWell: m.end_went_well(),
		toChange: m.end_to_change()
	};
}
