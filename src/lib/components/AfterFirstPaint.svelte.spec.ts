import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { createRawSnippet, flushSync } from 'svelte';
import AfterFirstPaint from './AfterFirstPaint.svelte';

const children = createRawSnippet(() => ({
	render: () => `<p data-testid="later">Service plan editor</p>`
}));

describe('AfterFirstPaint', () => {
	it('leaves its content out of the first frame, then shows it', async () => {
		const screen = render(AfterFirstPaint, { children });
		flushSync();
		expect(screen.container.querySelector('[data-testid="later"]')).toBeNull();
		await expect.element(screen.getByTestId('later')).toHaveTextContent('Service plan editor');
	});
});
