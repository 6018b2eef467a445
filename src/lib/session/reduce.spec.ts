import { describe, expect, test } from 'vitest';
import { eventClock, PLAN } from '../../../tests/fixtures/session/events';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { initialCallContext } from './context';
import type { CallEvent } from './events';
import { foldEvents } from './reduce';

const fold = (events: CallEvent[]) =>
	foldEvents(initialCallContext(TEST_PLAYBOOK), events, TEST_PLAYBOOK);

function investigating() {
	const ev = eventClock();
	const events: CallEvent[] = [
		ev('call.plan', PLAN),
		ev('call.start'),
		ev('stage.enter', { stage: 'investigating' })
	];
	return { ev, events };
}

describe('questions and answers', () => {
	test('a playbook question is logged with its text, needs, stage and SPIN count', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('question.ask', { questionId: 'p-breakdowns', spinType: 'problem' })
		]);
		expect(c.questions).toEqual([
			{
				questionId: 'p-breakdowns',
				text: 'How often does it break down?',
				spinType: 'problem',
				needIds: ['downtime'],
				at: 4000,
				stage: 'investigating',
				cold: false,
				eventIndex: 3
			}
		]);
		expect(c.spinCounts).toEqual({ situation: 0, problem: 1, implication: 0, needPayoff: 0 });
		expect(c.spinType).toBe('problem');
	});

	test('a free-text question keeps the rep words and the need they named', () => {
		const { ev, events } = investigating();
		const ask = ev('question.ask', { spinType: 'implication', text: 'Cost?', needId: 'x' });
		expect(fold([...events, ask]).questions[0]).toMatchObject({
			text: 'Cost?',
			needId: 'x',
			needIds: ['x']
		});
	});

	test('answer notes attach to the last question; before any question they become notes', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('answer.note', { text: 'early' }),
			ev('question.ask', { questionId: 's-volume', spinType: 'situation' }),
			ev('answer.note', { text: '300 a day' }),
			ev('answer.note', { text: 'more in winter' })
		]);
		expect(c.questions[0].answer).toBe('300 a day\nmore in winter');
		expect(c.notes).toEqual([{ text: 'early', at: 4000, stage: 'investigating', kind: 'answer' }]);
	});
});

describe('need ledger', () => {
	test('a confirmed need records the question that uncovered it and only ever rises', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('question.ask', { questionId: 'p-breakdowns', spinType: 'problem' }),
			ev('need.confirm', { needId: 'downtime', level: 'implied' }),
			ev('question.ask', { questionId: 'i-backlog', spinType: 'implication' }),
			ev('question.ask', { questionId: 'n-uptime', spinType: 'needPayoff' }),
			ev('need.confirm', { needId: 'downtime', level: 'explicit' }),
			ev('need.confirm', { needId: 'downtime', level: 'implied' })
		]);
		expect(c.needs).toEqual([
			{
				id: 'downtime',
				text: 'Less analyser downtime',
				level: 'explicit',
				source: 'rep',
				uncoveredBy: { eventIndex: 3, questionId: 'p-breakdowns' },
				impliedAt: 5000,
				explicitAt: 8000,
				implicationQuestions: [{ index: 1, questionId: 'i-backlog' }],
				needPayoffQuestions: [{ index: 2, questionId: 'n-uptime' }],
				benefits: []
			}
		]);
	});

	test('a need the rep types in keeps its text; one with no question points at its own event', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('need.confirm', { needId: 'own', level: 'explicit', text: 'Cheaper reagents' })
		]);
		expect(c.needs[0]).toMatchObject({
			id: 'own',
			text: 'Cheaper reagents',
			uncoveredBy: { eventIndex: 3 }
		});
		expect(c.needs[0].explicitAt).toBe(4000);
	});

	test('implication questions asked before the need was confirmed still count on it', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('question.ask', { questionId: 'i-clinicians', spinType: 'implication' }),
			ev('need.confirm', { needId: 'turnaround', level: 'implied' })
		]);
		expect(c.needs[0].implicationQuestions).toEqual([{ index: 0, questionId: 'i-clinicians' }]);
	});

	test('buyer lines reveal and state needs, raise objections and accept advances', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('buyer.say', { text: 'It breaks weekly', reveals: ['downtime'] }),
			ev('buyer.say', { text: 'Uptime is worth a lot', states: ['downtime'] }),
			ev('buyer.say', { text: 'Too pricey', objectionId: 'price' }),
			ev('objection.raise', { objectionId: 'price' }),
			ev('buyer.say', { text: 'OK, a demo', acceptsAdvanceId: 'demo' }),
			ev('buyer.say', { text: '', code: 'buyer.neutral', replyTo: 's-volume' })
		]);
		expect(c.needs[0]).toMatchObject({
			id: 'downtime',
			level: 'explicit',
			source: 'buyer',
			impliedAt: 4000,
			explicitAt: 5000
		});
		expect(c.objections).toHaveLength(1);
		expect(c.objections[0]).toMatchObject({ objectionId: 'price', source: 'buyer', after: 'none' });
		expect(c.acceptedAdvanceIds).toEqual(['demo']);
		expect(c.buyerLines.map((l) => l.text)).toEqual([
			'It breaks weekly',
			'Uptime is worth a lot',
			'Too pricey',
			'OK, a demo',
			''
		]);
		expect(c.buyerLines.at(-1)).toEqual({
			text: '',
			at: 9000,
			replyTo: 's-volume',
			code: 'buyer.neutral'
		});
	});
});

