import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { AccountPage } from '$lib/shell/account-page';
import CallTimeline from './CallTimeline.svelte';

/** `n` calls oldest first, one a day, objectives numbered from 1. */
const calls = (n: number): AccountPage['timeline'] =>
	Array.from({ length: n }, (_, i) => ({
		id: `c${i + 1}`,
		day: 20_000 + i,
		objective: `Objective ${i + 1}`,
		step: 'none' as const,
		title: 'Demo playbook',
		mode: 'live' as const,
		startedAt: Date.UTC(2026, 0, 1 + i, 9)
	}));

describe('account CallTimeline', () => {
	it('shows the ten newest calls, then the earlier ones on request, focus on the first', async () => {
		const onearlier = vi.fn(async () => {});
		const screen = render(CallTimeline, { timeline: calls(25), onearlier });
		const items = () => screen.container.querySelectorAll('[data-testid=timeline] > li');
		expect(items()).toHaveLength(10);
		const list = screen.container.querySelector('[data-testid=timeline]') as HTMLOListElement;
		// Numbered as they are in the whole list: the 16th call to the 25th.
		expect(list.start).toBe(16);
		expect(items()[0].textContent).toContain('Objective 16');
		expect(items()[9].textContent).toContain('Objective 25');

		await screen.getByRole('button', { name: 'Show the 15 earlier calls' }).click();
		await expect.poll(() => items().length).toBe(25);
		// The page was asked for what the earlier calls need, once.
		expect(onearlier).toHaveBeenCalledTimes(1);
		expect(list.start).toBe(1);
		expect(items()[0].textContent).toContain('Objective 1');
		await expect
			.element(screen.getByRole('button', { name: /earlier calls/ }))
			.not.toBeInTheDocument();
		expect(document.activeElement).toBe(items()[0].querySelector('a'));
	});

	it('has no button when every call fits', async () => {
		const screen = render(CallTimeline, { timeline: calls(10) });
		expect(screen.container.querySelectorAll('[data-testid=timeline] > li')).toHaveLength(10);
		expect(screen.container.querySelector('[data-testid=timeline-earlier]')).toBeNull();
	});
});
