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

/** True when `error`, or an error it wraps, says the storage quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
	for (let e = error, depth = 0; e && depth < 5; e = innerOf(e), depth++) {
		if (nameOf(e) === 'QuotaExceededError') return true;
	}
	return false;
}

/** The store error code for a failure from Dexie or IndexedDB. */
export function classifyError(error: unknown): StoreErrorCode {
	if (error instanceof StoreError) return error.code;
	if (isQuotaError(error)) return 'quota_exceeded';
	const name = nameOf(error);
	if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'db_closed';
	if (name === 'VersionError' || name === 'VersionChangeError') return 'schema_outdated';
	return 'write_failed';
}
