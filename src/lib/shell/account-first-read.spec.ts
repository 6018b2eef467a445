import { describe, expect, it, vi } from 'vitest';

const loadAccountPage = vi.fn(async (id: string) => ({ id }) as never);
vi.mock('./account-page', () => ({ loadAccountPage }));

const { startAccountRead, takeAccountRead } = await import('./account-first-read');
const { routeStarting } = await import('./route-prefetch');

describe('the account page’s first read', () => {
	it('starts with the navigation to the account, and the page takes that read', async () => {
		loadAccountPage.mockClear();
		routeStarting('/account', new URL('https://app.test/account/?id=a1'));
		expect(loadAccountPage).toHaveBeenCalledTimes(1);
		expect(await takeAccountRead('a1')).toEqual({ page: { id: 'a1' } });
		expect(loadAccountPage).toHaveBeenCalledTimes(1);
		// Taken once: coming back to the account reads it again.
		await takeAccountRead('a1');
		expect(loadAccountPage).toHaveBeenCalledTimes(2);
	});

	it('reads afresh for another account, and ignores other routes and a missing id', async () => {
		loadAccountPage.mockClear();
		startAccountRead('a1');
		routeStarting('/accounts', new URL('https://app.test/accounts/?id=a1'));
		routeStarting('/account', new URL('https://app.test/account/'));
		expect(loadAccountPage).toHaveBeenCalledTimes(1);
		expect(await takeAccountRead('b2')).toEqual({ page: { id: 'b2' } });
		expect(loadAccountPage).toHaveBeenCalledTimes(2);
	});

	it('hands a failed read to the page as an error, not a rejection', async () => {
		loadAccountPage.mockRejectedValueOnce(new Error('quota'));
		startAccountRead('c3');
		expect(await takeAccountRead('c3')).toEqual({ error: new Error('quota') });
	});
});
