// How a call wears the buyer out (docs/buyer.md#patience). Each rule is one named predicate;
// a rep event costs one point per rule it breaks. At zero the buyer closes the meeting.
import type { BuyerScript } from '$lib/playbook/types';
import type { CallContext } from './context';
import type { CallEvent } from './events';
import type { BuyerMind } from './buyer-mind';
import { patienceOf } from './buyer-mind';

/** At or below this patience the buyer answers in one sentence. */
export const SHORT_REPLY_PATIENCE = 2;

/** A situation question beyond the number the persona tolerates (`c` already counts it). */
export function situationBeyondTolerance(script: BuyerScript, c: CallContext): boolean {
	return c.spinCounts.situation > patienceOf(script).situation;
}

/** A question the buyer already answered in this call. */
export function repeatedQuestion(mind: BuyerMind, questionId: string | undefined): boolean {
	return questionId !== undefined && mind.answered.has(questionId);
}

/** The buyer has not stated any need yet (so nothing has earned a solution or an ask). */
export function noNeedStated(mind: BuyerMind): boolean {
	return ![...mind.awareness.values()].includes('stated');
}

/** A feature, advantage or benefit before the buyer has stated any need. */
export const solutionBeforeNeeds = noNeedStated;

/** Asking for a commitment before any need is stated, or again after the buyer refused it. */
export function pressureToClose(mind: BuyerMind, advanceId?: string): boolean {
	const askedAgain = advanceId !== undefined && mind.declined.includes(advanceId);
	return askedAgain || noNeedStated(mind);
}

/** Patience points the rep's event costs; `questionId` is the question the buyer heard. */
export function patienceCost(
	script: BuyerScript,
	mind: BuyerMind,
	c: CallContext,
	event: CallEvent,
	questionId?: string
): number {
	switch (event.type) {
		case 'question.ask':
			return (
				Number(event.spinType === 'situation' && situationBeyondTolerance(script, c)) +
				Number(repeatedQuestion(mind, questionId))
			);
		case 'feature.present':
		case 'advantage.present':
		case 'benefit.state':
			return Number(solutionBeforeNeeds(mind));
		case 'advance.propose':
			return Number(pressureToClose(mind, event.advance.advanceId));
		default:
			return 0;
	}
}

/**
 * A reply in which the call moved forward for the buyer: a problem developed or felt, a need
 * stated, a benefit welcomed, an objection settled. Such a moment wins back one point of
 * patience (docs/buyer.md#patience), up to where it started.
 */
export function regainsPatience(line: {
	develops?: string[];
	felt?: string[];
	states?: string[];
	supports?: string[];
	resolves?: string;
}): boolean {
	return Boolean(
		line.develops?.length ||
		line.felt?.length ||
		line.states?.length ||
		line.supports?.length ||
		line.resolves
	);
}

/**
 * How far patience can come back: where it started, less one for every time the rep pressed for
 * a commitment (an ask before any need was explicit, or again after a refusal). Pressure is
 * remembered; good questions later do not erase it.
 */
export function patienceCeiling(script: BuyerScript, c: CallContext): number {
	const refusedBefore = (id: string | undefined, at: number) =>
		id !== undefined && c.buyerLines.some((l) => l.declines === id && l.at < at);
	const pressed = c.advances.filter((a) => a.early || refusedBefore(a.advance.advanceId, a.at));
	return Math.max(1, patienceOf(script).start - pressed.length);
}

/** The first sentence of a reply: what an impatient buyer still says. */
export function shorten(text: string): string {
	const match = /^.*?(?:[.!?](?=\s|$)|[。！？])/su.exec(text.trim());
	return match ? match[0] : text;
}
