// Accounts end to end, in both UI languages at phone width: an account with two people (one
// inside contact, one with a sensitive field behind the consent notice), a call planned from it
// and run, its next step carried into the next plan, the account in visits due and its
// timeline; a backup without sensitive fields restored into a fresh profile; erasing a person.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, useLocale, type UiLocale } from './shell-helpers';

test.use({ viewport: { width: 390, height: 844 } });

const TEXT = {
	en: {
		create: 'Create account',
		addPerson: 'Add person',
		plan: 'Plan a call with this account',
		objective: 'Call objective',
		start: 'Start the live call',
		profile: (name: string) => `Profile and account file of ${name}`,
		erase: 'Erase this person…',
		notice: 'sensitive personal information',
		dueHeading: 'Visits due',
		saved: 'Saved on this device'
	},
	'zh-CN': {
		create: '创建客户',
		addPerson: '添加',
		plan: '为此客户计划拜访',
		objective: '拜访目标',
		start: '',
		profile: (name: string) => `${name} 的资料与客户档案`,
		erase: '彻底删除此人…',
		notice: '敏感个人信息',
		dueHeading: '待拜访',
		saved: '已保存在本设备'
	}
} as const;

async function expectNoOverflow(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
}

async function addPerson(
	page: Page,
	t: (typeof TEXT)[UiLocale],
	name: string,
	role: string,
	inside: boolean
) {
	await page.locator('#new-person-name').fill(name);
	await page.locator('#new-person-role').selectOption(role);
	if (inside) await page.getByTestId('new-person-inside').check();
	await page.getByRole('button', { name: t.addPerson, exact: true }).click();
	await expect(page.locator(`[data-person="${name}"]`)).toBeVisible();
}

