// "Did you mean …": the known id closest to an unknown one by edit distance (Damerau–Levenshtein
// over code points, so a Chinese id is compared character by character), when it is close
// enough to be a slip rather than a different word.
import type { Problem } from './diagnostics';

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	const s = Array.from(a);
	const t = Array.from(b);
	const rows: number[][] = [];
	for (let i = 0; i <= s.length; i++) rows.push([i, ...new Array<number>(t.length).fill(0)]);
	for (let j = 0; j <= t.length; j++) rows[0][j] = j;
	for (let i = 1; i <= s.length; i++) {
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
				best = Math.min(best, rows[i - 2][j - 2] + 1);
			rows[i][j] = best;
		}
	}
	return rows[s.length][t.length];
}

/** The candidate closest to `word` (ties: the first), if within a third of its length (min 1). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	const length = Array.from(word).length;
	const limit = Math.max(1, Math.floor(length / 3));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		// Length alone rules most candidates out before the quadratic table is built.
		if (Math.abs(Array.from(candidate).length - length) > limit) continue;
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance <= limit && distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** `problem` with a "did you mean" and a fix that replaces the unknown id, when one is close. */
export function withSuggestion(
	problem: Problem,
	word: string,
	candidates: Iterable<string>
): Problem {
	const suggestion = closest(word, candidates);
	if (suggestion === undefined) return problem;
	return {
		...problem,
		params: { ...problem.params, suggestion },
		fix: { replacement: suggestion }
	};
}
