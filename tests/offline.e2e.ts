import { expect, test } from '@playwright/test';
import { startCallViaPlanning, useLocale } from './shell-helpers';

test('after the first visit the app works offline, including a call page with its id', async ({
	page,
	context
}) => {
	await useLocale(page, 'en');
	const { id } = await startCallViaPlanning(page);
	await page.goto('/');
	// The worker installed (precaching the app) and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Start a call' })).toBeVisible();
	await expect(page.locator('li.playbook').first()).toBeVisible();

	await page.locator('li.playbook a').first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Plan the call' })).toBeVisible();

	const response = await page.goto(`/call/?id=${id}`);
	expect(response?.status()).toBe(200);
	expect(response?.fromServiceWorker()).toBe(true);

	const transcript = await page.goto(`/session/?id=${id}`);
	expect(transcript?.fromServiceWorker()).toBe(true);
	await expect(page.locator('ol.events > li')).not.toHaveCount(0);
	await context.setOffline(false);
});
