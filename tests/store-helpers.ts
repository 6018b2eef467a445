// Shared steps for the store's end-to-end tests: starting a live call, reading the stored log
// (with its seq numbers) straight from IndexedDB, reading what the prompter shows, and
// launching / hard-killing a Chromium that keeps its profile on disk between launches.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium';
import { bundled, storedRows, type StoredRow } from './call-helpers';

export { storedRows, type StoredRow };
import { useLocale, type UiLocale } from './shell-helpers';

/** One stored event row as the app wrote it. */
/** What the prompter shows at a glance: stage, phase, S/P/I/N counts and need levels. */
export interface PrompterView {
	stage: string | null;
	phase: string | null;
	counts: number[];
	needs: Record<string, string>;
}

/** Plans a live call on the bundled English playbook and waits for the prompter; returns its id. */
export async function startLiveCall(page: Page, ui: UiLocale = 'en'): Promise<string> {
	await useLocale(page, ui);
	const id = bundled('en').meta.id;
	await page.goto(`/plan/?${new URLSearchParams({ playbook: id, mode: 'live' })}`);
	await page.locator('#objective').fill('Agree on a pilot');
	await page.locator('#objective').press('Enter');
	await page.waitForURL(/\/call\/?\?id=/);
	await expect(page.locator('.prompter')).toBeVisible();
	const sessionId = new URL(page.url()).searchParams.get('id');
	expect(sessionId).toBeTruthy();
	return sessionId!;
}

/** Every stored session id, read from IndexedDB in the page. */
export async function storedSessionIds(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('spin-coach');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction('sessions').objectStore('sessions').getAllKeys();
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						db.close();
						resolve(request.result.map(String));
					};
				};
			})
	);
}

/** Fails unless the rows are numbered 1..n in order: no gap, no duplicate. */
export function expectContiguous(rows: StoredRow[]): void {
	expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
}

/** Reads the prompter's stage, phase, counts and needs from the DOM. */
export async function prompterView(page: Page): Promise<PrompterView> {
	const prompter = page.locator('.prompter');
	const counts = (await page.locator('[data-spin] .n').allTextContents()).map(Number);
	const needs: Record<string, string> = {};
	for (const row of await page.locator('[data-need]').all()) {
		needs[(await row.getAttribute('data-need'))!] = (await row.getAttribute('data-level'))!;
	}
	return {
		stage: await prompter.getAttribute('data-stage'),
		phase: await prompter.getAttribute('data-phase'),
		counts,
		needs
	};
}

/** Waits until the save indicator says every step so far is committed. */
export async function expectSavedIndicator(page: Page): Promise<void> {
	await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved');
}

/** A fresh, empty profile directory for a persistent Chromium. */
export function freshProfileDir(): string {
	return mkdtempSync(join(tmpdir(), 'spin-store-profile-'));
}

/** Launches Chromium on `userDataDir` (kept on disk, so a relaunch sees the same storage). */
export async function launchProfile(userDataDir: string, baseURL: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(userDataDir, {
		...chromiumLaunchOptions(),
		baseURL,
		locale: 'en-US'
	});
}

/**
 * The pid of the browser process this test launched on `userDataDir` (its main process is the
 * one with that profile flag and no `--type=`); found by its unique profile path, never by name.
 */
export function browserPid(userDataDir: string): number {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let args: string[];
		try {
			args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
		} catch {
			continue;
		}
		if (
			args.includes(`--user-data-dir=${userDataDir}`) &&
			!args.some((a) => a.startsWith('--type='))
		) {
			return Number(entry);
		}
	}
	throw new Error(`no browser process for ${userDataDir}`);
}

/**
 * Kills the whole browser with SIGKILL (no unload, no flush) and waits until it is gone. Pass
 * the pid found right after launch so the kill lands without delay.
 */
export async function killBrowser(context: BrowserContext, pid: number): Promise<void> {
	const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
	process.kill(pid, 'SIGKILL');
	await closed;
}

/** Crashes the page's renderer (`chrome://crash`), as a tab crash would. */
export async function crashTab(page: Page): Promise<void> {
	const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
	await page.goto('chrome://crash').catch(() => {});
	await crashed;
}
