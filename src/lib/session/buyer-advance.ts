// Whether the buyer agrees to a proposed advance or order (docs/buyer.md#advances).
import type { BuyerAcceptance, Playbook, Tier } from '$lib/playbook/types';
import type { CallContext } from './context';
import type { BuyerMind } from './buyer-mind';

/** The advance id a buyer script uses for an order; the UI proposes it as `advanceId: 'order'`. */
export const ORDER_ID = 'order';

/** Why the buyer refuses a proposal whose script entry exists, or null when they agree. */
export type Refusal =
	{ reason: 'conditions' } | { reason: 'others'; who: string[] } | { reason: 'tooSoon' };

/** Whether one condition of `When` holds for the buyer now. */
export function conditionHolds(
	mind: BuyerMind,
	condition: BuyerAcceptance['when'][number]
): boolean {
	if (mind.awareness.get(condition.needId) !== 'stated') return false;
	return condition.state === 'explicit' || mind.supported.has(condition.needId);
}

/** The account's tier: the one planned for this call, else the playbook's target tier. */
export function accountTier(playbook: Playbook, c: CallContext): Tier | undefined {
	return c.plan.account?.tier ?? playbook.meta.tier;
}

/** How a name in `Involves` compares: case and a leading article do not matter. */
export function participantKey(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/\s+/g, ' ');
}

/** Everyone the script's acceptances need in the meeting (`Involves`), each once, in order. */
export function scriptParticipants(playbook: Playbook): string[] {
	const seen = new Map<string, string>();
	for (const a of playbook.buyer?.accepts ?? [])
		for (const name of a.involves ?? [])
			if (!seen.has(participantKey(name))) seen.set(participantKey(name), name);
	return [...seen.values()];
}

/** Who `acceptance` needs in the meeting that the plan did not put there. */
export function absentParticipants(c: CallContext, acceptance: BuyerAcceptance): string[] {
	const present = new Set(c.plan.inRoom.map(participantKey));
	return (acceptance.involves ?? []).filter((name) => !present.has(participantKey(name)));
}

/**
 * Why the buyer cannot agree to `acceptance` now, or null when they can: every need condition
 * holds, every objection it names was resolved, everyone it involves is in the meeting (the
 * plan's `inRoom`), and an order on
 * a platinum account is not asked of a single call unless the script allows it.
 */
export function refusal(
	playbook: Playbook,
	c: CallContext,
	mind: BuyerMind,
	acceptance: BuyerAcceptance
): Refusal | null {
	const absent = absentParticipants(c, acceptance);
	if (absent.length > 0) return { reason: 'others', who: absent };
	if (
		acceptance.advanceId === ORDER_ID &&
		accountTier(playbook, c) === 'platinum' &&
		acceptance.firstCall !== true
	)
		return { reason: 'tooSoon' };
	const needs = acceptance.when.every((w) => conditionHolds(mind, w));
	const resolved = (acceptance.resolved ?? []).every((id) => mind.resolved.has(id));
	return needs && resolved ? null : { reason: 'conditions' };
}

/** Open objections that block `advanceId`: those that name it, or that name no advance at all. */
export function blockers(
	playbook: Playbook,
	open: readonly string[],
	advanceId: string | undefined
): string[] {
	const script = playbook.buyer;
	return open.filter((id) => {
		const blocks = script?.objections.find((o) => o.objectionId === id)?.blocks ?? [];
		return blocks.length === 0 || (advanceId !== undefined && blocks.includes(advanceId));
	});
}
