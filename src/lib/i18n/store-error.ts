// Any failure from the store, in the UI language: a coded StoreError gets its message, anything
// else is classified first, so the rep never reads a raw exception.
import { classifyError } from '$lib/db';
import { lookup } from './labels';

/** A sentence explaining `error` to the rep. */
export function storeErrorText(error: unknown): string {
	const code = classifyError(error);
	return lookup(`store_error_${code}`) ?? code;
}
