import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { setLocale } from '$lib/paraglide/runtime.js';
import ConversationPane from './ConversationPane.svelte';

describe('ConversationPane', () => {
	it('lists who said what, politely announced, and sends a typed question with its type', async () => {
		setLocale('en', { reload: false });
		const asked: [string, string][] = [];
		const shortcuts: string[] = [];
		const onWindowKey = (e: KeyboardEvent) => shortcuts.push(e.key);
		window.addEventListener('keydown', onWindowKey);
		const screen = render(ConversationPane, {
			lines: [
				{ who: 'rep', text: 'How often does a line stop?' },
				{ who: 'buyer', text: '<b>Twice</b> a week.' }
			],
			lang: 'en',
			spinType: 'problem',
			onask: (text: string, type: string) => asked.push([text, type])
		});
		const log = screen.getByTestId('conversation');
		await expect.element(log).toHaveAttribute('aria-live', 'polite');
		const buyer = screen.container.querySelector('[data-who="buyer"] .said')!;
		expect(buyer.textContent).toBe('<b>Twice</b> a week.');
		expect(buyer.querySelector('b')).toBeNull();

		await screen.getByLabelText('Your question').click();
		await userEvent.keyboard('Is it worse at night?{Enter}');
		expect(asked).toEqual([['Is it worse at night?', 'problem']]);
		// Letters typed into the field never reach the page's shortcuts.
		expect(shortcuts).toEqual([]);
		await expect.element(screen.getByLabelText('Your question')).toHaveValue('');
		window.removeEventListener('keydown', onWindowKey);
	});
});
