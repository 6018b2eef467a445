// Kill the browser in the middle of a live call, again and again, and prove that what was saved
// survives: after each kill the call is resumed from home, the stored log is numbered 1..n with
// nothing lost, and the prompter shows what it showed before. Three ways to die alternate:
// SIGKILL of the whole browser once the step was saved, a renderer crash (`chrome://crash`) once
// saved, and SIGKILL right after the key press, before the write could finish.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import {
	crashTab,
	expectContiguous,
	expectSavedIndicator,
	freshProfileDir,
	killBrowser,
	launchProfile,
	prompterView,
	startLiveCall,
	storedRows,
	type PrompterView,
	type StoredRow
} from './store-helpers';

type Kill = 'browser' | 'tab' | 'instant';

/** One rep action on the English playbook's prompter, as keys (text is typed into a field). */
interface Step {
	name: string;
	keys: string[];
	text?: string;
}

const STEPS: Step[] = [
	{ name: 'opening move', keys: ['Enter'] },
	{ name: 'second opening move', keys: ['Enter'] },
	{ name: 'to investigating', keys: ['ArrowRight'] },
	{ name: 'situation question', keys: ['Enter'] },
	{ name: 'problem question', keys: ['p', 'Enter'] },
	{ name: 'answer noted', keys: ['t'], text: 'Four stops a month <b>each</b> 半个班' },
	{ name: 'need confirmed', keys: ['c', '1'] },
	{ name: 'implication question', keys: ['i', 'Enter'] },
	{ name: 'need-payoff question', keys: ['n', 'Enter'] },
	{ name: 'need made explicit', keys: ['c', '1'] },
	{ name: 'to demonstrating', keys: ['ArrowRight'] },
	{ name: 'feature presented', keys: ['f'] }
];

const KILLS: Kill[] = ['browser', 'tab', 'instant'];

async function perform(page: Page, step: Step): Promise<void> {
	for (const key of step.keys) await page.keyboard.press(key);
	if (step.text !== undefined) {
		await expect(page.locator('#answer-note')).toBeFocused();
		await page.keyboard.type(step.text);
		await page.keyboard.press('Enter');
	}
}

/** From home, the resume offer opens the unfinished call; waits until its writer holds it. */
async function resumeFromHome(page: Page, id: string): Promise<void> {
	await page.goto('/');
	const resume = page.getByRole('link', { name: 'Resume', exact: true });
	await expect(resume).toHaveAttribute('href', new RegExp(id));
	await resume.click();
	await page.waitForURL(/\/call\/?\?id=/);
	await expect(page.locator('.prompter')).toBeVisible();
	await expectSavedIndicator(page);
}

test('killed at every step of a live call, the resumed call has every saved event, in order', async ({
	baseURL
}) => {
	test.setTimeout(240_000);
	const dir = freshProfileDir();
	let context: BrowserContext = await launchProfile(dir, baseURL!);
	try {
		let page = await context.newPage();
		const id = await startLiveCall(page);
		await expectSavedIndicator(page);
		let saved: StoredRow[] = await storedRows(page, id);
		let view: PrompterView = await prompterView(page);
		let lost = 0;
		expect(saved.map((r) => r.event.type)).toEqual(['call.plan', 'call.start']);

		for (const [i, step] of STEPS.entries()) {
			const kill = KILLS[i % KILLS.length];
			await test.step(`${step.name}, then ${kill} kill`, async () => {
				await perform(page, step);
				if (kill !== 'instant') {
					// Shown as saved and committed: this is what must survive the kill exactly.
					await expect
						.poll(async () => (await storedRows(page, id)).length)
						.toBeGreaterThan(saved.length);
					await expectSavedIndicator(page);
					saved = await storedRows(page, id);
					view = await prompterView(page);
				}

				if (kill === 'tab') {
					await crashTab(page);
					await page.close();
				} else {
					await killBrowser(context, dir);
					context = await launchProfile(dir, baseURL!);
				}
				page = await context.newPage();
				await resumeFromHome(page, id);

				const after = await storedRows(page, id);
				expectContiguous(after);
				expect(after.every((r) => r.sessionId === id)).toBe(true);
				// Nothing that was saved is lost or changed; an instant kill may add the step's events.
				expect(after.slice(0, saved.length)).toEqual(saved);
				if (kill !== 'instant') expect(after).toEqual(saved);
				if (after.length === saved.length) {
					expect(await prompterView(page)).toEqual(view);
				}
				if (after.length === saved.length && kill === 'instant') {
					// The step died with the browser before it was stored: the rep does it again.
					lost += 1;
					await perform(page, step);
					await expect
						.poll(async () => (await storedRows(page, id)).length)
						.toBeGreaterThan(saved.length);
					await expectSavedIndicator(page);
				}
				saved = await storedRows(page, id);
				expectContiguous(saved);
				view = await prompterView(page);
			});
		}

		test.info().annotations.push({
			type: 'instant kills',
			description: `${lost} of ${STEPS.filter((_, i) => KILLS[i % KILLS.length] === 'instant').length} steps were not stored yet and were redone`
		});
		// The whole run left a log with every step in it, in the order the keys were pressed.
		const types = saved.map((r) => r.event.type);
		expect(types.slice(0, 2)).toEqual(['call.plan', 'call.start']);
		expect(types.filter((t) => t === 'stage.enter')).toHaveLength(2);
		expect(types).toContain('answer.note');
		expect(types.at(-1)).toBe('feature.present');
		expect(view.stage).toBe('demonstrating');
	} finally {
		await context.close().catch(() => {});
		rmSync(dir, { recursive: true, force: true });
	}
});
