import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bundledPlaybookFiles, expectNoSeriousA11yViolations, useLocale } from './shell-helpers';

// A real bundled playbook under a new id and title, so it is clearly the added copy.
const base = bundledPlaybookFiles().find((p) => p.usable && p.playbook?.meta.locale === 'en')!;
const baseText = readFileSync(`playbooks/${base.file}`, 'utf8');
const goodText = baseText
	.replace(/^id: .*$/m, 'id: added-good')
	.replace(/^title: .*$/m, 'title: Added copy for the test');
// The same file with a question pointing at a need that does not exist: an error.
const brokenText = goodText
	.replace(/^id: .*$/m, 'id: added-broken')
	.replace(/^title: .*$/m, 'title: Added broken copy')
	.replace(/^(# Problem.*\n(?:.*\n)*?- .*\n)/m, '$1  - Need: no-such-need\n');

// Home leads into the studio's library, where files are checked, then saved.
async function addFile(page: Page, name: string, text: string) {
	await page.getByRole('link', { name: 'Open the playbook studio' }).click();
	await page.getByLabel('Choose playbook files (.md)').setInputFiles({
		name,
		mimeType: 'text/markdown',
		buffer: Buffer.from(text)
	});
	await page.getByRole('button', { name: 'Save to my playbooks' }).click();
	await expect(page.locator('li.card[data-origin=user]', { hasText: name })).toBeVisible();
	await page.goto('/');
}

test('an added playbook with errors is listed with its diagnostics and cannot start', async ({
	page
}) => {
	expect(brokenText).toContain('Need: no-such-need');
	await useLocale(page, 'en');
	await page.goto('/');
	await addFile(page, 'broken.md', brokenText);
	const card = page.locator('li.playbook', {
		has: page.getByRole('heading', { name: 'Added broken copy' })
	});
	await expect(card).toBeVisible();
	await expect(card).toContainText(/Errors: \d+/);
	await expect(card).toContainText('There is no need with the id “no-such-need”.');
	await expect(card.getByRole('link')).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
	await card.screenshot({ path: 'test-results/screenshots/home-playbook-with-errors-en.png' });

	// Its diagnostics read in Chinese too, and it stays after a reload.
	await page.getByRole('button', { name: '中文' }).click();
	await page.reload();
	await expect(card).toContainText('没有编号为“no-such-need”的需求。');

	// Asking the planning screen for it directly is refused as well.
	await page.goto('/plan/?playbook=added-broken&mode=live&from=imported');
	await expect(page.getByText('这份手册有错误，无法用来开始拜访。')).toBeVisible();
	await expect(page.locator('form')).toHaveCount(0);
});

test('an added playbook without errors starts a call and can be removed', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto('/');
	await addFile(page, 'good.md', goodText);
	const card = page.locator('li.playbook', {
		has: page.getByRole('heading', { name: 'Added copy for the test' })
	});
	await expect(card.getByText('Added on this device')).toBeVisible();
	await card.getByRole('link', { name: 'Live call Added copy for the test' }).click();
	await expect(page).toHaveURL(/from=imported/);
	await expect(page.locator('.playbook-title')).toHaveText('Added copy for the test');
	await page.locator('#objective').fill('Try the added playbook');
	await page.locator('#objective').press('Enter');
	await expect(page).toHaveURL(/\/call\/\?id=/);
	const id = new URL(page.url()).searchParams.get('id');

	// The session keeps its own copy of the text: removing the playbook does not touch it.
	await page.goto('/');
	await page
		.locator('li.playbook', { has: page.getByRole('heading', { name: 'Added copy for the test' }) })
		.getByRole('button', { name: 'Remove Added copy for the test' })
		.click();
	await expect(page.getByRole('heading', { name: 'Added copy for the test' })).toHaveCount(0);
	await page.reload();
	await expect(page.locator('li.playbook').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Added copy for the test' })).toHaveCount(0);
	await page.goto(`/session/?id=${id}`);
	await expect(page.locator('.summary')).toContainText('Added copy for the test');
	await expect(page.locator('ol.events > li').first()).toContainText('Try the added playbook');
});
