import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openSpinDb } from '$lib/db/db';
import { getDraft } from '$lib/db/library';
import { memoryLockProvider } from '$lib/db/locks';
import { DraftKeeper } from './draft-keeper';

describe('draft keeper', () => {
	it('lets one tab write a draft; the other reads until the first closes, then gets its text', async () => {
		const db = openSpinDb(`drafts-${Math.random()}`);
		const locks = memoryLockProvider();
		const first = new DraftKeeper(db, 'p1', locks);
		const second = new DraftKeeper(db, 'p1', locks);
		expect(await first.claim()).toBe(true);
		expect(await second.claim()).toBe(false);
		second.keep('ignored', 0, 1);
		first.keep('typed text', 5, 1);
		await first.flush();
		expect((await getDraft(db, 'p1'))?.source).toBe('typed text');
		const turn = second.waitForTurn();
		await first.close();
		expect((await turn)?.source).toBe('typed text');
		expect(second.writable).toBe(true);
		await second.close();
		db.close();
	});

	it('coalesces keystrokes and writes the last text with its cursor', async () => {
		const db = openSpinDb(`drafts-${Math.random()}`);
		const keeper = new DraftKeeper(db, 'p2', memoryLockProvider());
		await keeper.claim();
		keeper.keep('a', 1, 3);
		keeper.keep('ab', 2, 3);
		await keeper.close();
		expect(await getDraft(db, 'p2')).toMatchObject({ source: 'ab', cursor: 2, baseRevision: 3 });
		db.close();
	});
});
