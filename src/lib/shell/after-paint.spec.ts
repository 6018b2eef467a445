import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

/** A stand-in for the browser's frames: `paint()` runs the callbacks of the next frame. */
function frames() {
	let queued = new Map<number, FrameRequestCallback>();
	let next = 1;
	vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
		queued.set(next, cb);
		return next++;
	});
	vi.stubGlobal('cancelAnimationFrame', (id: number) => queued.delete(id));
	return {
		paint() {
			const now = queued;
			queued = new Map();
			now.forEach((cb) => cb(0));
		},
		get pending() {
			return queued.size;
		}
	};
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('afterPaint', () => {
	it('runs in a task after the next frame, not before it', () => {
		const frame = frames();
		const fn = vi.fn();
		afterPaint(fn);
		vi.runAllTimers();
		expect(fn).not.toHaveBeenCalled();
		frame.paint();
		// Not in the frame callback itself: that runs before the paint.
		expect(fn).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledTimes(1);
	});

	it('runs at the fallback when no frame comes, and only once', () => {
		const frame = frames();
		const fn = vi.fn();
		afterPaint(fn, { fallback: 100 });
		vi.advanceTimersByTime(99);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(fn).toHaveBeenCalledTimes(1);
		// The frame's callback was withdrawn: a later frame does not run it again.
		expect(frame.pending).toBe(0);
		frame.paint();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledTimes(1);
	});

	it('runs once when the frame comes before the fallback', () => {
		const frame = frames();
		const fn = vi.fn();
		afterPaint(fn, { fallback: 100 });
		frame.paint();
		vi.advanceTimersByTime(0);
		expect(fn).toHaveBeenCalledTimes(1);
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledTimes(1);
	});

	it('does nothing once cancelled, before or after the frame', () => {
		const frame = frames();
		const early = vi.fn();
		const late = vi.fn();
		afterPaint(early, { fallback: 100 })();
		const cancelLate = afterPaint(late);
		frame.paint();
		cancelLate();
		vi.runAllTimers();
		frame.paint();
		expect(early).not.toHaveBeenCalled();
		expect(late).not.toHaveBeenCalled();
	});

	it('runs in the next task where there are no frames', () => {
		const fn = vi.fn();
		afterPaint(fn);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(0);
		expect(fn).toHaveBeenCalledTimes(1);
	});
});
