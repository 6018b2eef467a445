// Any failure from the store, in the UI language: a coded StoreError gets its message, anything
// else is classified first, so the rep never reads a raw exception.
import { classifyError } from '$lib/db';
import { storeErrorLabel } from './labels';

/** A sentence explaining `error` to the rep. */
export function storeErrorText(error: unknown): string {
	return storeErrorLabel(classifyError(error));
}
