// The backup page: every call exported as one JSON file imports into a fresh profile as an
// identical transcript; a corrupted, truncated, hostile or conflicting file is refused with
// each problem explained (in English and Chinese) and leaves the stored calls exactly as they were.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, useLocale } from './shell-helpers';
import {
	expectContiguous,
	expectSavedIndicator,
	startLiveCall,
	storedRows,
	storedSessionIds
} from './store-helpers';

/** Downloads the backup of every call from /data/ and returns its text. */
async function exportAll(page: Page): Promise<string> {
	await page.goto('/data/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-all').click()
	]);
	expect(download.suggestedFilename()).toMatch(/^spin-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
	return Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
}

/** Picks `text` as a file in the import field of /data/ (the page must be open). */
async function importText(page: Page, label: string, name: string, text: string): Promise<void> {
	await page.getByLabel(label, { exact: true }).setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

/** Drops `text` as a file on the import area, as dragging it from the desktop would. */
async function dropText(page: Page, name: string, text: string): Promise<void> {
	const transfer = await page.evaluateHandle(
		([fileName, content]) => {
			const data = new DataTransfer();
			data.items.add(new File([content], fileName, { type: 'application/json' }));
			return data;
		},
		[name, text] as const
	);
	await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The session's summary row as stored. */
async function storedSession(page: Page, id: string): Promise<Record<string, unknown>> {
	return page.evaluate(
		(sessionId) =>
			new Promise<Record<string, unknown>>((resolve, reject) => {
				const open = indexedDB.open('spin-coach');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result
						.transaction('sessions')
						.objectStore('sessions')
						.get(sessionId);
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result as Record<string, unknown>);
					};
				};
			}),
		id
	);
}

/** A short live call with a note in two scripts and markup, saved; returns its id. */
async function recordCall(page: Page): Promise<string> {
	const id = await startLiveCall(page);
	for (const key of ['Enter', 'ArrowRight', 'Enter', 'p', 'Enter', 't']) {
		await page.keyboard.press(key);
	}
	await expect(page.locator('#answer-note')).toBeFocused();
	await page.keyboard.type('<img src=x onerror=alert(1)> 四次停机 "quoted"');
	await page.keyboard.press('Enter');
	await page.keyboard.press('c');
	await page.keyboard.press('1');
	await expect.poll(async () => (await storedRows(page, id)).length).toBe(9);
	await expectSavedIndicator(page);
	return id;
}

test('an exported backup imports into a fresh profile as an identical transcript', async ({
	page,
	browser
}) => {
	const id = await recordCall(page);
	const text = await exportAll(page);
	const rows = await storedRows(page, id);
	const session = await storedSession(page, id);
	await page.goto(`/session/?id=${id}`);
	await expect(page.locator('ol.events')).toBeVisible();
	const transcript = await page.locator('ol.events').innerText();

	// Another profile: an empty IndexedDB, like another device.
	const other = await browser.newContext();
	try {
		const fresh = await other.newPage();
		await useLocale(fresh, 'en');
		await fresh.goto('/data/');
		await importText(fresh, 'Transcript file (JSON)', 'backup.json', text);
		await expect(fresh.getByTestId('import-done')).toContainText(
			'backup.json imported: 1 new call, 0 already on this device.'
		);
		expect(await storedSessionIds(fresh)).toEqual([id]);
		const imported = await storedRows(fresh, id);
		expectContiguous(imported);
		expect(imported).toEqual(rows);
		expect(await storedSession(fresh, id)).toEqual(session);

		// The transcript page reads the same, and the imported call can be resumed.
		await fresh.getByRole('link', { name: `Open ${id}` }).click();
		await expect(fresh.locator('ol.events')).toBeVisible();
		expect(await fresh.locator('ol.events').innerText()).toBe(transcript);

		// The same file again, dropped this time: skipped, never duplicated.
		await fresh.goto('/data/');
		await dropText(fresh, 'backup.json', text);
		await expect(fresh.getByTestId('import-done')).toContainText(
			'backup.json imported: 0 new calls, 1 already on this device.'
		);
		expect(await storedRows(fresh, id)).toEqual(rows);
	} finally {
		await other.close();
	}
});

