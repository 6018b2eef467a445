import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { setLocale } from '$lib/paraglide/runtime.js';
import type { CallEvent } from '$lib/session/events';
import { sampleCall } from '../../../../tests/fixtures/db/calls';
import { buildTimeline } from '$lib/review/timeline';
import CallTimeline, { COLUMNS } from './CallTimeline.svelte';
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
	it('draws a crowded lane once per column, the mark on top, and keeps every mark in reach', async () => {
		setLocale('en', { reload: false });
		// 5,000 events: the sample call's middle repeated a second apart, a stage change in each.
		const call = sampleCall();
		const events: CallEvent[] = call.slice(0, 3);
		while (events.length < 4_999) {
			const e = call[3 + (events.length % 9)];
			events.push({ ...e, at: call[0].at + events.length * 1000 });
		}
		events.push({ ...call[call.length - 1], at: call[0].at + 5_000_000 });
		const { marks, bands, span } = buildTimeline(events);
		const screen = render(CallTimeline, { props: { events, describe: describe_ } });
		const drawn = [...screen.container.querySelectorAll<SVGCircleElement>('.chart circle.mark')];
		expect(drawn.length).toBeGreaterThan(0);
		expect(drawn.length).toBeLessThan(marks.length);
		// Per lane, each column holds one circle: the last mark of that lane in that column.
		const column = (i: number) => `${marks[i].lane} ${Math.round((marks[i].t / span) * COLUMNS)}`;
		const lastIn = new Map(marks.map((_, i) => [column(i), i]));
		const indexes = drawn.map((el) => Number(el.dataset.mark));
		expect(indexes).toEqual([...lastIn.values()].sort((a, b) => a - b));
		// Bands are all drawn; a name only where it can show (on a band a column wide, or the last).
		expect(screen.container.querySelectorAll('.chart rect.band').length).toBe(bands.length);
		const names = screen.container.querySelectorAll('.chart text.band-name').length;
		expect(names).toBe(
			bands.filter((b, i) => i === bands.length - 1 || (b.to - b.from) * COLUMNS >= span).length
		);
		expect(names).toBeLessThan(bands.length);
		// Every mark, drawn or covered, is in the count and reachable from the keyboard.
		const plot = screen.getByRole('group', { name: `Call timeline, ${marks.length} moments` });
		await expect.element(plot).toBeVisible();
		(plot.element() as HTMLElement).focus();
		await userEvent.keyboard('{End}');
		await expect.element(plot).toHaveAttribute('data-selected', String(marks.length - 1));
		await userEvent.keyboard('{ArrowLeft}');
		await expect.element(plot).toHaveAttribute('data-selected', String(marks.length - 2));
	});
});
