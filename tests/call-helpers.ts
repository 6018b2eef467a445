// Steps shared by the call screen's end-to-end tests: reaching a control with Tab only,
// starting a call from home through planning by keyboard, pressing shortcuts, and reading the
// stored log straight from IndexedDB to prove each step was saved.
import { expect, type Locator, type Page } from '@playwright/test';
import { bundledPlaybookFiles, useLocale, type UiLocale } from './shell-helpers';

export { expectNoSeriousA11yViolations, screenshot, useLocale } from './shell-helpers';

/** Presses Tab until `target` has the focus (fails if it never does): keyboard only. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	await expect(target).toBeVisible();
	const handle = await target.elementHandle();
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await handle!.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error('control not reachable with Tab');
}

/** The bundled playbook in `locale` (its title, as the home page lists it). */
export function bundled(locale: 'en' | 'zh-CN') {
	const found = bundledPlaybookFiles().find((p) => p.usable && p.playbook?.meta.locale === locale);
	if (!found?.playbook) throw new Error(`no usable bundled ${locale} playbook`);
	return found.playbook;
}

const TEXT = {
	en: { live: 'Live call', rehearsal: 'Rehearse', objective: 'Call objective' },
	'zh-CN': { live: '实战拜访', rehearsal: '演练', objective: '拜访目标' }
} as const;

/**
 * From home to a running prompter with the keyboard only: the playbook's link, the objective,
 * Enter to start. Returns the session id from the URL.
 */
export async function startCallByKeyboard(
	page: Page,
	ui: UiLocale,
	playbookLocale: 'en' | 'zh-CN',
	mode: 'live' | 'rehearsal',
	objective: string
): Promise<string> {
	await useLocale(page, ui);
	await page.goto('/');
	const title = bundled(playbookLocale).meta.title;
	const link = page.getByRole('link', { name: `${TEXT[ui][mode]} ${title}`, exact: true });
	await tabTo(page, link);
	await page.keyboard.press('Enter');
	const field = page.getByLabel(TEXT[ui].objective, { exact: true });
	await tabTo(page, field);
	await page.keyboard.type(objective);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/call\/?\?id=/);
	await expect(page.locator('.prompter')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id');
	expect(id).toBeTruthy();
	return id!;
}

/** Presses keys one after another (a key name or a single character each). */
export async function keys(page: Page, ...names: string[]): Promise<void> {
	for (const name of names) await page.keyboard.press(name);
}

/** Waits until the writer confirmed every step so far. */
export async function expectSaved(page: Page): Promise<void> {
	await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved');
}

export interface StoredRow {
	sessionId: string;
	seq: number;
	event: Record<string, unknown>;
}

/** The stored rows of a session in key order (seq), read from IndexedDB in the page. */
export async function storedRows(page: Page, sessionId: string): Promise<StoredRow[]> {
	return page.evaluate(
		(id) =>
			new Promise<StoredRow[]>((resolve, reject) => {
				const open = indexedDB.open('spin-coach');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const range = IDBKeyRange.bound([id, 0], [id, Infinity]);
					const request = db.transaction('events').objectStore('events').getAll(range);
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						db.close();
						resolve(request.result as StoredRow[]);
					};
				};
			}),
		sessionId
	);
}

/** The events stored for a session, in seq order. */
export async function storedEvents(
	page: Page,
	sessionId: string
): Promise<Record<string, unknown>[]> {
	return (await storedRows(page, sessionId)).map((row) => row.event);
}

/** The S/P/I/N counts as the prompter shows them. */
export async function spinCounts(page: Page): Promise<number[]> {
	const buttons = page.locator('[data-spin] .n');
	return (await buttons.allTextContents()).map(Number);
}

/** Need id → level as the need list shows it. */
export async function needLevels(page: Page): Promise<Record<string, string>> {
	const rows = page.locator('[data-need]');
	const out: Record<string, string> = {};
	for (const row of await rows.all()) {
		out[(await row.getAttribute('data-need'))!] = (await row.getAttribute('data-level'))!;
	}
	return out;
}
