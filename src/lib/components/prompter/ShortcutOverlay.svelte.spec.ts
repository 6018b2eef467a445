import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { setLocale } from '$lib/paraglide/runtime.js';
import { shortcutHelp } from '$lib/call/shortcut-help';
import ShortcutOverlay from './ShortcutOverlay.svelte';

describe('ShortcutOverlay', () => {
	it('opens as a modal dialog listing every shortcut and closes on Esc', async () => {
		setLocale('en', { reload: false });
		let closed = 0;
		const screen = render(ShortcutOverlay, {
			open: true,
			shortcuts: shortcutHelp(false),
			onclose: () => closed++
		});
		const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect.element(dialog).toBeVisible();
		const el = (await dialog.element()) as HTMLDialogElement;
		expect(el.matches(':modal')).toBe(true);
		const rows = el.querySelectorAll('[data-shortcut]');
		expect(rows.length).toBe(shortcutHelp(false).length);
		expect(el.querySelector('[data-shortcut="free"]')).toBeNull();
		await expect.element(screen.getByText('Discreet mode: hide coaching text')).toBeVisible();
		await userEvent.keyboard('{Escape}');
		await expect.poll(() => closed).toBe(1);
		expect(el.open).toBe(false);
	});

	it('tells its owner on `cancel`, in the same task as Esc, and only once', async () => {
		setLocale('en', { reload: false });
		let closed = 0;
		const screen = render(ShortcutOverlay, {
			open: true,
			shortcuts: shortcutHelp(false),
			onclose: () => closed++
		});
		const el = (await screen.getByRole('dialog').element()) as HTMLDialogElement;
		await expect.element(screen.getByRole('dialog')).toBeVisible();
		// A key typed right after Esc must find the overlay already closed: `close` comes later.
		el.dispatchEvent(new Event('cancel'));
		expect(closed).toBe(1);
		el.close();
		await new Promise((r) => setTimeout(r, 50));
		expect(closed).toBe(1);
	});

	it('keeps Tab inside the dialog', async () => {
		setLocale('en', { reload: false });
		const screen = render(ShortcutOverlay, { open: true, shortcuts: shortcutHelp(true) });
		const el = (await screen.getByRole('dialog').element()) as HTMLDialogElement;
		const close = screen.getByRole('button', { name: /Close/ });
		await expect.element(close).toBeVisible();
		((await close.element()) as HTMLButtonElement).focus();
		await userEvent.keyboard('{Tab}');
		expect(el.contains(document.activeElement)).toBe(true);
		await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
		expect(el.contains(document.activeElement)).toBe(true);
		expect(el.querySelector('[data-shortcut="free"]')).not.toBeNull();
	});
});
