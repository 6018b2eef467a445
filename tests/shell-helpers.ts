// Shared steps for the shell's end-to-end tests: choosing the UI language before the app
// loads, the axe check, screenshots under test-results/screenshots/, adding a competitor and an
// account linked to it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parsePlaybook } from '../src/lib/playbook/parse';

export type UiLocale = 'en' | 'zh-CN';

/** Makes the app start in `locale`, as if the rep had chosen it earlier. */
export async function useLocale(page: Page, locale: UiLocale): Promise<void> {
	await page.addInitScript((value) => {
		if (!localStorage.getItem('PARAGLIDE_LOCALE')) localStorage.setItem('PARAGLIDE_LOCALE', value);
	}, locale);
}

/** Fails on any serious or critical axe violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(bad).toEqual([]);
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The bundled playbooks as the parser sees them (titles, ids, usability). */
export function bundledPlaybookFiles() {
	const dir = 'playbooks';
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
		.map((file) => {
			const result = parsePlaybook(readFileSync(join(dir, file), 'utf8'), { file });
			const usable =
				result.playbook !== null && !result.diagnostics.some((d) => d.severity === 'error');
			return { file, playbook: result.playbook, usable };
		});
}

/** Plans a live call on the first usable playbook through the planning form; returns its id. */
export async function startCallViaPlanning(
	page: Page,
	objective = 'Agree on a pilot'
): Promise<{ id: string; title: string }> {
	const playbook = bundledPlaybookFiles().find((p) => p.usable)!.playbook!;
	await page.goto(`/plan/?playbook=${encodeURIComponent(playbook.meta.id)}&mode=live`);
	await page.locator('#objective').fill(objective);
	await page.locator('#objective').press('Enter');
	await expect(page).toHaveURL(/\/call\/\?id=/);
	const id = new URL(page.url()).searchParams.get('id');
	expect(id).toBeTruthy();
	return { id: id!, title: playbook.meta.title };
}

/** On /competitors/: adds a competitor with one counter-measure saved; ends on its page. */
export async function addCompetitor(page: Page, name: string, counterMeasure: string) {
	await page.locator('#competitor-name').fill(name);
	await page.locator('form.add button[type=submit]').click();
	await page.waitForURL(/\/competitor\/?\?id=/);
	const counter = page.locator('[data-section=counterMeasures]');
	await counter.locator('textarea').fill(counterMeasure);
	await counter.locator('button[type=submit]').click();
	await expect(counter).toHaveAttribute('data-state', 'fresh');
}

/** Adds an account and links the competitor (as incumbent); ends on the account's page. */
export async function addAccountLinkedTo(
	page: Page,
	account: string,
	competitor: string,
	counterMeasure: string
) {
	await page.goto('/accounts/');
	await page.locator('#new-account-name').fill(account);
	await page.locator('form[aria-labelledby="new-account-heading"] button[type=submit]').click();
	await page.waitForURL(/\/account\/?\?id=/);
	const links = page.getByTestId('account-competitors');
	await links.locator('#link-competitor').selectOption({ label: competitor });
	await links.locator('#link-role').selectOption('incumbent');
	await links.locator('form button[type=submit]').click();
	await expect(links).toContainText(counterMeasure);
}
