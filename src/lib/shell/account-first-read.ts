// The account page's first read, started as the navigation to it starts (route-prefetch.ts), so
// IndexedDB answers while the previous screen is torn down and the page is built.
import { localTimeZone } from '$lib/i18n/account-text';
import { loadAccountPage, type AccountPage } from './account-page';
import { onRouteStart } from './route-prefetch';

export type FirstRead = { page: AccountPage | null } | { error: unknown };

let started: { id: string; read: Promise<FirstRead> } | null = null;

function read(id: string): Promise<FirstRead> {
	return loadAccountPage(id, { timeZone: localTimeZone() }).then(
		(page) => ({ page }),
		(error: unknown) => ({ error })
	);
}

/** Starts reading account `id`'s page. */
export function startAccountRead(id: string): void {
	started = { id, read: read(id) };
}

/** The read started for `id`, or a new one; either way, the next call starts afresh. */
export function takeAccountRead(id: string): Promise<FirstRead> {
	const ready = started?.id === id ? started.read : read(id);
	started = null;
	return ready;
}

onRouteStart('/account', (url) => {
	const id = url.searchParams.get('id');
	if (id) startAccountRead(id);
});
