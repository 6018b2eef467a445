import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { dayFromIso } from '$lib/accounts/local-day';
import type { DueRow } from '$lib/db/account-overview';
import { setLocale } from '$lib/paraglide/runtime.js';
import VisitsDue from './VisitsDue.svelte';

afterEach(() => setLocale('en', { reload: false }));

const cadence = { visits: 2, per: 'month' } as const;
const DUE: DueRow[] = [
	{ accountId: 'a', name: 'Never Ltd', cadence, daysOverdue: Infinity, tier: 'gold' },
	{
		accountId: 'b',
		name: 'Late Co',
		cadence,
		lastContactDay: dayFromIso('2026-11-01'),
		dueDay: dayFromIso('2026-11-15'),
		daysOverdue: 5,
		lastCallId: 'c1',
		nextStep: { text: 'Send the pilot plan', date: '2026-11-20' }
	},
	{
		accountId: 'c',
		name: 'Soon AG',
		cadence,
		lastContactDay: dayFromIso('2026-11-19'),
		dueDay: dayFromIso('2026-11-23'),
		daysOverdue: -3
	}
];

const rows = (container: HTMLElement) =>
	[...container.querySelectorAll('[data-testid=visits-due] tbody tr')].map((tr) =>
		[...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim())
	);

describe('VisitsDue', () => {
	it('lists accounts in the order given with their due state, last contact and next step', async () => {
		setLocale('en', { reload: false });
		const screen = render(VisitsDue, { due: DUE });
		const table = rows(screen.container);
		expect(table.map((r) => r[1])).toEqual(['Never visited', '5 days overdue', 'Due in 3 days']);
		expect(table[0][2]).toBe('—');
		expect(table[1][2]).toContain('2026');
		expect(table[1][3]).toBe('Send the pilot plan · 2026-11-20');
		expect(table[2][3]).toBe('—');
		expect(table[0][0]).toContain('Never Ltd');
		// Never visited counts as overdue; due in 3 days does not.
		expect(
			[...screen.container.querySelectorAll('tbody tr')].map((tr) =>
				tr.getAttribute('data-overdue')
			)
		).toEqual(['true', 'true', 'false']);
		await expect
			.element(screen.getByRole('link', { name: 'Late Co' }))
			.toHaveAttribute('href', expect.stringContaining('id=b'));
	});

	it('says so when nothing is due, in Chinese too', async () => {
		setLocale('zh-CN', { reload: false });
		const screen = render(VisitsDue, { due: DUE.slice(1, 2) });
		expect(rows(screen.container)[0][1]).toBe('逾期 5 天');
		const empty = render(VisitsDue, { due: [] });
		expect(empty.container.querySelector('table')).toBeNull();
		expect(empty.container.textContent?.trim()).not.toBe('');
	});
});
