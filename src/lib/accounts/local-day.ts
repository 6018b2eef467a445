// Calendar days in the rep's time zone. A visit cadence is about calendar days where the rep
// lives ("twice a month"), not 24-hour blocks, so every rule here works on day numbers: days
// since 1970-01-01 of the local calendar date. DST changes and time zones stay at this boundary.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

const DAY_MS = 86_400_000;

/** The local calendar day (days since 1970-01-01) of the instant `ms` in `timeZone`. */
export function localDay(ms: number, timeZone: string): number {
	const parts = formatter(timeZone).formatToParts(ms);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return Date.UTC(get('year'), get('month') - 1, get('day')) / DAY_MS;
}

/** The day number of an ISO date `YYYY-MM-DD`, or undefined when it is not a real date. */
export function dayFromIso(iso: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return undefined;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(y, m - 1, d);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
		return undefined;
	}
	return ms / DAY_MS;
}

/** The ISO date `YYYY-MM-DD` of a day number. */
export function isoFromDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `day` plus `months` calendar months; the day of month is clamped (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: number, months: number): number {
	const date = new Date(day * DAY_MS);
	const y = date.getUTCFullYear();
	const m = date.getUTCMonth() + months;
	const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return Date.UTC(y, m, Math.min(date.getUTCDate(), last)) / DAY_MS;
}

/** Day of the week of a day number, Monday = 0 … Sunday = 6. */
export function weekday(day: number): number {
	// 1970-01-01 was a Thursday.
	return (((day + 3) % 7) + 7) % 7;
}
