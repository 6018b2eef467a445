import { expect, test } from '@playwright/test';
import { startCallViaPlanning, useLocale } from './shell-helpers';

test('a database upgraded by another tab asks this tab to reload', async ({ page, context }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	// Home has read the store, so this tab holds an open connection.
	await expect(page.getByText('No calls yet.')).toBeVisible();

	const other = await context.newPage();
	await other.goto('/');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				// A newer schema version, as a newer build of the app in another tab would open.
				const request = indexedDB.open('spin-coach', 10_000);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	const alert = page.getByRole('alert').filter({ hasText: 'updated in another tab' });
	await expect(alert).toBeVisible();
	await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('storage the browser may clear raises a one-time notice with a backup button', async ({
	page
}) => {
	await useLocale(page, 'zh-CN');
	// Headless Chromium does not grant persistent storage; make that explicit so the test does
	// not depend on the browser's heuristics.
	await page.addInitScript(() => {
		Object.defineProperty(navigator.storage, 'persist', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
	});
	await startCallViaPlanning(page, '目标');
	await page.getByRole('link', { name: 'spin-coach' }).click();
	const notice = page.getByRole('status').filter({ hasText: '浏览器可能会清除已保存的拜访' });
	await expect(notice).toBeVisible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		notice.getByRole('button', { name: '导出备份' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^spin-coach-backup-.*\.json$/);
	await expect(notice).toHaveCount(0);

	// Once acknowledged it does not come back, even after the next call.
	await startCallViaPlanning(page, '第二次');
	await page.goto('/');
	await expect(page.getByText('最近的拜访')).toBeVisible();
	await expect(page.getByText('浏览器可能会清除已保存的拜访')).toHaveCount(0);
});
