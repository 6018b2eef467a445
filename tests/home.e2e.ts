import { expect, test } from '@playwright/test';
import {
	bundledPlaybookFiles,
	expectNoSeriousA11yViolations,
	screenshot,
	useLocale
} from './shell-helpers';

const playbooks = bundledPlaybookFiles();

test('home lists every bundled playbook by title', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Start a call' })).toBeVisible();
	expect(playbooks.length).toBeGreaterThanOrEqual(2);
	for (const { playbook, file } of playbooks) {
		expect(playbook, file).not.toBeNull();
		await expect(
			page.getByRole('heading', { level: 3, name: playbook!.meta.title, exact: true })
		).toBeVisible();
	}
});

test('usable playbooks offer rehearse and live links to planning', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	for (const { playbook, usable } of playbooks.filter((p) => p.usable)) {
		expect(usable).toBe(true);
		const card = page.locator('li.playbook', {
			has: page.getByRole('heading', { name: playbook!.meta.title, exact: true })
		});
		const live = card.getByRole('link', { name: `Live call ${playbook!.meta.title}` });
		await expect(live).toHaveAttribute('href', /\/plan\/?\?playbook=.+&mode=live$/);
	}
});

test('the browser language picks the UI language on first visit', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: '开始一次拜访' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await context.close();
});

test('the language switch changes the UI and is remembered across a reload', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '开始一次拜访' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: '开始一次拜访' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Start a call' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Start a call' })).toBeVisible();
});

test('playbook text keeps its own language whatever the UI language', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	for (const { playbook } of playbooks) {
		await expect(
			page.getByRole('heading', { level: 3, name: playbook!.meta.title, exact: true })
		).toHaveAttribute('lang', playbook!.meta.locale);
	}
});

for (const locale of ['en', 'zh-CN'] as const) {
	test(`home has no serious accessibility violations (${locale})`, async ({ page }) => {
		await useLocale(page, locale);
		await page.goto('/');
		await expect(page.locator('li.playbook').first()).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expectNoSeriousA11yViolations(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await screenshot(page, `home-${locale}`);
		await page.setViewportSize({ width: 768, height: 1024 });
		await screenshot(page, `home-${locale}-tablet`);
	});
}

test('keyboard only: skip link, then from home to planning', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	await expect(page.locator('li.playbook').first()).toBeVisible();
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	const first = playbooks.find((p) => p.usable && p.playbook?.buyer)!.playbook!;
	const target = page.getByRole('link', { name: `Rehearse ${first.meta.title}` });
	for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/plan\/\?playbook=.+&mode=rehearsal/);
	await expect(page.getByRole('heading', { level: 1, name: 'Plan the call' })).toBeVisible();

	// The planning form by keyboard: tab to the objective, type, Enter starts the call.
	const objective = page.locator('#objective');
	for (
		let i = 0;
		i < 15 && !(await objective.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(objective).toBeFocused();
	await page.keyboard.type('Agree on a demonstration');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/call\/\?id=/);
});
