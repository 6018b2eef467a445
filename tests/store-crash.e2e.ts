// Kill the browser in the middle of a live call, again and again, and prove that what was saved
// survives: after each kill the call is resumed from home, the stored log is numbered 1..n with
// nothing lost, and the prompter shows what it showed before. Three ways to die alternate:
// SIGKILL of the whole browser once the step was saved, a renderer crash (`chrome://crash`) once
// saved, and SIGKILL right after the key press, before the write could finish.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import {
	browserPid,
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
	{ name: 'to investigating', keys: ['ArrowRight'] },
	{ name: 'situation question', keys: ['Enter'] },
	{ name: 'problem question', keys: ['p', 'Enter'] },
	{ name: 'answer noted', keys: ['t'], text: 'Four stops a month <b>each</b> 半个班' },
	{ name: 'need confirmed', keys: ['c', '1'] },
	{ name: 'to demonstrating', keys: ['ArrowRight'] },
	{ name: 'feature presented', keys: ['f'] },
	{ name: 'call paused', keys: ['h'] }
];

const KILLS: Kill[] = ['browser', 'tab', 'instant'];
/** How long after the last key of a step an instant kill lands. */
const RACE_MS = [0, 3, 8];

/** Does the step; the last key press is returned unawaited, so a kill can race its write. */
async function perform(page: Page, step: Step): Promise<{ last: Promise<void> }> {
	const keys = step.text === undefined ? step.keys : [...step.keys, 'Enter'];
	for (const [i, key] of keys.entries()) {
		if (i === keys.length - 1) return { last: page.keyboard.press(key) };
		await page.keyboard.press(key);
		if (step.text !== undefined && i === step.keys.length - 1) {
			await expect(page.locator('#answer-note')).toBeFocused();
			await page.keyboard.type(step.text);
		}
	}
	return { last: Promise.resolve() };
}

/** Does the step and waits until the browser has handled every key. */
async function performFully(page: Page, step: Step): Promise<void> {
	await (
		await perform(page, step)
	).last;
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
	let pid = browserPid(dir);
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
				const { last } = await perform(page, step);
				if (kill !== 'instant') {
					await last;
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
					// An instant kill races the last key's write: a few ms after it was sent.
					if (kill === 'instant') await new Promise((r) => setTimeout(r, RACE_MS[i % 3]));
					await killBrowser(context, pid);
					await last.catch(() => {});
					context = await launchProfile(dir, baseURL!);
					pid = browserPid(dir);
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
					await performFully(page, step);
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
		for (const type of ['question.ask', 'answer.note', 'need.confirm', 'feature.present']) {
			expect(types).toContain(type);
		}
		expect(types.at(-1)).toBe('call.pause');
		expect(view).toMatchObject({ stage: 'demonstrating', phase: 'paused' });
	} finally {
		await context.close().catch(() => {});
		rmSync(dir, { recursive: true, force: true });
	}
});
