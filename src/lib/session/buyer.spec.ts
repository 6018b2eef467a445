// The rehearsal buyer as a person (docs/buyer.md), against a parsed playbook whose buyer script
// uses every optional field, and against an old-style script for backward compatibility.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Playbook } from '$lib/playbook/types';
import { BUYER_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { BUYER_LINE_CODES, buyerOutcome, buyerRespond } from './buyer';
import { initialCallContext } from './context';
import { EVENT_SCHEMA_VERSION, type CallEvent, type EventOf } from './events';
import { foldEvents } from './reduce';
import { at, plantPlaybook } from './testing/fixtures';

type Body = Parameters<typeof at>[1];
type Say = EventOf<'buyer.say'>;

/** Starts a call, then plays rep events one by one, appending the buyer's lines like the UI. */
function rehearse(bodies: Body[], playbook: Playbook = BUYER_PLAYBOOK): CallEvent[] {
	const events: CallEvent[] = [];
	[{ type: 'call.start' } as Body, ...bodies].forEach((body, i) => {
		const event = at(1_000 * (i + 1), body);
		events.push(event, ...buyerRespond(playbook, events, event));
	});
	return events;
}

/** The buyer's line right after the n-th rep event (0-based, call.start not counted). */
function lineAfter(events: CallEvent[], n: number): Say | undefined {
	const reps = events.filter((e) => e.type !== 'buyer.say');
	const i = events.indexOf(reps[n + 1]);
	const next = events[i + 1];
	return next?.type === 'buyer.say' ? next : undefined;
}

const last = (events: CallEvent[]) => {
	const e = events.at(-1)!;
	if (e.type !== 'buyer.say') throw new Error(`last event is ${e.type}`);
	return e;
};

const ask = (questionId: string, spinType: Body extends never ? never : string): Body =>
	({ type: 'question.ask', questionId, spinType }) as Body;
const typed = (text: string, spinType: string): Body =>
	({ type: 'question.ask', text, spinType }) as Body;
const propose = (advanceId: string): Body => ({
	type: 'advance.propose',
	advance: { kind: advanceId === 'trial' ? 'trial' : 'demo', advanceId }
});
const answer = (objectionId: string, answerId?: string, text?: string): Body =>
	({ type: 'objection.answer', objectionId, answerId, text }) as Body;

// Admit downtime, develop it twice (its threshold), let the buyer state it.
const STATE_DOWNTIME: Body[] = [
	ask('p-breakdowns', 'problem'),
	ask('i-backlog', 'implication'),
	{ type: 'question.ask', questionId: 'i-backlog', spinType: 'implication', text: 'And then?' },
	ask('n-uptime', 'needPayoff')
];

describe('awareness: hidden → admitted → felt → stated', () => {
	it('a need-payoff question on a hidden need gets the need’s deflection and states nothing', () => {
		const line = last(rehearse([ask('n-uptime', 'needPayoff')]));
		expect(line).toMatchObject({
			text: 'Downtime is part of running a lab.',
			deflects: ['downtime'],
			replyTo: 'n-uptime'
		});
		expect(line.states).toBeUndefined();
	});

	it('a problem question admits its need; implications develop it until it is felt', () => {
		const events = rehearse([
			ask('p-breakdowns', 'problem'),
			ask('i-backlog', 'implication'),
			ask('n-uptime', 'needPayoff')
		]);
		expect(lineAfter(events, 0)).toMatchObject({ reveals: ['downtime'] });
		expect(lineAfter(events, 1)).toMatchObject({
			text: 'The backlog spills into the next morning.',
			develops: ['downtime']
		});
		expect(lineAfter(events, 1)?.felt).toBeUndefined();
		// Two implications needed: still too early for the value.
		expect(lineAfter(events, 2)).toMatchObject({ deflects: ['downtime'] });
	});

	it('once felt, a need-payoff question makes the buyer state the need', () => {
		const events = rehearse(STATE_DOWNTIME);
		expect(lineAfter(events, 2)).toMatchObject({ develops: ['downtime'], felt: ['downtime'] });
		expect(lineAfter(events, 3)).toMatchObject({
			text: 'Fewer stops would free two technicians. That matters.',
			states: ['downtime']
		});
	});

	it('a problem question admits its need even when the reply names none; one implication is the default', () => {
		const events = rehearse([
			ask('p-slow', 'problem'),
			ask('i-clinicians', 'implication'),
			ask('n-speed', 'needPayoff')
		]);
		expect(lineAfter(events, 0)).toMatchObject({ reveals: ['turnaround'] });
		expect(lineAfter(events, 1)).toMatchObject({ felt: ['turnaround'] });
		expect(lineAfter(events, 2)).toMatchObject({ states: ['turnaround'] });
	});

	it('an implication question on a problem not admitted falls flat', () => {
		const line = last(rehearse([ask('i-backlog', 'implication')]));
		expect(line).toMatchObject({ text: '', code: BUYER_LINE_CODES.notAProblem });
		expect(line.develops).toBeUndefined();
	});

	it('a need the rep marks explicit is not stated for the buyer', () => {
		const events = rehearse([
			{ type: 'need.confirm', needId: 'downtime', level: 'explicit' },
			propose('demo')
		]);
		expect(last(events)).toMatchObject({ declines: 'demo' });
		expect(last(events).acceptsAdvanceId).toBeUndefined();
	});

	it('a scripted generic deflection is used when the need has none of its own', () => {
		const line = last(rehearse([ask('n-speed', 'needPayoff')]));
		expect(line).toMatchObject({ code: BUYER_LINE_CODES.deflect, deflects: ['turnaround'] });
	});
});

describe('patience', () => {
	it('tolerates the persona’s situation questions, then shortens replies and closes the meeting', () => {
		const events = rehearse([
			ask('s-volume', 'situation'),
			ask('s-staff', 'situation'),
			ask('s-volume', 'situation'),
			ask('s-staff', 'situation'),
			ask('s-volume', 'situation'),
			propose('demo')
		]);
		expect(lineAfter(events, 0)?.patience).toBeUndefined();
		expect(lineAfter(events, 1)?.patience).toBeUndefined();
		// Beyond two situation questions, and asked before: two points each.
		expect(lineAfter(events, 2)).toMatchObject({ text: 'About two thousand.', patience: 2 });
		expect(lineAfter(events, 3)).toMatchObject({
			text: "I have to go. Let's leave it here.",
			patience: 0,
			closes: 'continuation'
		});
		// After closing the buyer says nothing and accepts nothing.
		expect(lineAfter(events, 4)).toBeUndefined();
		expect(lineAfter(events, 5)).toBeUndefined();
		expect(buyerOutcome(BUYER_PLAYBOOK, events)).toBe('continuation');
	});

	it('a typed question the buyer already answered counts as asked again', () => {
		const events = rehearse([
			ask('p-breakdowns', 'problem'),
			typed('How often do the analysers break down?', 'problem')
		]);
		expect(lineAfter(events, 1)).toMatchObject({ replyTo: 'p-breakdowns', patience: 3 });
	});

	it('solutions before any stated need and pressure to close cost patience', () => {
		const events = rehearse([
			{ type: 'feature.present', cardId: 'fast' },
			propose('demo'),
			propose('demo')
		]);
		expect(lineAfter(events, 0)).toMatchObject({ patience: 3 });
		expect(lineAfter(events, 1)).toMatchObject({ patience: 2 });
		expect(lineAfter(events, 2)).toMatchObject({ patience: 1 });
	});

	it('wins back a point when the call moves forward for the buyer', () => {
		const events = rehearse([
			ask('s-volume', 'situation'),
			ask('s-staff', 'situation'),
			ask('s-staff', 'situation'), // beyond two and asked before: 4 → 2
			...STATE_DOWNTIME
		]);
		expect(lineAfter(events, 2)).toMatchObject({ patience: 2 });
		// Admitting the problem moves nothing; developing it wins a point back.
		expect(lineAfter(events, 3)?.patience).toBeUndefined();
		expect(lineAfter(events, 4)).toMatchObject({ develops: ['downtime'], patience: 3 });
		// The same question again costs a point, even though it develops the need further.
		expect(lineAfter(events, 5)).toMatchObject({ felt: ['downtime'], patience: 2 });
		// Stating the need wins it back, and with patience above two the reply is whole again.
		expect(lineAfter(events, 6)).toMatchObject({
			states: ['downtime'],
			patience: 3,
			text: 'Fewer stops would free two technicians. That matters.'
		});
	});

	it('does not win back what pressure to close cost', () => {
		const events = rehearse([
			propose('demo'),
			...STATE_DOWNTIME,
			{ type: 'benefit.state', cardId: 'remote', needIds: ['downtime'] }
		]);
		expect(lineAfter(events, 0)).toMatchObject({ patience: 3 });
		expect(lineAfter(events, 3)).toMatchObject({ patience: 2 }); // the repeated question
		expect(lineAfter(events, 4)).toMatchObject({ states: ['downtime'], patience: 3 });
		// The early ask lowered the ceiling to 3: a welcomed benefit wins nothing more back.
		expect(lineAfter(events, 5)).toMatchObject({ supports: ['downtime'] });
		expect(lineAfter(events, 5)?.patience).toBeUndefined();
	});

	it('a well-run call costs no patience at all', () => {
		const events = rehearse([...STATE_DOWNTIME.slice(0, 2), ...STATE_DOWNTIME.slice(3)]);
		expect(events.some((e) => e.type === 'buyer.say' && e.patience !== undefined)).toBe(false);
	});

	it('an old script without Patience uses the defaults and closes with a no-sale', () => {
		const plant = plantPlaybook();
		const events = rehearse(
			Array.from({ length: 12 }, () => ask('shifts', 'situation')),
			plant
		);
		const closing = events.find((e) => e.type === 'buyer.say' && e.closes !== undefined);
		expect(closing).toMatchObject({ code: BUYER_LINE_CODES.closes, closes: 'noSale' });
		expect(buyerOutcome(plant, events)).toBe('noSale');
	});
});

describe('objections: triggers', () => {
	it('a feature on a need the buyer has not stated raises the first objection it triggers', () => {
		const events = rehearse([{ type: 'feature.present', cardId: 'fast' }]);
		expect(last(events)).toMatchObject({ text: 'That sounds expensive.', objectionId: 'price' });
	});

	it('an open objection is not raised again; one narrowed to cards fires only on them', () => {
		const events = rehearse([
			{ type: 'feature.present', cardId: 'fast' },
			{ type: 'feature.present', cardId: 'fast' },
			{ type: 'feature.present', cardId: 'remote' }
		]);
		expect(lineAfter(events, 1)).toMatchObject({ code: BUYER_LINE_CODES.noted });
		expect(lineAfter(events, 2)).toMatchObject({ objectionId: 'incumbent' });
	});

	it('a resolved objection stays resolved', () => {
		const events = rehearse([
			{ type: 'feature.present', cardId: 'fast' },
			answer('price', 'price-compare'),
			{ type: 'advantage.present', cardId: 'fast' }
		]);
		expect(lineAfter(events, 2)?.objectionId).toBeUndefined();
	});

	it('a feature on a stated need provokes nothing', () => {
		const events = rehearse([...STATE_DOWNTIME, { type: 'feature.present', cardId: 'remote' }]);
		expect(last(events)).toMatchObject({ code: BUYER_LINE_CODES.noted });
	});

	it('asking before any stated need triggers `early`; asking for an order triggers `order`', () => {
		const early = rehearse([propose('demo')]);
		expect(last(early)).toMatchObject({
			objectionId: 'timing',
			declines: 'demo',
			blockedBy: 'timing'
		});
		const order = rehearse([...STATE_DOWNTIME, propose('order')]);
		expect(last(order)).toMatchObject({ objectionId: 'price', declines: 'order' });
	});
});

describe('objections: graded answers', () => {
	const raised: Body[] = [{ type: 'feature.present', cardId: 'fast' }];

	it('a strong answer resolves it with the buyer’s own reply', () => {
		const line = last(rehearse([...raised, answer('price', 'price-compare')]));
		expect(line).toMatchObject({
			text: 'Put that way, the fee is smaller than one bad week.',
			resolves: 'price',
			replyTo: 'price'
		});
	});

	it('a weak answer gets its reply and leaves the objection open', () => {
		const events = rehearse([...raised, answer('price', 'price-discount'), ...STATE_DOWNTIME]);
		expect(lineAfter(events, 1)).toMatchObject({
			text: 'A discount on something I may not need is still money.',
			objectionId: 'price'
		});
		expect(lineAfter(events, 1)?.resolves).toBeUndefined();
		const demo = rehearse([
			...raised,
			answer('price', 'price-discount'),
			...STATE_DOWNTIME,
			propose('demo')
		]);
		expect(last(demo)).toMatchObject({ code: BUYER_LINE_CODES.blocked, blockedBy: 'price' });
	});

	it('an answer that is none of the listed ones leaves it open; typed words are recognised', () => {
		const none = last(rehearse([...raised, answer('price', undefined, 'Trust me')]));
		expect(none).toMatchObject({
			code: BUYER_LINE_CODES.objectionUnanswered,
			objectionId: 'price'
		});
		const words = last(
			rehearse([...raised, answer('price', undefined, 'Compare the fee with a day of downtime')])
		);
		expect(words).toMatchObject({ resolves: 'price' });
	});

	it('the same objection answered differently gets different replies', () => {
		const strong = last(rehearse([...raised, answer('price', 'price-compare')]));
		const weak = last(rehearse([...raised, answer('price', 'price-discount')]));
		expect(strong.text).not.toBe(weak.text);
	});

	it('an old playbook’s ungraded answers resolve with a generic line', () => {
		const plant = plantPlaybook();
		const events = rehearse(
			[{ type: 'feature.present', cardId: 'wear-alerts' }, answer('price')],
			plant
		);
		expect(last(events)).toMatchObject({
			code: BUYER_LINE_CODES.objectionAcknowledged,
			resolves: 'price'
		});
	});
});

describe('advances', () => {
	it('an open objection blocks every advance unless the script narrows it', () => {
		const price = rehearse([
			{ type: 'feature.present', cardId: 'fast' },
			...STATE_DOWNTIME,
			propose('demo')
		]);
		expect(last(price)).toMatchObject({ declines: 'demo', blockedBy: 'price' });
		expect(last(price).acceptsAdvanceId).toBeUndefined();
		// `timing` blocks only the trial: the demo goes ahead while it is open.
		const timing = rehearse([propose('demo'), ...STATE_DOWNTIME, propose('demo')]);
		expect(last(timing)).toMatchObject({ acceptsAdvanceId: 'demo' });
		expect(buyerOutcome(BUYER_PLAYBOOK, timing)).toBe('advance');
	});

	it('accepts once the needs are stated and met and the named objections resolved', () => {
		const met: Body[] = [
			...STATE_DOWNTIME,
			ask('p-slow', 'problem'),
			ask('i-clinicians', 'implication'),
			ask('n-speed', 'needPayoff'),
			{ type: 'benefit.state', cardId: 'remote', needIds: ['downtime'] },
			{ type: 'benefit.state', cardId: 'fast', needIds: ['turnaround'] }
		];
		const unresolved = rehearse([...met, propose('trial')]);
		expect(last(unresolved)).toMatchObject({ code: BUYER_LINE_CODES.declined, declines: 'trial' });
		expect(buyerOutcome(BUYER_PLAYBOOK, unresolved)).toBe('noSale');
		const resolved = rehearse([
			{ type: 'feature.present', cardId: 'fast' },
			answer('price', 'price-compare'),
			...met,
			propose('trial')
		]);
		expect(last(resolved)).toMatchObject({
			text: 'A two-week trial, then.',
			acceptsAdvanceId: 'trial'
		});
	});

	it('an advance that involves other people is not won in this call', () => {
		const events = rehearse([
			...STATE_DOWNTIME,
			{ type: 'benefit.state', cardId: 'remote', needIds: ['downtime'] },
			{ type: 'objection.answer', objectionId: 'price', answerId: 'price-compare' },
			propose('order')
		]);
		expect(last(events)).toMatchObject({ code: BUYER_LINE_CODES.needsOthers, declines: 'order' });
	});

	it('refuses a third ask in one call, whatever was earned before it', () => {
		const events = rehearse([
			...STATE_DOWNTIME,
			propose('trial'),
			propose('trial'),
			propose('demo')
		]);
		expect(lineAfter(events, 5)).toMatchObject({ declines: 'trial' });
		// The demo's conditions hold (downtime is explicit), but this is the third ask.
		expect(last(events)).toMatchObject({ code: BUYER_LINE_CODES.pressed, declines: 'demo' });
		expect(buyerOutcome(BUYER_PLAYBOOK, events)).toBe('noSale');
	});

	it('is won once the plan puts everyone it involves in the meeting', () => {
		const won: Body[] = [
			...STATE_DOWNTIME,
			{ type: 'benefit.state', cardId: 'remote', needIds: ['downtime'] },
			{ type: 'objection.answer', objectionId: 'price', answerId: 'price-compare' },
			propose('order')
		];
		const plan = (inRoom: string[]) =>
			at(0, {
				type: 'call.plan',
				mode: 'rehearsal',
				playbookId: BUYER_PLAYBOOK.meta.id,
				objective: 'order',
				primaryAdvance: { kind: 'other', advanceId: 'order' },
				inRoom
			});
		const withPlan = (inRoom: string[]) => {
			const events: CallEvent[] = [plan(inRoom)];
			[{ type: 'call.start' } as Body, ...won].forEach((body, i) => {
				const event = at(1_000 * (i + 1), body);
				events.push(event, ...buyerRespond(BUYER_PLAYBOOK, events, event));
			});
			return events;
		};
		// The script says "the finance director"; the plan may drop the article or the case.
		expect(last(withPlan(['Finance Director']))).toMatchObject({ acceptsAdvanceId: 'order' });
		expect(last(withPlan(['the buyer']))).toMatchObject({
			code: BUYER_LINE_CODES.needsOthers,
			declines: 'order'
		});
	});

	it('an order on a platinum account needs more than one call unless the script says so', () => {
		const plant: Playbook = {
			...plantPlaybook(),
			meta: { ...plantPlaybook().meta, tier: 'platinum' }
		};
		const won: Body[] = [
			ask('stops', 'problem'),
			ask('stop-orders', 'implication'),
			ask('stop-value', 'needPayoff'),
			ask('changes', 'problem'),
			{
				type: 'question.ask',
				questionId: 'stop-orders',
				spinType: 'implication',
				needId: 'changeover'
			},
			ask('change-value', 'needPayoff'),
			{ type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] },
			propose('order')
		];
		expect(last(rehearse(won, plant))).toMatchObject({ code: BUYER_LINE_CODES.orderTooSoon });
		expect(last(rehearse(won, plantPlaybook()))).toMatchObject({ acceptsAdvanceId: 'order' });
		const allowed = structuredClone(plant);
		allowed.buyer!.accepts.find((a) => a.advanceId === 'order')!.firstCall = true;
		expect(last(rehearse(won, allowed))).toMatchObject({ acceptsAdvanceId: 'order' });
	});
});

