// Another tab opens the database with a newer schema (a newer build of the app): this tab's
// schema is outdated, so it stops writing, says so and offers a reload; nothing stored is lost.
import { expect, test } from '@playwright/test';
import { expectSavedIndicator, startLiveCall, storedRows } from './store-helpers';

test('a schema upgraded by another tab stops this tab writing and asks to reload', async ({
	page,
	context
}) => {
	const id = await startLiveCall(page);
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await storedRows(page, id)).length).toBe(3);
	await expectSavedIndicator(page);
	const saved = await storedRows(page, id);

	// A newer build in another tab upgrades the database one version up.
	const other = await context.newPage();
	await other.goto('/data/');
	await other.evaluate(async () => {
		const found = (await indexedDB.databases()).find((d) => d.name === 'spin-coach');
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('spin-coach', (found?.version ?? 1) + 1);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
		});
	});

	const indicator = page.locator('[data-save]');
	await expect(indicator).toHaveAttribute('data-save', 'stale');
	await expect(indicator.getByRole('button', { name: 'Reload' })).toBeVisible();

	// A step now is refused with the reason, and nothing reaches the old schema.
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toContainText('updated in another tab');
	expect(await storedRows(other, id)).toEqual(saved);
});
