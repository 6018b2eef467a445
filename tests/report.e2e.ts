import { expect, test, type Page } from '@playwright/test';
import {
	expectNoSeriousA11yViolations,
	expectSaved,
	keys,
	needLevels,
	spinCounts,
	startCallByKeyboard
} from './call-helpers';

const TEXT = {
	en: {
		link: 'See your coaching report',
		heading: 'Coaching report',
		notAdvanced: 'Did not advance',
		toDemonstrate: 'Move on to: Demonstrating',
		recorded: 'Outcome recorded: Continuation',
		situation: (n: number, total: number) => `${n} of ${total} questions were situation questions`
	},
	'zh-CN': {
		link: '查看辅导报告',
		heading: '辅导报告',
		notAdvanced: '未能推进',
		toDemonstrate: '进入：证明能力',
		recorded: '已记录结果：继续洽谈',
		situation: (n: number, total: number) => `${total} 个问题中有 ${n} 个背景问题`
	}
} as const;

const TYPES = ['situation', 'problem', 'implication', 'needPayoff'] as const;
const FIRST_NEED = { en: 'stockouts', 'zh-CN': 'downtime' } as const;

/**
 * A short rehearsal that follows the suggestions: the opening moves, one situation question,
 * one need uncovered, developed and stated, its benefit, then the end without an ask (a
 * continuation, which the buyer's lines decide), with the next step and its date.
 */
async function shortCall(page: Page, locale: 'en' | 'zh-CN'): Promise<number[]> {
	const t = TEXT[locale];
	await startCallByKeyboard(page, locale, locale, 'rehearsal', 'Agree a demo');
	await keys(page, 'Enter', 'Enter', 'ArrowRight');
	await keys(page, 'Enter');
	await expect.poll(() => spinCounts(page)).toEqual([1, 0, 0, 0]);
	await keys(page, 'p', 'Enter');
	await expect.poll(() => spinCounts(page)).toEqual([1, 1, 0, 0]);
	// The suggestions develop the need until the buyer states it.
	for (let i = 0; i < 4 && (await needLevels(page))[FIRST_NEED[locale]] !== 'explicit'; i++) {
		const before = await spinCounts(page);
		await keys(page, 'Enter');
		await expect.poll(() => spinCounts(page)).not.toEqual(before);
	}
	expect((await needLevels(page))[FIRST_NEED[locale]]).toBe('explicit');
	const counts = await spinCounts(page);
	// The cold order never happened: a need-payoff question only after an implication one.
	expect(counts[2]).toBeGreaterThanOrEqual(1);
	await expect(page.getByTestId('next-step')).toContainText(t.toDemonstrate);
	await keys(page, 'ArrowRight', 'b');
	await expectSaved(page);

	// The end dialog: a rehearsal's outcome is the buyer's (nothing asked: a continuation); the
	// next step and its date are asked here too.
	await keys(page, 'e');
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('[data-outcome="continuation"]')).toBeVisible();
	await expect(dialog.locator('input[name="outcome"]')).toHaveCount(0);
	await dialog.locator('#end-next-step').fill('Send the usage report');
	await dialog.locator('#end-next-date').fill('2026-12-15');
	await dialog.locator('button[type="submit"]').click();
	await page.waitForURL(/\/end\/?\?id=/);
	await expect(page.getByText(t.recorded)).toBeVisible();
	await expect(page.getByText('Send the usage report')).toBeVisible();
	return counts;
}

for (const locale of ['en', 'zh-CN'] as const) {
	test(`after a rehearsal, summary and report agree and explain the score (${locale})`, async ({
		page
	}) => {
		// A whole rehearsal, the end screen and the report: on a loaded CI machine, minutes.
		test.slow();
		const counts = await shortCall(page, locale);
		// Reviewed on a tablet.
		await page.setViewportSize({ width: 820, height: 1180 });
		const t = TEXT[locale];

		await page.getByRole('link', { name: t.link }).click();
		await expect(page).toHaveURL(/\/session\/?\?id=.*#report$/);
		const report = page.locator('#report');
		await expect(report.getByRole('heading', { level: 2, name: t.heading })).toBeVisible();
		await expect(report).toBeInViewport();

		// The prompter, the transcript summary and the report count the same questions.
		const asked = counts.reduce((a, b) => a + b);
		for (const [i, type] of TYPES.entries()) {
			await expect(report.locator(`[data-spin-type="${type}"] .count`)).toHaveText(
				String(counts[i])
			);
			await expect(page.locator(`[data-summary-count="${type}"]`)).toHaveText(String(counts[i]));
		}
		await expect(report.locator('[data-rule="situation_few"]')).toContainText(
			t.situation(counts[0], asked)
		);
		// ...and the same needs: the one the buyer stated is explicit in both.
		const explicit = await report.locator('[data-needs="explicit"] .n').textContent();
		const implied = await report.locator('[data-needs="implied"] .n').textContent();
		await expect(page.locator('[data-summary-needs]')).toHaveAttribute(
			'data-summary-needs',
			`${explicit}/${implied}`
		);
		expect(explicit).toBe('1');
		// Needs never explored are listed, and cost coverage points.
		await expect(report.locator('[data-needs="untouched"] .n')).toHaveText('6');
		await expect(report.locator('[data-rule="coverage"]')).toContainText('1 / 10');

		const score = Number(await report.locator('[data-score]').getAttribute('data-score'));
		expect(score).toBeGreaterThan(0);
		expect(score).toBeLessThan(60);
		await expect(report.locator('[data-outcome="continuation"]')).toContainText(t.notAdvanced);
		await expect(report.locator('[data-rule="outcome"]')).toContainText('0 / 10');
		await expect(report.locator('[data-rule="time_split"]')).toHaveCount(0);

		await expectNoSeriousA11yViolations(page);
		await report.screenshot({ path: `test-results/screenshots/report-${locale}.png` });
	});
}
