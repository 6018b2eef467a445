import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import type { CallEvent } from '$lib/session/events';
import EventList, { EVENT_PAGE } from './EventList.svelte';

afterEach(() => setLocale('en', { reload: false }));

const T0 = Date.UTC(2026, 10, 2, 9);
const notes = (n: number): CallEvent[] =>
	Array.from({ length: n }, (_, i) => ({
		v: 1,
		at: T0 + i * 1000,
		type: 'note.add',
		text: `n${i}`
	}));

describe('EventList', () => {
	it('shows a long call a page at a time, and all of it on "show all"', async () => {
		setLocale('en', { reload: false });
		const total = EVENT_PAGE * 2 + 50;
		const screen = render(EventList, { props: { events: notes(total), playbook: null } });
		const rows = () => screen.container.querySelectorAll('ol.events > li').length;
		expect(rows()).toBe(EVENT_PAGE);
		await expect
			.element(screen.getByText(`Showing ${EVENT_PAGE} of ${total} steps.`))
			.toBeVisible();

		await screen.getByRole('button', { name: `Show ${EVENT_PAGE} more` }).click();
		expect(rows()).toBe(EVENT_PAGE * 2);
		await screen.getByRole('button', { name: `Show all ${total}` }).click();
		expect(rows()).toBe(total);
		expect(screen.container.querySelector('.more')).toBeNull();
	});

	it('renders every row before printing, and says nothing more for a short call', async () => {
		setLocale('zh-CN', { reload: false });
		const screen = render(EventList, { props: { events: notes(EVENT_PAGE + 1), playbook: null } });
		await expect.element(screen.getByRole('button', { name: '再显示 1 条' })).toBeVisible();
		window.dispatchEvent(new Event('beforeprint'));
		expect(screen.container.querySelectorAll('ol.events > li').length).toBe(EVENT_PAGE + 1);

		const short = render(EventList, { props: { events: notes(3), playbook: null } });
		expect(short.container.querySelectorAll('ol.events > li').length).toBe(3);
		expect(short.container.querySelector('.more')).toBeNull();
	});
});
