// Any failure from the store, in the UI language: a coded StoreError gets its message, anything
// else is classified first, so the rep never reads a raw exception. Kept apart from labels.ts
// (which re-exports the label): the layout shows store notices on every page and should not
// pull in the other code families' tables.
import { m } from '$lib/paraglide/messages.js';
import { classifyError, type StoreErrorCode } from '$lib/db/errors';

const STORE_ERROR_TEXT = {
	quota_exceeded: m.store_error_quota_exceeded,
	db_closed: m.store_error_db_closed,
	schema_outdated: m.store_error_schema_outdated,
	locked_by_other_tab: m.store_error_locked_by_other_tab,
	session_missing: m.store_error_session_missing,
	write_failed: m.store_error_write_failed
} satisfies Record<StoreErrorCode, () => string>;

/** A store failure explained to the rep. */
export const storeErrorLabel = (code: StoreErrorCode): string => STORE_ERROR_TEXT[code]();

/** A sentence explaining `error` to the rep. */
export function storeErrorText(error: unknown): string {
	return storeErrorLabel(classifyError(error));
}
