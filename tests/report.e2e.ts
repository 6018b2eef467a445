import { expect, test, type Page } from '@playwright/test';
import {
	expectNoSeriousA11yViolations,
	expectSaved,
	keys,
	spinCounts,
	startCallByKeyboard
} from './call-helpers';

const TEXT = {
	en: {
		link: 'See your coaching report',
		heading: 'Coaching report',
		notAdvanced: 'Did not advance',
		situation: (n: number, total: number) => `${n} of ${total} questions were situation questions`
	},
	'zh-CN': {
		link: '查看辅导报告',
		heading: '辅导报告',
		notAdvanced: '未能推进',
		situation: (n: number, total: number) => `${total} 个问题中有 ${n} 个背景问题`
	}
} as const;

const TYPES = ['situation', 'problem', 'implication', 'needPayoff'] as const;

/**
 * A short rehearsal: two opening moves, four suggested questions (one per SPIN type, so the
 * buyer states a need), one benefit, then ended as a continuation. Returns the prompter's counts.
 */
async function shortCall(page: Page, locale: 'en' | 'zh-CN'): Promise<number[]> {
	await startCallByKeyboard(page, locale, locale, 'rehearsal', 'Agree a demo');
	await keys(page, 'Enter', 'Enter', 'ArrowRight');
	await keys(page, 'Enter');
	await expect.poll(() => spinCounts(page)).toEqual([1, 0, 0, 0]);
	await keys(page, 'p', 'Enter');
	await expect.poll(() => spinCounts(page)).toEqual([1, 1, 0, 0]);
	await keys(page, 'Enter');
	await expect.poll(() => total(spinCounts(page))).toBe(3);
	await keys(page, 'Enter');
	await expect.poll(() => total(spinCounts(page))).toBe(4);
	await keys(page, 'ArrowRight', 'b');
	const counts = await spinCounts(page);
	await expectSaved(page);
	await keys(page, 'e');
	const dialog = page.getByRole('dialog');
	await dialog.locator('input[name="outcome"][value="continuation"]').check();
	await dialog.locator('button[type="submit"]').click();
	await page.waitForURL(/\/end\/?\?id=/);
	return counts;
}

const total = async (counts: Promise<number[]>) => (await counts).reduce((a, b) => a + b);

for (const locale of ['en', 'zh-CN'] as const) {
	test(`after a call, the transcript shows its coaching report (${locale})`, async ({ page }) => {
		const counts = await shortCall(page, locale);
		// Reviewed on a tablet.
		await page.setViewportSize({ width: 820, height: 1180 });
		const t = TEXT[locale];

		await page.getByRole('link', { name: t.link }).click();
		await expect(page).toHaveURL(/\/session\/?\?id=.*#report$/);
		const report = page.locator('#report');
		await expect(report.getByRole('heading', { level: 2, name: t.heading })).toBeVisible();
		await expect(report).toBeInViewport();

		// The question mix matches what the prompter counted during the call.
		const asked = counts.reduce((a, b) => a + b);
		for (const [i, type] of TYPES.entries()) {
			await expect(report.locator(`[data-spin-type="${type}"] .count`)).toHaveText(
				String(counts[i])
			);
		}
		await expect(report.locator('[data-rule="situation_few"]')).toContainText(
			t.situation(counts[0], asked)
		);
		const score = Number(await report.locator('[data-score]').getAttribute('data-score'));
		expect(score).toBeGreaterThan(0);
		expect(score).toBeLessThan(100);
		await expect(report.locator('[data-outcome="continuation"]')).toContainText(t.notAdvanced);
		await expect(report.locator('[data-rule="advance_obtained"]')).toContainText('0 / 10');

		await expectNoSeriousA11yViolations(page);
		await report.screenshot({ path: `test-results/screenshots/report-${locale}.png` });
	});
}
