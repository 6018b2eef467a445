// Every screen at a phone, a portrait tablet and a laptop size, in both languages: never wider
// than the viewport, no control under another element, axe clean, no CSP violation, a
// screenshot at each size under test-results/screenshots/.
//
// Kept cheap for a 2-core CI with one worker: one browser context per language walks every
// screen once and checks it at the three sizes by resizing the viewport (the layout is CSS
// width queries only, so a resize lays it out as a load at that size would). The sizes are
// walked in alternating order, so screens are loaded at the phone size and at the laptop size
// in turn. Axe (the slow part) runs once per screen and language: at the phone in English,
// at the laptop in Chinese, so each layout and each language is scanned.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { bundled, expectNoSeriousA11yViolations, keys, useLocale } from './call-helpers';
import { coveredControls, expectNoHorizontalOverflow, watchCsp } from './layout-helpers';
import { addAccountLinkedTo, addCompetitor, type UiLocale } from './shell-helpers';
import { WORDS } from './studio-helpers';

const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'tablet', width: 820, height: 1180 },
	{ name: 'laptop', width: 1280, height: 800 }
] as const;
type Size = (typeof SIZES)[number];

const AXE_AT: Record<UiLocale, Size['name']> = { en: 'phone', 'zh-CN': 'laptop' };

const TEXT = {
	en: { panels: 'Needs', more: 'More' },
	'zh-CN': { panels: '需求', more: '更多' }
} as const;

/** Resizes `page` to `size` (the layout follows on the next read). */
async function resize(page: Page, size: Size): Promise<void> {
	await page.setViewportSize({ width: size.width, height: size.height });
}

/** A walker over the screens in one language: checks each at every size, in alternating order. */
function screens(page: Page, ui: UiLocale) {
	let forward = true;
	let current: Size = SIZES[0];
	return {
		get size() {
			return current;
		},
		/** Every size: no sideways scroll, nothing covered, a screenshot; axe at one size. */
		async check(where: string, options: { a11y?: boolean } = {}): Promise<void> {
			const order = forward ? SIZES : [...SIZES].reverse();
			forward = !forward;
			for (const size of order) {
				if (size !== current) await resize(page, size);
				current = size;
				const label = `${where} at ${size.width}px (${ui})`;
				await expectNoHorizontalOverflow(page, label);
				expect(await coveredControls(page), label).toEqual([]);
				if (options.a11y !== false && size.name === AXE_AT[ui]) {
					await expectNoSeriousA11yViolations(page);
				}
				const file = where.replace(/[^a-z0-9]+/gi, '-');
				await page.screenshot({
					path: `test-results/screenshots/responsive-${ui}-${size.name}-${file}.png`,
					fullPage: true
				});
			}
		},
		/** Moves to `name`'s size (for a step that only exists there). */
		async at(name: Size['name']): Promise<void> {
			const size = SIZES.find((s) => s.name === name)!;
			if (size !== current) await resize(page, size);
			current = size;
		}
	};
}

/** A context at the phone size in `ui`'s language, with a CSP listener and a screen walker. */
async function openAtPhone(browser: Browser, ui: UiLocale) {
	const context = await browser.newContext({
		viewport: { width: SIZES[0].width, height: SIZES[0].height },
		// Touch on at every size: the layout is width queries only, and the phone steps tap.
		hasTouch: true
	});
	const page = await context.newPage();
	const csp = watchCsp(page);
	await useLocale(page, ui);
	return { context, page, csp, screen: screens(page, ui) };
}

