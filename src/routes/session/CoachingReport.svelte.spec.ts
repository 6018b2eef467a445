import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import type { CallFacts } from '$lib/session/coaching-report';
import type { CallEvent } from '$lib/session/events';
import { scoreCall } from '$lib/session/rubric';
import { FACTS, PLAYBOOK, REPORT } from '$lib/report/testing/sample-report';
import CoachingReportView from './CoachingReport.svelte';

afterEach(() => setLocale('en', { reload: false }));

describe('CoachingReport', () => {
	it('shows the score, each rule with its evidence and source, and the numbers behind the bars', async () => {
		setLocale('en', { reload: false });
		const screen = render(CoachingReportView, { report: REPORT, playbook: PLAYBOOK });
		const report = screen.container.querySelector('#report')!;

		await expect.element(screen.getByRole('heading', { name: 'Coaching report' })).toBeVisible();
		expect(report.querySelector('[data-score]')?.textContent).toContain('65 out of 100');

		const situation = screen.container.querySelector('[data-rule="situation_few"]')!;
		expect(situation.textContent).toContain('Few situation questions');
		expect(situation.textContent).toContain('5 / 5');
		expect(situation.textContent).toContain('2 of 7 questions were situation questions');
		expect(situation.textContent).toContain('Source: docs/coaching.md#situation');
		const order = screen.container.querySelector('[data-rule="question_order"]')!;
		expect(order.textContent).toContain('5 / 10');
		expect(order.textContent).toContain(
			'1 of 3 implication and need-payoff questions came too early'
		);
		expect(screen.container.querySelector('[data-rule="time_split"]')).toBeNull();

		// The bar chart's numbers are text in a table, not only bar widths.
		const mix = screen.getByRole('table', { name: 'Questions by SPIN type' });
		await expect.element(mix.getByRole('row', { name: 'Situation 2 29%' })).toBeVisible();
		await expect.element(mix.getByRole('row', { name: 'Need-payoff 1 14%' })).toBeVisible();
		const times = screen.getByRole('table', { name: 'Time per stage' });
		await expect.element(times.getByRole('row', { name: /^Opening 2:00 20%/ })).toBeVisible();

		// Ids read as playbook text, tagged with the playbook's language.
		const met = screen.container.querySelector('[data-needs="met"] li')!;
		expect(met.textContent).toBe('Fewer unplanned line stops');
		expect(met.getAttribute('lang')).toBe('en');
		expect(screen.container.querySelector('[data-capability="unlinked"]')?.textContent).toContain(
			'Feature: Wear alerts'
		);
		const objection = screen.getByRole('table', { name: 'Objections' });
		await expect
			.element(objection.getByRole('row', { name: /Too expensive step 7 Buyer Feature yes/ }))
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
				total: 5,
				free: 0,
				byType: {
					situation: { count: 4, share: 0.8 },
					problem: { count: 1, share: 0.2 },
					implication: { count: 0, share: 0 },
					needPayoff: { count: 0, share: 0 }
				},
				situationTooMany: true,
				cold: [],
				developing: 0
			}
		};
		// Loses the situation points and the question-order points (nothing to order): 65 - 5 - 5.
		const report = { ...REPORT, ...dominant, score: scoreCall(dominant) };
		// `events` is also a mount option's name, so props go under `props`. With the log at hand, events are placed on the transcript's clock (one every 6 s here).
		const events = Array.from(
			{ length: 20 },
			(_, i) => ({ v: 1, at: 1_000_000 + 6_000 * i, type: 'call.start' }) as CallEvent
		);
		const screen = render(CoachingReportView, { props: { report, playbook: PLAYBOOK, events } });

		await expect.element(screen.getByRole('heading', { name: '辅导报告' })).toBeVisible();
		expect(report.score.total).toBe(55);
		expect(screen.container.querySelector('[data-score]')?.textContent).toContain(
			'55 分（满分 100）'
		);
		const situation = screen.container.querySelector('[data-rule="situation_few"]')!;
		expect(situation.textContent).toContain('5 个问题中有 4 个背景问题');
		expect(situation.textContent).toContain('0 / 5');
		expect(
			screen.container.querySelector('[data-flag="situation-dominant"]')?.textContent
		).toContain('背景问题太多');
		const mix = screen.getByRole('table', { name: '按 SPIN 类型统计的问题' });
		await expect.element(mix.getByRole('row', { name: '背景问题 4 80%' })).toBeVisible();
		expect(screen.container.querySelector('[data-outcome]')?.textContent).toContain('未能推进');
		await expect
			.element(screen.getByRole('table', { name: '异议' }).getByRole('row', { name: /0:36 时/ }))
			.toBeVisible();
		// Playbook text stays in the playbook's language inside a Chinese page.
		expect(screen.container.querySelector('[data-needs="met"] li')?.getAttribute('lang')).toBe(
			'en'
		);
	});
});
