// Account health end to end, in both UI languages at phone width: two periods of financials
// show a trend and a warning; a competitor with counter-measures is linked to the account; a
// service plan milestone, a survey (then corrected) and a red guarantee are saved; a late
// milestone shows in visits due; a backup restored into a fresh profile keeps all of it. axe
// and no sideways scrolling on each new screen.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	addCompetitor,
	expectNoSeriousA11yViolations,
	useLocale,
	type UiLocale
} from './shell-helpers';

test.use({ viewport: { width: 390, height: 844 } });

const TEXT = {
	en: {
		collection: 'Collection period',
		stale: 'Stale',
		atRisk: 'At risk',
		red: 'Service quality'
	},
	'zh-CN': { collection: '回款周期', stale: '已过期', atRisk: '有流失风险', red: '服务质量' }
} as const;

async function expectNoOverflow(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
}

async function addPeriod(
	page: Page,
	label: string,
	endsOn: string,
	figures: Record<string, string>
) {
	await page.getByTestId('period-add').click();
	const form = page.locator('form.period-form');
	await form.locator('[name=label]').fill(label);
	await form.locator('[name=endsOn]').fill(endsOn);
	for (const [name, value] of Object.entries(figures))
		await form.locator(`[name=${name}]`).fill(value);
	await form.locator('button[type=submit]').click();
	await expect(form).toHaveCount(0);
}

