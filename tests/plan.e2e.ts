import { expect, test } from '@playwright/test';
import { storedEvents } from './call-helpers';
import {
	bundledPlaybookFiles,
	expectNoSeriousA11yViolations,
	screenshot,
	useLocale
} from './shell-helpers';

const usable = bundledPlaybookFiles().filter((p) => p.usable && p.playbook?.buyer);
const playbook = usable[0].playbook!;
const planUrl = (mode: string) =>
	`/plan/?playbook=${encodeURIComponent(playbook.meta.id)}&mode=${mode}`;

test('planning asks for the objective, in English and in Chinese', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto(planUrl('rehearsal'));
	await expect(page.getByRole('heading', { level: 1, name: 'Plan the call' })).toBeVisible();
	await page.getByRole('button', { name: 'Start rehearsal' }).click();
	await expect(page.getByText('Write the objective of the call.')).toBeVisible();
	await expect(page.locator('#objective')).toBeFocused();
	await expect(page.locator('#objective')).toHaveAttribute('aria-invalid', 'true');
	await expect(page).toHaveURL(/\/plan\//);

	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.getByText('请写下这次拜访的目标。')).toBeVisible();
	await page.locator('#objective').fill('谈定试点');
	await expect(page.getByText('请写下这次拜访的目标。')).toHaveCount(0);
});

test('an own advance needs words, and the fallback must differ', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto(planUrl('live'));
	await page.locator('#objective').fill('Agree on a pilot');
	await page.locator('#primary').selectOption('own');
	await page.getByRole('button', { name: 'Start live call' }).click();
	await expect(page.getByText('Describe the advance in a few words.')).toBeVisible();
	await expect(page.locator('#primary-own')).toBeFocused();
	await page.locator('#primary-own').fill('A plant tour');
	await page.locator('#fallback').selectOption('own');
	await page.locator('#fallback-own').fill('a PLANT tour');
	await page.getByRole('button', { name: 'Start live call' }).click();
	await expect(
		page.getByText('The fallback should differ from the advance you ask for first.')
	).toBeVisible();
	await expect(page).toHaveURL(/\/plan\//);
});

test('planning stores the session with its plan and opens the prompter', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto(planUrl('rehearsal'));
	await expect(page.getByRole('radio', { name: /Rehearsal/ })).toBeChecked();
	await page.getByRole('radio', { name: /Live call/ }).check();
	await page.locator('#objective').fill('Agree on a <b>pilot</b> line');
	await page.locator('#fallback').selectOption('kind:training');
	await page.locator('#tier').selectOption('gold');
	await expect(page.getByText('Visit twice a month')).toBeVisible();
	await page.locator('#account-name').fill('Acme Hospitals');
	await page.locator('#account-name').press('Enter');

	await expect(page).toHaveURL(/\/call\/\?id=[\w-]+$/);
	const id = new URL(page.url()).searchParams.get('id')!;

	await page.goto(`/session/?id=${id}`);
	const events = page.locator('ol.events > li');
	await expect(events).toHaveCount(2);
	await expect(events.nth(0)).toHaveAttribute('data-type', 'call.plan');
	await expect(events.nth(0)).toContainText('Agree on a <b>pilot</b> line');
	await expect(events.nth(1)).toHaveAttribute('data-type', 'call.start');
	const summary = page.locator('.summary');
	await expect(summary).toContainText('Live call');
	await expect(summary).toContainText('Training session');
	await expect(summary).toContainText('Acme Hospitals');
	await expect(summary).toContainText('Gold');
	await expect(summary).toContainText(playbook.meta.title);
});

test('a playbook id that does not exist is explained', async ({ page }) => {
	await useLocale(page, 'en');
	await page.goto('/plan/?playbook=no-such-playbook&mode=live');
	await expect(
		page.getByText('No playbook with the id “no-such-playbook” comes with this app.')
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to home' })).toBeVisible();
});

for (const locale of ['en', 'zh-CN'] as const) {
	test(`planning has no serious accessibility violations (${locale})`, async ({ page }) => {
		for (const { playbook: pb } of usable) {
			await useLocale(page, locale);
			await page.goto(`/plan/?playbook=${encodeURIComponent(pb!.meta.id)}&mode=rehearsal`);
			await expect(page.locator('#objective')).toBeVisible();
			await expectNoSeriousA11yViolations(page);
		}
		await page.goto(planUrl('rehearsal'));
		await page.locator('#primary').selectOption('own');
		await page.locator('#tier').selectOption('platinum');
		await page.locator('form button[type="submit"]').click();
		await expectNoSeriousA11yViolations(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await screenshot(page, `plan-${locale}`);
		await page.setViewportSize({ width: 768, height: 1024 });
		await screenshot(page, `plan-${locale}-tablet`);
	});
}

test('a rehearsal plan says who the buyer needs in the room, and the call keeps it', async ({
	page
}) => {
	const involved = usable.find((p) =>
		p.playbook!.buyer!.accepts.some((a) => (a.involves ?? []).length > 0)
	)!.playbook!;
	const names = [...new Set(involved.buyer!.accepts.flatMap((a) => a.involves ?? []))];
	await useLocale(page, 'en');
	await page.goto(`/plan/?playbook=${encodeURIComponent(involved.meta.id)}&mode=rehearsal`);
	const room = page.getByTestId('plan-in-room');
	await expect(room.getByRole('checkbox')).toHaveCount(names.length);
	// Live calls have no scripted buyer: nobody to tick.
	await page.getByRole('radio', { name: /Live call/ }).check();
	await expect(room).toHaveCount(0);
	await page.getByRole('radio', { name: /Rehearsal/ }).check();
	await room.getByRole('checkbox', { name: names[0] }).check();
	await page.locator('#objective').fill('Take it to the committee');
	await page.getByRole('button', { name: 'Start rehearsal' }).click();
	await expect(page).toHaveURL(/\/call\/\?id=[\w-]+$/);
	const id = new URL(page.url()).searchParams.get('id')!;
	const [plan] = await storedEvents(page, id);
	expect(plan).toMatchObject({ type: 'call.plan', inRoom: [names[0]] });
});
