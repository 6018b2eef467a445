// What the editor can complete at the cursor: need ids after a need label (Need, Meets, Reveals,
// States, When, in either language), and question / objection / advance ids as the key of a
// buyer item. Pure, so it is tested without an editor.
import { fold } from '$lib/playbook/names';
import type { Playbook } from '$lib/playbook/types';

const NEED_LABELS = new Set(
	[
		'need',
		'needs',
		'meets',
		'reveals',
		'states',
		'when',
		'需求',
		'满足',
		'透露',
		'明确',
		'条件'
	].map(fold)
);
const BUYER = new Set(['buyer', 'buyerscript', '买方', '买方脚本', '客户角色'].map(fold));
const PARTS: Record<string, 'replies' | 'raises' | 'accepts'> = Object.fromEntries([
	...['replies', '回答', '买方回答'].map((w) => [fold(w), 'replies'] as const),
	...['raises', '异议', '买方异议'].map((w) => [fold(w), 'raises'] as const),
	...['accepts', '接受', '买方接受'].map((w) => [fold(w), 'accepts'] as const)
]);

export interface CompletionContextLite {
	/** The text of the cursor's line up to the cursor. */
	before: string;
	/** Headings above the cursor, nearest first: `[depth, text]`. */
	headings: () => Iterable<[number, string]>;
}

/** The ids to offer and where the word being completed starts in `before`; null for none. */
export function completionsAt(
	playbook: Playbook | null,
	{ before, headings }: CompletionContextLite
): { from: number; ids: string[] } | null {
	if (!playbook) return null;
	const labelled = /^(\s*[-*+]\s*)([^:：]{1,40})[:：]\s*(?:.*[,，、]\s*)?(\S*)$/.exec(before);
	if (labelled && NEED_LABELS.has(fold(labelled[2]))) {
		const word = labelled[3].split(/\s/)[0];
		return { from: before.length - word.length, ids: playbook.needs.map((n) => n.id) };
	}
	const key = /^[-*+]\s+(\S*)$/.exec(before);
	if (!key) return null;
	let part: 'replies' | 'raises' | 'accepts' | undefined;
	for (const [depth, text] of headings()) {
		if (depth >= 2 && part === undefined) {
			part = PARTS[fold(text)];
			if (!part) return null;
		} else if (depth === 1) {
			if (!part || !BUYER.has(fold(text))) return null;
			break;
		}
	}
	if (!part) return null;
	const ids =
		part === 'replies'
			? playbook.questions.map((q) => q.id)
			: part === 'raises'
				? playbook.objections.map((o) => o.id)
				: [...playbook.commitment.advances.map((a) => a.id), 'order'];
	return { from: before.length - key[1].length, ids };
}
