// Every screen at a phone, a portrait tablet and a laptop size, in both languages: never wider
// than the viewport, no control under another element, axe clean, no CSP violation. One browser
// context per size and language walks all the screens, so the suite stays quick on 2 cores.
import { expect, test, type Page } from '@playwright/test';
import { bundled, expectNoSeriousA11yViolations, keys, useLocale } from './call-helpers';
import { coveredControls, expectNoHorizontalOverflow, watchCsp } from './layout-helpers';
import type { UiLocale } from './shell-helpers';

const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'tablet', width: 820, height: 1180 },
	{ name: 'laptop', width: 1280, height: 800 }
] as const;

const TEXT = {
	en: { panels: 'Needs', more: 'More' },
	'zh-CN': { panels: '需求', more: '更多' }
} as const;

/** The checks every screen passes. */
async function checkScreen(page: Page, where: string, a11y = true): Promise<void> {
	await expectNoHorizontalOverflow(page, where);
	expect(await coveredControls(page), where).toEqual([]);
	if (a11y) await expectNoSeriousA11yViolations(page);
}

/** Plans a call on the bundled playbook in `ui`'s language and starts it; returns its id. */
async function startCall(
	page: Page,
	ui: UiLocale,
	mode: 'live' | 'rehearsal',
	checkPlan = false
): Promise<string> {
	const playbook = bundled(ui);
	await page.goto(`/plan/?playbook=${encodeURIComponent(playbook.meta.id)}&mode=${mode}`);
	await expect(page.locator('#objective')).toBeVisible();
	if (checkPlan) await checkScreen(page, 'plan');
	await page.locator('#objective').fill('Agree a pilot');
	await page.locator('#objective').press('Enter');
	await page.waitForURL(/\/call\/\?id=/);
	await expect(page.locator('.prompter')).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

for (const size of SIZES) {
	for (const ui of ['en', 'zh-CN'] as const) {
		test(`every screen fits at ${size.width}x${size.height} in ${ui}`, async ({ browser }) => {
			test.setTimeout(180_000);
			const phone = size.width < 600;
			const context = await browser.newContext({
				viewport: { width: size.width, height: size.height },
				hasTouch: phone
			});
			const page = await context.newPage();
			const csp = watchCsp(page);
			await useLocale(page, ui);

			await page.goto('/');
			await expect(page.locator('li.playbook').first()).toBeVisible();
			await checkScreen(page, 'home');

			const id = await startCall(page, ui, 'live', true);
			await checkScreen(page, 'call: opening');
			await keys(page, 'ArrowRight', 'Enter');
			await checkScreen(page, 'call: investigating');

			if (phone) {
				// The lists wait in a sheet; the rest of the bar's steps in a menu.
				await page.getByRole('button', { name: TEXT[ui].panels, exact: true }).tap();
				await expect(page.locator('#call-panels [data-need]').first()).toBeVisible();
				await checkScreen(page, 'call: sheet');
				await keys(page, 'Escape');
				await page.getByRole('button', { name: TEXT[ui].more, exact: true }).tap();
				await expect(page.locator('#call-more')).toBeVisible();
				await expectNoSeriousA11yViolations(page);
				await keys(page, 'Escape');
			} else {
				// C: the numbered needs come to the middle of the screen, over the call.
				await keys(page, 'c');
				const needs = page.locator('section.needs.picking');
				await expect(needs).toBeInViewport({ ratio: 0.9 });
				await keys(page, 'Escape');
				// ?: the shortcut list opens at its first row.
				await keys(page, '?');
				await expect(page.locator('[data-shortcut="do"]')).toBeInViewport();
				await keys(page, 'Escape');
			}
			// T: the note field sits above the action bar, never under it.
			await keys(page, 't');
			await expect(page.locator('#answer-note')).toBeFocused();
			await checkScreen(page, 'call: note field', false);
			await keys(page, 'Escape');

			await keys(page, 'ArrowRight');
			await checkScreen(page, 'call: demonstrating', false);
			await keys(page, 'ArrowRight');
			await checkScreen(page, 'call: committing', false);
			await keys(page, 'e');
			await expect(page.locator('dialog[open]')).toBeVisible();
			await expectNoHorizontalOverflow(page, 'end dialog');
			await expectNoSeriousA11yViolations(page);
			// Live, nothing is pre-selected: pick an outcome (Advance), then end.
			await keys(page, 'ArrowDown', 'Enter');
			await page.waitForURL(/\/end\//);
			await expect(page.locator('h1')).toBeVisible();
			await checkScreen(page, 'end');

			await page.goto(`/session/?id=${id}`);
			await expect(page.locator('ol.events > li').first()).toBeVisible();
			await checkScreen(page, 'session');

			await startCall(page, ui, 'rehearsal');
			await keys(page, 'ArrowRight', 'Enter');
			await checkScreen(page, 'rehearsal');

			await page.goto('/');
			await expect(page.locator('#latest-heading')).toBeVisible();
			await expect(page.locator('table a').first()).toBeVisible();
			await checkScreen(page, 'home with calls');

			await page.goto('/data/');
			await expect(page.getByTestId('export-all')).toBeVisible();
			await checkScreen(page, 'data');

			expect(csp).toEqual([]);
			await context.close();
		});
	}
}
