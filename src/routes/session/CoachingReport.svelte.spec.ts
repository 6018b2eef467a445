import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { parsePlaybook } from '$lib/playbook/parse';
import { setLocale } from '$lib/paraglide/runtime.js';
import { REPORT_VERSION, type CallFacts, type CoachingReport } from '$lib/session/coaching-report';
import { scoreCall } from '$lib/session/rubric';
import CoachingReportView from './CoachingReport.svelte';

const PLAYBOOK = parsePlaybook(`---
id: plant-uptime-en
title: Plant uptime
locale: en
version: 1
offer: Predictive maintenance
---

# Needs
- Fewer unplanned line stops {#downtime}
- Shorter changeovers {#changeover}
- Pass the customer audit {#audit}

# Problem
- How often does a line stop without warning? {#stops}
  - Need: downtime

# Capability
## Wear alerts {#wear-alerts}
- Feature: Sensors on each motor.
- Advantage: Change a part before it fails.
- Benefit: Plan repairs between shifts.
- Meets: downtime

# Objections
## Too expensive {#price}
- Answer: Compare the fee with one stop.
`).playbook!;

// A hand-built call: 7 questions (2 situation), one need still implied, two explicit of which one
// was met, a feature before any explicit need that then drew an objection, a summary before the
// ask, and a continuation. Scored by the real rubric: 10+7+3+7+8+5+5+5+5+0+4 = 59.
const FACTS: CallFacts = {
	questions: {
		total: 7,
		free: 1,
		byType: {
			situation: { count: 2, share: 2 / 7 },
			problem: { count: 2, share: 2 / 7 },
			implication: { count: 2, share: 2 / 7 },
			needPayoff: { count: 1, share: 1 / 7 }
		},
		situationDominant: false
	},
	needs: {
		implied: ['changeover'],
		explicit: ['downtime', 'audit'],
		met: ['downtime'],
		unmetExplicit: ['audit'],
		benefits: 2,
		benefitsMeetingExplicit: 1
	},
	capability: {
		features: 1,
		advantages: 0,
		benefits: 2,
		beforeExplicitNeed: [5],
		unlinked: [{ index: 5, kind: 'feature', cardId: 'wear-alerts' }]
	},
	objections: [{ index: 6, objectionId: 'price', by: 'buyer', after: 'feature', answered: true }],
	objectionsAfter: { feature: 1, advantage: 0, benefit: 0, none: 0 },
	commitment: { summaries: 1, proposals: 1, summaryBeforeFirstProposal: true },
	time: {
		totalMs: 600_000,
		stages: {
			opening: { ms: 120_000, share: 0.2, target: 0.4 },
			investigating: { ms: 240_000, share: 0.4, target: 0.3 },
			demonstrating: { ms: 180_000, share: 0.3, target: 0.2 },
			committing: { ms: 60_000, share: 0.1, target: 0.1 }
		},
		drift: 0.2
	},
	outcome: { outcome: 'continuation', advanced: false }
};

const REPORT: CoachingReport = {
	version: REPORT_VERSION,
	playbookId: 'plant-uptime-en',
	eventCount: 20,
	...FACTS,
	score: scoreCall(FACTS)
};

afterEach(() => setLocale('en', { reload: false }));

describe('CoachingReport', () => {
	it('shows the score, each rule with its evidence and source, and the numbers behind the bars', async () => {
		setLocale('en', { reload: false });
		const screen = render(CoachingReportView, { report: REPORT, playbook: PLAYBOOK });
		const report = screen.container.querySelector('#report')!;

		await expect.element(screen.getByRole('heading', { name: 'Coaching report' })).toBeVisible();
		expect(report.querySelector('[data-score]')?.textContent).toContain('59 out of 100');

		const situation = screen.container.querySelector('[data-rule="situation_few"]')!;
		expect(situation.textContent).toContain('Few situation questions');
		expect(situation.textContent).toContain('10 / 10');
		expect(situation.textContent).toContain('2 of 7 questions were situation questions');
		expect(situation.textContent).toContain('Source: domain notes');
		const implication = screen.container.querySelector('[data-rule="implication_asked"]')!;
		expect(implication.textContent).toContain('7 / 10');
		expect(implication.textContent).toContain('Source: SPIN research (Rackham)');
		const time = screen.container.querySelector('[data-rule="time_split"]')!;
		expect(time.textContent).toContain('20% of the call');

		// The bar chart's numbers are text in a table, not only bar widths.
		const mix = screen.getByRole('table', { name: 'Questions by SPIN type' });
		await expect.element(mix.getByRole('row', { name: 'Situation 2 29%' })).toBeVisible();
		await expect.element(mix.getByRole('row', { name: 'Need-payoff 1 14%' })).toBeVisible();
		const times = screen.getByRole('table', { name: 'Time per stage' });
		await expect
			.element(times.getByRole('row', { name: /^Opening 2:00 This call 20%, target 40%/ }))
			.toBeVisible();

		// Ids read as playbook text, tagged with the playbook's language.
		const met = screen.container.querySelector('[data-needs="met"] li')!;
		expect(met.textContent).toBe('Fewer unplanned line stops');
		expect(met.getAttribute('lang')).toBe('en');
		expect(screen.container.querySelector('[data-capability="unlinked"]')?.textContent).toContain(
			'Feature: Wear alerts'
		);
		const objection = screen.getByRole('table', { name: 'Objections' });
		await expect
			.element(objection.getByRole('row', { name: /Too expensive.*Buyer Feature yes/ }))
			.toBeVisible();

		// A continuation is marked as not advancing the sale.
		const outcome = screen.container.querySelector('[data-outcome="continuation"]')!;
		expect(outcome.textContent).toContain('Did not advance');
		expect(outcome.textContent).toContain('a failure in disguise');
	});

	it('flags situation dominance and words everything in Chinese', async () => {
		setLocale('zh-CN', { reload: false });
		const dominant: CallFacts = {
			...FACTS,
			questions: {
				total: 4,
				free: 0,
				byType: {
					situation: { count: 3, share: 0.75 },
					problem: { count: 1, share: 0.25 },
					implication: { count: 0, share: 0 },
					needPayoff: { count: 0, share: 0 }
				},
				situationDominant: true
			}
		};
		// Loses the situation points and every implication and need-payoff point: 59 - 10 - 7 - 3.
		const report = { ...REPORT, ...dominant, score: scoreCall(dominant) };
		const screen = render(CoachingReportView, { report, playbook: PLAYBOOK });

		await expect.element(screen.getByRole('heading', { name: '辅导报告' })).toBeVisible();
		expect(report.score.total).toBe(39);
		expect(screen.container.querySelector('[data-score]')?.textContent).toContain(
			'39 分（满分 100）'
		);
		const situation = screen.container.querySelector('[data-rule="situation_few"]')!;
		expect(situation.textContent).toContain('4 个问题中有 3 个背景问题');
		expect(situation.textContent).toContain('0 / 10');
		expect(
			screen.container.querySelector('[data-flag="situation-dominant"]')?.textContent
		).toContain('背景问题占比过高');
		const mix = screen.getByRole('table', { name: '按 SPIN 类型统计的问题' });
		await expect.element(mix.getByRole('row', { name: '背景问题 3 75%' })).toBeVisible();
		expect(screen.container.querySelector('[data-outcome]')?.textContent).toContain('未能推进');
		// Playbook text stays in the playbook's language inside a Chinese page.
		expect(screen.container.querySelector('[data-needs="met"] li')?.getAttribute('lang')).toBe(
			'en'
		);
	});
});
