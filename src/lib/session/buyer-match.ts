// Which scripted question a typed question is closest to (docs/buyer.md#typed-questions).
// Plain, deterministic text similarity that works in both playbook languages: Chinese (and
// other scripts without spaces) as overlapping character pairs, English as words with the
// most common function words dropped. Scored with the Dice coefficient on token multisets.
import type { Question, SpinType } from '$lib/playbook/types';

/** Below this similarity the buyer does not recognise the question and says so. */
export const MATCH_THRESHOLD = 0.4;

const STOP = new Set(
	(
		'a an the of to in on at by for from with and or but is are was were be been do does did ' +
		'you your we our us it its this that these those what how when who which why would could ' +
		'can will should if as so there their they them have has had any some about into than'
	).split(' ')
);

// Han, kana and Hangul runs have no spaces between words, so pairs of characters stand in.
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
// Chinese question words and particles, dropped like English function words before pairing.
const STOP_CHARS =
	/[的了吗呢吧啊呀您你我他她它们是有没在这那么什怎哪几个多少吗得还或和也都就会能不]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The tokens of `text`: character pairs of dense scripts, content words of the others. */
export function tokens(text: string): string[] {
	const folded = text.normalize('NFKC').toLowerCase();
	const out: string[] = [];
	const singles: string[] = [];
	for (const [run] of folded.replace(STOP_CHARS, ' ').matchAll(DENSE)) {
		const chars = Array.from(run);
		if (chars.length === 1) singles.push(run);
		for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
	}
	// A lone character between particles says little; it counts only when nothing else does.
	if (out.length === 0) out.push(...singles);
	for (const [word] of folded.replace(DENSE, ' ').matchAll(WORD)) {
		if (STOP.has(word)) continue;
		// A plural and its singular are the same content word.
		out.push(word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);
	}
	return out;
}

/** Dice similarity of two token lists (0: nothing shared, 1: the same multiset). */
export function similarity(a: readonly string[], b: readonly string[]): number {
	if (a.length === 0 || b.length === 0) return 0;
	const counts = new Map<string, number>();
	for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
	let shared = 0;
	for (const t of b) {
		const n = counts.get(t) ?? 0;
		if (n > 0) {
			shared++;
			counts.set(t, n - 1);
		}
	}
	return (2 * shared) / (a.length + b.length);
}

/** The playbook question of `type` closest to `text`, or undefined when none is close enough. */
export function closestQuestion(
	questions: readonly Question[],
	type: SpinType,
	text: string
): Question | undefined {
	const asked = tokens(text);
	let best: Question | undefined;
	let bestScore = MATCH_THRESHOLD;
	for (const q of questions) {
		if (q.type !== type) continue;
		const score = similarity(asked, tokens(q.text));
		// Strictly better only: on a tie the earlier question in the playbook wins.
		if (score > bestScore || (best === undefined && score === bestScore)) {
			best = q;
			bestScore = score;
		}
	}
	return best;
}
