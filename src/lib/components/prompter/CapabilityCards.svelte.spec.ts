import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import { testPlaybook } from '$lib/call/test-playbook';
import CapabilityCards from './CapabilityCards.svelte';

const cards = testPlaybook().capabilities;

describe('CapabilityCards', () => {
	it('offers a benefit only for a card the assessment allows', async () => {
		setLocale('en', { reload: false });
		const presented: string[] = [];
		const screen = render(CapabilityCards, {
			cards,
			benefitCardIds: new Set(['wear-alerts']),
			selectedId: 'wear-alerts',
			lang: 'en',
			onpresent: (id: string, kind: string) => presented.push(`${id}:${kind}`)
		});
		const card = (id: string) => screen.container.querySelector(`[data-card="${id}"]`)!;
		expect(card('wear-alerts').querySelector('[data-present="benefit"]')).not.toBeNull();
		expect(card('quick-change').querySelector('[data-present="benefit"]')).toBeNull();
		await expect
			.element(screen.getByTestId('benefit-text'))
			.toHaveTextContent("You said a stop costs a week's margin; alerts let you plan repairs.");
		(card('wear-alerts').querySelector('[data-present="benefit"]') as HTMLButtonElement).click();
		(card('quick-change').querySelector('[data-present="feature"]') as HTMLButtonElement).click();
		expect(presented).toEqual(['wear-alerts:benefit', 'quick-change:feature']);
	});

	it('says which need unlocks the benefit, except in discreet mode', async () => {
		setLocale('en', { reload: false });
		const props = {
			cards,
			benefitCardIds: new Set<string>(),
			needText: { changeover: 'Shorter changeovers' },
			selectedId: 'quick-change',
			lang: 'en'
		};
		const screen = render(CapabilityCards, props);
		await expect
			.element(screen.getByTestId('benefit-locked'))
			.toHaveTextContent(
				'once the customer states one of these needs explicitly: Shorter changeovers'
			);
		expect(screen.container.querySelector('[data-present="benefit"]')).toBeNull();
		screen.unmount();
		const quiet = render(CapabilityCards, { ...props, discreet: true });
		expect(quiet.container.querySelector('[data-testid="benefit-locked"]')).toBeNull();
	});
});
