// The history filter form's fields (strings, as inputs hold them) and their query.
import type { HistoryFilter } from '$lib/db';
import { OUTCOMES, type Outcome } from '$lib/session/events';

export interface FilterForm {
	mode: string;
	outcome: string;
	playbookId: string;
	account: string;
	/** `YYYY-MM-DD` from a date input, local time. */
	from: string;
	to: string;
	search: string;
}

/** An empty form: every call. */
export const EMPTY_FORM: FilterForm = {
	mode: '',
	outcome: '',
	playbookId: '',
	account: '',
	from: '',
	to: '',
	search: ''
};

// Midnight starting the day, local time; `after` days later for an exclusive end.
const localDay = (date: string, after = 0) => {
	const [y, mo, d] = date.split('-').map(Number);
	return new Date(y, mo - 1, d + after).getTime();
};

/** The store query for a form; `to` includes its whole day. */
export function filterOf(form: FilterForm): HistoryFilter {
	const filter: HistoryFilter = {};
	if (form.mode === 'live' || form.mode === 'rehearsal') filter.mode = form.mode;
	if (form.outcome === 'none' || (OUTCOMES as readonly string[]).includes(form.outcome))
		filter.outcome = form.outcome as Outcome | 'none';
	if (form.playbookId) filter.playbookId = form.playbookId;
	if (form.account) filter.account = form.account;
	if (/^\d{4}-\d{2}-\d{2}$/.test(form.from)) filter.from = localDay(form.from);
	if (/^\d{4}-\d{2}-\d{2}$/.test(form.to)) filter.to = localDay(form.to, 1);
	if (form.search.trim()) filter.search = form.search.trim();
	return filter;
}
