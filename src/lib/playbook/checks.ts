// After the walk: settle ids, check every reference, and give structural advice.
import * as d from './diagnostics';
import type { Draft } from './draft';
import { IdSpace, deriveId, isValidId } from './ids';
import { SPIN_KEYS, ORDER_KEYS, fold } from './names';
import type { Reporter } from './report';
import { withSuggestion } from './suggest';
import { SPIN_TYPES } from './types';

const SPIN_NAMES = {
	situation: 'situation',
	problem: 'problem',
	implication: 'implication',
	needPayoff: 'need-payoff'
};

/** Gives every item its final id: explicit ids first, then derived ones in document order. */
export function settleIds(draft: Draft, report: Reporter): void {
	const spaces = { main: new IdSpace(), buyer: new IdSpace() };
	const pending = [];
	for (const request of draft.ids) {
		const { explicit, target, span } = request;
		if (explicit === undefined) {
			pending.push(request);
		} else if (!isValidId(explicit)) {
			report.add(d.id_invalid({ id: explicit }), span);
			pending.push(request);
		} else {
			const held = spaces[request.space].claim(explicit, target.line);
			if (held === undefined) target.id = explicit;
			else {
				report.add(d.id_duplicate({ id: explicit, line: held }), span);
				pending.push({ ...request, base: explicit });
			}
		}
	}
	for (const request of pending) {
		const base = deriveId(request.base) || 'item';
		request.target.id = spaces[request.space].derive(base, request.target.line);
	}
}

/** Reports references to needs, questions, objections and advances that do not exist. */
export function checkReferences(draft: Draft, report: Reporter): void {
	const { body } = draft;
	const needs = new Set(body.needs.map((need) => need.id));
	for (const ref of draft.needRefs) {
		if (!needs.has(ref.id))
			report.add(withSuggestion(d.need_unknown({ id: ref.id }), ref.id, needs), ref);
	}
	const questions = new Set(body.questions.map((q) => q.id));
	for (const { entry, key, span } of draft.replies) {
		const type = SPIN_KEYS.get(fold(key));
		if (questions.has(key)) entry.questionId = key;
		else if (type) entry.spinType = type;
		else report.add(withSuggestion(d.buyer_reply_unknown_question({ key }), key, questions), span);
	}
	const objections = new Set(body.objections.map((o) => o.id));
	for (const { key, span } of draft.raises) {
		if (!objections.has(key))
			report.add(withSuggestion(d.buyer_objection_unknown({ id: key }), key, objections), span);
	}
	const advances = new Set(body.commitment.advances.map((a) => a.id));
	for (const { entry, key, span } of draft.accepts) {
		if (ORDER_KEYS.has(fold(key)) && !advances.has(key)) entry.advanceId = 'order';
		else if (!advances.has(key))
			report.add(withSuggestion(d.buyer_advance_unknown({ id: key }), key, advances), span);
	}
	checkBuyerRefs(draft, report, objections, advances);
}

// Cards that raise an objection, advances it blocks, objections an advance needs resolved.
function checkBuyerRefs(
	draft: Draft,
	report: Reporter,
	objections: Set<string>,
	advances: Set<string>
): void {
	const cards = new Set(draft.body.capabilities.map((c) => c.id));
	for (const ref of draft.cardRefs) {
		if (!cards.has(ref.id)) report.add(d.card_unknown({ id: ref.id }), ref);
	}
	for (const ref of draft.blockRefs) {
		if (ORDER_KEYS.has(fold(ref.id)) && !advances.has(ref.id)) continue;
		if (!advances.has(ref.id)) report.add(d.blocks_advance_unknown({ id: ref.id }), ref);
	}
	for (const { entry } of draft.raises) {
		entry.blocks = entry.blocks?.map((id) =>
			ORDER_KEYS.has(fold(id)) && !advances.has(id) ? 'order' : id
		);
	}
	for (const ref of draft.resolvedRefs) {
		if (!objections.has(ref.id)) report.add(d.resolved_objection_unknown({ id: ref.id }), ref);
	}
}

/** Advice about the shape of the playbook: empty stages, needs left undeveloped, thin cards. */
export function checkStructure(draft: Draft, report: Reporter, fileStart: number): void {
	const { body } = draft;
	const at = (section: string) => {
		const start = draft.sectionAt.get(section) ?? fileStart;
		return { start };
	};
	if (body.opening.length === 0) report.add(d.stage_empty({ stage: 'opening' }), at('opening'));
	if (body.questions.length === 0) {
		report.add(d.questions_missing({}), at('investigating'));
	} else {
		for (const type of SPIN_TYPES) {
			if (!body.questions.some((q) => q.type === type)) {
				report.add(d.spin_type_empty({ type: SPIN_NAMES[type] }), at(type));
			}
		}
	}
	if (body.capabilities.length === 0)
		report.add(d.stage_empty({ stage: 'demonstrating' }), at('capability'));
	const { advances, questions } = body.commitment;
	if (advances.length === 0 && questions.length === 0) {
		report.add(d.stage_empty({ stage: 'committing' }), at('commitment'));
	}
	if (!draft.buyer) report.add(d.buyer_missing({}), { start: fileStart });
	for (const { card, span, seen } of draft.cards) {
		const missing = ['feature', 'advantage', 'benefit'].filter((part) => !seen.has(part));
		if (missing.length > 0) report.add(d.card_incomplete({ missing: missing.join(', ') }), span);
		if (seen.has('benefit') && card.needIds.length === 0)
			report.add(d.benefit_without_need({}), span);
	}
	for (const { objection, span } of draft.objections) {
		if (objection.answers.length === 0) report.add(d.objection_without_answer({}), span);
	}
	checkNeeds(draft, report);
}

function checkNeeds(draft: Draft, report: Reporter): void {
	const { body } = draft;
	const uncovered = new Set<string>();
	const developed = new Set<string>();
	const met = new Set<string>();
	for (const q of body.questions) {
		const into = q.type === 'problem' ? uncovered : q.type === 'implication' ? developed : null;
		for (const id of q.needIds) into?.add(id);
	}
	for (const card of body.capabilities) for (const id of card.needIds) met.add(id);
	const spans = new Map(draft.ids.map((request) => [request.target, request.span]));
	for (const need of body.needs) {
		const span = spans.get(need) ?? { start: 0 };
		if (!uncovered.has(need.id)) report.add(d.need_not_uncovered({ id: need.id }), span);
		if (!developed.has(need.id)) report.add(d.need_not_developed({ id: need.id }), span);
		if (!met.has(need.id)) report.add(d.need_not_met({ id: need.id }), span);
	}
}