async function planAndRun(page: Page, objective: string | null, attendee: string) {
	await page.locator('form.plan button[type=submit]').click();
	await page.waitForURL(/\/plan\/?\?.*account=/);
	await expect(page.getByTestId('plan-account')).toBeVisible();
	if (objective !== null) await page.locator('#objective').fill(objective);
	await page.locator('input[name=mode][value=live]').check();
	await page.getByTestId('plan-account').getByLabel(new RegExp(attendee)).check();
	await page.locator('form button[type=submit]').click();
	await page.waitForURL(/\/call\/?\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await expect(page.getByTestId('room-line')).toContainText(attendee);
	// Discreet mode hides who is in the room.
	await page.keyboard.press('d');
	await expect(page.getByTestId('room-line')).toHaveCount(0);
	await page.keyboard.press('d');
	return id;
}

async function endCall(page: Page, id: string, step: string, date: string) {
	await page.goto(`/end/?id=${id}`);
	await page.locator('input[name=outcome][value=advance]').check();
	await page.locator('#next-step').fill(step);
	await page.locator('#next-date').fill(date);
	await page.locator('form.end-form button[type=submit]').click();
	await expect(page.locator('.recorded')).toContainText(step);
}

for (const ui of ['en', 'zh-CN'] as const) {
	test(`accounts, people and the plan-do-review chain (${ui})`, async ({ page, browser }) => {
		test.setTimeout(180_000);
		const t = TEXT[ui];
		const name = `Acme ${ui}`;
		await useLocale(page, ui);
		await page.goto('/accounts/');
		await expectNoSeriousA11yViolations(page);
		await page.locator('#new-account-name').fill(name);
		await page.locator('#new-account-tier').selectOption('platinum');
		await page.getByRole('button', { name: t.create }).click();
		await page.waitForURL(/\/account\/?\?id=/);
		const accountUrl = page.url();

		await addPerson(page, t, 'Li Wei', 'decisionMaker', true);
		await addPerson(page, t, 'Zhang Min', 'gatekeeper', false);
		await expect(page.locator('[data-person="Li Wei"] [data-testid=inside-badge]')).toBeVisible();
		await page.locator('#account-notes').fill('Li Wei decides; Zhang Min keeps the calendar.');
		await page.locator('#account-profit').fill('12x');
		await expect(page.locator('#account-profit')).toHaveAttribute('aria-invalid', 'true');
		await page.locator('#account-profit').fill('1,200,000');
		await expect(page.locator('.save-state').first()).toHaveText(t.saved);

		// Sensitive fields: hidden until shown, and shown only after the consent notice.
		const li = page.locator('[data-person="Li Wei"]');
		await li.getByText(t.profile('Li Wei')).click();
		await expect(li.locator('[data-field=health]')).toHaveCount(0);
		await li.locator('[data-field=food]').fill('green tea');
		await li.getByTestId('toggle-sensitive').click();
		await expect(li.getByText(t.notice).first()).toBeVisible();
		await expect(li.getByTestId('consent-confirm')).toBeDisabled();
		await li.getByTestId('consent-check').check();
		await li.getByTestId('consent-confirm').click();
		await expect(li.getByTestId('consent-date')).toBeVisible();
		await li.locator('[data-field=health]').fill('bad knee');
		await expect(li.locator('.save-state')).toHaveText(t.saved);
		await expectNoSeriousA11yViolations(page);
		await expectNoOverflow(page);

		// Plan from the account, run the call, agree a next step.
		const first = await planAndRun(page, 'Understand the line 3 issues', 'Li Wei');
		await expect(page.getByTestId('room-line')).not.toContainText('bad knee');
		await endCall(page, first, 'Demo to the GM', '2099-01-15');

		// The next plan starts from that step.
		await page.goto(accountUrl);
		const timeline = page.getByTestId('timeline');
		await expect(timeline).toContainText('Understand the line 3 issues');
		await expect(timeline).toContainText('Demo to the GM');
		await expect(timeline.locator('[data-step=open]')).toBeVisible();
		await page.locator('form.plan button[type=submit]').click();
		await page.waitForURL(/\/plan\/?\?.*account=/);
		await expect(page.locator('#objective')).toHaveValue('Demo to the GM');
		await expect(page.getByTestId('carried-step')).toContainText('Demo to the GM');
		await expectNoSeriousA11yViolations(page);

		// Visits due lists it (platinum: twice a week) with the agreed step.
		await page.goto('/accounts/');
		const due = page.getByTestId('visits-due');
		await expect(due).toContainText(name);
		await expect(due).toContainText('Demo to the GM');
		await expect(page.getByTestId('portfolio-table')).toContainText(name);
		await expectNoSeriousA11yViolations(page);
		await expectNoOverflow(page);

		// Backup with people but without their sensitive fields.
		await page.goto('/data/');
		await page.getByTestId('export-people').check();
		await expect(page.getByTestId('export-sensitive')).not.toBeChecked();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-all').click()
		]);
		const file = readFileSync((await download.path())!, 'utf8');
		expect(file).toContain('green tea');
		expect(file).toContain('Zhang Min');
		expect(file).not.toContain('bad knee');

		// Restore into a fresh profile.
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
		await other.goto('/accounts/');
		await other.getByRole('link', { name }).first().click();
		await expect(other.locator('[data-person="Li Wei"]')).toBeVisible();
		await expect(other.locator('[data-person="Zhang Min"]')).toBeVisible();
		await expect(other.getByTestId('timeline')).toContainText('Demo to the GM');
		await fresh.close();

		// Erase a person: gone, and so is every mention in the notes.
		await page.goto(accountUrl);
		const zhang = page.locator('[data-person="Zhang Min"]');
		await zhang.getByText(t.profile('Zhang Min')).click();
		await zhang.getByRole('button', { name: t.erase }).click();
		await zhang.getByTestId('erase-confirm').click();
		await expect(page.locator('[data-person="Zhang Min"]')).toHaveCount(0);
		await expect(page.locator('#account-notes')).not.toHaveValue(/Zhang Min/);
		await page.reload();
		await expect(page.locator('[data-person="Zhang Min"]')).toHaveCount(0);
		await expect(page.locator('#account-notes')).toHaveValue(/Li Wei decides/);
	});
}
