// The rehearsal buyer against the two sample playbooks as parsed from playbooks/*.md: a model
// call wins the demo, each scripted objection is raised by its trigger and settled only by a
// strong answer, every advance the script accepts is reachable in one call except the group
// order, and typed questions are matched in the playbook's own language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '$lib/playbook/parse';
import type { BuyerAcceptance, Playbook } from '$lib/playbook/types';
import { BUYER_LINE_CODES, buyerOutcome, buyerRespond, ORDER_ID } from './buyer';
import { implicationsNeeded } from './buyer-mind';
import type { CallEvent, EventOf } from './events';
import { at } from './testing/fixtures';

function load(name: string): Playbook {
	const source = readFileSync(new URL(`../../../playbooks/${name}.md`, import.meta.url), 'utf8');
	const { playbook, diagnostics } = parsePlaybook(source, { file: name });
	expect(diagnostics).toEqual([]);
	if (!playbook?.buyer) throw new Error(`${name} has no buyer script`);
	return playbook;
}

type Body = Parameters<typeof at>[1];

function rehearse(playbook: Playbook, bodies: Body[]): CallEvent[] {
	const events: CallEvent[] = [];
	[{ type: 'call.start' } as Body, ...bodies].forEach((body, i) => {
		const event = at(1_000 * (i + 1), body);
		events.push(event, ...buyerRespond(playbook, events, event));
	});
	return events;
}

const said = (events: CallEvent[]) =>
	events.filter((e): e is EventOf<'buyer.say'> => e.type === 'buyer.say');

function lastLine(events: CallEvent[]): EventOf<'buyer.say'> {
	const e = events.at(-1)!;
	if (e.type !== 'buyer.say') throw new Error(`the buyer said nothing after ${e.type}`);
	return e;
}

/** The questions a good rep asks to bring one need from hidden to stated. */
function develop(playbook: Playbook, needId: string): Body[] {
	const about = (type: string) =>
		playbook.questions.filter((q) => q.type === type && q.needIds.includes(needId));
	const [problem] = about('problem');
	const implications = about('implication');
	const [needPayoff] = about('needPayoff');
	const wanted = implicationsNeeded(playbook.buyer!, needId);
	expect(
		implications.length,
		`distinct implication questions for ${needId}`
	).toBeGreaterThanOrEqual(wanted);
	return [
		{ type: 'question.ask', questionId: problem.id, spinType: 'problem' },
		...implications.slice(0, wanted).map((q): Body => ({
			type: 'question.ask',
			questionId: q.id,
			spinType: 'implication',
			needId
		})),
		{ type: 'question.ask', questionId: needPayoff.id, spinType: 'needPayoff' }
	];
}

function benefit(playbook: Playbook, needId: string): Body {
	const card = playbook.capabilities.find((c) => c.needIds.includes(needId))!;
	return { type: 'benefit.state', cardId: card.id, needIds: [needId] };
}

const propose = (playbook: Playbook, advanceId: string): Body => ({
	type: 'advance.propose',
	advance: {
		kind: playbook.commitment.advances.find((a) => a.id === advanceId)?.kind ?? 'other',
		advanceId
	}
});

/** A call that meets every condition of `acceptance` the rep can meet in one call. */
function meet(playbook: Playbook, acceptance: BuyerAcceptance): Body[] {
	const needs = [...new Set(acceptance.when.map((w) => w.needId))];
	const steps = needs.flatMap((id) => develop(playbook, id));
	for (const w of acceptance.when) if (w.state === 'met') steps.push(benefit(playbook, w.needId));
	// A strong answer given before the buyer raises it settles the objection too.
	for (const objectionId of acceptance.resolved ?? []) {
		const strong = playbook.objections
			.find((o) => o.id === objectionId)!
			.answerOptions!.find((a) => a.quality === 'strong')!;
		steps.push({ type: 'objection.answer', objectionId, answerId: strong.id });
	}
	steps.push({ type: 'summary.give' });
	return steps;
}

