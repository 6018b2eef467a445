import { expect, test } from '@playwright/test';
import { startCallViaPlanning, useLocale } from './shell-helpers';

test('all calls download as a backup and restore on another device', async ({ page, browser }) => {
	await useLocale(page, 'en');
	const { id, title } = await startCallViaPlanning(page, 'Backed up objective');
	await page.goto('/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download all calls (JSON)' }).click()
	]);
	const text = (await (await download.createReadStream()).toArray()).join('');
	expect(JSON.parse(text).sessions.map((s: { session: { id: string } }) => s.session.id)).toContain(
		id
	);

	// A fresh context has an empty IndexedDB, like another device.
	const other = await browser.newContext({ locale: 'en' });
	const fresh = await other.newPage();
	await fresh.goto('/');
	await expect(fresh.getByText('No calls yet.')).toBeVisible();
	await fresh.getByLabel('Restore calls from a file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(
		fresh.getByText(/^Restored \d+ calls; 0 were already on this device\.$/)
	).toBeVisible();
	await expect(fresh.locator('table')).toContainText(title);
	await fresh.goto(`/session/?id=${id}`);
	await expect(fresh.locator('ol.events > li').first()).toContainText('Backed up objective');

	// Restoring the same file again changes nothing.
	await fresh.goto('/');
	await fresh.getByLabel('Restore calls from a file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(
		fresh.getByText(/^Restored 0 calls; \d+ were already on this device\.$/)
	).toBeVisible();
	await other.close();
});

test('a file that is not a backup is refused with a reason, in Chinese too', async ({ page }) => {
	await useLocale(page, 'zh-CN');
	await page.goto('/');
	await page.getByLabel('从文件恢复拜访').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello": "world"}')
	});
	await expect(page.getByRole('alert')).toContainText('无法恢复这个文件');
	await page.getByLabel('从文件恢复拜访').setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "spin-coach-transcript", "vers')
	});
	await expect(page.getByRole('alert')).toContainText('不是有效的 JSON');
});
