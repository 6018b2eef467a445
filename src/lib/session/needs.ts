// The ranked next moves of a call, read from the need ledger with the rules of rules.ts. The
// order follows SPIN (docs/coaching.md#question-order): a problem the buyer admits (implied
// need) is developed with implication questions, then turned explicit with need-payoff
// questions; only then do benefits for it move the sale; once every explicit need has its
// benefit and no objection is open, the rep summarises and asks for the planned advance.
// Only the assessment (assessment.ts) calls this; screens read the assessment.
import type { Playbook, Question, SpinType } from '$lib/playbook/types';
import type { CallContext } from './context';
import type { AdvanceChoice, Stage } from './events';
import {
	anyExplicitNeed,
	askedEnough,
	benefitAllowed,
	needMet,
	needPayoffCold,
	objectionOpen,
	openingBegun,
	SITUATION_FREE,
	summaryCurrent
} from './rules';

export type SuggestionKind =
	'opening' | 'question' | 'benefit' | 'stage' | 'summary' | 'advance' | 'objection' | 'end';

/** Codes the UI translates; `params` fill its placeholders. */
export type SuggestionReasonCode =
	| 'opening_move'
	| 'start_investigating'
	| 'gather_background'
	| 'uncover_problem'
	| 'develop_implied_need'
	| 'make_need_explicit'
	| 'explicit_need_ready'
	| 'meet_explicit_need'
	| 'all_needs_met'
	| 'summarize_benefits'
	| 'propose_primary_advance'
	| 'propose_fallback_advance'
	| 'answer_objection'
	| 'no_explicit_need_yet'
	| 'advance_agreed'
	| 'ask_answered'
	| 'buyer_closed';

export interface Suggestion {
	kind: SuggestionKind;
	moveId?: string;
	questionId?: string;
	cardId?: string;
	needId?: string;
	stage?: Stage;
	advanceId?: string;
	objectionId?: string;
	/** For an advance the rep typed in the plan rather than picked from the playbook. */
	advance?: AdvanceChoice;
	reason: { code: SuggestionReasonCode; params: Record<string, string | number> };
}

/** Ranked next moves for the call as it stands; empty outside a running call. */
export function rankSuggestions(c: CallContext, playbook: Playbook): Suggestion[] {
	if (c.phase !== 'running' || c.stage === null) return [];
	// The rehearsal buyer ended the meeting: nothing is left to ask or show.
	if (c.buyerLines.some((l) => l.closes !== undefined)) return [end('buyer_closed')];
	const asked = new Set(c.questions.flatMap((q) => (q.questionId ? [q.questionId] : [])));
	const objection = objectionSuggestions(c);
	const develop = developQuestions(c, playbook, asked);
	const uncover = uncoverQuestions(c, playbook, asked);
	const benefits = benefitSuggestions(c, playbook);
	const commit = commitSuggestions(c, playbook);
	const toDemonstrate: Suggestion[] =
		benefits.length > 0 && c.stage !== 'demonstrating'
			? [stage('demonstrating', 'explicit_need_ready', { needId: benefits[0].needId ?? '' })]
			: [];
	const toCommit: Suggestion[] =
		commit.length > 0 && c.stage !== 'committing' ? [stage('committing', 'all_needs_met', {})] : [];
	switch (c.stage) {
		case 'opening': {
			// Moving on is only advice once the rep has opened at all.
			const begun = openingBegun(c, playbook.opening.length);
			return [
				...objection,
				...openingSuggestions(c, playbook),
				...(begun ? [stage('investigating', 'start_investigating', {})] : [])
			];
		}
		case 'investigating':
			return [
				...objection,
				...develop,
				...uncover,
				...toDemonstrate,
				...benefits,
				...toCommit,
				...commit
			];
		case 'demonstrating':
			return [...objection, ...benefits, ...toCommit, ...commit, ...develop, ...uncover];
		case 'committing': {
			// Asking with no explicit need is pressure: investigate first.
			const back: Suggestion[] = anyExplicitNeed(c)
				? []
				: [stage('investigating', 'no_explicit_need_yet', {})];
			return [...objection, ...commit, ...benefits, ...back, ...develop, ...uncover];
		}
	}
}

function objectionSuggestions(c: CallContext): Suggestion[] {
	const open = c.objections.find((o) => o.answeredAt === null);
	if (!open) return [];
	const params: Record<string, string> = open.objectionId ? { objectionId: open.objectionId } : {};
	const s: Suggestion = { kind: 'objection', reason: { code: 'answer_objection', params } };
	return open.objectionId ? [{ ...s, objectionId: open.objectionId }] : [s];
}

function openingSuggestions(c: CallContext, playbook: Playbook): Suggestion[] {
	const done = new Set(c.openingMoves.flatMap((m) => (m.moveId ? [m.moveId] : [])));
	return playbook.opening
		.filter((m) => !done.has(m.id))
		.map((m) => ({ kind: 'opening', moveId: m.id, reason: { code: 'opening_move', params: {} } }));
}

// Implied needs in the order they surfaced: implication questions first, need-payoff ones only
// once the need is developed (a cold need-payoff question rarely lands).
function developQuestions(c: CallContext, pb: Playbook, asked: Set<string>): Suggestion[] {
	const out: Suggestion[] = [];
	for (const need of c.needs.filter((n) => n.level === 'implied')) {
		const about = (type: SpinType) =>
			questionsOf(pb, type, asked).filter((q) => q.needIds.includes(need.id));
		const params = { needId: need.id };
		const implication = about('implication').map((q) =>
			question(q, need.id, 'develop_implied_need', params)
		);
		const payoff = needPayoffCold(c, need.id, pb)
			? []
			: about('needPayoff')
					.filter((q) => q.needIds.some((id) => !needPayoffCold(c, id, pb)))
					.map((q) => question(q, need.id, 'make_need_explicit', params));
		out.push(...payoff, ...implication);
	}
	return out;
}

