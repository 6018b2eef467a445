// The account's rows are read as the navigation starts (and on hover, with the layout's
// `data-sveltekit-preload-data`), not once the page is built: the page then renders once, with
// them. Reloads after an edit are the page's own (`load` in +page.svelte).
import { localTimeZone } from '$lib/i18n/account-text';
import { loadAccountPage, type AccountPage } from '$lib/shell/account-page';
import type { PageLoad } from './$types';

export type FirstRead = { page: AccountPage | null } | { error: unknown };

export const load: PageLoad = async ({ url }) => {
	const id = url.searchParams.get('id');
	let first: FirstRead | null = null;
	if (id) {
		try {
			first = { page: await loadAccountPage(id, { timeZone: localTimeZone() }) };
		} catch (error) {
			first = { error };
		}
	}
	return { first };
};
