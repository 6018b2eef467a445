import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { setLocale } from '$lib/paraglide/runtime.js';
import ConversationPane from './ConversationPane.svelte';

function setup() {
	setLocale('en', { reload: false });
	const asked: [string, string][] = [];
	const screen = render(ConversationPane, {
		lines: [
			{ who: 'rep', text: 'How often does a line stop?' },
			{ who: 'buyer', text: '<b>Twice</b> a week.' }
		],
		lang: 'en',
		onask: (text: string, type: string) => asked.push([text, type])
	});
	return { asked, screen };
}

describe('ConversationPane', () => {
	it('lists who said what, as text, politely announced', async () => {
		const { screen } = setup();
		const log = screen.getByTestId('conversation');
		await expect.element(log).toHaveAttribute('aria-live', 'polite');
		const buyer = screen.container.querySelector('[data-who="buyer"] .said')!;
		expect(buyer.textContent).toBe('<b>Twice</b> a week.');
		expect(buyer.querySelector('b')).toBeNull();
	});

	it('sends a typed question only with a type the rep chose, by keyboard alone', async () => {
		const { asked, screen } = setup();
		const shortcuts: string[] = [];
		const onWindowKey = (e: KeyboardEvent) => shortcuts.push(e.key);
		window.addEventListener('keydown', onWindowKey);
		const radios = screen.getByRole('radio');
		for (const radio of radios.elements()) expect((radio as HTMLInputElement).checked).toBe(false);

		await screen.getByLabelText('Your question').click();
		await userEvent.keyboard('Is it worse at night?{Enter}');
		// No silent default: nothing is sent, the rep is told why and lands on the type choice.
		expect(asked).toEqual([]);
		await expect.element(screen.getByRole('alert')).toHaveTextContent('Choose the question type');
		expect(document.activeElement).toBe(radios.elements()[0]);

		// Arrow keys move through the four types; Enter sends the form with the chosen one.
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		await expect.element(screen.getByRole('radio', { name: 'Implication' })).toBeChecked();
		await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
		await userEvent.keyboard('{Enter}');
		expect(asked).toEqual([['Is it worse at night?', 'implication']]);
		// Letters typed into the form never reach the page's shortcuts.
		expect(shortcuts).toEqual([]);
		await expect.element(screen.getByLabelText('Your question')).toHaveValue('');
		// The next question starts with no type again.
		for (const radio of radios.elements()) expect((radio as HTMLInputElement).checked).toBe(false);
		window.removeEventListener('keydown', onWindowKey);
	});

	it('gives every type choice a touch target of at least 44 px', async () => {
		const { screen } = setup();
		const choices = screen.container.querySelectorAll('.choice');
		expect(choices).toHaveLength(4);
		for (const choice of choices) {
			const box = choice.getBoundingClientRect();
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.width).toBeGreaterThanOrEqual(44);
		}
	});
});
