// End to end through the session engine: a test plays a whole call, stage by stage, to each of
// the four outcomes, against the real sample playbooks, both as a rehearsal (the scripted buyer's
// lines appended after each rep event) and as a live call (the rep logs needs and objections).
// Each log is then replayed and compared to the live actor, and analysed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { parsePlaybook } from '$lib/playbook/parse';
import type { Playbook } from '$lib/playbook/types';
import { analyze } from './analyze';
import { outcomeOf } from './assessment';
import { buyerRespond, ORDER_ID } from './buyer';
import { implicationsNeeded } from './buyer-mind';
import {
	EVENT_SCHEMA_VERSION,
	OUTCOMES,
	STAGES,
	type CallEvent,
	type Outcome,
	type Stage
} from './events';
import { callMachine } from './machine';
import { replay } from './replay';

type Body = CallEvent extends infer E ? (E extends CallEvent ? Omit<E, 'v' | 'at'> : never) : never;
type Mode = 'rehearsal' | 'live';

function load(name: string): Playbook {
	const source = readFileSync(new URL(`../../../playbooks/${name}.md`, import.meta.url), 'utf8');
	const { playbook, diagnostics } = parsePlaybook(source, { file: name });
	expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	return playbook!;
}

/**
 * Sends events to a live actor and logs them; in a rehearsal the buyer answers each one. It
 * keeps its own account of stage time and of what preceded each objection, as the rep would
 * see them, so the engine's fold is checked against something it did not compute.
 */
class Driver {
	readonly events: CallEvent[] = [];
	readonly actor;
	readonly seen = {
		stageMs: { opening: 0, investigating: 0, demonstrating: 0, committing: 0 },
		objections: [] as [string | undefined, string][]
	};
	#clock = 1_000_000;
	#stage: Stage = 'opening';
	#running = false;
	#lastAt = 0;
	#lastCapability = 'none';

	constructor(
		readonly playbook: Playbook,
		readonly mode: Mode
	) {
		this.actor = createActor(callMachine, { input: { playbook } }).start();
	}

