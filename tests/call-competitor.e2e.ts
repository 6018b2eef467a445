// Issue 11: a competitor created and linked to an account through the app; a rehearsal planned
// from that account; the scripted buyer raises the objection the playbook ties to that
// competitor (its `## Raises` trigger: a feature, then an advantage, on a card it lists); its
// counter-measures open in one key on a laptop (English) and in one tap on a phone (Chinese).
import { expect, test } from '@playwright/test';
import { bundled, keys, screenshot, useLocale } from './call-helpers';
import { addAccountLinkedTo, addCompetitor } from './shell-helpers';

const CASES = [
	{
		locale: 'en' as const,
		size: { name: 'laptop', width: 1280, height: 800 },
		by: 'key' as const,
		account: 'Northgate Hospital Group',
		counter: 'Keep their warehouse contract; we take the last metre into the OR cores.',
		// Card 2 of the playbook: the incumbent objection lists it (card 1 does not).
		card: 'daily-replenishment',
		texts: {
			plan: 'Plan a call with this account',
			rehearsal: 'Rehearsal',
			objective: 'Call objective',
			start: 'Start rehearsal',
			counterButton: (name: string) => `Counter-measures: ${name}`
		}
	},
	{
		locale: 'zh-CN' as const,
		size: { name: 'phone', width: 390, height: 844 },
		by: 'tap' as const,
		account: '华东精密制造',
		counter: '原厂只保自家品牌；我们做跨品牌状态监测，与原厂维保并行。',
		card: 'wear-alerts',
		texts: {
			plan: '为此客户计划拜访',
			rehearsal: '演练',
			objective: '拜访目标',
			start: '开始演练',
			counterButton: (name: string) => `应对措施：${name}`
		}
	}
];

for (const c of CASES) {
	test(`an objection from a linked competitor opens its counter-measures (${c.locale}, ${c.size.name}, by ${c.by})`, async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({
			viewport: { width: c.size.width, height: c.size.height },
			hasTouch: c.by === 'tap',
			isMobile: c.by === 'tap'
		});
		const page = await context.newPage();
		await useLocale(page, c.locale);

		const pb = bundled(c.locale);
		const objection = pb.objections.find((o) => o.competitor);
		expect(objection?.id).toBe('incumbent');
		const competitor = objection!.competitor!;
		const raise = pb.buyer!.objections.find((o) => o.objectionId === objection!.id)!;
		expect(raise.cards).toContain(c.card);
		expect(raise.after).toEqual(expect.arrayContaining(['feature', 'advantage']));

		await page.goto('/competitors/');
		await addCompetitor(page, competitor, c.counter);
		await addAccountLinkedTo(page, c.account, competitor, c.counter);

		// A rehearsal planned from the account, on the playbook that names the competitor.
		await page.locator('#plan-playbook').selectOption({ label: pb.meta.title });
		await page.getByRole('button', { name: c.texts.plan }).click();
		await page.waitForURL(/\/plan\/?\?/);
		await page.getByRole('radio', { name: new RegExp(`^${c.texts.rehearsal}`) }).check();
		await page.getByLabel(c.texts.objective, { exact: true }).fill('Agree a pilot');
		await page.getByRole('button', { name: c.texts.start }).click();
		await page.waitForURL(/\/call\/?\?id=/);
		await expect(page.locator('.prompter')).toBeVisible();

		const conversation = page.getByTestId('conversation');
		const lastBuyer = conversation.locator('[data-who="buyer"]').last();
		const price = pb.buyer!.objections.find((o) => o.objectionId === 'price')!;
		const sheet = page.getByTestId('related-sheet');

		if (c.by === 'key') {
			// Opening, investigating, demonstrating; the card the objection lists.
			await keys(page, 'ArrowRight', 'ArrowRight');
			await expect(page.locator('[data-card]').first()).toBeVisible();
			await keys(page, 'ArrowDown');
			await expect(page.locator(`[data-card="${c.card}"]`)).toHaveClass(/selected/);
			// Its feature draws the price objection (first in the script), its advantage the
			// incumbent's: the buyer says it, and the objection is open.
			await keys(page, 'f');
			await expect(lastBuyer).toContainText(price.text);
			await keys(page, 'v');
			await expect(lastBuyer).toContainText(raise.text);
			await expect(page.locator(`[data-objection="${objection!.id}"] .tag.open`)).toHaveCount(1);

			// One key: the counter-measures against the competitor the objection comes from.
			await keys(page, 'r');
			await expect(sheet).toBeVisible();
			await expect(sheet).toContainText(competitor);
			await expect(sheet.getByTestId('counter-measures')).toHaveText(c.counter);
			// The objection's button, with the competitor's long name, fits the page.
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(c.size.width);
			await screenshot(page, `competitor-counter-${c.locale}-${c.size.name}`);
			await keys(page, 'Escape');
			await expect(sheet).toHaveCount(0);
		} else {
			const bar = page.getByRole('navigation', { name: '快捷键' });
			const next = bar.getByRole('button', { name: /下一阶段/ });
			await next.tap();
			await next.tap();
			const card = page.locator(`[data-card="${c.card}"]`);
			await card.locator('[data-present="feature"]').tap();
			await expect(lastBuyer).toContainText(price.text);
			await card.locator('[data-present="advantage"]').tap();
			await expect(lastBuyer).toContainText(raise.text);

			// One tap on the objection (in the panels sheet on a phone) opens the counter-measures.
			await page.locator('[aria-controls="call-panels"]').tap();
			const row = page.locator(`#call-panels [data-objection="${objection!.id}"]`);
			await expect(row.locator('.tag.open')).toHaveCount(1);
			await row.getByRole('button', { name: c.texts.counterButton(competitor) }).tap();
			await expect(sheet).toBeVisible();
			await expect(sheet).toContainText(competitor);
			await expect(sheet.getByTestId('counter-measures')).toHaveText(c.counter);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(c.size.width);
			await screenshot(page, `competitor-counter-${c.locale}-${c.size.name}`);
			await sheet.locator('form button[type=submit]').tap();
			await expect(sheet).toHaveCount(0);
		}
		await context.close();
	});
}
