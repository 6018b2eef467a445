import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import StageRail from './StageRail.svelte';
import SpinCounts from './SpinCounts.svelte';

describe('StageRail', () => {
	it('marks the current stage as the current step and the earlier ones as done', async () => {
		setLocale('en', { reload: false });
		const screen = render(StageRail, { stage: 'demonstrating' });
		const nav = screen.getByRole('navigation', { name: 'Call stages' });
		await expect.element(nav).toBeVisible();
		const items = [...screen.container.querySelectorAll('li')];
		expect(items.map((li) => li.textContent?.replace(/\d/g, '').trim())).toEqual([
			'Opening',
			'Investigating',
			'Demonstrating',
			'Committing'
		]);
		expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, null, 'step', null]);
		expect(items.map((li) => li.classList.contains('done'))).toEqual([true, true, false, false]);
	});

	it('speaks Chinese when the UI does', async () => {
		setLocale('zh-CN', { reload: false });
		const screen = render(StageRail, { stage: 'opening' });
		await expect.element(screen.getByRole('navigation', { name: '拜访阶段' })).toBeVisible();
		await expect.element(screen.getByText('了解需求')).toBeVisible();
		setLocale('en', { reload: false });
	});
});

describe('SpinCounts', () => {
	it('shows each type’s count, marks the bank on screen and switches on a tap', async () => {
		setLocale('en', { reload: false });
		const picked: string[] = [];
		const screen = render(SpinCounts, {
			counts: { situation: 3, problem: 2, implication: 1, needPayoff: 0 },
			current: 'problem',
			onselect: (t: string) => picked.push(t)
		});
		const problem = screen.getByRole('button', { name: 'Problem: 2 asked' });
		await expect.element(problem).toHaveAttribute('aria-pressed', 'true');
		await expect
			.element(screen.getByRole('button', { name: 'Situation: 3 asked' }))
			.toHaveAttribute('aria-pressed', 'false');
		await screen.getByRole('button', { name: 'Need-payoff: 0 asked' }).click();
		expect(picked).toEqual(['needPayoff']);
		const box = (await problem.element()).getBoundingClientRect();
		expect(box.height).toBeGreaterThanOrEqual(44);
	});
});
