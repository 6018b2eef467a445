import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUYER_LINE_CODES, buyerOutcome, buyerRespond } from './buyer';
import { initialCallContext } from './context';
import { EVENT_SCHEMA_VERSION, type CallEvent } from './events';
import { foldEvents } from './reduce';
import { at, log, plantPlaybook } from './testing/fixtures';

const playbook = plantPlaybook();

type Body = Parameters<typeof at>[1];

/** Plays rep events one by one against the buyer, appending its lines like the rehearsal UI. */
function rehearse(rep: CallEvent[]): CallEvent[] {
	const events: CallEvent[] = [];
	for (const event of rep) {
		const lines = buyerRespond(playbook, events, event);
		events.push(event, ...lines);
	}
	return events;
}

const ask = (t: number, questionId: string, spinType: 'situation' | 'problem' | 'needPayoff') =>
	at(t, { type: 'question.ask', questionId, spinType });

describe('buyerRespond: questions', () => {
	it('answers a question with its scripted reply, stamped just after it', () => {
		const lines = buyerRespond(playbook, [], ask(5_000, 'stops', 'problem'));
		expect(lines).toEqual([
			{
				v: EVENT_SCHEMA_VERSION,
				at: 5_001,
				type: 'buyer.say',
				text: 'Twice a week.',
				replyTo: 'stops',
				reveals: ['downtime']
			}
		]);
	});

	it('echoes the needs a reply states explicitly', () => {
		const [line] = buyerRespond(playbook, [], ask(1, 'change-value', 'needPayoff'));
		expect(line).toMatchObject({ reveals: ['changeover'], states: ['changeover'] });
	});

	it('falls back to the default reply for the question type', () => {
		const [line] = buyerRespond(playbook, [], ask(1, 'lines', 'situation'));
		expect(line).toMatchObject({ text: 'In the report.', replyTo: 'lines' });
		const [free] = buyerRespond(
			playbook,
			[],
			at(1, { type: 'question.ask', spinType: 'situation' })
		);
		expect(free).toMatchObject({ text: 'In the report.' });
	});

	it('gives a neutral coded line when nothing is scripted', () => {
		const [line] = buyerRespond(playbook, [], ask(1, 'changes', 'problem'));
		expect(line).toMatchObject({ text: '', code: BUYER_LINE_CODES.neutral, replyTo: 'changes' });
		expect(line).not.toHaveProperty('reveals');
	});

	it('treats a playbook without a buyer script as an empty script', () => {
		const [line] = buyerRespond({ ...playbook, buyer: null }, [], ask(1, 'stops', 'problem'));
		expect(line).toMatchObject({ code: BUYER_LINE_CODES.neutral });
	});

	it('stays silent on events it does not answer', () => {
		expect(buyerRespond(playbook, [], at(1, { type: 'call.start' }))).toEqual([]);
		expect(buyerRespond(playbook, [], at(1, { type: 'note.add', text: 'x' }))).toEqual([]);
	});
});

describe('buyerRespond: objections', () => {
	it('raises feature/advantage objections in script order, each once', () => {
		const events = rehearse([
			at(1_000, { type: 'feature.present', cardId: 'wear-alerts' }),
			at(2_000, { type: 'advantage.present', cardId: 'wear-alerts' }),
			at(3_000, { type: 'feature.present', cardId: 'quick-change' })
		]);
		const raised = events.filter((e) => e.type === 'buyer.say').map((e) => e.objectionId);
		// price (feature, advantage) first, then risk (any); timing fires only after benefits.
		expect(raised).toEqual(['price', 'risk']);
		expect(events.map((e) => e.at)).toEqual([1_000, 1_001, 2_000, 2_001, 3_000]);
	});

	it('hears a benefit for a need never stated as an advantage', () => {
		const [line] = buyerRespond(
			playbook,
			[],
			at(1, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] })
		);
		expect(line).toMatchObject({ objectionId: 'price', text: 'Expensive.' });
	});

	it('after a benefit meeting an explicit need raises only objections scripted after benefits', () => {
		const events = rehearse([
			ask(1_000, 'stop-value', 'needPayoff'),
			at(2_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: [] }),
			at(3_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] })
		]);
		const raised = events.filter((e) => e.type === 'buyer.say' && e.objectionId);
		expect(raised).toHaveLength(1);
		expect(raised[0]).toMatchObject({ objectionId: 'timing', at: 2_001 });
	});

	it('does not raise an objection the rep already logged', () => {
		const before = log([{ type: 'objection.raise', objectionId: 'price' }]);
		const [line] = buyerRespond(playbook, before, at(9_000, { type: 'feature.present' }));
		expect(line).toMatchObject({ objectionId: 'risk' });
	});

	it('acknowledges an answered objection without raising one', () => {
		const [line] = buyerRespond(
			playbook,
			[],
			at(1, { type: 'objection.answer', objectionId: 'price' })
		);
		expect(line).toEqual({
			v: EVENT_SCHEMA_VERSION,
			at: 2,
			type: 'buyer.say',
			text: '',
			code: BUYER_LINE_CODES.objectionAcknowledged,
			replyTo: 'price'
		});
	});
});

