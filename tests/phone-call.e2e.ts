// A whole live call on a phone by touch alone: taps only (no key is pressed), one hand's reach,
// from home through every stage to the end screen; each step is stored.
import { expect, test, type Locator } from '@playwright/test';
import { bundled, storedEvents } from './call-helpers';
import { coveredControls, expectNoHorizontalOverflow } from './layout-helpers';
import { useLocale } from './shell-helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Every control the thumb uses is at least 44 px tall and wide. */
async function expectThumbSized(target: Locator): Promise<void> {
	const box = (await target.boundingBox())!;
	expect(Math.round(box.height)).toBeGreaterThanOrEqual(44);
	expect(Math.round(box.width)).toBeGreaterThanOrEqual(44);
}

test('a live call on a phone, run by touch from home to the end screen', async ({ page }) => {
	test.setTimeout(120_000);
	await useLocale(page, 'en');
	// No key at all: any keydown reaching the page fails the test.
	await page.addInitScript(() =>
		window.addEventListener('keydown', (e) => console.error(`unexpected key ${e.key}`), true)
	);
	const keysSeen: string[] = [];
	page.on('console', (m) => m.text().startsWith('unexpected key') && keysSeen.push(m.text()));

	const playbook = bundled('en');
	await page.goto('/');
	await page.getByRole('link', { name: `Live call ${playbook.meta.title}`, exact: true }).tap();
	await page.locator('#objective').tap();
	await page.locator('#objective').fill('Agree a pilot in one hospital');
	await page.getByRole('button', { name: 'Start live call' }).tap();
	await page.waitForURL(/\/call\/\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;

	const bar = page.getByRole('navigation', { name: 'Shortcuts' });
	const next = bar.getByRole('button', { name: /Next stage/ });
	for (const button of await bar.getByRole('button').all()) await expectThumbSized(button);
	// The bar is one row.
	const heights = await bar
		.getByRole('button')
		.evaluateAll((bs) =>
			bs.filter((b) => b.checkVisibility()).map((b) => Math.round(b.getBoundingClientRect().top))
		);
	expect(new Set(heights).size).toBe(1);

	// Opening: the selected move's Done, twice.
	await page.getByRole('button', { name: /^Done/ }).tap();
	await page.getByRole('button', { name: /^Done/ }).tap();
	await expect(page.locator('[data-item] .tag')).toHaveCount(2);
	await next.tap();

	// Investigating: the suggested question, then the customer's answer in a few words.
	await page.getByRole('button', { name: /^Mark asked/ }).tap();
	await bar.getByRole('button', { name: /^Note answer/ }).tap();
	await page.locator('#answer-note').fill('Four stockouts last month');
	await expect(page.locator('#answer-note')).toBeInViewport();
	expect(await coveredControls(page)).toEqual([]);
	await page.getByRole('button', { name: /^Customer's words/ }).tap();
	await expect(page.locator('#answer-note')).toHaveCount(0);

	// The unexpected: a question the rep improvised, and a need the playbook does not list.
	await bar.getByRole('button', { name: /^Note answer/ }).tap();
	await page.locator('#answer-note').fill('Who signs off a weekend restock?');
	await page.locator('[data-capture-question="problem"]').tap();
	await bar.getByRole('button', { name: /^Note answer/ }).tap();
	await page.locator('#answer-note').fill('Fewer night calls to the on-call buyer');
	await page.locator('[data-capture-need="implied"]').tap();
	await expect(page.locator('#answer-note')).toHaveCount(0);

	// The sheet: switch to problem questions, then the first need, implied then explicit.
	const panels = bar.getByRole('button', { name: 'Needs', exact: true });
	const sheet = page.locator('#call-panels');
	await panels.tap();
	await expect(sheet).toBeInViewport();
	await expectNoHorizontalOverflow(page, 'sheet');
	await sheet.locator('[data-spin="problem"]').tap();
	const need = sheet.locator('[data-need]').first();
	await need.getByRole('button', { name: 'Implied' }).tap();
	await expect(need).toHaveAttribute('data-level', 'implied');
	await need.getByRole('button', { name: 'Explicit' }).tap();
	await expect(need).toHaveAttribute('data-level', 'explicit');
	await sheet.getByRole('button', { name: 'Close' }).tap();
	await expect(sheet).toBeHidden();
	await page.getByRole('button', { name: /^Mark asked/ }).tap();
	await next.tap();

	// Demonstrating: feature and advantage of the first card; an objection raised and answered.
	const card = page.locator('[data-card]').first();
	await card.locator('[data-present="feature"]').tap();
	await card.locator('[data-present="advantage"]').tap();
	await panels.tap();
	const objection = sheet.locator('[data-objection]').first();
	await objection.getByRole('button', { name: 'Raised' }).tap();
	await objection.getByRole('button', { name: 'Answered' }).tap();
	await sheet.getByRole('button', { name: 'Close' }).tap();
	await next.tap();

	// Committing: the summary, a proposed advance, then the end from the menu.
	await page.getByRole('button', { name: /^Summary given/ }).tap();
	await page.getByRole('button', { name: /^Propose/ }).tap();
	await bar.getByRole('button', { name: 'More', exact: true }).tap();
	await page.locator('#call-more').getByRole('button', { name: 'End call' }).tap();
	await page.getByText('Advance', { exact: true }).tap();
	await page.getByRole('button', { name: /^End the call/ }).tap();
	await page.waitForURL(/\/end\//);
	await expect(page.getByRole('heading', { level: 1, name: 'End of call' })).toBeVisible();

	const types = (await storedEvents(page, id)).map((e) => e.type);
	expect(types).toEqual(
		expect.arrayContaining([
			'opening.do',
			'stage.enter',
			'question.ask',
			'answer.note',
			'need.confirm',
			'feature.present',
			'advantage.present',
			'objection.raise',
			'objection.answer',
			'summary.give',
			'advance.propose',
			'call.end'
		])
	);
	const events = await storedEvents(page, id);
	expect(events).toContainEqual(
		expect.objectContaining({
			type: 'question.ask',
			text: 'Who signs off a weekend restock?',
			spinType: 'problem'
		})
	);
	const own = events.find((e) => e.type === 'need.confirm' && e.text);
	expect(own).toMatchObject({ level: 'implied', text: 'Fewer night calls to the on-call buyer' });
	expect(own!.needId).toMatch(/^[0-9a-f-]{36}$/);
	expect(types.filter((t) => t === 'need.confirm')).toHaveLength(3);

	// Replayed into the transcript, the need list and the report, in the rep's own words.
	await page.goto(`/session/?id=${id}`);
	const log = page.locator('ol.events');
	await expect(log).toContainText('Who signs off a weekend restock?');
	await expect(log).toContainText('Fewer night calls to the on-call buyer');
	await expect(log).toContainText('Four stockouts last month');
	await expect(page.locator('[data-needs="implied"]')).toContainText(
		'Fewer night calls to the on-call buyer'
	);
	expect(keysSeen).toEqual([]);
});
