// The coaching report as Markdown, appended to the transcript export (db/markdown.ts). The
// words come in already translated; this only lays them out and escapes them.
import { escapeMarkdown as e } from '$lib/db/markdown';

/** The report as the UI words it: score, each rule's line, the plan beside the outcome, the review. */
export interface WordedReport {
	total: number;
	max: number;
	rules: { name: string; points: number; max: number; evidence: string }[];
	/** Rows of [what, planned, what happened]. */
	plan: [string, string, string][];
	review?: { wentWell: string; toChange: string };
}

export interface ReportHeadings {
	report: string;
	score: string;
	rule: string;
	points: string;
	evidence: string;
	plan: string;
	planned: string;
	happened: string;
	review: string;
	wentWell: string;
	toChange: string;
}

// A table cell: escaped, on one line.
const cell = (text: string) => e(text).replace(/ {2}\n/g, ' ');

/** The report section of the Markdown export. */
export function reportToMarkdown(report: WordedReport, h: ReportHeadings): string {
	const lines = [`## ${e(h.report)}`, '', `**${e(h.score)}**: ${report.total}/${report.max}`, ''];
	lines.push(
		`| ${cell(h.rule)} | ${cell(h.points)} | ${cell(h.evidence)} |`,
		'| --- | --: | --- |'
	);
	for (const r of report.rules) {
		lines.push(`| ${cell(r.name)} | ${r.points}/${r.max} | ${cell(r.evidence)} |`);
	}
	lines.push('', `## ${e(h.plan)}`, '');
	lines.push(`| | ${cell(h.planned)} | ${cell(h.happened)} |`, '| --- | --- | --- |');
	for (const [what, planned, happened] of report.plan) {
		lines.push(`| ${cell(what)} | ${cell(planned)} | ${cell(happened)} |`);
	}
	if (report.review) {
		lines.push('', `## ${e(h.review)}`, '');
		lines.push(`- **${e(h.wentWell)}**: ${e(report.review.wentWell)}`);
		lines.push(`- **${e(h.toChange)}**: ${e(report.review.toChange)}`);
	}
	return lines.join('\n') + '\n';
}
