import { beforeEach, describe, expect, it } from 'vitest';
import { preloadScreens, resetPreloadedScreens, SCREENS } from './preload-screens';

/** Idle periods the test hands out one at a time, and a preload whose loads the test settles. */
function harness() {
	const idleQueue: (() => void)[] = [];
	const loads: { url: string; settle: (ok: boolean) => void }[] = [];
	return {
		loads,
		idleQueue,
		deps: {
			idle(fn: () => void) {
				idleQueue.push(fn);
				return () => idleQueue.splice(idleQueue.indexOf(fn) >>> 0, 1);
			},
			preload: (url: string) =>
				new Promise<void>((resolve, reject) =>
					loads.push({ url, settle: (ok) => (ok ? resolve() : reject(new Error('offline'))) })
				)
		},
		/** Runs the next idle period. */
		idleNow() {
			idleQueue.shift()?.();
		}
	};
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(resetPreloadedScreens);

describe('preloadScreens', () => {
	it('loads one screen per idle period, each after the one before has loaded', async () => {
		const h = harness();
		preloadScreens('/', h.deps);
		expect(h.loads).toHaveLength(0);
		h.idleNow();
		expect(h.loads.map((l) => l.url)).toEqual([SCREENS[0]]);
		// No second idle period is asked for while the first screen loads.
		expect(h.idleQueue).toHaveLength(0);
		h.loads[0].settle(true);
		await flush();
		h.idleNow();
		expect(h.loads.map((l) => l.url)).toEqual([SCREENS[0], SCREENS[1]]);
	});

	it('goes on past a screen whose code fails to load', async () => {
		const h = harness();
		preloadScreens('/', h.deps);
		h.idleNow();
		h.loads[0].settle(false);
		await flush();
		h.idleNow();
		expect(h.loads[1].url).toBe(SCREENS[1]);
	});

	it('loads every screen once, across navigations', async () => {
		const h = harness();
		const stop = preloadScreens('/', h.deps);
		h.idleNow();
		h.loads[0].settle(true);
		await flush();
		stop();
		expect(h.idleQueue).toHaveLength(0);
		// A later screen goes on with the second, and never loads the first again.
		preloadScreens('/sessions/', h.deps);
		for (let i = 1; i < SCREENS.length; i++) {
			h.idleNow();
			h.loads[i].settle(true);
			await flush();
		}
		expect(h.loads.map((l) => l.url)).toEqual([...SCREENS]);
		expect(h.idleQueue).toHaveLength(0);
	});

	it('loads nothing from the prompter', () => {
		const h = harness();
		preloadScreens('/call', h.deps);
		expect(h.idleQueue).toHaveLength(0);
		h.idleNow();
		expect(h.loads).toHaveLength(0);
	});

	it('stops before the next screen when stopped during a load', async () => {
		const h = harness();
		const stop = preloadScreens('/', h.deps);
		h.idleNow();
		stop();
		h.loads[0].settle(true);
		await flush();
		expect(h.idleQueue).toHaveLength(0);
		expect(h.loads).toHaveLength(1);
	});
});
