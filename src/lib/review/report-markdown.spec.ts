import { describe, expect, it } from 'vitest';
import { reportToMarkdown, type ReportHeadings } from './report-markdown';

const H: ReportHeadings = {
	report: 'Coaching report',
	score: 'Score',
	rule: 'Rule',
	points: 'Points',
	evidence: 'Evidence',
	plan: 'Plan and what happened',
	planned: 'Planned',
	happened: 'What happened',
	review: 'Your review',
	wentWell: 'What went well?',
	toChange: 'What would you change?'
};

describe('reportToMarkdown', () => {
	it('lays out the score, one table row per rule, the plan and the review, escaped', () => {
		const md = reportToMarkdown(
			{
				total: 42,
				max: 100,
				rules: [
					{ name: 'Implication questions', points: 5, max: 10, evidence: '1 of 2 | needs' },
					{ name: 'Advance obtained', points: 0, max: 10, evidence: 'Continuation' }
				],
				plan: [['Objective', 'Agree a *pilot*', 'Continuation']],
				review: { wentWell: 'Calm\nopening', toChange: 'Ask [more]' }
			},
			H
		);
		expect(md).toContain('**Score**: 42/100');
		expect(md).toContain('| Implication questions | 5/10 | 1 of 2 \\| needs |');
		expect(md).toContain('| Advance obtained | 0/10 | Continuation |');
		expect(md).toContain('| Objective | Agree a \\*pilot\\* | Continuation |');
		expect(md).toContain('- **What went well?**: Calm  \nopening');
		expect(md).toContain('Ask \\[more\\]');
	});

	it('leaves the review out when there is none', () => {
		const md = reportToMarkdown({ total: 0, max: 100, rules: [], plan: [] }, H);
		expect(md).not.toContain('Your review');
	});
});
