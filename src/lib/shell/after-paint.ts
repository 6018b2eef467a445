// Work that must not hold up the frame the user is waiting for: run it once the browser has
// drawn its next frame, in a task of its own after that frame (a frame callback runs before the
// paint, so the work goes in a timeout queued from it).

/**
 * Runs `fn` once, in a task after the page's next frame has been drawn. A hidden page draws no
 * frames: with `fallback` (ms), `fn` runs then at the latest. Without `requestAnimationFrame`
 * (no document) it runs in the next task. Returns a function that cancels the call.
 */
export function afterPaint(fn: () => void, { fallback }: { fallback?: number } = {}): () => void {
	let done = false;
	let frame: number | undefined;
	const timers: ReturnType<typeof setTimeout>[] = [];
	const cancel = () => {
		done = true;
		if (frame !== undefined) cancelAnimationFrame(frame);
		timers.forEach(clearTimeout);
	};
	const run = () => {
		if (done) return;
		cancel();
		fn();
	};
	if (typeof requestAnimationFrame === 'function') {
		frame = requestAnimationFrame(() => {
			frame = undefined;
			timers.push(setTimeout(run));
		});
	} else {
		timers.push(setTimeout(run));
	}
	if (fallback !== undefined) timers.push(setTimeout(run, fallback));
	return cancel;
}
