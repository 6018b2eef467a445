import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { portfolioSplit } from '$lib/accounts/portfolio';
import { setLocale } from '$lib/paraglide/runtime.js';
import PortfolioView from './PortfolioView.svelte';

afterEach(() => setLocale('en', { reload: false }));

const PORTFOLIO = portfolioSplit([
	{ id: 'a', name: 'Alpha', profit: 600 },
	{ id: 'b', name: 'Beta', profit: 300 },
	{ id: 'c', name: 'Gamma', profit: 100 },
	{ id: 'd', name: 'Delta', profit: -50 },
	{ id: 'e', name: 'Epsilon' }
]);

describe('PortfolioView', () => {
	it('gives the Pareto chart a name and its numbers as a table', async () => {
		setLocale('en', { reload: false });
		const screen = render(PortfolioView, { portfolio: PORTFOLIO });
		await expect
			.element(screen.getByRole('img', { name: 'Pareto chart of profit by account' }))
			.toBeVisible();
		const table = screen.getByRole('table', { name: 'Portfolio (80/20)' });
		await expect.element(table).toBeVisible();
		const cells = [
			...screen.container.querySelectorAll('[data-testid=portfolio-table] tbody tr')
		].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()));
		expect(cells).toEqual([
			['1', 'Alpha', '600', '60%', '60%', 'Top group'],
			['2', 'Beta', '300', '30%', '90%', 'Top group'],
			['3', 'Gamma', '100', '10%', '100%', 'Rest'],
			['4', 'Delta', '-50', '0%', '100%', 'Brings none']
		]);
		// One bar per ranked account; the unranked one is named under the table.
		expect(screen.container.querySelectorAll('svg rect').length).toBe(4);
		await expect.element(screen.getByText('No profit figure yet: Epsilon')).toBeVisible();
	});

	it('reads in Chinese', async () => {
		setLocale('zh-CN', { reload: false });
		const screen = render(PortfolioView, { portfolio: PORTFOLIO });
		await expect.element(screen.getByRole('cell', { name: '头部客户' }).first()).toBeVisible();
	});
});
