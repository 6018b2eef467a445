import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { createRawSnippet, flushSync } from 'svelte';
import AfterFirstPaint from './AfterFirstPaint.svelte';

const children = createRawSnippet(() => ({
	render: () => `<p data-testid="later">Service plan editor</p>`
}));

afterEach(() => vi.restoreAllMocks());

describe('AfterFirstPaint', () => {
	it('waits for an idle moment only once the first frame is drawn, then shows its content', async () => {
		const idle = vi.spyOn(window, 'requestIdleCallback');
		const screen = render(AfterFirstPaint, { children });
		flushSync();
		expect(screen.container.querySelector('[data-testid="later"]')).toBeNull();
		// An idle callback asked for now could run before the first frame and hold it up.
		expect(idle).not.toHaveBeenCalled();
		await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
		expect(idle).toHaveBeenCalledTimes(1);
		await expect.element(screen.getByTestId('later')).toHaveTextContent('Service plan editor');
	});
});