describe('capability statements and objections', () => {
	test('presentations record their needs and whether those were explicit then', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('feature.present', { cardId: 'remote' }),
			ev('need.confirm', { needId: 'downtime', level: 'explicit' }),
			ev('benefit.state', { cardId: 'remote', needIds: ['downtime', 'turnaround'] })
		]);
		expect(
			c.presentations.map((p) => [p.kind, p.needIds, p.explicitNeedIds, p.anyExplicitNeed])
		).toEqual([
			['feature', ['downtime'], [], false],
			['benefit', ['downtime', 'turnaround'], ['downtime'], true]
		]);
		expect(c.needs[0].benefits).toEqual([{ cardId: 'remote', at: 6000, whileExplicit: true }]);
	});

	test('an objection remembers what preceded it, and answers close the matching one', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('objection.raise', { text: 'We have a supplier' }),
			ev('advantage.present', { cardId: 'fast' }),
			ev('objection.raise', { objectionId: 'price' }),
			ev('objection.answer', { objectionId: 'price', text: 'Downtime costs more' })
		]);
		expect(c.objections.map((o) => [o.after, o.answeredAt, o.answer])).toEqual([
			['none', null, undefined],
			['advantage', 7000, 'Downtime costs more']
		]);
	});

	test("an objection after an ask is the ask's, not the statement's before it", () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('feature.present', { cardId: 'fast' }),
			ev('advance.propose', { advance: { kind: 'demo', advanceId: 'demo' } }),
			ev('objection.raise', { objectionId: 'price' }),
			ev('advantage.present', { cardId: 'fast' }),
			ev('objection.raise', { objectionId: 'busy' })
		]);
		expect(c.objections.map((o) => o.after)).toEqual(['proposal', 'advantage']);
	});

	test('an answer with no logged objection logs one raised and answered at once', () => {
		const { ev, events } = investigating();
		const c = fold([...events, ev('objection.answer', { text: 'Fair point' })]);
		expect(c.objections).toEqual([
			{
				source: 'rep',
				raisedAt: 4000,
				after: 'none',
				stage: 'investigating',
				eventIndex: 3,
				answeredAt: 4000,
				answer: 'Fair point'
			}
		]);
	});
});

describe('commitment and timing', () => {
	test('summary, advances, opening moves and notes are logged with their stage', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('opening.do', { moveId: 'intro' }),
			ev('summary.give', { text: 'You said uptime matters' }),
			ev('advance.propose', { advance: { kind: 'demo', advanceId: 'demo' } }),
			ev('note.add', { text: 'Head of lab joins next time' })
		]);
		expect(c.openingMoves).toEqual([{ moveId: 'intro', at: 4000 }]);
		expect(c.summaryGiven).toBe(true);
		expect(c.advances).toEqual([
			{
				advance: { kind: 'demo', advanceId: 'demo' },
				at: 6000,
				stage: 'investigating',
				early: true,
				afterSummary: true,
				eventIndex: 5
			}
		]);
		expect(c.notes[0]).toEqual({
			text: 'Head of lab joins next time',
			at: 7000,
			stage: 'investigating',
			kind: 'note'
		});
	});

	test('stage time adds up per stage, including going back to a stage', () => {
		const ev = eventClock(0, 1000);
		const c = fold([
			ev('call.start'), // 1000
			ev('stage.enter', { stage: 'investigating' }), // 2000
			ev('stage.enter', { stage: 'demonstrating' }), // 3000
			ev('stage.enter', { stage: 'investigating' }), // 4000
			ev('call.end', { outcome: 'continuation' }) // 5000
		]);
		expect(c.stageMs).toEqual({
			opening: 1000,
			investigating: 2000,
			demonstrating: 1000,
			committing: 0
		});
		expect(c.stageLog.map((s) => s.stage)).toEqual([
			'opening',
			'investigating',
			'demonstrating',
			'investigating'
		]);
	});

	test('a clock that goes backwards never makes time negative', () => {
		const c = fold([
			{ v: 1, at: 5000, type: 'call.start' },
			{ v: 1, at: 4000, type: 'stage.enter', stage: 'investigating' },
			{ v: 1, at: 6000, type: 'stage.enter', stage: 'committing' }
		]);
		expect(c.stageMs).toEqual({ opening: 0, investigating: 1000, demonstrating: 0, committing: 0 });
	});

	test('the context survives a JSON round trip unchanged', () => {
		const { ev, events } = investigating();
		const c = fold([
			...events,
			ev('question.ask', { spinType: 'problem', text: 'Pain?' }),
			ev('feature.present', {}),
			ev('objection.raise', {}),
			ev('call.pause'),
			ev('call.end', { outcome: 'continuation' })
		]);
		expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
	});
});
