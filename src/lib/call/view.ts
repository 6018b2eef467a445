// Pure read-outs of a call's context for the prompter: what the lists show as done, open or
// found. Kept out of the components so they stay plain props and these stay unit-testable.
import type { Playbook, Question, SpinType } from '$lib/playbook/types';
import type { CallContext } from '$lib/session/context';

/** An empty id set, for a call that has not loaded yet. */
export const NO_IDS: ReadonlySet<string> = new Set();

/** Ids of the playbook questions already asked in this call. */
export function askedQuestionIds(context: CallContext): Set<string> {
	return new Set(context.questions.flatMap((q) => (q.questionId ? [q.questionId] : [])));
}

/** `cardId:kind` for every capability statement made from a card. */
export function presentedKeys(context: CallContext): string[] {
	return context.presentations.flatMap((p) => (p.cardId ? [`${p.cardId}:${p.kind}`] : []));
}

/** Objection ids raised and not answered yet, and those answered. */
export function objectionState(context: CallContext): {
	open: Set<string>;
	answered: Set<string>;
} {
	const open = new Set<string>();
	const answered = new Set<string>();
	for (const o of context.objections) {
		if (!o.objectionId) continue;
		if (o.answeredAt === null) open.add(o.objectionId);
		else answered.add(o.objectionId);
	}
	for (const id of open) answered.delete(id);
	return { open, answered };
}

/** Opening move ids already done. */
export function openingDone(context: CallContext): Set<string> {
	return new Set(context.openingMoves.flatMap((o) => (o.moveId ? [o.moveId] : [])));
}

/** Advance ids already proposed. */
export function proposedAdvanceIds(context: CallContext): Set<string> {
	return new Set(
		context.advances.flatMap((a) => (a.advance.advanceId ? [a.advance.advanceId] : []))
	);
}

/** The bank of one SPIN type, in playbook order. */
export function questionBank(playbook: Playbook, type: SpinType): Question[] {
	return playbook.questions.filter((q) => q.type === type);
}

/** Need ids mapped to their text, for reasons and nudges that name a need. */
export function needTextMap(context: CallContext, playbook: Playbook): Record<string, string> {
	const map: Record<string, string> = {};
	for (const n of playbook.needs) map[n.id] = n.text;
	for (const n of context.needs) if (n.text) map[n.id] ??= n.text;
	return map;
}
