import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { setLocale } from '$lib/paraglide/runtime.js';
import DrillBanner from './DrillBanner.svelte';

const NEED = 'Unplanned downtime on the packaging line costs us every week';

describe('DrillBanner', () => {
	it('names the skill and the need, says the steps were staged and what to do', async () => {
		setLocale('en', { reload: false });
		const ended: number[] = [];
		const screen = render(DrillBanner, {
			skill: 'developNeed',
			need: NEED,
			lang: 'en',
			moveMade: false,
			onend: () => ended.push(1)
		});
		const banner = screen.getByRole('region', {
			name: `Drill: Develop an implied need on ${NEED}`
		});
		await expect.element(banner).toBeVisible();
		await expect
			.element(screen.getByText('Set up for you; now ask an implication question about it.'))
			.toBeVisible();
		expect(screen.container.querySelector('.need')?.getAttribute('lang')).toBe('en');
		// No way to end before the move was made.
		expect(screen.container.querySelector('button')).toBeNull();

		await screen.rerender({ moveMade: true });
		await screen.getByRole('button', { name: /End and see the drill score/ }).click();
		expect(ended).toEqual([1]);
	});

	it('speaks Chinese, keeps the need in the playbook language, and fits two lines on a phone', async () => {
		setLocale('zh-CN', { reload: false });
		await page.viewport(390, 844);
		const screen = render(DrillBanner, {
			skill: 'askAdvance',
			need: NEED,
			lang: 'en',
			moveMade: false,
			onend: () => {}
		});
		await expect.element(screen.getByText('专项练习：争取推进，需求：')).toBeVisible();
		await expect
			.element(screen.getByText('之前的步骤已替你完成；先总结利益，再争取推进。'))
			.toBeVisible();
		expect(screen.container.querySelector('.need')?.getAttribute('lang')).toBe('en');
		const banner = screen.container.querySelector('[data-drill]') as HTMLElement;
		const lineHeight = parseFloat(getComputedStyle(banner).lineHeight);
		const text = banner.querySelector('.text') as HTMLElement;
		expect(text.getBoundingClientRect().height).toBeLessThanOrEqual(2 * lineHeight + 1);
		expect(banner.scrollWidth).toBeLessThanOrEqual(banner.clientWidth);

		await screen.rerender({ moveMade: true });
		await expect.element(screen.getByRole('button', { name: /结束并查看练习得分/ })).toBeVisible();
		setLocale('en', { reload: false });
	});
});
