import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyError, isQuotaError, StoreError } from './errors';

const quota = () => new DOMException('full', 'QuotaExceededError');

describe('classifyError', () => {
	it.each([
		['a QuotaExceededError DOMException', quota(), 'quota_exceeded'],
		["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), 'quota_exceeded'],
		['an AbortError with quota inner', new Dexie.AbortError('aborted', quota()), 'quota_exceeded'],
		[
			'a quota error two wrappers deep',
			new Dexie.AbortError('aborted', new Error('tx', { cause: quota() })),
			'quota_exceeded'
		],
		['an AbortError without cause', new Dexie.AbortError('aborted'), 'write_failed'],
		['DatabaseClosedError', new Dexie.DatabaseClosedError('closed'), 'db_closed'],
		['InvalidStateError', new DOMException('closing', 'InvalidStateError'), 'db_closed'],
		['VersionError', new Dexie.VersionError('newer'), 'schema_outdated'],
		[
			'OpenFailed wrapping VersionError',
			new Dexie.OpenFailedError(new Dexie.VersionError('x')),
			'schema_outdated'
		],
		['a StoreError', new StoreError('locked_by_other_tab', 'x'), 'locked_by_other_tab'],
		['a plain Error', new Error('x'), 'write_failed'],
		['a thrown string', 'boom', 'write_failed']
	])('%s', (_, error, code) => {
		expect(classifyError(error)).toBe(code);
	});

	it('stops following a cyclic cause chain', () => {
		const a = new Error('a');
		const b = new Error('b', { cause: a });
		(a as { cause?: unknown }).cause = b;
		expect(isQuotaError(a)).toBe(false);
	});
});