describe('benefits', () => {
	it('a benefit on a stated need draws support, never an objection', () => {
		const line = last(
			rehearse([
				...STATE_DOWNTIME,
				{ type: 'benefit.state', cardId: 'remote', needIds: ['downtime'] }
			])
		);
		expect(line).toMatchObject({ text: 'Yes, that is what I need.', supports: ['downtime'] });
		expect(line.objectionId).toBeUndefined();
	});

	it('a benefit on a need not stated lands as an advantage or is put off', () => {
		const first = rehearse([{ type: 'benefit.state', cardId: 'fast', needIds: ['turnaround'] }]);
		expect(last(first)).toMatchObject({ objectionId: 'price' });
		const later = rehearse([
			{ type: 'feature.present', cardId: 'fast' },
			{ type: 'benefit.state', cardId: 'fast', needIds: ['turnaround'] }
		]);
		expect(last(later)).toMatchObject({ deflects: ['turnaround'] });
	});
});

describe('typed questions', () => {
	it('answers the closest scripted question of the type the rep chose', () => {
		const line = last(
			rehearse([typed('How often do the analysers break down on you?', 'problem')])
		);
		expect(line).toMatchObject({ replyTo: 'p-breakdowns', reveals: ['downtime'] });
	});

	it('says the script’s unclear line when nothing of that type is close', () => {
		const line = last(rehearse([typed('How often do the analysers break down?', 'situation')]));
		expect(line).toEqual(expect.objectContaining({ text: 'Sorry, what do you mean?' }));
		expect(line.replyTo).toBeUndefined();
	});
});

