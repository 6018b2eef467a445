// Reachability lints: whether a rehearsal against the scripted buyer can walk every part of the
// playbook. A need must be asked about (need-payoff) and stated by the buyer; an acceptance's
// conditions must be able to hold; an objection's trigger must be able to fire; every advance
// must be one the buyer can accept. Run after references are settled.
import * as d from './diagnostics';
import type { Draft } from './draft';
import type { Reporter, Span } from './report';
import type { CapabilityCard } from './types';

const PART_TRIGGERS = ['feature', 'advantage', 'benefit'] as const;

/** Reports parts of the playbook a call against its buyer can never reach. */
export function checkReachability(draft: Draft, report: Reporter): void {
	const { body, buyer } = draft;
	const spans = new Map<object, Span>(draft.ids.map((r) => [r.target, r.span]));
	const at = (item: object): Span => spans.get(item) ?? { start: 0 };
	const asked = (type: string) =>
		new Set(body.questions.filter((q) => q.type === type).flatMap((q) => q.needIds));
	const payoff = asked('needPayoff');
	const implication = asked('implication');
	const admitted = new Set([
		...asked('problem'),
		...(buyer?.replies.flatMap((r) => r.reveals) ?? [])
	]);
	// The buyer states a need in a reply, or on a need-payoff question once it was admitted and
	// felt through an implication question (docs/buyer.md#awareness).
	const stated = new Set(buyer?.replies.flatMap((r) => r.states) ?? []);
	for (const id of payoff) if (admitted.has(id) && implication.has(id)) stated.add(id);
	const met = new Set(body.capabilities.flatMap((c) => c.needIds));
	const needs = new Set(body.needs.map((n) => n.id));
	for (const need of body.needs) {
		if (!payoff.has(need.id)) report.add(d.need_no_payoff({ id: need.id }), at(need));
		if (buyer && !stated.has(need.id)) report.add(d.need_never_stated({ id: need.id }), at(need));
	}
	if (!buyer) return;
	for (const { entry, span } of draft.accepts) {
		// Unknown needs are reported as such (need_unknown); only known ones are judged here.
		const blocked = entry.when.find(
			(c) =>
				needs.has(c.needId) && (!stated.has(c.needId) || (c.state === 'met' && !met.has(c.needId)))
		);
		if (blocked) {
			const problem = d.accept_unreachable({
				advance: entry.advanceId,
				need: blocked.needId,
				state: blocked.state
			});
			report.add(problem, span);
		}
	}
	for (const { entry, span } of draft.raises) {
		const cards = entry.cards?.length
			? body.capabilities.filter((c) => entry.cards?.includes(c.id))
			: body.capabilities;
		const fires = entry.after.some((trigger) =>
			(PART_TRIGGERS as readonly string[]).includes(trigger)
				? cards.some((c) => c[trigger as keyof CapabilityCard] !== '')
				: trigger !== 'proposal' ||
					body.commitment.advances.length + body.commitment.questions.length > 0
		);
		if (!fires && entry.after.length > 0 && (entry.cards?.length ? cards.length > 0 : true)) {
			report.add(
				d.objection_trigger_unreachable({ id: entry.objectionId, after: entry.after.join(', ') }),
				span
			);
		}
	}
	const accepted = new Set(buyer.accepts.map((a) => a.advanceId));
	for (const advance of body.commitment.advances) {
		if (!accepted.has(advance.id))
			report.add(d.advance_never_accepted({ id: advance.id }), at(advance));
	}
}
