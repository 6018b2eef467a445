// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/fixtures/db/helpers';
import type { SpinDb } from './db';
import { getMeta, setMeta } from './meta';
import { markPersistenceNoticeShown, requestPersistence } from './persist';

let db: SpinDb;
afterEach(() => db?.close());

function fakeStorage(grant: boolean) {
	const calls = { persist: 0, persisted: 0 };
	let granted = false;
	return {
		calls,
		async persist() {
			calls.persist += 1;
			granted = grant;
			return granted;
		},
		async persisted() {
			calls.persisted += 1;
			return granted;
		}
	};
}

describe('meta', () => {
	it('stores and reads values by key', async () => {
		db = freshDb();
		expect(await getMeta(db, 'k')).toBeUndefined();
		await setMeta(db, 'k', { a: 1 });
		expect(await getMeta(db, 'k')).toEqual({ a: 1 });
	});
});

describe('requestPersistence', () => {
	it('asks the browser once; when granted there is nothing to tell', async () => {
		db = freshDb();
		const storage = fakeStorage(true);
		expect(await requestPersistence(db, storage)).toEqual({
			persistent: true,
			shouldNotify: false
		});
		expect(await requestPersistence(db, storage)).toEqual({
			persistent: true,
			shouldNotify: false
		});
		expect(storage.calls).toEqual({ persist: 1, persisted: 1 });
	});

	it('when refused, tells the user until the notice is marked shown', async () => {
		db = freshDb();
		const storage = fakeStorage(false);
		expect(await requestPersistence(db, storage)).toEqual({
			persistent: false,
			shouldNotify: true
		});
		await markPersistenceNoticeShown(db);
		expect(await requestPersistence(db, storage)).toEqual({
			persistent: false,
			shouldNotify: false
		});
		expect(storage.calls.persist).toBe(1);
	});

	it('treats a missing or throwing Storage API as not persistent', async () => {
		db = freshDb();
		expect(await requestPersistence(db, undefined)).toEqual({
			persistent: false,
			shouldNotify: true
		});
		const throwing = {
			persist: () => Promise.reject(new Error('no')),
			persisted: () => Promise.reject(new Error('no'))
		};
		expect((await requestPersistence(db, throwing)).persistent).toBe(false);
	});
});
