import { expect, test } from '@playwright/test';
import {
	expectSaved,
	keys,
	spinCounts,
	startCallByKeyboard,
	storedEvents,
	useLocale
} from './call-helpers';

test('with the network off, a reload mid-call resumes the call and it goes on to the end', async ({
	page,
	context
}) => {
	// First visit: the service worker installs and takes control of the page.
	await useLocale(page, 'en');
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	const id = await startCallByKeyboard(page, 'en', 'en', 'live', 'A demo');
	await keys(page, 'Enter', 'Enter', 'Enter', 'Enter', 'ArrowRight', 'Enter');
	expect(await spinCounts(page)).toEqual([1, 0, 0, 0]);
	await expectSaved(page);

	await context.setOffline(true);
	await page.reload();
	const rail = page.getByRole('navigation', { name: 'Call stages' });
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/Investigating/);
	expect(await spinCounts(page)).toEqual([1, 0, 0, 0]);

	// Still offline: the call goes on and every step is stored on the device.
	await keys(page, 'p', 'Enter', 'c', '1');
	expect(await spinCounts(page)).toEqual([1, 1, 0, 0]);
	await expect(page.locator('[data-need="stockouts"]')).toHaveAttribute('data-level', 'implied');
	await expectSaved(page);
	// Live, nothing is pre-selected: the rep picks the outcome (Advance) before ending.
	await keys(page, 'e', 'ArrowDown', 'Enter');
	await page.waitForURL(/\/end\/?\?id=/);

	const types = (await storedEvents(page, id)).map((e) => e.type);
	expect(types.filter((t) => t === 'question.ask')).toHaveLength(2);
	expect(types).toContain('need.confirm');
	expect(types.at(-1)).toBe('call.end');
	await context.setOffline(false);
});
