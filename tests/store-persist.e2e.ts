// Persistent storage is asked for when the first call is saved. If the browser says no, the rep
// is told once, with a one-click backup; if it says yes, nothing is shown. The browser's answer
// is stubbed so the test does not depend on Chromium's engagement heuristics.
import { expect, test, type Page } from '@playwright/test';
import { startLiveCall } from './store-helpers';

/** Makes navigator.storage answer `granted`, counting persist() calls in localStorage. */
async function stubPersistence(page: Page, granted: boolean): Promise<void> {
	await page.addInitScript((answer) => {
		const storage = navigator.storage;
		storage.persist = async () => {
			localStorage.setItem(
				'persist-calls',
				String(Number(localStorage.getItem('persist-calls')) + 1)
			);
			return answer;
		};
		storage.persisted = async () => answer;
	}, granted);
}

const persistCalls = (page: Page) =>
	page.evaluate(() => Number(localStorage.getItem('persist-calls')));

const NOTICE = 'This browser may clear saved calls when space runs low.';

test('storage that is not persistent is announced once, with a one-click backup', async ({
	page
}) => {
	await stubPersistence(page, false);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await persistCalls(page)).toBe(0);
	await expect(page.getByText(NOTICE)).toHaveCount(0);

	const id = await startLiveCall(page);
	await expect.poll(() => persistCalls(page)).toBe(1);
	await page.goto('/');
	await expect(page.getByText(NOTICE)).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export a backup' }).click()
	]);
	const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	expect(JSON.parse(text).sessions.map((s: { session: { id: string } }) => s.session.id)).toEqual([
		id
	]);
	await expect(page.getByText(NOTICE)).toHaveCount(0);

	// Told once: neither a reload nor the next call brings it back, and persist() is not asked again.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await startLiveCall(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(NOTICE)).toHaveCount(0);
	expect(await persistCalls(page)).toBe(1);
});

test('persistent storage needs no notice', async ({ page }) => {
	await stubPersistence(page, true);
	await startLiveCall(page);
	await expect.poll(() => persistCalls(page)).toBe(1);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(NOTICE)).toHaveCount(0);
});