for (const ui of ['en', 'zh-CN'] as const satisfies readonly UiLocale[]) {
	test(`account health, competitors, service plan and survey survive a backup (${ui})`, async ({
		page,
		browser
	}) => {
		// Many screens and a second browser profile: over a minute on a loaded machine.
		test.setTimeout(180_000);
		const t = TEXT[ui];
		const name = `Harbour Foods ${ui}`;
		await useLocale(page, ui);

		await page.goto('/accounts/');
		await page.locator('#new-account-name').fill(name);
		await page.locator('form[aria-labelledby="new-account-heading"] button[type=submit]').click();
		await page.waitForURL(/\/account\/?\?id=/);
		const accountUrl = page.url();

		// Two periods: the collection period grows from 37 to 91 days, past the 60-day default.
		await addPeriod(page, 'FY2024', '2024-12-31', {
			revenue: '1000',
			receivables: '100',
			currentAssets: '150',
			currentLiabilities: '100'
		});
		await addPeriod(page, 'FY2025', '2025-12-31', {
			revenue: '1000',
			receivables: '250',
			currentAssets: '120',
			currentLiabilities: '100'
		});
		await expect(page.getByTestId('health-warnings')).toContainText(t.collection);
		const collection = page.locator('[data-signal=collectionDays]');
		await expect(collection).toHaveAttribute('data-level', 'warn');
		await collection.locator('summary').click();
		await expect(collection.locator('table')).toContainText('FY2024');
		await expect(collection.locator('table')).toContainText('FY2025');
		await expect(page.locator('[data-signal=currentRatio]')).toHaveAttribute('data-level', 'watch');
		// Bad input gets a message beside the box and saves nothing.
		await page.getByTestId('period-add').click();
		await page.locator('form.period-form [name=revenue]').fill('lots');
		await page.locator('form.period-form button[type=submit]').click();
		await expect(page.locator('form.period-form [name=revenue]')).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await page.locator('form.period-form button[type=button]').click();

		// A competitor with counter-measures.
		await page.goto('/competitors/');
		await expectNoSeriousA11yViolations(page);
		await expectNoOverflow(page);
		await addCompetitor(page, 'Acme Supply', 'Lead with our on-time delivery record');
		await expect(page.locator('[data-section=pricing]')).toHaveAttribute('data-state', 'empty');
		await expectNoSeriousA11yViolations(page);
		await expectNoOverflow(page);

		// Link it, plan the service, take a survey, judge the guarantees.
		await page.goto(accountUrl);
		await page.locator('#link-role').selectOption('incumbent');
		await page.locator('[data-testid=account-competitors] input[type=checkbox]').check();
		await page.locator('[data-testid=account-competitors] form button[type=submit]').click();
		await expect(page.getByTestId('account-competitors')).toContainText('on-time delivery record');

		await page.locator('#ms-title').fill('Pilot line live');
		await page.locator('#ms-owner').fill('Wang');
		await page.locator('#ms-due').fill('2030-06-30');
		await page.locator('#ms-title').press('Enter');
		await expect(page.getByTestId('service-plan')).toContainText('Pilot line live');
		// A late milestone: a row in visits due (the one due in 2030 is not).
		await page.locator('#ms-title').fill('Kick-off review');
		await page.locator('#ms-owner').fill('Zhao');
		await page.locator('#ms-due').fill('2026-01-15');
		await page.locator('#ms-title').press('Enter');
		await expect(page.getByTestId('service-plan')).toContainText('Kick-off review');
		await page.locator('#part-goals').fill('Win the second plant');
		await page.locator('[data-testid=service-plan] form:last-of-type button[type=submit]').click();

		await page.locator('#survey-product').selectOption('4');
		await page.locator('#survey-service').selectOption('2');
		await page.locator('[data-testid=surveys] form button[type=submit]').click();
		await expect(page.locator('[data-testid=surveys] table').first()).toContainText('3');
		// Correct it (service 2 → 4: average 4), then take and delete an older one.
		const surveyRows = page.locator('[data-testid=surveys] .scroll tbody tr');
		const average = surveyRows.first().locator('td').nth(5);
		await expect(average).toHaveText('3');
		await surveyRows.first().locator('td.actions button').first().click();
		await expect(page.locator('#survey-product')).toHaveValue('4');
		await page.locator('#survey-service').selectOption('4');
		await page.locator('[data-testid=surveys] form button[type=submit]').click();
		await expect(average).toHaveText('4');
		await page.locator('#survey-date').fill('2020-01-01');
		await page.locator('#survey-value').selectOption('1');
		await page.locator('[data-testid=surveys] form button[type=submit]').click();
		await expect(surveyRows).toHaveCount(2);
		await surveyRows.first().locator('td.actions button').last().click();
		await expect(surveyRows).toHaveCount(1);
		await expect(average).toHaveText('4');

		await page.locator('#ret-light-service').selectOption('red');
		await page.locator('#ret-reason-service').fill('Two late deliveries');
		await page.locator('[data-testid=retention] form button[type=submit]').click();
		await expect(page.getByTestId('at-risk')).toContainText(t.atRisk);
		await expect(page.getByTestId('at-risk')).toContainText('Two late deliveries');
		await expectNoSeriousA11yViolations(page);
		await expectNoOverflow(page);

		await page.goto('/accounts/');
		const due = page.getByTestId('milestones-due');
		await expect(due).toContainText('Kick-off review');
		await expect(due).toContainText('Zhao');
		await expect(due).toContainText(name);
		await expect(due).not.toContainText('Pilot line live');
		await expectNoSeriousA11yViolations(page);
		await expectNoOverflow(page);

		// Backup and restore into a fresh profile keeps all of it.
		await page.goto('/data/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-all').click()
		]);
		const file = readFileSync((await download.path())!, 'utf8');
		const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const other = await fresh.newPage();
		await useLocale(other, ui);
		await other.goto('/data/');
		await other.locator('#import-file').setInputFiles({
			name: 'backup.json',
			mimeType: 'application/json',
			buffer: Buffer.from(file)
		});
		await expect(other.getByTestId('import-accounts')).toBeVisible();
		await other.goto(accountUrl.replace(/^https?:\/\/[^/]+/, ''));
		await expect(other.getByTestId('health-warnings')).toContainText(t.collection);
		await expect(other.getByTestId('account-competitors')).toContainText('on-time delivery record');
		await expect(other.getByTestId('service-plan')).toContainText('Pilot line live');
		await expect(other.locator('#part-goals')).toHaveValue('Win the second plant');
		await expect(
			other.locator('[data-testid=surveys] .scroll tbody tr').first().locator('td').nth(5)
		).toHaveText('4');
		await expect(other.getByTestId('at-risk')).toContainText('Two late deliveries');
		await fresh.close();
	});
}
