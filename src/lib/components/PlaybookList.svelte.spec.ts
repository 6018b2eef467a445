import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { parsePlaybook } from '$lib/playbook/parse';
import { setLocale } from '$lib/paraglide/runtime.js';
import PlaybookList, { type PlaybookListEntry } from './PlaybookList.svelte';

const GOOD = `---
id: good-one
title: A usable playbook
locale: en
version: 1
offer: Wear alerts
---

# Needs
- Fewer stops {#stops}

# Problem
- How often does a line stop? {#how-often}
  - Need: stops

# Buyer
A plant director.
## Replies
- how-often: Twice a week.
`;

// Two problems the parser reports as errors: a reference to a need that does not exist, and a
// duplicated id. The front matter is intact, so the title still shows.
const BROKEN = `---
id: broken-one
title: A broken playbook
locale: en
version: 1
offer: Wear alerts
---

# Needs
- Fewer stops {#stops}

# Problem
- How often does a line stop? {#q1}
  - Need: nonexistent
- Which line stops most? {#q1}
  - Need: stops
`;

function entry(file: string, source: string): PlaybookListEntry {
	const result = parsePlaybook(source, { file });
	const usable =
		result.playbook !== null && !result.diagnostics.some((d) => d.severity === 'error');
	return { file, result, usable };
}

describe('PlaybookList', () => {
	it('offers to start a usable playbook and hides its warnings behind a summary', async () => {
		setLocale('en', { reload: false });
		const good = entry('good.md', GOOD);
		expect(good.usable).toBe(true);
		const screen = render(PlaybookList, { entries: [good] });

		await expect.element(screen.getByRole('heading', { name: 'A usable playbook' })).toBeVisible();
		const rehearse = screen.getByRole('link', { name: 'Rehearse A usable playbook' });
		await expect
			.element(rehearse)
			.toHaveAttribute('href', expect.stringMatching(/playbook=good-one&mode=rehearsal/));
		await expect
			.element(screen.getByRole('link', { name: 'Live call A usable playbook' }))
			.toBeVisible();

		const warnings = good.result.diagnostics.filter((d) => d.severity === 'warning');
		expect(warnings.length).toBeGreaterThan(0);
		const summary = screen.getByText(`Warnings: ${warnings.length}`);
		await expect.element(summary).toBeVisible();
		// Collapsed: the warning details are in the DOM but not shown until the summary is opened.
		const details = screen.container.querySelector('details.warnings');
		expect(details?.hasAttribute('open')).toBe(false);
		await summary.click();
		expect(details?.hasAttribute('open')).toBe(true);
	});

	it('lists a playbook with errors with its diagnostics and no way to start it', async () => {
		setLocale('en', { reload: false });
		const broken = entry('broken.md', BROKEN);
		expect(broken.usable).toBe(false);
		const errors = broken.result.diagnostics.filter((d) => d.severity === 'error');
		expect(errors.map((d) => d.code)).toEqual(
			expect.arrayContaining(['need_unknown', 'id_duplicate'])
		);
		const screen = render(PlaybookList, { entries: [broken] });

		await expect.element(screen.getByRole('heading', { name: 'A broken playbook' })).toBeVisible();
		expect(screen.container.querySelectorAll('a').length).toBe(0);
		await expect.element(screen.getByText(`Errors: ${errors.length}`)).toBeVisible();
		const unknown = errors.find((d) => d.code === 'need_unknown')!;
		await expect
			.element(screen.getByText('There is no need with the id “nonexistent”.'))
			.toBeVisible();
		await expect
			.element(screen.getByText(`line ${unknown.line}, column ${unknown.column}`).first())
			.toBeVisible();
		await expect.element(screen.getByText('need_unknown')).toBeVisible();
	});

	it('translates diagnostics into Chinese', async () => {
		setLocale('zh-CN', { reload: false });
		const broken = entry('broken.md', BROKEN);
		const screen = render(PlaybookList, { entries: [broken] });
		await expect.element(screen.getByText('没有编号为“nonexistent”的需求。')).toBeVisible();
		await expect.element(screen.getByText(/^错误：\d+ 处$/)).toBeVisible();
		setLocale('en', { reload: false });
	});

	it('names a file it could not read at all and still offers no start', async () => {
		setLocale('en', { reload: false });
		const junk = entry('junk.md', 'no front matter here');
		expect(junk.result.playbook).toBeNull();
		const screen = render(PlaybookList, { entries: [junk] });
		await expect
			.element(screen.getByRole('heading', { name: 'Untitled playbook (junk.md)' }))
			.toBeVisible();
		expect(screen.container.querySelectorAll('a').length).toBe(0);
		await expect.element(screen.getByText('frontmatter_missing')).toBeVisible();
	});

	it('marks a playbook added on this device, plans it from the store and offers removal', async () => {
		setLocale('en', { reload: false });
		const added = { ...entry('imported:good-one', GOOD), origin: 'imported' as const };
		const onremove = vi.fn();
		const screen = render(PlaybookList, { entries: [added], onremove });
		await expect.element(screen.getByText('Added on this device')).toBeVisible();
		await expect
			.element(screen.getByRole('link', { name: 'Live call A usable playbook' }))
			.toHaveAttribute('href', expect.stringMatching(/mode=live&from=imported$/));
		await screen.getByRole('button', { name: 'Remove A usable playbook' }).click();
		expect(onremove).toHaveBeenCalledWith(added);
	});
});