	/** One rep event, `ms` after the previous one; returns the buyer's lines. */
	send(body: Body, ms = 5_000): CallEvent[] {
		this.#clock += ms;
		const event = { v: EVENT_SCHEMA_VERSION, at: this.#clock, ...body } as CallEvent;
		this.#log(event);
		if (this.mode === 'live') return [];
		const lines = buyerRespond(this.playbook, this.events, event);
		for (const line of lines) this.#log(line);
		this.#clock = this.events.at(-1)!.at;
		// A raised objection gets an answer at once: the first strong one the playbook lists.
		for (const line of lines) {
			if (line.type === 'buyer.say' && line.objectionId) {
				const { objectionId } = line;
				const answerId = this.playbook.objections
					.find((o) => o.id === objectionId)
					?.answerOptions?.find((a) => a.quality === 'strong')?.id;
				this.send({ type: 'objection.answer', objectionId, answerId }, 2_000);
			}
		}
		return lines;
	}

	#log(event: CallEvent) {
		this.events.push(event);
		this.actor.send(event);
		if (this.#running) this.seen.stageMs[this.#stage] += event.at - this.#lastAt;
		this.#lastAt = event.at;
		switch (event.type) {
			case 'call.start':
			case 'call.resume':
				this.#running = true;
				break;
			case 'call.pause':
			case 'call.end':
				this.#running = false;
				break;
			case 'stage.enter':
				this.#stage = event.stage;
				break;
			case 'feature.present':
			case 'advantage.present':
			case 'benefit.state':
				this.#lastCapability = event.type.split('.')[0];
				break;
			case 'advance.propose':
				// An objection to an ask is the ask's, not the last statement's.
				this.#lastCapability = 'proposal';
				break;
			case 'buyer.say':
			case 'objection.raise':
				if (event.objectionId) this.seen.objections.push([event.objectionId, this.#lastCapability]);
		}
	}
}

/** The questions and card a rep uses to develop one need, read from the playbook's script. */
function needPath(playbook: Playbook, needId: string) {
	const question = (type: string, pick: (id: string) => boolean) => {
		const q = playbook.questions.find((q) => q.type === type && pick(q.id));
		if (!q) throw new Error(`no ${type} question for ${needId}`);
		return q;
	};
	const replies = playbook.buyer?.replies ?? [];
	const revealed = (id: string) =>
		replies.some((r) => r.questionId === id && r.reveals.includes(needId));
	const stated = (id: string) =>
		replies.some((r) => r.questionId === id && r.states.includes(needId));
	const about = (id: string) =>
		playbook.questions.find((q) => q.id === id)!.needIds.includes(needId);
	const card = playbook.capabilities.find((c) => c.needIds.includes(needId));
	if (!card) throw new Error(`no card meets ${needId}`);
	// As many implication questions as the buyer needs to feel it (docs/buyer.md#awareness).
	const implications = playbook.questions
		.filter((q) => q.type === 'implication' && about(q.id))
		.slice(0, implicationsNeeded(playbook.buyer!, needId));
	return {
		problem: question('problem', revealed),
		implications,
		needPayoff: question('needPayoff', stated),
		card
	};
}

interface Plan {
	/** Needs to develop to explicit and meet with a benefit. */
	needs: string[];
	/** Present a bare feature and advantage first (provokes objections). */
	featureDump: boolean;
	/** The advance to propose, if any. */
	propose?: string;
}

function planFor(playbook: Playbook, outcome: Outcome): Plan {
	const accepts = (id: string) => playbook.buyer!.accepts.find((a) => a.advanceId === id)!;
	const needsOf = (id: string) => [...new Set(accepts(id).when.map((c) => c.needId))];
	switch (outcome) {
		case 'order':
			return { needs: needsOf(ORDER_ID), featureDump: false, propose: ORDER_ID };
		case 'advance':
			return { needs: needsOf('demo'), featureDump: false, propose: 'demo' };
		// Nothing agreed because nothing was asked: a continuation (docs/coaching.md#outcome).
		case 'continuation':
			return { needs: [], featureDump: true };
		// Asked and refused: a no-sale.
		case 'noSale':
			return { needs: [], featureDump: true, propose: 'demo' };
	}
}

/** Plays a whole call through every stage; returns the driver and the needs it made explicit. */
function playCall(playbook: Playbook, mode: Mode, outcome: Outcome) {
	const plan = planFor(playbook, outcome);
	const d = new Driver(playbook, mode);
	const advance = playbook.commitment.advances.find((a) => a.id === plan.propose);
	d.send({
		type: 'call.plan',
		mode,
		playbookId: playbook.meta.id,
		objective: 'test',
		primaryAdvance: { kind: advance?.kind ?? 'other', advanceId: plan.propose }
	});
	d.send({ type: 'call.start' });
	d.send({ type: 'opening.do', moveId: playbook.opening[0].id }, 20_000);
	d.send({ type: 'stage.enter', stage: 'investigating' }, 20_000);
	for (const q of playbook.questions.filter((q) => q.type === 'situation').slice(0, 2)) {
		d.send({ type: 'question.ask', questionId: q.id, spinType: 'situation' });
	}
	for (const needId of plan.needs) {
		const path = needPath(playbook, needId);
		d.send({ type: 'question.ask', questionId: path.problem.id, spinType: 'problem' });
		if (mode === 'live') d.send({ type: 'need.confirm', needId, level: 'implied' });
		for (const q of path.implications) {
			d.send({ type: 'question.ask', questionId: q.id, spinType: 'implication', needId });
		}
		d.send({ type: 'question.ask', questionId: path.needPayoff.id, spinType: 'needPayoff' });
		if (mode === 'live') d.send({ type: 'need.confirm', needId, level: 'explicit' });
	}
	d.send({ type: 'call.pause' });
	d.send({ type: 'call.resume' }, 60_000);
	d.send({ type: 'stage.enter', stage: 'demonstrating' });
	if (plan.featureDump) {
		const card = playbook.capabilities[0];
		d.send({ type: 'feature.present', cardId: card.id });
		if (mode === 'live') {
			d.send({ type: 'objection.raise', objectionId: playbook.objections[0].id });
			d.send({ type: 'objection.answer', objectionId: playbook.objections[0].id });
		}
		d.send({ type: 'advantage.present', cardId: card.id });
	}
	for (const needId of plan.needs) {
		const { card } = needPath(playbook, needId);
		d.send({ type: 'benefit.state', cardId: card.id, needIds: [needId] });
	}
	d.send({ type: 'stage.enter', stage: 'committing' });
	d.send({ type: 'summary.give' });
	if (plan.propose) {
		const kind = advance?.kind ?? 'other';
		d.send({ type: 'advance.propose', advance: { kind, advanceId: plan.propose } });
	}
	const derived = outcomeOf(d.actor.getSnapshot().context).derived;
	const ended = mode === 'rehearsal' && derived ? derived : outcome;
	d.send({ type: 'call.end', outcome: ended }, 10_000);
	d.send({ type: 'review.save', wentWell: 'w', toChange: 't' });
	return { d, plan };
}

const PLAYBOOKS = ['key-account-en', 'key-account-zh'].map((name) => ({ name, pb: load(name) }));
// A rehearsal buyer never gives the group-wide order in one call (tested on its own below).
const CASES = PLAYBOOKS.flatMap(({ name, pb }) =>
	(['rehearsal', 'live'] as const).flatMap((mode) =>
		OUTCOMES.filter((o) => mode === 'live' || o !== 'order').map((outcome) => ({
			name,
			pb,
			mode,
			outcome
		}))
	)
);

const implicationsFor = (pb: Playbook, needs: string[]) =>
	needs.reduce((n, id) => n + needPath(pb, id).implications.length, 0);

describe.each(CASES)('$name, $mode call ending in $outcome', ({ pb, mode, outcome }) => {
	const { d, plan } = playCall(pb, mode, outcome);
	const report = analyze(pb, d.events);
	const live = d.actor.getSnapshot();

	it('ends with the intended outcome, the buyer agreeing in a rehearsal', () => {
		expect(live.value).toBe('ended');
		expect(live.context.outcome).toBe(outcome);
		expect(live.context.ignored).toEqual([]);
		if (mode === 'rehearsal') {
			expect(outcomeOf(live.context).final).toBe(outcome);
			const agreed = outcome === 'order' || outcome === 'advance';
			const accepted = plan.propose && agreed ? [plan.propose] : [];
			expect(live.context.acceptedAdvanceIds).toEqual(accepted);
		}
	});

	it('replays to the same snapshot as the live actor', () => {
		const replayed = replay(pb, JSON.parse(JSON.stringify(d.events)));
		expect(replayed.value).toEqual(live.value);
		expect(replayed.context).toEqual(live.context);
	});

	it('is analysed with the facts the call was built from', () => {
		const advanced = outcome === 'order' || outcome === 'advance';
		expect(report.outcome).toEqual({
			outcome,
			advanced,
			primary: advanced,
			closedByBuyer: false
		});
		expect([...report.needs.explicit].sort()).toEqual([...plan.needs].sort());
		expect([...report.needs.met].sort()).toEqual([...plan.needs].sort());
		expect(report.needs.benefitsMeetingExplicit).toBe(plan.needs.length);
		expect(report.questions.byType.situation.count).toBe(2);
		expect(report.questions.byType.implication.count).toBe(implicationsFor(pb, plan.needs));
		// A feature and an advantage before any need: both early, both unlinked.
		expect(report.capability.beforeExplicitNeed).toHaveLength(plan.featureDump ? 2 : 0);
		expect(report.capability.unlinked).toHaveLength(plan.featureDump ? 2 : 0);
		if (plan.featureDump) expect(report.objectionsAfter.feature).toBeGreaterThanOrEqual(1);
		expect(report.objections.every((o) => o.answered)).toBe(true);
	});

	it('times stages and attributes objections as the driver saw them, like the machine', () => {
		for (const stage of STAGES) {
			expect(report.time.stages[stage].ms).toBeGreaterThan(0);
			expect(report.time.stages[stage].ms).toBe(d.seen.stageMs[stage]);
			expect(live.context.stageMs[stage]).toBe(d.seen.stageMs[stage]);
		}
		const attributed = report.objections.map((o) => [o.objectionId, o.after]);
		expect(attributed).toEqual(d.seen.objections);
		expect(live.context.objections.map((o) => [o.objectionId, o.after])).toEqual(attributed);
	});
});

describe('coaching scores across the outcomes', () => {
	it('scores a call that met needs and advanced above a feature dump', () => {
		for (const { pb } of PLAYBOOKS) {
			const total = (outcome: Outcome) =>
				analyze(pb, playCall(pb, 'rehearsal', outcome).d.events).score.total;
			expect(total('advance')).toBeGreaterThan(total('continuation'));
			expect(total('advance')).toBeGreaterThan(total('noSale'));
		}
	});
});

describe('the group-wide order in a rehearsal', () => {
	it.each(PLAYBOOKS)(
		'$name: even with every need met, the buyer does not give it in one call',
		({ pb }) => {
			const { d } = playCall(pb, 'rehearsal', 'order');
			const context = d.actor.getSnapshot().context;
			expect(context.acceptedAdvanceIds).toEqual([]);
			const refusal = context.buyerLines.find((l) => l.replyTo === ORDER_ID);
			expect(refusal?.declines).toBe(ORDER_ID);
			expect(context.outcome).toBe('noSale');
		}
	);
});