describe('only the call counts', () => {
	it('says nothing before call.start or after call.end, and accepts nothing after the end', () => {
		const demo = at(1, propose('demo') as never);
		expect(buyerRespond(BUYER_PLAYBOOK, [], demo)).toEqual([]);
		const events = rehearse([...STATE_DOWNTIME, { type: 'call.end', outcome: 'noSale' }]);
		const after = at(99_000, propose('demo') as never);
		expect(buyerRespond(BUYER_PLAYBOOK, events, after)).toEqual([]);
		const forged: CallEvent = {
			v: EVENT_SCHEMA_VERSION,
			at: 99_001,
			type: 'buyer.say',
			text: 'Yes',
			acceptsAdvanceId: 'demo'
		};
		expect(buyerOutcome(BUYER_PLAYBOOK, [...events, after, forged])).toBe('continuation');
	});

	it('stamps its line just after the rep’s event', () => {
		const events = rehearse([ask('s-staff', 'situation')]);
		expect(events.at(-1)).toEqual({
			v: EVENT_SCHEMA_VERSION,
			at: 2_001,
			type: 'buyer.say',
			text: 'Four technicians.',
			replyTo: 's-staff'
		});
	});
});

describe('determinism', () => {
	const pool: Body[] = [
		ask('s-volume', 'situation'),
		ask('p-breakdowns', 'problem'),
		ask('p-slow', 'problem'),
		ask('i-backlog', 'implication'),
		ask('i-clinicians', 'implication'),
		ask('n-uptime', 'needPayoff'),
		ask('n-speed', 'needPayoff'),
		typed('What happens to the backlog when it stops?', 'implication'),
		{ type: 'feature.present', cardId: 'remote' },
		{ type: 'advantage.present', cardId: 'fast' },
		{ type: 'benefit.state', cardId: 'remote', needIds: ['downtime'] },
		answer('price', 'price-compare'),
		answer('price', 'price-discount'),
		answer('timing', 'timing-small'),
		{ type: 'summary.give' },
		propose('demo'),
		propose('trial'),
		propose('order'),
		{ type: 'call.end', outcome: 'continuation' }
	];

	it('replaying a rehearsal gives the very same buyer lines', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(pool.length - 1), { maxLength: 30 }), (picks) => {
				const events = rehearse(picks.map((i) => pool[i]));
				// Each rep event, answered again from the log before it, gets the logged lines.
				events.forEach((event, i) => {
					if (event.type === 'buyer.say') return;
					let n = i + 1;
					while (events[n]?.type === 'buyer.say') n++;
					expect(buyerRespond(BUYER_PLAYBOOK, events.slice(0, i), event)).toEqual(
						events.slice(i + 1, n)
					);
					// The call screen passes the live actor's context: the same lines again.
					const live = foldEvents(
						initialCallContext(BUYER_PLAYBOOK),
						events.slice(0, i + 1),
						BUYER_PLAYBOOK
					);
					expect(buyerRespond(BUYER_PLAYBOOK, events.slice(0, i), event, live)).toEqual(
						events.slice(i + 1, n)
					);
				});
				expect(rehearse(picks.map((i) => pool[i]))).toEqual(events);
			}),
			{ numRuns: 60 }
		);
	});
});
