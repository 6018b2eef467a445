// Coaching rules as nudges, never as guards: the machine accepts whatever the rep does in a
// live meeting and these hints say what the research expects to go wrong. Each nudge describes
// the call as it stands now (it clears once the rep has put it right); the full history stays
// in the context for the after-call report. Every judgement is a rule of rules.ts, so the
// suggestions and the rubric judge the same way; each cites its note in docs/coaching.md.
import type { Playbook } from '$lib/playbook/types';
import type { CallContext, Nudge } from './context';
import {
	anyExplicitNeed,
	ASK_LIMIT,
	benefitAllowed,
	needDeveloped,
	tooManySituation
} from './rules';

type Rule = (c: CallContext, playbook: Playbook) => Nudge[];

// The context's lists are immutable and only replaced when they change, so a rule that scans
// a list can reuse its last answer while the lists it reads are the same objects. This keeps
// recomputing every nudge after every event cheap on long calls (see replay.bench.ts).
function memoOn<A extends object, B extends object>(
	deps: (c: CallContext) => [A, B],
	rule: Rule
): Rule {
	const cache = new WeakMap<A, { b: B; result: Nudge[] }>();
	return (c, playbook) => {
		const [a, b] = deps(c);
		const hit = cache.get(a);
		if (hit && hit.b === b) return hit.result;
		const result = rule(c, playbook);
		cache.set(a, { b, result });
		return result;
	};
}

// docs/coaching.md#advantages: statements made before any explicit need draw objections.
const capabilityBeforeExplicitNeed: Rule = (c) => {
	const last = c.presentations.at(-1);
	if (!last || last.anyExplicitNeed || anyExplicitNeed(c)) return [];
	return [nudge('capability_before_explicit_need', 'warn', { kind: last.kind })];
};

// docs/coaching.md#situation
const tooManySituationQuestions: Rule = (c) => {
	const situation = c.spinCounts.situation;
	const total = c.questions.length;
	if (!tooManySituation(situation, total)) return [];
	return [nudge('too_many_situation_questions', 'warn', { situation, total })];
};

// docs/coaching.md#opening: no solution before the customer is understood.
const solutionInOpening: Rule = (c) => {
	if (c.phase === 'ended' || c.stage !== 'opening') return [];
	const early = c.presentations.filter((p) => p.stage === 'opening');
	return early.length === 0 ? [] : [nudge('solution_in_opening', 'warn', { count: early.length })];
};

// docs/coaching.md#implication-depth
const impliedNeedNotDeveloped: Rule = (c) =>
	c.needs
		.filter((n) => n.level === 'implied' && !needDeveloped(n))
		.map((n) => nudge('implied_need_not_developed', 'info', { needId: n.id }));

// docs/coaching.md#benefits. Left to `capability_before_explicit_need` when no need at all is
// explicit.
const benefitWithoutExplicitNeed: Rule = memoOn(
	(c) => [c.presentations, c.needs],
	(c) => {
		const last = c.presentations.findLast((p) => p.kind === 'benefit');
		if (!last || !anyExplicitNeed(c)) return [];
		const open = last.needIds.filter((id) => !benefitAllowed(c, id));
		if (last.needIds.length > 0 && open.length === 0) return [];
		return [
			nudge(
				'benefit_without_explicit_need',
				'warn',
				withCard({ needIds: open.join(',') }, last.cardId)
			)
		];
	}
);

// docs/coaching.md#summary
const noSummaryBeforeAdvance: Rule = (c) => {
	const last = c.advances.at(-1);
	if (!last || last.afterSummary) return [];
	return [nudge('no_summary_before_advance', 'warn', { kind: last.advance.kind })];
};

// docs/coaching.md#closing-pressure: asking before any need is explicit, or asking again and again.
const askBeforeExplicitNeed: Rule = (c) => {
	const last = c.advances.at(-1);
	return last?.early ? [nudge('ask_before_explicit_need', 'warn')] : [];
};

const repeatedAsk: Rule = (c) =>
	c.advances.length > ASK_LIMIT
		? [nudge('repeated_ask', 'warn', { count: c.advances.length, limit: ASK_LIMIT })]
		: [];

// docs/coaching.md#question-order: the last question was a need-payoff question on a need not
// developed yet.
const coldNeedPayoff: Rule = (c) => {
	const last = c.questions.at(-1);
	if (!last || last.spinType !== 'needPayoff' || !last.cold) return [];
	return [nudge('cold_need_payoff', 'warn', { needId: last.needIds.join(',') })];
};

// docs/coaching.md#outcome: a continuation is a failure in disguise.
const continuationRisk: Rule = (c) =>
	c.phase === 'running' && c.stage === 'committing' && c.advances.length === 0
		? [nudge('continuation_risk', 'warn')]
		: [];

// docs/coaching.md#objections: an objection left open undermines the commitment.
const objectionUnanswered: Rule = memoOn(
	(c) => [c.objections, c.objections],
	(c) => {
		const open = c.objections.filter((o) => o.answeredAt === null);
		if (open.length === 0) return [];
		const ids = open.flatMap((o) => (o.objectionId ? [o.objectionId] : []));
		return [
			nudge('objection_unanswered', 'warn', { count: open.length, objectionIds: ids.join(',') })
		];
	}
);

const RULES: Rule[] = [
	objectionUnanswered,
	capabilityBeforeExplicitNeed,
	benefitWithoutExplicitNeed,
	solutionInOpening,
	continuationRisk,
	askBeforeExplicitNeed,
	repeatedAsk,
	noSummaryBeforeAdvance,
	coldNeedPayoff,
	tooManySituationQuestions,
	impliedNeedNotDeveloped
];

/** Every nudge that applies to the call as it stands, most urgent first. */
export function computeNudges(context: CallContext, playbook: Playbook): Nudge[] {
	const nudges: Nudge[] = [];
	for (const rule of RULES) for (const n of rule(context, playbook)) nudges.push(n);
	return nudges;
}

function withCard(params: Record<string, string>, cardId: string | undefined) {
	return cardId === undefined ? params : { ...params, cardId };
}

function nudge(code: Nudge['code'], severity: Nudge['severity'], params?: Nudge['params']): Nudge {
	return params === undefined ? { code, severity } : { code, severity, params };
}
