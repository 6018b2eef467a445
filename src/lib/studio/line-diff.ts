// A line diff for comparing two texts of a playbook (longest common subsequence over lines).
// Common leading and trailing lines are cut first, so an edit in a 150 KB file stays cheap.

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

/** Above this many changed lines on each side the middle is shown as removed-then-added. */
const MAX_CELLS = 4_000_000;

/** The lines of `before` and `after`, each marked same, removed or added, in order. */
export function lineDiff(before: string, after: string): DiffLine[] {
	const a = before.split(/\r\n|\r|\n/);
	const b = after.split(/\r\n|\r|\n/);
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (
		tail < a.length - head &&
		tail < b.length - head &&
		a[a.length - 1 - tail] === b[b.length - 1 - tail]
	)
		tail++;
	const x = a.slice(head, a.length - tail);
	const y = b.slice(head, b.length - tail);
	const out: DiffLine[] = a.slice(0, head).map((text) => ({ kind: 'same', text }));
	out.push(...middle(x, y));
	out.push(...a.slice(a.length - tail).map((text) => ({ kind: 'same' as const, text })));
	return out;
}

function middle(x: string[], y: string[]): DiffLine[] {
	if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
		return [
			...x.map((text) => ({ kind: 'removed' as const, text })),
			...y.map((text) => ({ kind: 'added' as const, text }))
		];
	}
	// lcs[i][j]: length of the LCS of x[i..] and y[j..], in one flat array.
	const w = y.length + 1;
	const lcs = new Uint32Array((x.length + 1) * w);
	for (let i = x.length - 1; i >= 0; i--) {
		for (let j = y.length - 1; j >= 0; j--) {
			lcs[i * w + j] =
				x[i] === y[j]
					? lcs[(i + 1) * w + j + 1] + 1
					: Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
		}
	}
	const out: DiffLine[] = [];
	let i = 0;
	let j = 0;
	while (i < x.length && j < y.length) {
		if (x[i] === y[j]) {
			out.push({ kind: 'same', text: x[i] });
			i++;
			j++;
		} else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])
			out.push({ kind: 'removed', text: x[i++] });
		else out.push({ kind: 'added', text: y[j++] });
	}
	while (i < x.length) out.push({ kind: 'removed', text: x[i++] });
	while (j < y.length) out.push({ kind: 'added', text: y[j++] });
	return out;
}
