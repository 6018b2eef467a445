import { implicationDepth } from '$lib/session/rules';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '$lib/playbook/parse';
import type { Playbook } from '$lib/playbook/types';
import { analyze } from '$lib/session/analyze';
import { assess } from '$lib/session/assessment';
import type { CallEvent } from '$lib/session/events';
import { admitLog } from '$lib/session/record';
import { replayParsed } from '$lib/session/replay';
import { drillScore, DRILL_SKILLS, SKILL_RULES, type DrillSkill } from './drills';
import { drillSetupEvents, planDrill } from './drill-plan';

const load = (file: string): Playbook => {
	const { playbook } = parsePlaybook(readFileSync(`playbooks/${file}`, 'utf8'));
	if (!playbook) throw new Error(`${file} does not parse`);
	return playbook;
};

const SAMPLES = { en: load('key-account-en.md'), zh: load('key-account-zh.md') };
const T0 = 1_700_000_000_000;

function start(playbook: Playbook): CallEvent[] {
	return [
		{
			v: 1,
			at: T0,
			type: 'call.plan',
			mode: 'rehearsal',
			playbookId: playbook.meta.id,
			objective: 'Drill',
			primaryAdvance: { kind: 'demo' }
		},
		{ v: 1, at: T0 + 1, type: 'call.start' }
	];
}

function staged(playbook: Playbook, skill: DrillSkill) {
	const plan = planDrill(playbook, skill)!;
	const head = start(playbook);
	const events = [...head, ...drillSetupEvents(playbook, plan, head, T0 + 2)];
	return { plan, events, context: replayParsed(playbook, events).context };
}

describe.each(Object.entries(SAMPLES))('drills from the %s sample playbook', (_, playbook) => {
	it('plans every skill', () => {
		for (const skill of DRILL_SKILLS) expect(planDrill(playbook, skill), skill).not.toBeNull();
	});

	it('stages each drill where its skill is needed', () => {
		const level = (skill: DrillSkill) => {
			const { plan, context } = staged(playbook, skill);
			expect(context.stage).toBe(plan.stage);
			const need = context.needs.find((n) => n.id === plan.needId)!;
			return [need.level, Math.min(1, need.implicationQuestions.length), need.benefits.length];
		};
		expect(level('developNeed')).toEqual(['implied', 0, 0]);
		expect(level('makeExplicit')).toEqual(['implied', 1, 0]);
		expect(level('linkBenefit')).toEqual(['explicit', 1, 0]);
		expect(level('preventObjection')).toEqual(['explicit', 1, 0]);
		expect(level('askAdvance')).toEqual(['explicit', 1, 1]);
	});

	it('stages only events the one event path admits, unchanged', () => {
		for (const skill of DRILL_SKILLS) {
			const { events } = staged(playbook, skill);
			const admitted = admitLog(playbook, events);
			expect(admitted.ok, skill).toBe(true);
			if (admitted.ok) expect(admitted.events, skill).toEqual(events);
		}
	});

	it('keeps the log in time order', () => {
		const { events } = staged(playbook, 'askAdvance');
		const times = events.map((e) => e.at);
		expect(times).toEqual([...times].sort((a, b) => a - b));
	});

	it('scores a drill on its skill alone: the right move earns it', () => {
		const { plan, events } = staged(playbook, 'developNeed');
		const before = drillScore(analyze(playbook, events).score, 'developNeed');
		expect(before.lines.map((l) => l.id).sort()).toEqual([...SKILL_RULES.developNeed].sort());
		// The right move: as many implication questions on the need as the buyer needs to feel it.
		const qs = playbook.questions.filter(
			(x) => x.type === 'implication' && x.needIds.includes(plan.needId)
		);
		const last = events.at(-1)!.at;
		const asks = Array.from({ length: implicationDepth(playbook, plan.needId) }, (_, i) => ({
			v: 1,
			at: last + 10 * (i + 1),
			type: 'question.ask' as const,
			questionId: qs[i % qs.length].id,
			spinType: 'implication' as const,
			needId: plan.needId
		}));
		const after = drillScore(analyze(playbook, [...events, ...asks]).score, 'developNeed');
		expect(after.total).toBeGreaterThan(before.total);
		expect(after.max).toBe(before.max);
	});

	it("tells when the drill's one move was made, and not before", () => {
		for (const skill of DRILL_SKILLS) {
			const { plan, events } = staged(playbook, skill);
			const [head, ...rest] = events;
			const withDrill = [{ ...head, drill: { skill, needId: plan.needId } } as CallEvent, ...rest];
			const status = (log: CallEvent[]) =>
				assess(replayParsed(playbook, log).context, playbook).drill;
			expect(status(withDrill), skill).toEqual({ skill, needId: plan.needId, moveMade: false });
			const ask = (type: 'implication' | 'needPayoff') => ({
				type: 'question.ask' as const,
				questionId: playbook.questions.find(
					(q) => q.type === type && q.needIds.includes(plan.needId)
				)!.id,
				spinType: type,
				needId: plan.needId
			});
			const benefit = {
				type: 'benefit.state' as const,
				cardId: plan.cardId,
				needIds: [plan.needId]
			};
			const move = {
				developNeed: ask('implication'),
				makeExplicit: ask('needPayoff'),
				linkBenefit: benefit,
				preventObjection: benefit,
				askAdvance: {
					type: 'advance.propose' as const,
					advance: { kind: 'demo' as const, advanceId: plan.advanceId }
				}
			}[skill];
			const done = [...withDrill, { v: 1, at: withDrill.at(-1)!.at + 10, ...move } as CallEvent];
			expect(status(done)?.moveMade, skill).toBe(true);
		}
	});

	it('is no drill without one in the plan', () => {
		const { events } = staged(playbook, 'developNeed');
		expect(assess(replayParsed(playbook, events).context, playbook).drill).toBeNull();
	});
});

describe('planDrill', () => {
	it('needs a buyer script', () => {
		expect(planDrill({ ...SAMPLES.en, buyer: null }, 'developNeed')).toBeNull();
	});
});
