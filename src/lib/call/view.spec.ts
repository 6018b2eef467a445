import { describe, expect, it } from 'vitest';
import { replay } from '$lib/session/replay';
import { EVENT_SCHEMA_VERSION, type CallEvent } from '$lib/session/events';
import { testPlaybook } from './test-playbook';
import { assess } from '$lib/session/assessment';
import { objectionState, presentedKeys } from './view';
import { currentQuestion } from './suggest';
import { resolveCoded } from './coded';

const pb = testPlaybook();
let t = 1000;
const ev = (body: Record<string, unknown>) =>
	({ v: EVENT_SCHEMA_VERSION, at: t++, ...body }) as CallEvent;
const start: CallEvent[] = [
	ev({
		type: 'call.plan',
		mode: 'live',
		playbookId: pb.meta.id,
		objective: 'Demo',
		primaryAdvance: { kind: 'demo', advanceId: 'demo' }
	}),
	ev({ type: 'call.start' }),
	ev({ type: 'stage.enter', stage: 'investigating' })
];

describe('call view read-outs', () => {
	it('lists every playbook need with the level the ledger gives it', () => {
		const snap = replay(pb, [
			...start,
			ev({ type: 'question.ask', questionId: 'stops', spinType: 'problem' }),
			ev({ type: 'need.confirm', needId: 'downtime', level: 'implied' }),
			ev({ type: 'need.confirm', needId: 'own-need', level: 'explicit', text: 'Typed need' })
		]);
		const needs = assess(snap.context, pb).needs;
		expect(needs.map((n) => [n.id, n.level])).toEqual([
			['downtime', 'implied'],
			['changeover', 'none'],
			['own-need', 'explicit']
		]);
		expect(needs[2].text).toBe('Typed need');
		expect(needs.filter((n) => n.benefitAllowed).map((n) => n.id)).toEqual(['own-need']);
		expect(assess(snap.context, pb).untouched).toEqual(['changeover']);
	});

	it('shows the ledger’s question and its reason, and the rep’s pick over it', () => {
		const snap = replay(pb, [
			...start,
			ev({ type: 'question.ask', questionId: 'stops', spinType: 'problem' }),
			ev({ type: 'need.confirm', needId: 'downtime', level: 'implied' })
		]);
		const suggested = currentQuestion(assess(snap.context, pb), pb, null, null);
		expect(suggested?.question.id).toBe('stop-orders');
		expect(suggested?.suggested).toBe(true);
		expect(suggested?.reason?.code).toBe('develop_implied_need');
		const picked = currentQuestion(assess(snap.context, pb), pb, null, 'shifts');
		expect(picked).toMatchObject({ suggested: false, question: { id: 'shifts' } });
		const reason = resolveCoded(suggested!.reason!, pb, snap.context);
		expect(reason.params?.need).toBe('Fewer unplanned stops');
	});

	it('tracks presented card parts and open objections', () => {
		const snap = replay(pb, [
			...start,
			ev({ type: 'stage.enter', stage: 'demonstrating' }),
			ev({ type: 'feature.present', cardId: 'wear-alerts' }),
			ev({ type: 'objection.raise', objectionId: 'price' })
		]);
		expect(presentedKeys(snap.context)).toEqual(['wear-alerts:feature']);
		expect([...objectionState(snap.context).open]).toEqual(['price']);
		const answered = replay(pb, [
			...start,
			ev({ type: 'objection.raise', objectionId: 'price' }),
			ev({ type: 'objection.answer', objectionId: 'price' })
		]);
		expect([...objectionState(answered.context).answered]).toEqual(['price']);
		expect(objectionState(answered.context).open.size).toBe(0);
	});
});
