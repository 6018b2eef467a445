// Maps storage failures to stable codes the UI translates. Browsers report a full disk in
// several shapes: a QuotaExceededError, a DOMException with that name, or an AbortError
// (Dexie's or the browser's) whose `inner` / `cause` is the quota error.

export const STORE_ERROR_CODES = [
	'quota_exceeded',
	'db_closed',
	'schema_outdated',
	'locked_by_other_tab',
	'session_missing',
	'write_failed'
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** An error thrown by the store with a code the UI can translate. */
export class StoreError extends Error {
	readonly code: StoreErrorCode;
	constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StoreError';
		this.code = code;
	}
}

function nameOf(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'name' in error
		? String((error as { name: unknown }).name)
		: undefined;
}

function innerOf(error: unknown): unknown {
	if (typeof error !== 'object' || error === null) return undefined;
	const e = error as { inner?: unknown; cause?: unknown };
	return e.inner ?? e.cause;
}

function chain(error: unknown): unknown[] {
	const errors: unknown[] = [];
	for (let e = error; e && errors.length < 5; e = innerOf(e)) errors.push(e);
	return errors;
}

/** True when `error`, or an error it wraps, says the storage quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
	return chain(error).some((e) => nameOf(e) === 'QuotaExceededError');
}

/** The store error code for a failure from Dexie or IndexedDB (wrapped errors included). */
export function classifyError(error: unknown): StoreErrorCode {
	const errors = chain(error);
	const own = errors.find((e): e is StoreError => e instanceof StoreError);
	if (own) return own.code;
	const names = new Set(errors.map(nameOf));
	if (names.has('QuotaExceededError')) return 'quota_exceeded';
	// Opening with an older schema than the stored one: another tab upgraded the database.
	if (names.has('VersionError') || names.has('VersionChangeError')) return 'schema_outdated';
	if (names.has('DatabaseClosedError') || names.has('InvalidStateError')) return 'db_closed';
	return 'write_failed';
}
