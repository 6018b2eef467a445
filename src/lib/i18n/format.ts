// Dates and durations in the UI language. Callers pass the locale so a language switch, which
// re-renders the page, also re-formats every date.

// Building an Intl formatter costs about a millisecond; a 5,000-line transcript or a history of
// many calls formats thousands of times, so one formatter per locale and style is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: 'dateTime' | 'time'): Intl.DateTimeFormat {
	const key = `${style}:${locale}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(
			locale,
			style === 'dateTime'
				? { dateStyle: 'medium', timeStyle: 'short' }
				: { hour: '2-digit', minute: '2-digit', second: '2-digit' }
		);
		formatters.set(key, f);
	}
	return f;
}

/** A date and time such as "26 Nov 2026, 14:05" / "2026年11月26日 14:05". */
export function formatDateTime(ms: number, locale: string): string {
	return formatter(locale, 'dateTime').format(ms);
}

/** A wall-clock time with seconds, for transcript lines. */
export function formatTime(ms: number, locale: string): string {
	return formatter(locale, 'time').format(ms);
}

/** Elapsed time as m:ss (or h:mm:ss), the way a stopwatch shows it. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const mm = Math.floor((total % 3600) / 60);
	const ss = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
