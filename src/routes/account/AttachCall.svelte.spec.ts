import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { createAccount } from '$lib/db/accounts';
import { createSession, getSession } from '$lib/db/sessions';
import { getSpinDb } from '$lib/db';
import { newSession } from '../../../tests/fixtures/db/calls';
import AttachCall from './AttachCall.svelte';

describe('AttachCall', () => {
	it('lists the calls of no account once the page is up, and attaches the chosen one', async () => {
		const db = getSpinDb();
		const account = await createAccount(db, { name: `Acme ${crypto.randomUUID()}` });
		const title = `Loose call ${crypto.randomUUID()}`;
		// The newest call, so it is within the picker's scan whatever other tests stored.
		const call = await createSession(
			db,
			newSession({ title, startedAt: Date.now() + 86_400_000, account: undefined })
		);
		const onattached = vi.fn();
		const screen = render(AttachCall, { account, onattached });

		const picker = screen.getByRole('combobox', { name: 'Attach an earlier call to this account' });
		await expect.element(picker).toBeVisible();
		const option = screen.getByRole('option', { name: new RegExp(title) });
		await expect.element(option).toBeInTheDocument();
		await picker.selectOptions(call.id);
		await screen.getByRole('button', { name: 'Attach' }).click();

		await expect.poll(() => onattached.mock.calls.length).toBe(1);
		expect((await getSession(db, call.id))?.account?.accountId).toBe(account.id);
		// Read again: the attached call is no longer offered.
		await expect.element(option).not.toBeInTheDocument();
	});
});
