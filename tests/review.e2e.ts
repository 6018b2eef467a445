// The review side in both languages: calls seeded through the backup page's import, then the
// history's filters, search, delete and undo; one call's timeline, plan and print view; the
// progress trends and "practise next"; and a drill that shows up in progress.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, keys, useLocale } from './call-helpers';
import { importSeed, SEED } from './review-seed';

const TEXT = {
	en: {
		importLabel: 'Transcript file (JSON)',
		search: 'Search notes and typed text',
		clear: 'Clear filters',
		delete: 'Delete',
		undo: 'Undo',
		timeline: 'Timeline',
		reply: "More than I'd like",
		table: 'Show as a table',
		drill: 'Drill: Develop an implied need',
		start: 'Start the drill',
		banner: 'Drill: Develop an implied need on',
		move: 'Set up for you; now ask an implication question about it.',
		endDrill: 'End and see the drill score'
	},
	'zh-CN': {
		importLabel: '拜访记录文件（JSON）',
		search: '搜索笔记和输入的文字',
		clear: '清除筛选',
		delete: '删除',
		undo: '撤销',
		timeline: '时间线',
		reply: "More than I'd like",
		table: '以表格显示',
		drill: '专项练习：深挖隐含需求',
		start: '开始练习',
		banner: '专项练习：深挖隐含需求，需求：',
		move: '之前的步骤已替你完成；围绕它提出一个暗示问题。',
		endDrill: '结束并查看练习得分'
	}
} as const;

const [A, B, C, D] = SEED.map((s) => s.id);
const listed = (page: Page) =>
	page
		.locator('[data-session]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session')));

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

