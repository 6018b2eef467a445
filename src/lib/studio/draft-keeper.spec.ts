import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSpinDb } from '$lib/db/db';
import { getDraft } from '$lib/db/library';
import { memoryLockProvider } from '$lib/db/locks';
import { DRAFT_DELAY_MS, DraftKeeper } from './draft-keeper';

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

	describe('after a pause in typing', () => {
		afterEach(() => {
			vi.useRealTimers();
			vi.unstubAllGlobals();
		});

		it('writes in an idle moment of the page, and a keystroke before it starts the wait again', async () => {
			const idle: (() => void)[] = [];
			const cancelled: number[] = [];
			vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn) - 1);
			vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
			const db = openSpinDb(`drafts-${Math.random()}`);
			const keeper = new DraftKeeper(db, 'p3', memoryLockProvider());
			await keeper.claim();
			vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
			keeper.keep('a', 1, 0);
			vi.advanceTimersByTime(DRAFT_DELAY_MS);
			expect(idle).toHaveLength(1);
			// Typing goes on before the page was idle: that wait is dropped, the pause starts over.
			keeper.keep('ab', 2, 0);
			expect(cancelled).toEqual([0]);
			vi.advanceTimersByTime(DRAFT_DELAY_MS - 1);
			expect(idle).toHaveLength(1);
			vi.advanceTimersByTime(1);
			expect(idle).toHaveLength(2);
			vi.useRealTimers();
			expect(await getDraft(db, 'p3')).toBeUndefined();
			idle[1]();
			await vi.waitFor(async () =>
				expect(await getDraft(db, 'p3')).toMatchObject({ source: 'ab', cursor: 2 })
			);
			await keeper.close();
			db.close();
		});
	});
});
