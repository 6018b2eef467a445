// Turns the need ledger's ranked suggestions into what the prompter shows: the question on the
// card (the rep's pick wins over the ledger), the next step that is not a question, and the
// ids of the playbook items each stage's list should highlight first.
import type { Playbook, Question, SpinType } from '$lib/playbook/types';
import {
	nextSuggestions,
	type HasCallContext,
	type Suggestion,
	type SuggestionReasonCode
} from '$lib/session/needs';
import type { CodedText } from './types';

export interface CurrentQuestion {
	question: Question;
	/** False when the rep picked it from the bank. */
	suggested: boolean;
	reason: CodedText<SuggestionReasonCode> | null;
}

/**
 * The question the card shows: the rep's pick; else the ledger's best question, of `preferType`
 * when the rep just switched to that type, otherwise of any type (the ledger knows best).
 */
export function currentQuestion(
	snapshot: HasCallContext,
	playbook: Playbook,
	preferType: SpinType | null,
	pickedId: string | null
): CurrentQuestion | null {
	const suggestions = nextSuggestions(snapshot, playbook).filter((s) => s.kind === 'question');
	const byId = (id: string | undefined) => playbook.questions.find((q) => q.id === id);
	const reasonOf = (id: string) => suggestions.find((s) => s.questionId === id)?.reason ?? null;
	const picked = pickedId ? byId(pickedId) : undefined;
	if (picked) return { question: picked, suggested: false, reason: reasonOf(picked.id) };
	const ofType = preferType && suggestions.find((s) => byId(s.questionId)?.type === preferType);
	const best = ofType || suggestions[0];
	const question = best && byId(best.questionId);
	return question ? { question, suggested: true, reason: best.reason } : null;
}

/**
 * The ledger's best step that is not a question or an opening move (a stage change, a benefit,
 * the summary, an advance), shown beside the question card so both are one glance away.
 */
export function nextStep(snapshot: HasCallContext, playbook: Playbook): Suggestion | null {
	return (
		nextSuggestions(snapshot, playbook).find(
			(s) => s.kind !== 'question' && s.kind !== 'opening'
		) ?? null
	);
}

/** The first suggested item of a kind, for the list the stage shows (card, move, advance). */
export function firstSuggested(
	snapshot: HasCallContext,
	playbook: Playbook,
	kind: Suggestion['kind']
): Suggestion | null {
	return nextSuggestions(snapshot, playbook).find((s) => s.kind === kind) ?? null;
}
