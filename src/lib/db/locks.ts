// One writer per session across tabs. In the browser this is the Web Locks API; where it is
// missing (node tests, very old browsers) an in-process lock manager stands in, which is also
// what tests use to play two tabs.

export interface HeldLock {
	/** Lets the next waiter in. Idempotent. */
	release(): void;
}

export interface LockProvider {
	/** Takes the lock if nobody holds it, else resolves null at once. */
	tryAcquire(name: string): Promise<HeldLock | null>;
	/** Waits until the lock is free, then takes it. Rejects when `signal` aborts. */
	acquire(name: string, signal?: AbortSignal): Promise<HeldLock>;
}

/** Lock name of a session. */
export function sessionLockName(sessionId: string): string {
	return `spin-coach:session:${sessionId}`;
}

/** A provider over `navigator.locks`: the callback's promise keeps the lock until released. */
export function webLockProvider(locks: LockManager): LockProvider {
	function request(name: string, options: LockOptions): Promise<HeldLock | null> {
		return new Promise((resolve, reject) => {
			locks
				.request(name, options, (lock) => {
					if (!lock) return resolve(null);
					return new Promise<void>((release) => resolve({ release: () => release() }));
				})
				.catch(reject);
		});
	}
	return {
		tryAcquire: (name) => request(name, { ifAvailable: true }),
		acquire: async (name, signal) => {
			const lock = await request(name, signal ? { signal } : {});
			if (!lock) throw new Error('lock request returned no lock');
			return lock;
		}
	};
}

/** An in-process lock manager with the same semantics (FIFO waiters). */
export function memoryLockProvider(): LockProvider {
	const held = new Set<string>();
	const waiters = new Map<string, (() => void)[]>();

	function take(name: string): HeldLock {
		held.add(name);
		let released = false;
		return {
			release() {
				if (released) return;
				released = true;
				const next = waiters.get(name)?.shift();
				if (next) next();
				else held.delete(name);
			}
		};
	}

	return {
		async tryAcquire(name) {
			return held.has(name) ? null : take(name);
		},
		acquire(name, signal) {
			if (!held.has(name)) return Promise.resolve(take(name));
			return new Promise((resolve, reject) => {
				const queue = waiters.get(name) ?? [];
				waiters.set(name, queue);
				// The lock passes straight to the waiter: `held` keeps the name.
				const grant = () => {
					held.delete(name);
					resolve(take(name));
				};
				queue.push(grant);
				signal?.addEventListener('abort', () => {
					const i = queue.indexOf(grant);
					if (i >= 0) queue.splice(i, 1);
					reject(signal.reason);
				});
			});
		}
	};
}

let fallback: LockProvider | undefined;

/** Web Locks when the browser has them, else one shared in-process provider. */
export function defaultLockProvider(): LockProvider {
	if (typeof navigator !== 'undefined' && navigator.locks) return webLockProvider(navigator.locks);
	fallback ??= memoryLockProvider();
	return fallback;
}
