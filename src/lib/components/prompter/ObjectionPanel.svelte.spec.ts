import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import type { Objection } from '$lib/playbook/types';
import ObjectionPanel from './ObjectionPanel.svelte';

const price: Objection = {
	id: 'price',
	line: 1,
	title: 'Too expensive',
	answers: ['Compare with a day of downtime', 'Offer a discount'],
	answerOptions: [
		{ id: 'compare', line: 2, text: 'Compare with a day of downtime', quality: 'strong' },
		{ id: 'discount', line: 3, text: 'Offer a discount', quality: 'weak' }
	],
	causes: []
};

describe('ObjectionPanel', () => {
	it('lets the rep answer an open objection with one of its listed answers', async () => {
		setLocale('en', { reload: false });
		const answered: [string, string | undefined][] = [];
		const screen = render(ObjectionPanel, {
			objections: [price],
			openIds: new Set(['price']),
			lang: 'en',
			onanswer: (id: string, answerId?: string) => answered.push([id, answerId])
		});
		const choice = screen.getByRole('button', { name: 'Offer a discount' });
		await choice.click();
		expect(answered).toEqual([['price', 'discount']]);
		// The grade is the buyer's secret: the rep sees the words only.
		expect(screen.container.textContent).not.toMatch(/weak|strong/);
		const box = choice.element().getBoundingClientRect();
		expect(box.height).toBeGreaterThanOrEqual(44);
	});

	it('while a digit picks an answer, shows only that objection with its answers numbered', async () => {
		setLocale('en', { reload: false });
		const other: Objection = { ...price, id: 'timing', title: 'Not now', answerOptions: [] };
		const screen = render(ObjectionPanel, {
			objections: [other, price],
			openIds: new Set(['price']),
			answeringId: 'price',
			lang: 'en'
		});
		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent('Press the number of the answer');
		expect(screen.container.querySelectorAll('[data-objection]')).toHaveLength(1);
		const numbers = [...screen.container.querySelectorAll('[data-answer] .prompter-num')];
		expect(numbers.map((n) => n.textContent)).toEqual(['1', '2']);
		expect(screen.container.querySelector('section')?.classList.contains('picking')).toBe(true);
	});

	it('offers the named person’s profile and the competitor’s counter-measures by touch, not when discreet', async () => {
		setLocale('en', { reload: false });
		const opened: string[] = [];
		const props = {
			objections: [price],
			openIds: new Set(['price']),
			lang: 'en',
			links: { price: { person: { name: 'Amy Chen' }, competitor: { name: 'Acme' } } },
			onprofile: (id: string) => opened.push(`person:${id}`),
			oncounter: (id: string) => opened.push(`competitor:${id}`)
		};
		const screen = render(ObjectionPanel, props);
		await screen.getByRole('button', { name: /Profile: Amy Chen/ }).click();
		await screen.getByRole('button', { name: /Counter-measures: Acme/ }).click();
		expect(opened).toEqual(['person:price', 'competitor:price']);
		const quiet = render(ObjectionPanel, { ...props, discreet: true });
		expect(quiet.container.querySelector('[data-related]')).toBeNull();
	});
});
