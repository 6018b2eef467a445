// Turns the assessment's ranked suggestions into what the prompter shows: the question on the
// card (the rep's pick wins over the suggestion) and the first suggestion of a kind for the
// stage's list. The assessment (session/assessment.ts) decides; this only picks from it.
import type { Playbook, Question, SpinType } from '$lib/playbook/types';
import type { Assessment, Suggestion } from '$lib/session/assessment';
import type { CodedText } from './types';

export interface CurrentQuestion {
	question: Question;
	/** False when the rep picked it from the bank. */
	suggested: boolean;
	reason: CodedText | null;
}

/**
 * The question the card shows: the rep's pick; else the assessment's best question, of
 * `preferType` when the rep just switched to that type, otherwise of any type.
 */
export function currentQuestion(
	assessment: Assessment,
	playbook: Playbook,
	preferType: SpinType | null,
	pickedId: string | null
): CurrentQuestion | null {
	const suggestions = assessment.suggestions.filter((s) => s.kind === 'question');
	const byId = (id: string | undefined) => playbook.questions.find((q) => q.id === id);
	const reasonOf = (id: string) => suggestions.find((s) => s.questionId === id)?.reason ?? null;
	const picked = pickedId ? byId(pickedId) : undefined;
	if (picked) return { question: picked, suggested: false, reason: reasonOf(picked.id) };
	const ofType = preferType && suggestions.find((s) => byId(s.questionId)?.type === preferType);
	const best = ofType || suggestions[0];
	const question = best && byId(best.questionId);
	return question ? { question, suggested: true, reason: best.reason } : null;
}

/** The first suggested item of a kind, for the list the stage shows (card, move, advance). */
export function firstSuggested(
	assessment: Assessment,
	kind: Suggestion['kind']
): Suggestion | null {
	return assessment.suggestions.find((s) => s.kind === kind) ?? null;
}
