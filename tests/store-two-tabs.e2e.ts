// One call open in two tabs: the first writes, the second shows the call read-only with a clear
// notice and refuses to write; when the first tab closes, the second takes over from the log the
// first left behind, and the stored seqs stay 1..n with no gap or duplicate.
import { expect, test } from '@playwright/test';
import {
	expectContiguous,
	expectSavedIndicator,
	prompterView,
	startLiveCall,
	storedRows
} from './store-helpers';

test('a second tab is read-only until the writing tab closes, then takes over', async ({
	context,
	page
}) => {
	const id = await startLiveCall(page);
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await storedRows(page, id)).length).toBe(3);
	await expectSavedIndicator(page);

	const second = await context.newPage();
	await second.goto(`/call/?id=${id}`);
	const indicator = second.locator('[data-save]');
	await expect(indicator).toHaveAttribute('data-save', 'readOnly');
	await expect(indicator).toHaveText('Open in another tab: this tab is read-only');
	// The read-only tab shows the same call as the writer.
	expect(await prompterView(second)).toEqual(await prompterView(page));

	// A step in the read-only tab is refused with a reason, and nothing is stored.
	await second.keyboard.press('Enter');
	await expect(second.getByRole('alert')).toContainText(
		'This call is open in another tab; make changes there.'
	);
	// The writer keeps writing meanwhile.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await storedRows(page, id)).length).toBe(5);
	await expectSavedIndicator(page);
	const before = await prompterView(page);
	expect(before.stage).toBe('investigating');

	// Closing the writer hands over: the second tab replays what the first wrote, then writes.
	await page.close();
	await expect(indicator).toHaveAttribute('data-save', 'saved');
	expect(await prompterView(second)).toEqual(before);
	await second.getByRole('button', { name: 'Dismiss' }).click();
	await second.keyboard.press('p');
	await second.keyboard.press('Enter');
	await expect.poll(async () => (await storedRows(second, id)).length).toBe(7);
	await expectSavedIndicator(second);

	const rows = await storedRows(second, id);
	expectContiguous(rows);
	expect(rows.map((r) => r.event.type)).toEqual([
		'call.plan',
		'call.start',
		'opening.do',
		'stage.enter',
		'question.ask',
		'spin.select',
		'question.ask'
	]);
	expect(rows.at(-1)!.event).toMatchObject({ type: 'question.ask', spinType: 'problem' });
	expect((await prompterView(second)).counts).toEqual([1, 1, 0, 0]);
});