test('a damaged, hostile or conflicting file is refused with reasons and changes nothing', async ({
	page
}) => {
	const id = await recordCall(page);
	const text = await exportAll(page);
	const rows = await storedRows(page, id);
	const session = await storedSession(page, id);
	const label = 'Transcript file (JSON)';
	const rejected = page.getByTestId('import-rejected');

	// Cut off halfway, as an interrupted download would be.
	await importText(page, label, 'cut.json', text.slice(0, Math.floor(text.length / 2)));
	await expect(rejected).toContainText('cut.json was not imported; nothing on this device');
	await expect(rejected.locator('[data-code="json_invalid"]')).toContainText(
		'The file is not valid JSON; it may be cut off or damaged.'
	);

	// A prototype-polluting key.
	const hostile = text.replace('"session": {', '"session": {"__proto__": {"polluted": true},');
	expect(hostile).not.toBe(text);
	await importText(page, label, 'hostile.json', hostile);
	await expect(rejected.locator('[data-code="key_forbidden"]')).toContainText(
		'The file contains the key "__proto__", which is not allowed.'
	);
	await expect(rejected.locator('[data-code="key_forbidden"]')).toContainText(
		'sessions[0].session.__proto__'
	);
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');

	// A new call plus a changed copy of the stored one: the conflict refuses the whole file,
	// so the new call is not written either.
	const file = JSON.parse(text);
	const copy = structuredClone(file.sessions[0]);
	const newId = '00000000-0000-4000-8000-000000000001';
	copy.session.id = newId;
	for (const event of copy.events) event.sessionId = newId;
	const changed = structuredClone(file.sessions[0]);
	changed.events[2].event.at += 1;
	const conflicting = JSON.stringify({ ...file, sessions: [copy, changed] });
	await importText(page, label, 'conflict.json', conflicting);
	await expect(rejected.locator('[data-code="session_conflict"]')).toContainText(
		'A different call with the same id is already on this device.'
	);

	// A gap in the numbering, reported with where it is and what was expected.
	const gap = structuredClone(file);
	gap.sessions[0].events[4].seq = 9;
	await importText(page, label, 'gap.json', JSON.stringify(gap));
	await expect(rejected.locator('[data-code="seq_gap"]')).toContainText(
		'The steps are not numbered in order (expected 5, found 9).'
	);
	await expect(rejected.locator('[data-code="seq_gap"]')).toContainText(
		'sessions[0].events[4].seq'
	);
	await expectNoSeriousA11yViolations(page);

	expect(await storedSessionIds(page)).toEqual([id]);
	expect(await storedRows(page, id)).toEqual(rows);
	expect(await storedSession(page, id)).toEqual(session);
});

test('problems are explained in Chinese too, and the page passes axe in both languages', async ({
	page
}) => {
	await useLocale(page, 'zh-CN');
	await page.goto('/data/');
	await expect(page.getByRole('heading', { level: 1, name: '备份与恢复' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await importText(page, '拜访记录文件（JSON）', 'notes.json', '{"hello": "world"}');
	const rejected = page.getByTestId('import-rejected');
	await expect(rejected).toContainText('notes.json 未导入，本设备上的数据没有任何改动。');
	await expect(rejected.locator('[data-code="format_unknown"]')).toContainText(
		'这不是 spin-coach 拜访记录文件。'
	);
	await expect(rejected.locator('[data-code="format_unknown"]')).toContainText(
		'位置：format · 代码：format_unknown'
	);
	await importText(
		page,
		'拜访记录文件（JSON）',
		'cut.json',
		'{"format": "spin-coach-transcript", "ver'
	);
	await expect(rejected.locator('[data-code="json_invalid"]')).toContainText(
		'文件不是有效的 JSON，可能不完整或已损坏。'
	);
	await expect(rejected.locator('[data-code="json_invalid"]')).toContainText('位置：整个文件');
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Backup and restore' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	// The footer links here from every page but the prompter.
	await page.goto('/');
	await page.getByRole('link', { name: 'Backup and restore' }).click();
	await expect(page).toHaveURL(/\/data\/$/);
});
