import { expect, test, type Page } from '@playwright/test';
import {
	expectNoSeriousA11yViolations,
	expectSaved,
	keys,
	startCallByKeyboard
} from './call-helpers';

const SIZES = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'tablet', width: 820, height: 1180 }
] as const;

// Mid-investigation with a need found and a feature shown too early: the stage rail, the
// suggestion with its reason, the need list, the counts and a nudge are all on screen.
async function midCall(page: Page) {
	await keys(
		page,
		'Enter',
		'Enter',
		'Enter',
		'Enter',
		'ArrowRight',
		'Enter',
		'p',
		'Enter',
		'c',
		'1'
	);
	await expect(page.locator('[data-need][data-level="implied"]')).toHaveCount(1);
	await keys(page, 'f');
	await expect(page.locator('[data-nudge="capability_before_explicit_need"]')).toBeVisible();
	await expectSaved(page);
}

for (const locale of ['en', 'zh-CN'] as const) {
	test(`the prompter passes axe and is screenshotted at laptop and tablet size (${locale})`, async ({
		page
	}) => {
		await page.setViewportSize(SIZES[0]);
		await startCallByKeyboard(
			page,
			locale,
			locale,
			'live',
			locale === 'en' ? 'A demo' : '一次演示'
		);
		await midCall(page);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expectNoSeriousA11yViolations(page);
		for (const size of SIZES) {
			await page.setViewportSize(size);
			await page.screenshot({
				path: `test-results/screenshots/prompter-${locale}-${size.name}.png`
			});
		}
		// Touch targets: every button on the prompter is at least 44 px tall.
		const heights = await page
			.locator('.prompter button:visible')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(10);
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);

		// The shortcut overlay is a modal dialog that passes axe too; Esc closes it.
		await keys(page, '?');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expectNoSeriousA11yViolations(page);
		await page.screenshot({ path: `test-results/screenshots/prompter-${locale}-shortcuts.png` });
		await keys(page, 'Escape');
		await expect(dialog).toBeHidden();

		// Discreet mode hides the coaching text and is remembered across a reload.
		await expect(page.getByTestId('suggestion-reason')).toBeVisible();
		await keys(page, 'd');
		await expect(page.getByTestId('suggestion-reason')).toHaveCount(0);
		await expect(page.locator('[data-nudge]')).toHaveCount(0);
		await expect(page.getByTestId('suggested-question')).toBeVisible();
		await page.reload();
		await expect(page.getByTestId('suggested-question')).toBeVisible();
		await expect(page.getByTestId('suggestion-reason')).toHaveCount(0);
		await page.setViewportSize(SIZES[0]);
		await page.screenshot({ path: `test-results/screenshots/prompter-${locale}-discreet.png` });
		await keys(page, 'd');
		await expect(page.getByTestId('suggestion-reason')).toBeVisible();
	});
}

test('the rehearsal screen passes axe and is screenshotted (en)', async ({ page }) => {
	await page.setViewportSize(SIZES[0]);
	await startCallByKeyboard(page, 'en', 'en', 'rehearsal', 'A demo');
	await keys(page, 'Enter', 'Enter', 'Enter', 'Enter', 'ArrowRight', 'Enter', 'p', 'Enter');
	await expect(page.locator('[data-who="buyer"]')).toHaveCount(2);
	await expectSaved(page);
	await expectNoSeriousA11yViolations(page);
	for (const size of SIZES) {
		await page.setViewportSize(size);
		await page.screenshot({ path: `test-results/screenshots/rehearsal-en-${size.name}.png` });
	}
	// The end dialog passes axe as well.
	await keys(page, 'e');
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await keys(page, 'Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
});