/** Plans a call on the bundled playbook in `ui`'s language and starts it; returns its id. */
async function startCall(
	page: Page,
	ui: UiLocale,
	mode: 'live' | 'rehearsal',
	checkPlan?: () => Promise<void>
): Promise<string> {
	const playbook = bundled(ui);
	await page.goto(`/plan/?playbook=${encodeURIComponent(playbook.meta.id)}&mode=${mode}`);
	await expect(page.locator('#objective')).toBeVisible();
	if (checkPlan) await checkPlan();
	await page.locator('#objective').fill('Agree a pilot');
	await page.locator('#objective').press('Enter');
	await page.waitForURL(/\/call\/\?id=/);
	await expect(page.locator('.prompter')).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

for (const ui of ['en', 'zh-CN'] as const) {
	test(`every screen fits at 390, 820 and 1280 px in ${ui}`, async ({ browser }) => {
		// About 20 screens, each at three sizes, on a shared 2-core machine: about a minute alone,
		// over three when other builds and tests share the two cores.
		test.setTimeout(300_000);
		const { context, page, csp, screen } = await openAtPhone(browser, ui);

		await page.goto('/');
		await expect(page.locator('li.playbook').first()).toBeVisible();
		await screen.check('home');

		const id = await startCall(page, ui, 'live', () => screen.check('plan'));
		await screen.check('call opening');
		await keys(page, 'ArrowRight', 'Enter');
		await screen.check('call investigating');

		// Phone: the lists wait in a sheet; the rest of the bar's steps in a menu.
		await screen.at('phone');
		await page.getByRole('button', { name: TEXT[ui].panels, exact: true }).tap();
		await expect(page.locator('#call-panels [data-need]').first()).toBeVisible();
		await expectNoHorizontalOverflow(page, 'call sheet');
		expect(await coveredControls(page), 'call sheet').toEqual([]);
		if (AXE_AT[ui] === 'phone') await expectNoSeriousA11yViolations(page);
		await keys(page, 'Escape');
		await page.getByRole('button', { name: TEXT[ui].more, exact: true }).tap();
		await expect(page.locator('#call-more')).toBeVisible();
		await expectNoHorizontalOverflow(page, 'call menu');
		if (AXE_AT[ui] === 'phone') await expectNoSeriousA11yViolations(page);
		await keys(page, 'Escape');
		await expect(page.locator('#call-more')).toBeHidden();

		// Tablet and laptop: C brings the numbered needs to the middle of the screen; ? opens
		// the shortcut list at its first row.
		for (const name of ['tablet', 'laptop'] as const) {
			await screen.at(name);
			await keys(page, 'c');
			await expect(page.locator('section.needs.picking')).toBeInViewport({ ratio: 0.9 });
			await keys(page, 'Escape');
			await keys(page, '?');
			await expect(page.locator('[data-shortcut="do"]')).toBeInViewport();
			await keys(page, 'Escape');
		}

		// T: the note field sits above the action bar, never under it.
		await keys(page, 't');
		await expect(page.locator('#answer-note')).toBeFocused();
		await screen.check('call note field', { a11y: false });
		await keys(page, 'Escape');

		await keys(page, 'ArrowRight');
		await screen.check('call demonstrating', { a11y: false });
		await keys(page, 'ArrowRight');
		await screen.check('call committing', { a11y: false });
		await keys(page, 'e');
		await expect(page.locator('dialog[open]')).toBeVisible();
		await screen.check('call end dialog');
		// Live, nothing is pre-selected: pick an outcome (Advance), then end.
		await keys(page, 'ArrowDown', 'Enter');
		await page.waitForURL(/\/end\//);
		await expect(page.locator('h1')).toBeVisible();
		await screen.check('end');

		await page.goto(`/session/?id=${id}`);
		await expect(page.locator('ol.events > li').first()).toBeVisible();
		await screen.check('session');

		await startCall(page, ui, 'rehearsal');
		await keys(page, 'ArrowRight', 'Enter');
		await screen.check('rehearsal');

		await page.goto('/');
		await expect(page.locator('#latest-heading')).toBeVisible();
		await expect(page.locator('table a').first()).toBeVisible();
		await screen.check('home with calls');

		for (const path of ['/sessions/', '/progress/', '/drill/', '/accounts/', '/competitors/']) {
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await screen.check(path.replaceAll('/', ''));
		}

		await page.goto('/studio/');
		await expect(page.locator('li.card').first()).toBeVisible();
		await screen.check('studio');
		await page.getByRole('button', { name: WORDS[ui].newPlaybook }).click();
		await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
		await screen.check('studio editor');

		await page.goto('/data/');
		await expect(page.getByTestId('export-all')).toBeVisible();
		await screen.check('data');

		expect(csp).toEqual([]);
		await context.close();
	});
}

for (const ui of ['en', 'zh-CN'] as const) {
	test(`the competitor and account pages fit at 390, 820 and 1280 px in ${ui}`, async ({
		browser
	}) => {
		// A competitor with a counter-measure, then an account linked to it.
		test.setTimeout(120_000);
		const { context, page, csp, screen } = await openAtPhone(browser, ui);
		await page.goto('/competitors/');
		await addCompetitor(page, 'Acme Supply', 'Lead with our on-time delivery record');
		await screen.check('competitor');
		await addAccountLinkedTo(page, 'Harbour Foods', 'Acme Supply', 'Lead with our');
		await screen.check('account');

		expect(csp).toEqual([]);
		await context.close();
	});
}
