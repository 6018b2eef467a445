// What the prompter offers next, read from the need ledger. The order follows SPIN: a problem
// the buyer admits (implied need) is developed with implication questions, then turned
// explicit with need-payoff questions; only then do benefits for it move the sale, and once
// every explicit need has its benefit the rep summarises and asks for the planned advance.
import type { CapabilityCard, Playbook, Question, SpinType } from '$lib/playbook/types';
import type { CallContext, NeedEntry } from './context';
import type { AdvanceChoice, Stage } from './events';
import type { CallSnapshot } from './machine';

/** Anything carrying a call context: a machine snapshot, or `{ context }` built by a fold. */
export type HasCallContext = Pick<CallSnapshot, 'context'> | { context: CallContext };

export type SuggestionKind = 'opening' | 'question' | 'benefit' | 'stage' | 'summary' | 'advance';

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
	| 'propose_fallback_advance';

export interface Suggestion {
	kind: SuggestionKind;
	moveId?: string;
	questionId?: string;
	cardId?: string;
	needId?: string;
	stage?: Stage;
	advanceId?: string;
	/** For an advance the rep typed in the plan rather than picked from the playbook. */
	advance?: AdvanceChoice;
	reason: { code: SuggestionReasonCode; params: Record<string, string | number> };
}

/** How far a need has come: surfaced, being developed, stated by the buyer, met by a benefit. */
export type NeedProgress = 'implied' | 'developing' | 'explicit' | 'met';

export interface NeedView extends NeedEntry {
	progress: NeedProgress;
}

/** Situation questions the prompter still offers before it stops suggesting more. */
const SITUATION_SUGGESTION_LIMIT = 3;

/** The need ledger with each need's progress, in the order the needs surfaced. */
export function needLedger(context: CallContext): NeedView[] {
	return context.needs.map((n) => ({ ...n, progress: progressOf(n) }));
}

/** Capability cards whose benefit meets at least one need that is explicit now. */
export function offeredBenefits(snapshot: HasCallContext, playbook: Playbook): CapabilityCard[] {
	const explicit = new Set(explicitIds(snapshot.context));
	return playbook.capabilities.filter((card) => card.needIds.some((id) => explicit.has(id)));
}

/** Ranked next moves for the call as it stands; empty outside a running call. */
export function nextSuggestions(snapshot: HasCallContext, playbook: Playbook): Suggestion[] {
	const c = snapshot.context;
	if (c.phase !== 'running' || c.stage === null) return [];
	const asked = new Set(c.questions.flatMap((q) => (q.questionId ? [q.questionId] : [])));
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
		case 'opening':
			return [
				...openingSuggestions(c, playbook),
				stage('investigating', 'start_investigating', {})
			];
		case 'investigating':
			return [...develop, ...uncover, ...toDemonstrate, ...benefits, ...toCommit, ...commit];
		case 'demonstrating':
			return [...benefits, ...toCommit, ...commit, ...develop, ...uncover];
		case 'committing':
			// Already asking: the ask still comes, after what would make it land.
			return commit.length > 0
				? [...commit, ...benefits, ...develop, ...uncover]
				: [...benefits, ...develop, ...commitSuggestions(c, playbook, true), ...uncover];
	}
}

function progressOf(n: NeedEntry): NeedProgress {
	if (n.level === 'explicit') return n.benefits.some((b) => b.whileExplicit) ? 'met' : 'explicit';
	return n.implicationQuestions.length > 0 ? 'developing' : 'implied';
}

function explicitIds(c: CallContext): string[] {
	return c.needs.filter((n) => n.level === 'explicit').map((n) => n.id);
}

function openingSuggestions(c: CallContext, playbook: Playbook): Suggestion[] {
	const done = new Set(c.openingMoves.flatMap((m) => (m.moveId ? [m.moveId] : [])));
	return playbook.opening
		.filter((m) => !done.has(m.id))
		.map((m) => ({ kind: 'opening', moveId: m.id, reason: { code: 'opening_move', params: {} } }));
}

// Implied needs in the order they surfaced: implication questions first, need-payoff ones
// only once the need has been developed (SPIN: payoff before implication rarely lands).
function developQuestions(c: CallContext, pb: Playbook, asked: Set<string>): Suggestion[] {
	const out: Suggestion[] = [];
	for (const need of c.needs.filter((n) => n.level === 'implied')) {
		const about = (type: SpinType) =>
			questionsOf(pb, type, asked).filter((q) => q.needIds.includes(need.id));
		const params = { needId: need.id };
		const implication = about('implication').map((q) =>
			question(q, need.id, 'develop_implied_need', params)
		);
		const payoff = about('needPayoff').map((q) =>
			question(q, need.id, 'make_need_explicit', params)
		);
		out.push(
			...(need.implicationQuestions.length === 0 ? implication : [...payoff, ...implication])
		);
	}
	return out;
}

// Problem questions for needs not yet surfaced, with a few situation questions first when the
// rep knows nothing yet (domain §2.2: situation questions are needed, but few).
function uncoverQuestions(c: CallContext, pb: Playbook, asked: Set<string>): Suggestion[] {
	const surfaced = new Set(c.needs.map((n) => n.id));
	const problems = questionsOf(pb, 'problem', asked)
		.filter((q) => q.needIds.length === 0 || q.needIds.some((id) => !surfaced.has(id)))
		.map((q) => {
			const needId = q.needIds.find((id) => !surfaced.has(id));
			return question(q, needId, 'uncover_problem', needId ? { needId } : {});
		});
	const situation =
		c.spinCounts.situation < SITUATION_SUGGESTION_LIMIT
			? questionsOf(pb, 'situation', asked).map((q) =>
					question(q, undefined, 'gather_background', {})
				)
			: [];
	const knowsNothing = c.needs.length === 0 && c.spinCounts.situation < 2;
	return knowsNothing ? [...situation, ...problems] : [...problems, ...situation];
}

function benefitSuggestions(c: CallContext, pb: Playbook): Suggestion[] {
	const out: Suggestion[] = [];
	for (const need of c.needs.filter((n) => progressOf(n) === 'explicit')) {
		const stated = new Set(
			need.benefits.flatMap((b) => (b.cardId && b.whileExplicit ? [b.cardId] : []))
		);
		for (const card of pb.capabilities) {
			if (!card.needIds.includes(need.id) || stated.has(card.id)) continue;
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

// Commitment once at least one need is explicit and every explicit need has its benefit
// (or regardless, when the rep is already committing).
function commitSuggestions(c: CallContext, pb: Playbook, anyway = false): Suggestion[] {
	const explicit = c.needs.filter((n) => n.level === 'explicit');
	const ready = explicit.length > 0 && explicit.every((n) => progressOf(n) === 'met');
	if (!ready && !anyway) return [];
	const out: Suggestion[] = [];
	const lastBenefit = Math.max(0, ...explicit.flatMap((n) => n.benefits.map((b) => b.at)));
	if (!c.summaries.some((s) => s.at >= lastBenefit))
		out.push({ kind: 'summary', reason: { code: 'summarize_benefits', params: {} } });
	const primary = c.plan.primaryAdvance ?? firstAdvance(pb);
	const fallback = c.plan.fallbackAdvance;
	if (primary && !proposed(c, primary)) out.push(advance(primary, 'propose_primary_advance'));
	else if (fallback && !proposed(c, fallback))
		out.push(advance(fallback, 'propose_fallback_advance'));
	return out;
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