for (const locale of ['en', 'zh-CN'] as const) {
	const t = TEXT[locale];

	test(`history: filters, search, delete with undo (${locale})`, async ({ page }) => {
		await useLocale(page, locale);
		await importSeed(page, t.importLabel);
		await page.goto('/sessions/');
		// Newest first, each with its score once digested.
		await expect.poll(() => listed(page)).toEqual([D, C, B, A]);
		await expect(page.locator(`[data-session="${A}"] [data-score]`)).not.toHaveAttribute(
			'data-score',
			''
		);

		await page.locator('select[name="mode"]').selectOption('live');
		await expect.poll(() => listed(page)).toEqual([C]);
		await page.getByRole('button', { name: t.clear }).click();
		await page.locator('select[name="outcome"]').selectOption('advance');
		await expect.poll(() => listed(page)).toEqual([A]);
		await page.getByRole('button', { name: t.clear }).click();
		await page.getByLabel(t.search).fill('BUDGET freeze');
		await expect.poll(() => listed(page)).toEqual([A]);
		await page.getByRole('button', { name: t.clear }).click();
		await page.locator('input[name="from"]').fill('2026-11-01');
		await page.locator('input[name="to"]').fill('2026-11-30');
		await expect.poll(() => listed(page)).toEqual([C, B]);
		await page.getByRole('button', { name: t.clear }).click();
		await expect.poll(() => listed(page)).toEqual([D, C, B, A]);

		// Delete asks first, then hides the call with an undo.
		await page.locator(`[data-session="${B}"] button`).click();
		await page.getByRole('dialog').getByRole('button', { name: t.delete }).click();
		await expect.poll(() => listed(page)).toEqual([D, C, A]);
		await page.getByRole('button', { name: t.undo }).click();
		await expect.poll(() => listed(page)).toEqual([D, C, B, A]);
		await page.locator(`[data-session="${B}"] button`).click();
		await page.getByRole('dialog').getByRole('button', { name: t.delete }).click();
		await expect.poll(() => listed(page)).toEqual([D, C, A]);
		await expectNoSeriousA11yViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoHorizontalOverflow(page);

		// Leaving the page erases it for good: importing the same file does not bring it back.
		await importSeed(page, t.importLabel);
		await page.goto('/sessions/');
		await expect.poll(() => listed(page)).toEqual([D, C, A]);
	});

	test(`one call's review: timeline, plan, print (${locale})`, async ({ page }) => {
		await useLocale(page, locale);
		await importSeed(page, t.importLabel);
		await page.goto(`/session/?id=${A}`);
		const timeline = page.locator('.timeline');
		await expect(timeline.getByRole('heading', { name: t.timeline })).toBeVisible();
		// Stage bands and a mark per question, need, benefit and note.
		await expect(timeline.locator('rect.band')).toHaveCount(4);
		await expect(timeline.locator('circle.mark.question')).toHaveCount(3);
		await expect(timeline.locator('circle.mark.need.met')).toHaveCount(1);
		await expect(timeline.locator('circle.mark.benefit.met')).toHaveCount(1);
		// Keyboard: focus the plot, move to the second moment (the problem question): its reply.
		await timeline.locator('.plot').focus();
		await keys(page, 'Home', 'ArrowRight');
		await expect(timeline.locator('[data-moment="question"]')).toBeVisible();
		await expect(timeline.locator('.moment')).toContainText('Nine late starts last month');
		await keys(page, 'End');
		await expect(timeline.locator('.moment')).toContainText('budget freeze');

		await expect(page.locator('[data-row="objective"]')).toContainText('Agree a demonstration');
		await expect(page.locator('[data-row="next"]')).toContainText('Send the agenda');
		await expectNoSeriousA11yViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoHorizontalOverflow(page);

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.locator('.export')).toBeHidden();
		await expect(page.locator('#report')).toBeVisible();
		await expect(timeline.locator('svg.chart')).toBeVisible();
	});

	test(`progress: trends, practise next, and a drill (${locale})`, async ({ page }) => {
		await useLocale(page, locale);
		await importSeed(page, t.importLabel);
		await page.goto('/progress/');
		// Rehearsals: October, November, December.
		const score = page.locator('[data-trend="trend-rehearsal-score"]');
		await expect(score.locator('circle')).toHaveCount(3);
		await score.getByText(t.table).click();
		await expect(score.locator('tbody tr')).toHaveCount(3);
		// No call asked an implication question: that rule comes first, with its drill.
		const first = page.locator('.practise li').first();
		await expect(first).toHaveAttribute('data-skill', 'developNeed');
		await expectNoSeriousA11yViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoHorizontalOverflow(page);

		await first.getByRole('link', { name: t.drill }).click();
		await expect(page).toHaveURL(/\/drill\/\?skill=developNeed/);
		await expectNoSeriousA11yViolations(page);
		await expectNoHorizontalOverflow(page);
		await page.getByRole('button', { name: t.start }).click();
		await page.waitForURL(/\/call\/?\?id=/);
		const prompter = page.locator('.prompter');
		await expect(prompter).toHaveAttribute('data-stage', 'investigating');
		// The banner says which drill this is and the one move it asks for; no way to end it yet.
		const banner = page.locator('[data-drill="developNeed"]');
		await expect(banner.locator('.lead strong')).toHaveText(t.banner);
		await expect(banner.locator('.need')).not.toBeEmpty();
		await expect(banner.locator('.move')).toHaveText(t.move);
		await expect(banner.getByRole('button')).toHaveCount(0);
		await expectNoHorizontalOverflow(page);
		// The implication question the drill calls for, then end it from the banner.
		await keys(page, 'i', 'Enter');
		await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved');
		await expect(banner).toHaveAttribute('data-move-made', 'true');
		await banner.getByRole('button', { name: t.endDrill }).click();
		const dialog = page.getByRole('dialog');
		// A drill is a rehearsal: the outcome is what the buyer's lines amount to, shown, not chosen.
		await expect(dialog.locator('.fixed')).toHaveAttribute('data-outcome', 'continuation');
		await expect(dialog.locator('input[name="outcome"]')).toHaveCount(0);
		await dialog.locator('button[type="submit"]').click();
		await page.waitForURL(/\/end\/?\?id=/);

		await page.goto('/progress/');
		await expect(page.locator('[data-drill="developNeed"] [data-attempts]')).toHaveText('1');
	});
}
