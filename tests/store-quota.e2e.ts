// A full disk in the middle of a call: IndexedDB starts refusing event writes with a
// QuotaExceededError. The prompter says so, the call goes on in memory, and the Export button
// saves a transcript file with every event (stored ones and the in-memory backlog) that imports
// into a fresh profile.
import { expect, test } from '@playwright/test';
import { expectContiguous, expectSavedIndicator, startLiveCall, storedRows } from './store-helpers';

test('when storage is full the call goes on in memory and the export holds every event', async ({
	page,
	browser
}) => {
	// After `quota-left` more writes to the events store, each write's transaction aborts with a
	// QuotaExceededError, the way Chromium reports a full disk (its requests fail as AbortError).
	await page.addInitScript(() => {
		for (const name of ['add', 'put'] as const) {
			const original = IDBObjectStore.prototype[name];
			IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: [unknown]) {
				const left = sessionStorage.getItem('quota-left');
				const request = original.apply(this, args);
				if (this.name !== 'events' || left === null) return request;
				if (Number(left) > 0) {
					sessionStorage.setItem('quota-left', String(Number(left) - 1));
					return request;
				}
				const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				Object.defineProperty(this.transaction, 'error', { value: error, configurable: true });
				this.transaction.abort();
				return request;
			};
		}
	});
	const id = await startLiveCall(page);
	await page.evaluate(() => sessionStorage.setItem('quota-left', '2'));

	// Two steps still fit.
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await storedRows(page, id)).length).toBe(4);
	await expectSavedIndicator(page);

	// The third does not: the rep is told, and can keep going.
	await page.keyboard.press('Enter');
	const indicator = page.locator('[data-save]');
	await expect(indicator).toHaveAttribute('data-save', 'memory');
	await expect(indicator).toContainText('Not saved on this device: kept in memory only');
	await page.keyboard.press('p');
	await page.keyboard.press('Enter');
	await page.keyboard.press('c');
	await page.keyboard.press('1');
	await expect(page.locator('[data-spin="problem"] .n')).toHaveText('1');
	await expect(page.locator('[data-need][data-level="implied"]')).toHaveCount(1);
	await expect(indicator).toHaveAttribute('data-save', 'memory');

	// Nothing already saved was lost; nothing new reached the disk.
	const stored = await storedRows(page, id);
	expect(stored.map((r) => r.event.type)).toEqual([
		'call.plan',
		'call.start',
		'opening.do',
		'stage.enter'
	]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		indicator.getByRole('button', { name: 'Export' }).click()
	]);
	const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	const file = JSON.parse(text);
	expect(file.format).toBe('spin-coach-transcript');
	expect(file.sessions).toHaveLength(1);
	const exported = file.sessions[0].events;
	expectContiguous(exported);
	expect(exported.slice(0, stored.length)).toEqual(stored);
	expect(exported.map((r: { event: { type: string } }) => r.event.type)).toEqual([
		'call.plan',
		'call.start',
		'opening.do',
		'stage.enter',
		'question.ask',
		'spin.select',
		'question.ask',
		'need.confirm'
	]);
	expect(file.sessions[0].session).toMatchObject({ id, eventCount: 8, stage: 'investigating' });

	// The rescue file is a real transcript: another profile imports it whole.
	const other = await browser.newContext();
	try {
		const fresh = await other.newPage();
		await fresh.goto('/data/');
		await fresh.getByLabel('Transcript file (JSON)', { exact: true }).setInputFiles({
			name: 'rescue.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(fresh.getByTestId('import-done')).toContainText('1 new call,');
		expect(await storedRows(fresh, id)).toEqual(exported);
	} finally {
		await other.close();
	}
});
