import { describe, expect, it } from 'vitest';
import { ScreenWakeLock, type WakeLockApi } from './wake-lock.svelte';

// A sentinel the fake browser hands out; the browser may release it on its own (tab hidden).
class FakeSentinel extends EventTarget {
	released = false;
	readonly type = 'screen' as const;
	onrelease = null;
	async release() {
		this.released = true;
		this.dispatchEvent(new Event('release'));
	}
}

function fakeApi(refuse = false) {
	const sentinels: FakeSentinel[] = [];
	const api: WakeLockApi = {
		request: async () => {
			if (refuse) throw new DOMException('battery saver', 'NotAllowedError');
			const s = new FakeSentinel();
			sentinels.push(s);
			return s as unknown as WakeLockSentinel;
		}
	};
	return { api, sentinels };
}

describe('ScreenWakeLock', () => {
	it('holds the lock, takes it again when the tab comes back, and lets go on release', async () => {
		const { api, sentinels } = fakeApi();
		const lock = new ScreenWakeLock(api);
		const stop = lock.listen(document);
		await lock.acquire();
		expect(lock.held).toBe(true);
		// The browser drops the lock while hidden; back to visible, it is requested again.
		await sentinels[0].release();
		expect(lock.held).toBe(false);
		document.dispatchEvent(new Event('visibilitychange'));
		await expect.poll(() => lock.held).toBe(true);
		expect(sentinels).toHaveLength(2);
		stop();
		expect(lock.held).toBe(false);
		expect(sentinels[1].released).toBe(true);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(sentinels).toHaveLength(2);
	});

	it('carries on silently when the browser refuses or has no wake lock', async () => {
		const refused = new ScreenWakeLock(fakeApi(true).api);
		await refused.acquire();
		expect(refused.held).toBe(false);
		const none = new ScreenWakeLock(null);
		await none.acquire();
		expect(none.held).toBe(false);
	});
});
