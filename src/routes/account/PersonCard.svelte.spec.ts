import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { createAccount } from '$lib/db/accounts';
import { getSpinDb } from '$lib/db';
import { addPerson, getPerson } from '$lib/db/people';
import { setLocale } from '$lib/paraglide/runtime.js';
import PersonCard from './PersonCard.svelte';

afterEach(() => setLocale('en', { reload: false }));

async function person(name: string) {
	const db = getSpinDb();
	const account = await createAccount(db, { name: `Acme ${crypto.randomUUID()}` });
	return addPerson(db, { accountId: account.id, name });
}

describe('PersonCard: the sensitive-data notice', () => {
	it('asks once, before sensitive fields show, and records the consent with its date', async () => {
		setLocale('en', { reload: false });
		const row = await person('Li Wei');
		const screen = render(PersonCard, {
			person: row,
			onerased: () => {},
			onsaved: () => {}
		});
		screen.container.querySelector('details')!.open = true;
		const fields = () => screen.container.querySelectorAll('[data-field]').length;
		const hidden = fields();
		expect(screen.container.querySelector('[data-field=health]')).toBeNull();

		await screen.getByTestId('toggle-sensitive').click();
		const notice = screen.getByRole('group', { name: 'Sensitive personal information' });
		await expect.element(notice).toBeVisible();
		await expect.element(notice.getByText(/China's PIPL, the EU's GDPR/)).toBeVisible();
		const confirm = screen.getByTestId('consent-confirm');
		await expect.element(confirm).toBeDisabled();
		// Still hidden while the notice waits.
		expect(fields()).toBe(hidden);

		await screen
			.getByRole('checkbox', { name: 'Li Wei agreed that I keep this information' })
			.click();
		await confirm.click();
		await expect.element(screen.getByTestId('consent-date')).toBeVisible();
		expect(screen.container.querySelector('[data-field=health]')).not.toBeNull();
		expect(fields()).toBeGreaterThan(hidden);
		expect((await getPerson(getSpinDb(), row.id))?.consentAt).toBeTypeOf('number');

		// Hidden again on request; showing them later asks nothing.
		await screen.getByTestId('toggle-sensitive').click();
		expect(fields()).toBe(hidden);
		await screen.getByTestId('toggle-sensitive').click();
		expect(screen.container.querySelector('.consent')).toBeNull();
		expect(fields()).toBeGreaterThan(hidden);
	});

	it('gives the notice in Chinese, and cancelling keeps the fields hidden', async () => {
		setLocale('zh-CN', { reload: false });
		const row = await person('王芳');
		const screen = render(PersonCard, { person: row, onerased: () => {}, onsaved: () => {} });
		screen.container.querySelector('details')!.open = true;
		await screen.getByTestId('toggle-sensitive').click();
		const notice = screen.getByRole('group', { name: '敏感个人信息' });
		await expect.element(notice.getByText(/个人信息保护法/)).toBeVisible();
		await notice.getByRole('button', { name: '取消' }).click();
		expect(screen.container.querySelector('.consent')).toBeNull();
		expect(screen.container.querySelector('[data-field=health]')).toBeNull();
		expect((await getPerson(getSpinDb(), row.id))?.consentAt).toBeUndefined();
	});
});
