// The playbook studio end to end, in both UI languages: write a playbook with a mistake, see it
// at the right line with a "did you mean", fix it, see the call map complete, try it and come
// back to the same cursor; export and re-import the same bytes; restore an earlier version;
// hostile files are harmless.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, useLocale, type UiLocale } from './shell-helpers';
import { WORDS, openNewPlaybook, setEditorText, typedPlaybook } from './studio-helpers';

const LOCALES: UiLocale[] = ['en', 'zh-CN'];

/** Fails the test on any dialog (alert, confirm) a hostile text could open. */
function forbidDialogs(page: Page, seen: string[]) {
	page.on('dialog', (dialog) => {
		seen.push(dialog.message());
		void dialog.dismiss();
	});
}

for (const locale of LOCALES) {
	const w = WORDS[locale];

	test(`write, check, map and try a playbook (${locale})`, async ({ page }) => {
		await useLocale(page, locale);
		// The app's Content Security Policy allows no inline styles: the editor must not need any.
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(
					`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${(e.target as Element)?.outerHTML?.slice(0, 80)}`
				)
			);
		});
		await openNewPlaybook(page, locale);
		await setEditorText(page, typedPlaybook(locale, 'downtme'));

		// The mistake: at its line and column, underlined, with a "did you mean" and a fix.
		const problem = page.locator('.side li.error', { hasText: w.unknownNeed });
		await expect(problem).toContainText(w.didYouMean);
		await expect(problem).toContainText(w.location(24, locale === 'en' ? 11 : 8));
		await expect(page.locator('.cm-lintRange-error')).toHaveText('downtme');
		await page.getByRole('button', { name: w.map }).click();
		await expect(page.locator('.side')).not.toContainText(w.complete);
		await expectNoSeriousA11yViolations(page);

		// Hover shows the message; its fix replaces the id.
		await page.locator('.cm-lintRange-error').hover();
		const tooltip = page.locator('.cm-tooltip-lint');
		await expect(tooltip).toContainText(w.didYouMean);
		await tooltip.getByRole('button', { name: w.fix }).click();
		await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
		await expect(page.locator('.side')).toContainText(w.complete);
		await page.getByRole('button', { name: w.problems }).click();
		await expect(page.locator('.side')).toContainText(w.noProblems);
		// Every directive stays clean while typing, linting, hovering and fixing (typing over a
		// multi-line selection once made Chromium set a style attribute on a line).
		const violations = await page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		);
		expect(violations).toEqual([]);

		// Save, put the cursor on a known line, try it, come back: same cursor.
		await page.keyboard.press('ControlOrMeta+s');
		await expect(page.locator('.bar .state')).toHaveText(w.saved);
		await page.locator('.cm-line', { hasText: '{#cost}' }).click();
		await page.keyboard.press('End');
		const editUrl = page.url();
		await page.keyboard.press('ControlOrMeta+Enter');
		await expect(page).toHaveURL(/\/call\/\?id=/);
		await expect(page.locator('body')).toContainText(
			locale === 'en' ? 'Typed playbook' : '键入的手册'
		);
		await page.goBack();
		await expect(page).toHaveURL(editUrl);
		await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
		await expect(page.locator('.cm-activeLine')).toContainText('{#cost}');
	});

	test(`import, export the same bytes, restore a version (${locale})`, async ({ page }) => {
		await useLocale(page, locale);
		await page.goto('/studio/');
		// CRLF, a BOM, Chinese and an emoji: exported byte for byte as imported.
		const text =
			'\uFEFF' + typedPlaybook(locale).replace('id: typed-', 'id: bytes-').replace(/\n/g, '\r\n');
		const bytes = Buffer.from(
			text.replace('Fewer stops {#downtime}', 'Fewer stops 😀 {#downtime}')
		);
		await page
			.getByLabel(w.pick)
			.setInputFiles({ name: 'bytes.md', mimeType: 'text/markdown', buffer: bytes });
		await page.getByRole('button', { name: w.saveImport }).click();
		const card = page.locator('li.card[data-origin=user]', { hasText: 'bytes.md' });
		await expect(card).toBeVisible();
		const download = page.waitForEvent('download');
		await card.getByRole('button', { name: new RegExp(`^${w.exportMd}`) }).click();
		const file = await (await download).path();
		expect(readFileSync(file).equals(bytes)).toBe(true);

		// The same file again is not newer: asked, then replaced; a newer one updates.
		const v2 = Buffer.from(
			bytes
				.toString('utf8')
				.replace('version: 1', 'version: 2')
				.replace('{#lines}', '{#line-count}')
		);
		await page
			.getByLabel(w.pick)
			.setInputFiles({ name: 'bytes.md', mimeType: 'text/markdown', buffer: v2 });
		await page.getByRole('button', { name: locale === 'en' ? 'Update' : '更新' }).click();
		await expect(card).toContainText(locale === 'en' ? /Saves\s*2/ : /保存次数\s*2/);

		// Versions: compare shows the changed line; restore brings version 1 back.
		await card.getByRole('link', { name: new RegExp(`^${w.history}`) }).click();
		await page.getByRole('button', { name: w.compare }).click();
		await expect(page.locator('.diff .removed')).toHaveText([
			/^− version: 1\s*$/,
			/\{#lines\}\s*$/
		]);
		await expect(page.locator('.diff .added')).toHaveText([
			/^\+ version: 2\s*$/,
			/\{#line-count\}\s*$/
		]);
		await expectNoSeriousA11yViolations(page);
		await page.getByRole('button', { name: w.restore }).click();
		await expect(page.getByRole('status')).toContainText(locale === 'en' ? 'restored' : '已恢复');
		await page.goto('/studio/');
		const restored = page.locator('li.card[data-origin=user]', { hasText: 'bytes.md' });
		const again = page.waitForEvent('download');
		await restored.getByRole('button', { name: new RegExp(`^${w.exportMd}`) }).click();
		expect(readFileSync(await (await again).path()).equals(bytes)).toBe(true);
	});
}

test('hostile files are harmless and explained (zh-CN)', async ({ page }) => {
	const w = WORDS['zh-CN'];
	await useLocale(page, 'zh-CN');
	const dialogs: string[] = [];
	const errors: string[] = [];
	forbidDialogs(page, dialogs);
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(() => {
		(window as unknown as { pwned: number }).pwned = 0;
	});
	await page.goto('/studio/');
	const base = typedPlaybook('en').replace('id: typed-en', 'id: hostile');
	const hostile = base
		.replace('Say why you came.', '<script>alert(1)</script><img src=x onerror="window.pwned=1">')
		.replace('Fewer stops {#downtime}', '[click](javascript:window.pwned=2) {#downtime}')
		.replace('A plant director.', '<svg onload="window.pwned=3"><script>alert(3)</script></svg>');
	const deep = `${base}\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- deep`).join('\n')}\n`;
	const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
	const huge = Buffer.from(`${base}\n${'x'.repeat(5 * 1024 * 1024)}\n`);
	await page.getByLabel(w.pick).setInputFiles([
		{ name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(hostile) },
		{ name: 'deep.md', mimeType: 'text/markdown', buffer: Buffer.from(deep) },
		{ name: 'junk.md', mimeType: 'text/markdown', buffer: junk },
		{ name: 'huge.md', mimeType: 'text/markdown', buffer: huge }
	]);
	const preview = (name: string) => page.locator('article.preview', { hasText: name });
	await expect(preview('junk.md')).toContainText(w.binary);
	await expect(preview('huge.md')).toContainText(w.tooLarge);
	await expect(preview('deep.md')).toContainText('嵌套');
	// Still responsive: the hostile file saves and opens in the editor, its text shown as text.
	await preview('hostile.md').getByRole('button', { name: w.saveImport }).click();
	const card = page.locator('li.card[data-origin=user]', { hasText: 'hostile.md' });
	await card.getByRole('link', { name: /^编辑/ }).click();
	await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('button', { name: '销售代表看到的内容' }).click();
	await expect(page.locator('.side')).toContainText('<img src=x onerror="window.pwned=1">');
	expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
	expect(
		await page.locator('.side img, .side svg, .side script, .side a[href^="javascript"]').count()
	).toBe(0);
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

test('a backup from /data/ brings the user playbooks back in a fresh profile (zh-CN)', async ({
	page,
	browser
}) => {
	const w = WORDS['zh-CN'];
	await useLocale(page, 'zh-CN');
	await page.goto('/studio/');
	const text = typedPlaybook('zh-CN').replace('id: typed-zh', 'id: backed-up');
	await page
		.getByLabel(w.pick)
		.setInputFiles({ name: 'backed-up.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: w.saveImport }).click();
	await expect(
		page.locator('li.card[data-origin=user]', { hasText: 'backed-up.md' })
	).toBeVisible();

	await page.goto('/data/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-all').click()
	]);
	const backup = readFileSync(await download.path());

	const other = await browser.newContext();
	try {
		const fresh = await other.newPage();
		await useLocale(fresh, 'zh-CN');
		await fresh.goto('/data/');
		await fresh
			.getByLabel('拜访记录文件（JSON）', { exact: true })
			.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
		await expect(fresh.getByTestId('import-done')).toBeVisible();
		await fresh.goto('/studio/');
		const card = fresh.locator('li.card[data-origin=user]', { hasText: 'backed-up.md' });
		await expect(card).toBeVisible();
		// The same text comes back: its export is byte for byte the file imported.
		const again = fresh.waitForEvent('download');
		await card.getByRole('button', { name: new RegExp(`^${w.exportMd}`) }).click();
		expect(readFileSync(await (await again).path()).equals(Buffer.from(text))).toBe(true);
	} finally {
		await other.close();
	}
});

test('a draft open in a second tab waits read-only, then continues from the first tab’s text (en)', async ({
	page,
	context
}) => {
	await useLocale(page, 'en');
	await openNewPlaybook(page, 'en');
	await setEditorText(page, typedPlaybook('en'));
	await expect(page.locator('.cm-content')).toContainText('Typed playbook');

	const second = await context.newPage();
	await second.goto(page.url());
	await expect(second.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
	await expect(second.getByRole('note')).toContainText('open for editing in another tab');
	// Read-only, showing the draft as it was stored.
	await expect(second.locator('.cm-content')).toHaveAttribute('aria-readonly', 'true');
	await expect(second.locator('.cm-content')).toContainText('Typed playbook');

	// The first tab types on, then closes: its last text is kept and the second tab carries on.
	await page.locator('.cm-line', { hasText: 'Typed playbook' }).click();
	await page.keyboard.press('End');
	await page.keyboard.type(' one');
	await expect(page.locator('.cm-content')).toContainText('Typed playbook one');
	await page.close({ runBeforeUnload: true });
	await expect(second.locator('.cm-content')).toContainText('Typed playbook one');
	await expect(second.getByRole('note')).toHaveCount(0);
	await expect(second.locator('.cm-content')).not.toHaveAttribute('aria-readonly', 'true');
	await second.locator('.cm-line', { hasText: 'Typed playbook one' }).click();
	await second.keyboard.press('End');
	await second.keyboard.type(' two');
	await expect(second.locator('.cm-content')).toContainText('Typed playbook one two');
});