const SAMPLES = [
	{
		name: 'key-account-en',
		primaryNeed: 'stockouts',
		typed: 'How many times last quarter did a case start late because an item was missing?',
		typedMatch: 'late-cases'
	},
	{
		name: 'key-account-zh',
		primaryNeed: 'downtime',
		typed: '上个季度哪几台设备突然停机，最让您头疼？',
		typedMatch: 'worst-stops'
	}
];

describe.each(SAMPLES)('scripted buyer of $name', ({ name, primaryNeed, typed, typedMatch }) => {
	const playbook = load(name);
	const script = playbook.buyer!;

	it('uses the new buyer fields', () => {
		expect(script.awareness?.length).toBeGreaterThan(0);
		expect(script.patience).toBeDefined();
		expect(script.lines?.unclear).toBeTruthy();
		expect(
			playbook.objections.every((o) => o.answerOptions?.some((a) => a.quality === 'strong'))
		).toBe(true);
		expect(
			playbook.objections.some((o) => o.answerOptions?.some((a) => a.quality === 'weak'))
		).toBe(true);
	});

	it('a model call states the primary need, meets it and wins the demo', () => {
		const events = rehearse(playbook, [
			...develop(playbook, primaryNeed),
			benefit(playbook, primaryNeed),
			{ type: 'summary.give' },
			propose(playbook, 'demo')
		]);
		const lines = said(events);
		expect(lines.some((l) => l.states?.includes(primaryNeed))).toBe(true);
		expect(lines.some((l) => l.supports?.includes(primaryNeed))).toBe(true);
		expect(lines.filter((l) => l.objectionId)).toEqual([]);
		expect(lines.filter((l) => l.patience !== undefined)).toEqual([]);
		expect(lastLine(events)).toMatchObject({ acceptsAdvanceId: 'demo' });
		expect(buyerOutcome(playbook, events)).toBe('advance');
	});

	it('a cold need-payoff question gets a deflection, not an explicit need', () => {
		const q = playbook.questions.find(
			(q) => q.type === 'needPayoff' && q.needIds.includes(primaryNeed)
		)!;
		const line = lastLine(
			rehearse(playbook, [{ type: 'question.ask', questionId: q.id, spinType: 'needPayoff' }])
		);
		expect(line.states).toBeUndefined();
		expect(line.deflects).toEqual([primaryNeed]);
		expect(line.text).toBe(script.awareness!.find((a) => a.needId === primaryNeed)!.deflect);
	});

	it('an interrogation by situation questions wears the buyer out and ends the meeting', () => {
		const situation = playbook.questions.filter((q) => q.type === 'situation');
		const asks = Array.from({ length: 12 }, (_, i): Body => ({
			type: 'question.ask',
			questionId: situation[i % situation.length].id,
			spinType: 'situation'
		}));
		const events = rehearse(playbook, [...asks, propose(playbook, 'demo')]);
		const closing = said(events).find((l) => l.closes !== undefined);
		expect(closing).toMatchObject({ text: script.patience!.close, closes: 'noSale' });
		// Closed: the proposal after it gets no reply at all.
		expect(events.at(-1)?.type).toBe('advance.propose');
		expect(buyerOutcome(playbook, events)).toBe('noSale');
	});

	it.each(script.objections.map((o) => [o.objectionId] as const))(
		'objection %s: raised by its trigger, left open by a weak answer, settled by a strong one',
		(objectionId) => {
			const raise = script.objections.find((o) => o.objectionId === objectionId)!;
			const options = playbook.objections.find((o) => o.id === objectionId)!.answerOptions!;
			const trigger = provoke(playbook, raise);
			const events = rehearse(playbook, trigger);
			expect(
				said(events)
					.map((l) => l.objectionId)
					.filter(Boolean)
			).toContain(objectionId);
			const strong = options.find((a) => a.quality === 'strong')!;
			const settled = lastLine(
				rehearse(playbook, [
					...trigger,
					{ type: 'objection.answer', objectionId, answerId: strong.id }
				])
			);
			expect(settled).toMatchObject({ text: strong.reply, resolves: objectionId });
			const weak = options.find((a) => a.quality === 'weak');
			if (weak) {
				const open = lastLine(
					rehearse(playbook, [
						...trigger,
						{ type: 'objection.answer', objectionId, answerId: weak.id }
					])
				);
				expect(open).toMatchObject({ text: weak.reply, objectionId });
				expect(open.resolves).toBeUndefined();
			}
		}
	);

	it.each(
		script.accepts.filter((a) => a.advanceId !== ORDER_ID).map((a) => [a.advanceId, a] as const)
	)(
		'declines %s at first, accepts it once its conditions hold in one call',
		(advanceId, acceptance) => {
			const early = lastLine(rehearse(playbook, [propose(playbook, advanceId)]));
			expect(early.declines).toBe(advanceId);
			const late = lastLine(
				rehearse(playbook, [...meet(playbook, acceptance), propose(playbook, advanceId)])
			);
			expect(late).toMatchObject({ text: acceptance.text, acceptsAdvanceId: advanceId });
		}
	);

	it('never gives the group-wide order in one call, even with every need met', () => {
		const order = script.accepts.find((a) => a.advanceId === ORDER_ID)!;
		const events = rehearse(playbook, [...meet(playbook, order), propose(playbook, ORDER_ID)]);
		const line = lastLine(events);
		expect(line.acceptsAdvanceId).toBeUndefined();
		expect(line.declines).toBe(ORDER_ID);
		expect(buyerOutcome(playbook, events)).not.toBe('order');
	});

	it('matches a typed question in the playbook’s language, and says when it cannot', () => {
		const matched = lastLine(
			rehearse(playbook, [{ type: 'question.ask', text: typed, spinType: 'problem' }])
		);
		expect(matched).toMatchObject({ replyTo: typedMatch });
		expect(matched.reveals).toEqual([primaryNeed]);
		const unclear = lastLine(
			rehearse(playbook, [{ type: 'question.ask', text: typed, spinType: 'situation' }])
		);
		expect(unclear).toMatchObject({ text: script.lines!.unclear });
		expect(unclear.code).toBeUndefined();
	});

	it('the buyer never uses one generic line for every objection answer', () => {
		const replies = playbook.objections.flatMap((o) => o.answerOptions ?? []).map((a) => a.reply);
		expect(replies.every(Boolean)).toBe(true);
		expect(new Set(replies).size).toBe(replies.length);
		expect(BUYER_LINE_CODES.objectionAcknowledged).toBeTruthy();
	});
});

