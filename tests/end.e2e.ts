import { expect, test } from '@playwright/test';
import {
	expectNoSeriousA11yViolations,
	screenshot,
	startCallViaPlanning,
	useLocale
} from './shell-helpers';

test('the end screen records the outcome, next step and review', async ({ page }) => {
	await useLocale(page, 'en');
	const { id } = await startCallViaPlanning(page);
	await page.goto(`/end/?id=${id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'End of call' })).toBeVisible();
	await expect(page.getByText('a failure in disguise')).toBeVisible();

	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Choose how the call ended.')).toBeVisible();

	await page.getByRole('radio', { name: /^Advance/ }).check();
	await page.locator('#next-step').fill('Demo on line 3');
	await page.locator('#next-date').fill('2026-12-01');
	await page.locator('#went-well').fill('Asked <script>alert(1)</script> implication questions');
	await page.locator('#to-change').fill('Fewer situation questions');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await expect(page.getByText('Outcome recorded: Advance')).toBeVisible();

	// Saved for real: a reload shows the recorded outcome and the review again.
	await page.reload();
	await expect(page.getByText('Outcome recorded: Advance')).toBeVisible();
	await expect(page.locator('#went-well')).toHaveValue(
		'Asked <script>alert(1)</script> implication questions'
	);

	await page.getByRole('link', { name: 'Open the saved transcript' }).click();
	await expect(page).toHaveURL(/\/session\/\?id=/);
	const last = page.locator('ol.events > li').last();
	await expect(last).toHaveAttribute('data-type', 'review.save');
	await expect(last).toContainText('Asked <script>alert(1)</script> implication questions');
	const end = page.locator('ol.events > li[data-type="call.end"]');
	await expect(end).toContainText('Call ended: Advance');
	await expect(end).toContainText('Demo on line 3 · 2026-12-01');
	await expect(page.locator('.summary')).toContainText('Advance');

	// Home lists the call as ended with its outcome, and no longer offers to resume it.
	await page.goto('/');
	await expect(page.locator('table')).toContainText('Advance');
	await expect(page.getByRole('heading', { name: 'Unfinished call' })).toHaveCount(0);
});

test('an unfinished call is offered for resuming on home', async ({ page }) => {
	await useLocale(page, 'en');
	const { id, title } = await startCallViaPlanning(page);
	await page.goto('/');
	const offer = page.locator('section.resume');
	await expect(offer.getByRole('heading', { name: 'Unfinished call' })).toBeVisible();
	await expect(offer).toContainText(title);
	await expect(offer.getByRole('link', { name: 'Resume' })).toHaveAttribute(
		'href',
		new RegExp(`/call/?\\?id=${id}$`)
	);
});

test('the transcript exports JSON and Markdown', async ({ page }) => {
	await useLocale(page, 'en');
	const { id } = await startCallViaPlanning(page, 'Export *me*');
	await page.goto(`/session/?id=${id}`);
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click()
	]);
	const parsed = JSON.parse((await (await json.createReadStream()).toArray()).join(''));
	expect(parsed.sessions[0].session.id).toBe(id);
	expect(parsed.sessions[0].events.map((e: { event: { type: string } }) => e.event.type)).toEqual([
		'call.plan',
		'call.start'
	]);
	const [md] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download Markdown' }).click()
	]);
	const text = (await (await md.createReadStream()).toArray()).join('');
	expect(text).toContain('Export \\*me\\*');
	expect(md.suggestedFilename()).toMatch(/\.md$/);
});

for (const locale of ['en', 'zh-CN'] as const) {
	test(`end and transcript screens have no serious accessibility violations (${locale})`, async ({
		page
	}) => {
		await useLocale(page, locale);
		const { id } = await startCallViaPlanning(page);
		await page.goto(`/end/?id=${id}`);
		await expect(page.locator('#went-well')).toBeVisible();
		await page.locator('form button[type="submit"]').click();
		await expectNoSeriousA11yViolations(page);
		await screenshot(page, `end-form-${locale}`);
		await page.locator('input[name="outcome"]').nth(2).check();
		await page.locator('#went-well').fill('Good questions');
		await page.locator('form button[type="submit"]').click();
		await expect(page.locator('.saved')).not.toBeEmpty();
		await expectNoSeriousA11yViolations(page);
		await screenshot(page, `end-${locale}`);
		await page.goto(`/session/?id=${id}`);
		await expect(page.locator('ol.events > li')).toHaveCount(4);
		await expectNoSeriousA11yViolations(page);
		await screenshot(page, `session-${locale}`);
	});
}
