import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import NeedList from './NeedList.svelte';
import type { NeedView } from '$lib/call/types';

const needs: NeedView[] = [
	{ id: 'downtime', text: 'Fewer unplanned stops', level: 'explicit', met: true },
	{ id: 'changeover', text: 'Shorter changeovers', level: 'implied', met: false },
	{ id: 'scrap', text: 'Less scrap', level: 'none', met: false }
];

describe('NeedList', () => {
	it('shows each need’s level and counts what was found', async () => {
		setLocale('en', { reload: false });
		const screen = render(NeedList, { needs, lang: 'en' });
		await expect.element(screen.getByText('1 implied · 1 explicit')).toBeVisible();
		const levels = [...screen.container.querySelectorAll('[data-testid="need-level"]')].map((el) =>
			el.textContent?.replace(/\s+/g, ' ').trim()
		);
		expect(levels).toEqual(['explicit · met', 'implied', 'not yet']);
	});

	it('offers only the confirmations still open and reports the level picked', async () => {
		setLocale('en', { reload: false });
		const confirmed: [string, string][] = [];
		const screen = render(NeedList, {
			needs,
			lang: 'en',
			onconfirm: (id: string, level: string) => confirmed.push([id, level])
		});
		const row = (id: string) => screen.container.querySelector(`[data-need="${id}"]`)!;
		expect(row('downtime').querySelectorAll('button').length).toBe(0);
		expect(
			[...row('changeover').querySelectorAll('button')].map((b) => b.textContent?.trim())
		).toEqual(['Explicit']);
		const buttons = row('scrap').querySelectorAll('button');
		expect(buttons.length).toBe(2);
		(buttons[0] as HTMLButtonElement).click();
		(row('changeover').querySelector('button') as HTMLButtonElement).click();
		expect(confirmed).toEqual([
			['scrap', 'implied'],
			['changeover', 'explicit']
		]);
	});

	it('shows the numbers to press after C', async () => {
		setLocale('zh-CN', { reload: false });
		const screen = render(NeedList, { needs, lang: 'en', picking: true });
		await expect.element(screen.getByRole('status')).toHaveTextContent('按数字键选择');
		await expect.element(screen.getByText('隐含 1 个 · 明确 1 个')).toBeVisible();
		setLocale('en', { reload: false });
	});
});
