import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { createRawSnippet } from 'svelte';
import { createSession, getSpinDb } from '$lib/db';
import { setLocale } from '$lib/paraglide/runtime.js';
import type { LoadedSession } from '$lib/shell/load-session';
import { TEST_PLAYBOOK_SOURCE, testPlaybook } from '$lib/call/test-playbook';
import SessionGate from './SessionGate.svelte';

// The children snippet shows the loaded call's title, so a test sees what reached it.
const children = createRawSnippet((session: () => LoadedSession) => ({
	render: () => `<p data-testid="loaded">${session().row.title}</p>`
}));

describe('SessionGate', () => {
	it('explains a missing id and renders nothing else', async () => {
		setLocale('en', { reload: false });
		const screen = render(SessionGate, { id: null, children });
		await expect.element(screen.getByRole('alert')).toHaveTextContent('No call was given');
		expect(screen.container.querySelector('[data-testid="loaded"]')).toBeNull();
	});

	it('says so when this device has no such call', async () => {
		setLocale('en', { reload: false });
		const screen = render(SessionGate, { id: `missing-${crypto.randomUUID()}`, children });
		await expect.element(screen.getByRole('alert')).toHaveTextContent('not saved on this device');
	});

	it('hands the stored call to its children and to onload', async () => {
		setLocale('en', { reload: false });
		const pb = testPlaybook();
		const row = await createSession(getSpinDb(), {
			playbook: { id: pb.meta.id, version: pb.meta.version, text: TEST_PLAYBOOK_SOURCE },
			mode: 'live',
			title: 'Gate test call',
			locale: 'en',
			startedAt: Date.now()
		});
		let seen: LoadedSession | undefined;
		const screen = render(SessionGate, { id: row.id, children, onload: (s) => (seen = s) });
		await expect.element(screen.getByTestId('loaded')).toHaveTextContent('Gate test call');
		expect(seen?.row.id).toBe(row.id);
		expect(seen?.playbook?.meta.id).toBe(pb.meta.id);
	});
});
