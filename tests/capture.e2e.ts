// Live capture of the unexpected by keyboard: T opens the field; Enter keeps the customer's own
// words; Tab reaches "my question" by type and "a new need" by level. Each is one saved event,
// shown in the need list at once and in the transcript afterwards.
import { expect, test } from '@playwright/test';
import { expectSaved, keys, startCallByKeyboard, storedEvents } from './call-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

/** Tabs from the capture field to the button `target` names (never more than a dozen stops). */
async function tabToCapture(page: import('@playwright/test').Page, target: string) {
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const here = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return el?.dataset.captureQuestion ?? el?.dataset.captureNeed ?? '';
		});
		if (here === target) return;
	}
	throw new Error(`${target} not reachable with Tab`);
}

test('a live call records an improvised question, a new need and the customer’s words by keyboard', async ({
	page
}) => {
	const id = await startCallByKeyboard(page, 'zh-CN', 'zh-CN', 'live', '约好一次演示');
	await keys(page, 'ArrowRight');

	await keys(page, 't');
	await page.keyboard.type('周末谁来批准加急备件？');
	await tabToCapture(page, 'implication');
	await keys(page, 'Enter');

	await keys(page, 't');
	await page.keyboard.type('夜班少打电话给采购');
	await tabToCapture(page, 'explicit');
	await keys(page, 'Enter');
	const own = page.locator('[data-need]').filter({ hasText: '夜班少打电话给采购' });
	await expect(own).toHaveAttribute('data-level', 'explicit');

	await keys(page, 't');
	await page.keyboard.type('上个月压铸线停了三次');
	await keys(page, 'Enter');
	await expectSaved(page);

	const events = await storedEvents(page, id);
	expect(events).toContainEqual(
		expect.objectContaining({
			type: 'question.ask',
			text: '周末谁来批准加急备件？',
			spinType: 'implication'
		})
	);
	expect(events).toContainEqual(
		expect.objectContaining({ type: 'need.confirm', level: 'explicit', text: '夜班少打电话给采购' })
	);
	expect(events).toContainEqual(
		expect.objectContaining({ type: 'answer.note', text: '上个月压铸线停了三次' })
	);

	// A reload replays the log: the new need is still in the list, at its level.
	await page.reload();
	await expect(own).toHaveAttribute('data-level', 'explicit');
});