/** Rep events that provoke `raise`: a statement on a card it names, or a proposal. */
function provoke(
	playbook: Playbook,
	raise: NonNullable<Playbook['buyer']>['objections'][number]
): Body[] {
	const after = raise.after;
	if (after.includes('early')) return [propose(playbook, 'demo')];
	if (after.includes('order')) {
		const order = playbook.buyer!.accepts.find((a) => a.advanceId === ORDER_ID)!;
		const needs = [...new Set(order.when.map((w) => w.needId))];
		return [...develop(playbook, needs[0]), propose(playbook, ORDER_ID)];
	}
	const cardId = raise.cards?.[0] ?? playbook.capabilities[0].id;
	// Objections earlier in the script that this statement would also provoke are settled first.
	const earlier = playbook.buyer!.objections.slice(0, playbook.buyer!.objections.indexOf(raise));
	const settle = earlier.map((o): Body => {
		const strong = playbook.objections
			.find((x) => x.id === o.objectionId)!
			.answerOptions!.find((a) => a.quality === 'strong')!;
		return { type: 'objection.answer', objectionId: o.objectionId, answerId: strong.id };
	});
	const kind = after.includes('feature') ? 'feature.present' : 'advantage.present';
	return [...settle, { type: kind, cardId } as Body];
}
