import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { setLocale } from '$lib/paraglide/runtime.js';
import type { CallEvent } from '$lib/session/events';
import { sampleCall } from '../../../../tests/fixtures/db/calls';
import CallTimeline from './CallTimeline.svelte';
import '../../../app.css';

afterEach(() => setLocale('en', { reload: false }));

const describe_ = (event: CallEvent) => ({
	label: event.type,
	...('text' in event && event.text ? { detail: event.text } : {})
});

describe('CallTimeline', () => {
	it('says what each colour and mark means, and keeps the list as a text alternative', async () => {
		setLocale('en', { reload: false });
		const screen = render(CallTimeline, {
			props: { events: sampleCall(), describe: describe_ }
		});
		const legend = screen.getByTestId('timeline-legend');
		await expect
			.element(legend.getByRole('heading', { name: 'What the marks mean' }))
			.toBeVisible();
		const entries = [...screen.container.querySelectorAll('[data-legend]')].map((el) => [
			el.getAttribute('data-legend'),
			el.textContent?.trim()
		]);
		expect(entries).toEqual([
			['question situation', 'Situation'],
			['question problem', 'Problem'],
			['question implication', 'Implication'],
			['question needPayoff', 'Need-payoff'],
			['need implied', expect.any(String)],
			['need explicit', expect.any(String)],
			['need met', expect.any(String)],
			['benefit met', 'Benefit on an explicit need'],
			['benefit plain', 'Other benefit'],
			['objection raised', 'Objection left open'],
			['objection answered', 'Objection answered'],
			['note note', 'Note']
		]);
		// A swatch has the colour of the marks it names.
		const swatch = (key: string) =>
			getComputedStyle(screen.container.querySelector(`[data-legend="${key}"] circle`)!).fill;
		const marks = [...screen.container.querySelectorAll('.chart circle.mark')];
		expect(marks.length).toBeGreaterThan(3);
		for (const el of marks) {
			// A note's lane and kind are both `note` (one class).
			const [lane, kind = lane] = [...el.classList].filter((c) => c !== 'mark');
			const key = `${lane} ${kind}`;
			expect(swatch(key), key).toBe(getComputedStyle(el).fill);
		}
		expect(swatch('question situation')).not.toBe(swatch('question implication'));
		// Not the marks: the e2e counts marks per lane.
		expect(screen.container.querySelectorAll('.legend .mark, .legend .band').length).toBe(0);
		await expect.element(screen.getByText('Timeline as a list')).toBeVisible();
	});

	it('reads in Chinese', async () => {
		setLocale('zh-CN', { reload: false });
		const screen = render(CallTimeline, {
			props: { events: sampleCall(), describe: describe_ }
		});
		const legend = screen.getByTestId('timeline-legend');
		await expect.element(legend.getByRole('heading', { name: '标记说明' })).toBeVisible();
		await expect.element(legend.getByText('已回应的异议')).toBeVisible();
		await expect.element(legend.getByText('深色区段：了解需求和获得承诺阶段')).toBeVisible();
	});
});
