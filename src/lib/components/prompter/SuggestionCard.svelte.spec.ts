import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import SuggestionCard from './SuggestionCard.svelte';
import NudgeList from './NudgeList.svelte';

const props = {
	text: 'When a line stops, what happens to the week’s orders?',
	spinType: 'implication' as const,
	hints: ['Let the buyer feel it.'],
	followUps: ['Which orders?'],
	reason: { code: 'develop_implied_need' as const, params: { need: 'Fewer unplanned stops' } },
	lang: 'en'
};

describe('SuggestionCard', () => {
	it('shows the question, why the ledger suggests it, and the hint', async () => {
		setLocale('en', { reload: false });
		let asked = 0;
		const screen = render(SuggestionCard, { ...props, onask: () => asked++ });
		await expect.element(screen.getByText(props.text)).toBeVisible();
		await expect
			.element(screen.getByRole('heading', { name: 'Suggested question · Implication' }))
			.toBeVisible();
		await expect
			.element(screen.getByTestId('suggestion-reason'))
			.toHaveTextContent(
				'Why: “Fewer unplanned stops” is only implied. Ask about its consequences so the customer feels how serious it is.'
			);
		await expect
			.element(screen.getByTestId('suggestion-hint'))
			.toHaveTextContent('Let the buyer feel it.');
		await screen.getByRole('button', { name: /Mark asked/ }).click();
		expect(asked).toBe(1);
	});

	it('translates the reason into Chinese', async () => {
		setLocale('zh-CN', { reload: false });
		const screen = render(SuggestionCard, { ...props, reason: { code: 'summarize_benefits' } });
		await expect
			.element(screen.getByTestId('suggestion-reason'))
			.toHaveTextContent('提出请求之前，先把需求和利益总结一遍。');
		setLocale('en', { reload: false });
	});

	it('hides the reason and the hints in discreet mode but keeps the question', async () => {
		setLocale('en', { reload: false });
		const screen = render(SuggestionCard, { ...props, discreet: true });
		await expect.element(screen.getByText(props.text)).toBeVisible();
		expect(screen.container.querySelector('[data-testid="suggestion-reason"]')).toBeNull();
		expect(screen.container.querySelector('[data-testid="suggestion-hint"]')).toBeNull();
		expect(screen.container.textContent).not.toContain('Let the buyer feel it.');
	});

	it('says so when there is nothing to suggest', async () => {
		setLocale('en', { reload: false });
		const screen = render(SuggestionCard, { ...props, text: null });
		await expect
			.element(screen.getByText('No suggestion right now. Pick a question from the bank.'))
			.toBeVisible();
		expect(screen.container.querySelector('button')).toBeNull();
	});
});

describe('NudgeList', () => {
	const nudges = [
		{ code: 'capability_before_explicit_need', params: { kind: 'Feature' }, severity: 'warn' },
		{ code: 'objection_unanswered', params: { count: 2 }, severity: 'warn' }
	] as const;

	it('translates each nudge with its parameters', async () => {
		setLocale('en', { reload: false });
		const screen = render(NudgeList, { nudges });
		await expect
			.element(screen.getByText(/Capability presented \(Feature\) before the customer stated/))
			.toBeVisible();
		await expect.element(screen.getByText(/Open objections: 2\./)).toBeVisible();
	});

	it('shows nothing in discreet mode', async () => {
		setLocale('en', { reload: false });
		const screen = render(NudgeList, { nudges, discreet: true });
		expect(screen.container.querySelectorAll('[data-nudge]').length).toBe(0);
	});
});