// Problem questions for needs not yet surfaced, with a few situation questions first when the
// rep knows nothing yet (docs/coaching.md#situation: needed, but few).
function uncoverQuestions(c: CallContext, pb: Playbook, asked: Set<string>): Suggestion[] {
	const surfaced = new Set(c.needs.map((n) => n.id));
	const problems = questionsOf(pb, 'problem', asked)
		.filter((q) => q.needIds.length === 0 || q.needIds.some((id) => !surfaced.has(id)))
		.map((q) => {
			const needId = q.needIds.find((id) => !surfaced.has(id));
			return question(q, needId, 'uncover_problem', needId ? { needId } : {});
		});
	const situation =
		c.spinCounts.situation < SITUATION_FREE
			? questionsOf(pb, 'situation', asked).map((q) =>
					question(q, undefined, 'gather_background', {})
				)
			: [];
	const knowsNothing = c.needs.length === 0 && c.spinCounts.situation < 2;
	return knowsNothing ? [...situation, ...problems] : [...problems, ...situation];
}

function benefitSuggestions(c: CallContext, pb: Playbook): Suggestion[] {
	const out: Suggestion[] = [];
	for (const need of c.needs) {
		if (!benefitAllowed(c, need.id) || needMet(need)) continue;
		for (const card of pb.capabilities) {
			if (!card.needIds.includes(need.id)) continue;
			out.push({
				kind: 'benefit',
				cardId: card.id,
				needId: need.id,
				reason: { code: 'meet_explicit_need', params: { needId: need.id, cardId: card.id } }
			});
		}
	}
	return out;
}

/** Advance ids (or `order`) the buyer declined in this call and never agreed to after. */
export function declinedAdvanceIds(c: CallContext): string[] {
	const proposed = new Set(
		c.advances.flatMap((a) => (a.advance.advanceId ? [a.advance.advanceId] : []))
	);
	const out: string[] = [];
	for (const line of c.buyerLines) {
		// Logs from before `declines` existed: a reply to a proposal that accepts nothing.
		const legacy =
			line.replyTo !== undefined && proposed.has(line.replyTo) && !line.acceptsAdvanceId
				? line.replyTo
				: undefined;
		const id = line.declines ?? legacy;
		if (id !== undefined && !out.includes(id) && !c.acceptedAdvanceIds.includes(id)) out.push(id);
	}
	return out;
}

// The ask comes once every explicit need is met, no objection is open and a summary has
// followed the last benefit; after an agreed advance, the call is done.
function commitSuggestions(c: CallContext, pb: Playbook): Suggestion[] {
	if (c.acceptedAdvanceIds.length > 0) return [end('advance_agreed')];
	const explicit = c.needs.filter((n) => n.level === 'explicit');
	const ready = explicit.length > 0 && explicit.every(needMet) && !objectionOpen(c);
	if (!ready) return [];
	if (!summaryCurrent(c))
		return [{ kind: 'summary', reason: { code: 'summarize_benefits', params: {} } }];
	if (askedEnough(c.advances.length)) return [end('ask_answered')];
	const primary = c.plan.primaryAdvance ?? firstAdvance(pb);
	const fallback = c.plan.fallbackAdvance;
	const declined = declinedAdvanceIds(c);
	if (primary && !proposed(c, primary)) return [advance(primary, 'propose_primary_advance')];
	const primaryDeclined = primary?.advanceId !== undefined && declined.includes(primary.advanceId);
	if (primaryDeclined && fallback && !proposed(c, fallback))
		return [advance(fallback, 'propose_fallback_advance')];
	return [end('ask_answered')];
}

function end(code: SuggestionReasonCode): Suggestion {
	return { kind: 'end', reason: { code, params: {} } };
}

function firstAdvance(pb: Playbook): AdvanceChoice | null {
	const first = pb.commitment.advances[0];
	return first ? { kind: first.kind, advanceId: first.id } : null;
}

function proposed(c: CallContext, choice: AdvanceChoice): boolean {
	return c.advances.some((a) =>
		choice.advanceId !== undefined
			? a.advance.advanceId === choice.advanceId
			: a.advance.kind === choice.kind && a.advance.text === choice.text
	);
}

function advance(choice: AdvanceChoice, code: SuggestionReasonCode): Suggestion {
	const params = {
		kind: choice.kind,
		...(choice.advanceId ? { advanceId: choice.advanceId } : {})
	};
	return choice.advanceId !== undefined
		? { kind: 'advance', advanceId: choice.advanceId, advance: choice, reason: { code, params } }
		: { kind: 'advance', advance: choice, reason: { code, params } };
}

function questionsOf(pb: Playbook, type: SpinType, asked: Set<string>): Question[] {
	return pb.questions.filter((q) => q.type === type && !asked.has(q.id));
}

function question(
	q: Question,
	needId: string | undefined,
	code: SuggestionReasonCode,
	params: Record<string, string>
): Suggestion {
	const base: Suggestion = { kind: 'question', questionId: q.id, reason: { code, params } };
	return needId === undefined ? base : { ...base, needId };
}

function stage(to: Stage, code: SuggestionReasonCode, params: Record<string, string>): Suggestion {
	return { kind: 'stage', stage: to, reason: { code, params } };
}