describe('buyerRespond: commitment', () => {
	const propose = (t: number, advanceId: string) =>
		at(t, { type: 'advance.propose', advance: { kind: 'demo', advanceId } });

	it('declines an advance until its need is met, then accepts', () => {
		const events = rehearse([
			propose(1_000, 'demo'),
			ask(2_000, 'stop-value', 'needPayoff'),
			propose(3_000, 'demo'),
			at(4_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] }),
			propose(5_000, 'demo')
		]);
		const replies = events.filter((e) => e.type === 'buyer.say' && e.replyTo === 'demo');
		expect(replies.map((e) => (e.type === 'buyer.say' ? e.text : ''))).toEqual([
			'Why a demo?',
			'Why a demo?',
			'Tuesday then.'
		]);
		expect(replies[2]).toMatchObject({ acceptsAdvanceId: 'demo' });
		expect(replies[1]).not.toHaveProperty('acceptsAdvanceId');
	});

	it('does not count a benefit stated before the need was explicit as meeting it', () => {
		const events = rehearse([
			at(1_000, { type: 'benefit.state', needIds: ['downtime'] }),
			ask(2_000, 'stop-value', 'needPayoff'),
			propose(3_000, 'demo')
		]);
		expect(events.at(-1)).toMatchObject({ text: 'Why a demo?' });
	});

	it('accepts an order only when every condition holds, else declines with a code', () => {
		const met = [
			ask(1_000, 'stop-value', 'needPayoff'),
			at(2_000, { type: 'benefit.state', needIds: ['downtime'] })
		];
		expect(rehearse([...met, propose(3_000, 'order')]).at(-1)).toMatchObject({
			text: '',
			code: BUYER_LINE_CODES.declined,
			replyTo: 'order'
		});
		const both = rehearse([
			...met,
			ask(3_000, 'change-value', 'needPayoff'),
			propose(4_000, 'order')
		]);
		expect(both.at(-1)).toMatchObject({ text: 'Send the contract.', acceptsAdvanceId: 'order' });
	});

	it('declines an advance the script does not know, or one with no id', () => {
		expect(buyerRespond(playbook, [], propose(1, 'vp'))[0]).toMatchObject({
			code: BUYER_LINE_CODES.declined
		});
		const free = at(1, { type: 'advance.propose', advance: { kind: 'trial', text: 'A pilot' } });
		expect(buyerRespond(playbook, [], free)[0]).toMatchObject({ code: BUYER_LINE_CODES.declined });
	});

	it('reacts to a summary according to whether any explicit need was met', () => {
		const summary = at(9_000, { type: 'summary.give' });
		expect(buyerRespond(playbook, [], summary)[0]).toMatchObject({
			code: BUYER_LINE_CODES.summaryUnconvinced
		});
		const met = rehearse([
			ask(1_000, 'stop-value', 'needPayoff'),
			at(2_000, { type: 'benefit.state', needIds: ['downtime'] })
		]);
		expect(buyerRespond(playbook, met, summary)[0]).toMatchObject({
			code: BUYER_LINE_CODES.summaryAgreed
		});
	});
});

describe('buyerRespond: determinism', () => {
	it('gives the same lines for the same inputs, with or without the event already logged', () => {
		const before = rehearse([ask(1_000, 'stops', 'problem')]);
		const event = at(5_000, { type: 'advantage.present', cardId: 'wear-alerts' });
		const first = buyerRespond(playbook, before, event);
		expect(buyerRespond(playbook, before, event)).toEqual(first);
		expect(buyerRespond(playbook, [...before, event], event)).toEqual(first);
		expect(first).toHaveLength(1);
	});
});

describe('buyerRespond: with the live context', () => {
	const live = (events: CallEvent[]) => foldEvents(initialCallContext(playbook), events, playbook);

	it('answers from a context that already holds the event, as by refolding the log', () => {
		const before = rehearse([
			at(1_000, { type: 'call.start' }),
			ask(2_000, 'stop-value', 'needPayoff'),
			at(3_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] })
		]);
		const propose = at(9_000, {
			type: 'advance.propose',
			advance: { kind: 'demo', advanceId: 'demo' }
		});
		const context = live([...before, propose]);
		expect(buyerRespond(playbook, before, propose, context)).toEqual(
			buyerRespond(playbook, before, propose)
		);
		expect(buyerRespond(playbook, before, propose, context)[0]).toMatchObject({
			acceptsAdvanceId: 'demo'
		});
	});

	it('refolds the log when the context does not match it', () => {
		const before = rehearse([
			at(1_000, { type: 'call.start' }),
			ask(2_000, 'stop-value', 'needPayoff')
		]);
		const met = rehearse([
			...before,
			at(3_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] })
		]);
		const propose = at(9_000, {
			type: 'advance.propose',
			advance: { kind: 'demo', advanceId: 'demo' }
		});
		// A context from another log (one event longer, need met) is not used.
		const [line] = buyerRespond(playbook, before, propose, live([...met, propose]));
		expect(line).toMatchObject({ text: 'Why a demo?' });
		// Nor is one whose phase gate skipped events: the buyer reads the whole transcript.
		const unstarted = rehearse([
			ask(1_000, 'stop-value', 'needPayoff'),
			at(2_000, { type: 'benefit.state', cardId: 'wear-alerts', needIds: ['downtime'] })
		]);
		const gated = live([...unstarted, propose]);
		expect(gated.ignored).not.toEqual([]);
		expect(buyerRespond(playbook, unstarted, propose, gated)[0]).toMatchObject({
			acceptsAdvanceId: 'demo'
		});
	});
});

