// Checks of the account and person forms, as codes the UI translates. Run as the rep types.
import { isValidCadence, type Cadence } from './cadence';
import { dayFromIso } from './local-day';

export const NAME_MAX = 200;
export const NOTE_MAX = 5000;

export type FieldError =
	| 'name_required'
	| 'name_too_long'
	| 'number_invalid'
	| 'cadence_invalid'
	| 'date_invalid'
	| 'text_too_long';

/** A required name: present and not too long. */
export function checkName(name: string): FieldError | undefined {
	const t = name.trim();
	if (!t) return 'name_required';
	if (t.length > NAME_MAX) return 'name_too_long';
	return undefined;
}

/**
 * A money figure as typed: empty means none; accepts digits with `,` or space grouping, a
 * decimal point and a leading minus. Returns the number, or an error code.
 */
export function parseAmount(text: string): { value?: number; error?: FieldError } {
	const t = text.trim().replace(/[\s,，_]/g, '');
	if (!t) return {};
	if (!/^-?\d+(\.\d+)?$/.test(t)) return { error: 'number_invalid' };
	const value = Number(t);
	return Number.isFinite(value) ? { value } : { error: 'number_invalid' };
}

/** A date typed as `YYYY-MM-DD` (what `<input type="date">` gives); empty is allowed. */
export function checkDate(iso: string): FieldError | undefined {
	if (!iso.trim()) return undefined;
	return dayFromIso(iso.trim()) === undefined ? 'date_invalid' : undefined;
}

/** A cadence the rep typed. */
export function checkCadence(c: Cadence): FieldError | undefined {
	return isValidCadence(c) ? undefined : 'cadence_invalid';
}

/** Text within `max` characters. */
export function checkLength(text: string, max = NOTE_MAX): FieldError | undefined {
	return text.length > max ? 'text_too_long' : undefined;
}

/** Normalised for comparing names: trimmed, spaces folded, case and width folded. */
export function nameKey(name: string): string {
	return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The other accounts that already carry `name` (a warning: two branches may share one). */
export function duplicateNames<T extends { id: string; name: string }>(
	accounts: readonly T[],
	name: string,
	exceptId?: string
): T[] {
	const key = nameKey(name);
	if (!key) return [];
	return accounts.filter((a) => a.id !== exceptId && nameKey(a.name) === key);
}
