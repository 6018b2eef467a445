// Coaching rules as nudges, never as guards: the machine accepts whatever the rep does in a
// live meeting and these hints say what the research expects to go wrong. Each nudge describes
// the call as it stands now (it clears once the rep has put it right); the full history stays
// in the context for the after-call report.
// Sources: "domain" = /work/shared/domain/README.md section 2; "SPIN" = Neil Rackham's
// published research on large sales (SPIN Selling, 1988), which that section restates.
import type { Playbook } from '$lib/playbook/types';
import type { CallContext, Nudge } from './context';

/** More situation questions than this, and more than half the mix, bore the buyer. */
export const SITUATION_QUESTION_LIMIT = 4;

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

// domain §2.3 (benefits only move a sale when tied to an explicit need) and SPIN ch. 5:
// features and advantages offered before any explicit need mostly provoke objections.
const capabilityBeforeExplicitNeed: Rule = (c) => {
	const last = c.presentations.at(-1);
	if (!last || last.anyExplicitNeed || hasExplicit(c)) return [];
	return [nudge('capability_before_explicit_need', 'warn', { kind: last.kind })];
};

// domain §2.2 (situation questions: "needed, but few: buyers tire of them"); SPIN ch. 4 found
// successful calls ask fewer situation questions than unsuccessful ones.
const tooManySituationQuestions: Rule = (c) => {
	const situation = c.spinCounts.situation;
	const total = c.questions.length;
	if (situation < SITUATION_QUESTION_LIMIT || situation * 2 <= total) return [];
	return [nudge('too_many_situation_questions', 'warn', { situation, total })];
};

// domain §2.1: "do not offer a solution before you understand the customer".
const solutionInOpening: Rule = (c) => {
	if (c.phase === 'ended' || c.stage !== 'opening') return [];
	const early = c.presentations.filter((p) => p.stage === 'opening');
	return early.length === 0 ? [] : [nudge('solution_in_opening', 'warn', { count: early.length })];
};

// domain §2.2 (implication questions make the buyer feel a problem's seriousness) and SPIN
// ch. 4: in large sales, implied needs left undeveloped rarely turn into orders.
const impliedNeedNotDeveloped: Rule = (c) =>
	c.needs
		.filter((n) => n.level === 'implied' && n.implicationQuestions.length === 0)
		.map((n) => nudge('implied_need_not_developed', 'info', { needId: n.id }));

// domain §2.3: a benefit meets "an explicit need that the customer stated earlier in this
// call". Left to `capability_before_explicit_need` when no need at all is explicit.
const benefitWithoutExplicitNeed: Rule = memoOn(
	(c) => [c.presentations, c.needs],
	(c) => {
		const last = c.presentations.findLast((p) => p.kind === 'benefit');
		if (!last || !hasExplicit(c)) return [];
		const open = last.needIds.filter(
			(id) => !c.needs.some((n) => n.id === id && n.level === 'explicit')
		);
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

// domain §2.4: "summarise the benefits, ask for a commitment"; SPIN ch. 2 on obtaining
// commitment: summarising before the advance is one of the four behaviours that work.
const noSummaryBeforeAdvance: Rule = memoOn(
	(c) => [c.advances, c.summaries],
	(c) => {
		const last = c.advances.at(-1);
		if (!last || c.summaries.some((s) => s.at <= last.at)) return [];
		return [nudge('no_summary_before_advance', 'warn', { kind: last.advance.kind })];
	}
);

// domain §2.4 and SPIN ch. 2: a large-sale call that ends in a continuation is "a failure in
// disguise"; the realistic goal is an advance, so committing without proposing one risks it.
const continuationRisk: Rule = (c) =>
	c.phase === 'running' && c.stage === 'committing' && c.advances.length === 0
		? [nudge('continuation_risk', 'warn')]
		: [];

// domain §2.3 ("resolving objections"): an objection left open undermines the commitment.
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
	noSummaryBeforeAdvance,
	tooManySituationQuestions,
	impliedNeedNotDeveloped
];

/** Every nudge that applies to the call as it stands, most urgent first. */
export function computeNudges(context: CallContext, playbook: Playbook): Nudge[] {
	const nudges: Nudge[] = [];
	for (const rule of RULES) for (const n of rule(context, playbook)) nudges.push(n);
	return nudges;
}

function hasExplicit(c: CallContext) {
	return c.needs.some((n) => n.level === 'explicit');
}

function withCard(params: Record<string, string>, cardId: string | undefined) {
	return cardId === undefined ? params : { ...params, cardId };
}

function nudge(code: Nudge['code'], severity: Nudge['severity'], params?: Nudge['params']): Nudge {
	return params === undefined ? { code, severity } : { code, severity, params };
}