describe('buyerOutcome', () => {
	const end = (t: number) => at(t, { type: 'call.end', outcome: 'continuation' });
	const buyerSays = (t: number, acceptsAdvanceId: string) =>
		at(t, { type: 'buyer.say', text: 'ok', acceptsAdvanceId });
	const propose = (t: number) => at(t, { type: 'advance.propose', advance: { kind: 'demo' } });

	it('is an order once the buyer accepted an order, even after an advance', () => {
		expect(buyerOutcome(playbook, [buyerSays(1, 'demo'), buyerSays(2, 'order')])).toBe('order');
		expect(buyerOutcome(playbook, [buyerSays(1, 'order'), buyerSays(2, 'demo')])).toBe('order');
	});

	it('is an advance when only an advance was accepted', () => {
		expect(buyerOutcome(playbook, [propose(1), buyerSays(2, 'demo'), end(3)])).toBe('advance');
	});

	it('is a continuation while the call goes on, or when proposals were declined', () => {
		expect(buyerOutcome(playbook, [])).toBe('continuation');
		expect(buyerOutcome(playbook, [propose(1), end(2)])).toBe('continuation');
	});

	it('is a no-sale when the rep ended without proposing anything', () => {
		expect(buyerOutcome(playbook, [at(1, { type: 'call.start' }), end(2)])).toBe('noSale');
	});

	it('tells the outcome a call ending now should log', () => {
		const start = [at(1, { type: 'call.start' })];
		expect(buyerOutcome(playbook, start)).toBe('continuation');
		expect(buyerOutcome(playbook, start, true)).toBe('noSale');
		expect(buyerOutcome(playbook, [...start, propose(2)], true)).toBe('continuation');
	});
});

describe('buyerRespond: properties over random rehearsals', () => {
	const QUESTIONS = playbook.questions.map((q) => ({ id: q.id, type: q.type }));
	const repEvent = fc.oneof(
		fc
			.constantFrom(...QUESTIONS)
			.map((q): Body => ({ type: 'question.ask', questionId: q.id, spinType: q.type })),
		fc
			.constantFrom('wear-alerts', 'quick-change')
			.chain((cardId) =>
				fc.constantFrom<Body>(
					{ type: 'feature.present', cardId },
					{ type: 'advantage.present', cardId },
					{ type: 'benefit.state', cardId, needIds: [] }
				)
			),
		fc.constantFrom<Body>(
			{ type: 'need.confirm', needId: 'downtime', level: 'explicit' },
			{ type: 'objection.answer', objectionId: 'price' },
			{ type: 'summary.give' },
			{ type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } },
			{ type: 'advance.propose', advance: { kind: 'other', advanceId: 'order' } }
		)
	);

	it('raises each objection once, replies just after, and accepts only when conditions hold', () => {
		fc.assert(
			fc.property(fc.array(repEvent, { maxLength: 40 }), (bodies) => {
				const rep = bodies.map((body, i) => at(1_000 * (i + 1), body));
				const events = rehearse(rep);
				const raised: string[] = [];
				// Tracked independently of the code under test: explicit needs, then met ones.
				const explicit = new Set<string>();
				const met = new Set<string>();
				let lastRepAt = 0;
				for (const e of events) {
					if (e.type !== 'buyer.say') {
						lastRepAt = e.at;
						if (e.type === 'need.confirm' && e.level === 'explicit') explicit.add(e.needId);
						if (e.type === 'benefit.state') {
							const card = playbook.capabilities.find((c) => c.id === e.cardId);
							for (const id of card?.needIds ?? []) if (explicit.has(id)) met.add(id);
						}
						continue;
					}
					expect(e.at).toBe(lastRepAt + 1);
					for (const id of e.states ?? []) explicit.add(id);
					if (e.objectionId) raised.push(e.objectionId);
					if (e.acceptsAdvanceId === 'demo') expect(met.has('downtime')).toBe(true);
					if (e.acceptsAdvanceId === 'order') {
						expect(met.has('downtime') && explicit.has('changeover')).toBe(true);
					}
				}
				expect(new Set(raised).size).toBe(raised.length);
			})
		);
	});
});
