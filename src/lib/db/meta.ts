// Small key/value settings of the store (e.g. whether the persistence notice was shown).
import type { SpinDb } from './db';

/** The stored value of `key`, or undefined. */
export async function getMeta<T>(db: SpinDb, key: string): Promise<T | undefined> {
	return (await db.meta.get(key))?.value as T | undefined;
}

/** Stores `value` under `key`. */
export async function setMeta(db: SpinDb, key: string, value: unknown): Promise<void> {
	await db.meta.put({ key, value });
}
