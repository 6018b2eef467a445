// Whether a check found what the editor already shows: while typing, most keystrokes leave the
// diagnostics as they were (CodeMirror has moved them with the text), and setting them again
// rebuilt every underline and gutter marker and ran a whole editor update for nothing.

/** What the editor shows of a diagnostic. */
export interface Shown {
	from: number;
	to: number;
	severity: string;
	message: string;
	source?: string;
	actions?: readonly { name: string }[];
}

const key = (d: Shown) =>
	`${d.from}\u0000${d.to}\u0000${d.severity}\u0000${d.source ?? ''}\u0000${d.message}\u0000${
		d.actions?.map((a) => a.name).join('\u0001') ?? ''
	}`;

/** True when `next` shows exactly what `current` shows, in any order. */
export function sameDiagnostics(current: readonly Shown[], next: readonly Shown[]): boolean {
	if (current.length !== next.length) return false;
	const counts = new Map<string, number>();
	for (const d of current) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
	for (const d of next) {
		const k = key(d);
		const left = counts.get(k);
		if (!left) return false;
		counts.set(k, left - 1);
	}
	return true;
}
