// Calendar days as ISO strings (`2026-03-31`). Due dates and staleness count whole days in UTC,
// so a check never flips between "due" and "overdue" with the time zone of the device.

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO day, else `undefined`. */
export function dayNumber(day: IsoDay): number | undefined {
	const match = ISO_DAY.exec(day);
	if (!match) return undefined;
	const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
		return undefined;
	return ms / DAY_MS;
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export const isIsoDay = (day: string): boolean => dayNumber(day) !== undefined;

/** The ISO day of day number `n`. */
export function isoFromNumber(n: number): IsoDay {
	return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved by `days` (may be negative). */
export function addDays(day: IsoDay, days: number): IsoDay {
	const n = dayNumber(day);
	if (n === undefined) throw new RangeError(`not an ISO day: ${day}`);
	return isoFromNumber(n + Math.round(days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
	const a = dayNumber(from);
	const b = dayNumber(to);
	if (a === undefined || b === undefined) throw new RangeError(`not an ISO day: ${from} / ${to}`);
	return b - a;
}

/** The ISO day (UTC) of epoch milliseconds `ms`. */
export const isoDayOf = (ms: number): IsoDay => new Date(ms).toISOString().slice(0, 10);
