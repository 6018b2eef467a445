import { afterEach, describe, expect, it } from 'vitest';
import { createSession, loadEvents, openSpinDb, type SpinDb } from '$lib/db';
import type { CallMode } from '$lib/session/events';
import { CallSession } from './call-session.svelte';
import { TEST_PLAYBOOK_SOURCE, testPlaybook } from './test-playbook';

const pb = testPlaybook();
const open: CallSession[] = [];
let db: SpinDb;

async function newCall(mode: CallMode): Promise<string> {
	db = openSpinDb(`call-session-test-${crypto.randomUUID()}`);
	const row = await createSession(db, {
		playbook: { id: pb.meta.id, version: pb.meta.version, text: TEST_PLAYBOOK_SOURCE },
		mode,
		title: pb.meta.title,
		locale: pb.meta.locale,
		startedAt: 1
	});
	return row.id;
}

async function load(id: string): Promise<CallSession> {
	let clock = 10_000;
	const session = new CallSession({ db, now: () => (clock += 1000) });
	open.push(session);
	await session.load(id);
	return session;
}

async function started(mode: CallMode): Promise<{ id: string; session: CallSession }> {
	const id = await newCall(mode);
	const session = await load(id);
	expect(session.state).toBe('ready');
	session.record({
		type: 'call.plan',
		mode,
		playbookId: pb.meta.id,
		objective: 'A demo',
		primaryAdvance: { kind: 'demo', advanceId: 'demo' }
	});
	session.record({ type: 'call.start' });
	return { id, session };
}

afterEach(async () => {
	for (const s of open.splice(0)) await s.close();
	db?.close();
});

describe('CallSession', () => {
	it('saves each event, says saved only after the commit, and resumes exactly on reload', async () => {
		const { id, session } = await started('live');
		session.record({ type: 'stage.enter', stage: 'investigating' });
		session.record({ type: 'question.ask', questionId: 'stops', spinType: 'problem' });
		session.record({ type: 'need.confirm', needId: 'downtime', level: 'implied' });
		session.record({ type: 'answer.note', text: '<b>twice</b> a week' });
		expect(session.counts).toEqual({ situation: 0, problem: 1, implication: 0, needPayoff: 0 });
		expect(session.context?.needs.map((n) => n.id)).toEqual(['downtime']);
		expect(session.suggestions[0]).toMatchObject({
			kind: 'question',
			questionId: 'stop-orders',
			reason: { code: 'develop_implied_need' }
		});
		// The card already asks to develop the need, so the assessment drops the same nudge.
		expect(session.context?.nudges.map((n) => n.code)).toContain('implied_need_not_developed');
		expect(session.nudges.map((n) => n.code)).not.toContain('implied_need_not_developed');
		expect(session.save).toBe('saving');
		await session.flush();
		expect(session.save).toBe('saved');
		expect((await loadEvents(db, id)).map((r) => r.event.type)).toEqual([
			'call.plan',
			'call.start',
			'stage.enter',
			'question.ask',
			'need.confirm',
			'answer.note'
		]);
		const before = session.context!;
		await session.close();

		const again = await load(id);
		expect(again.stage).toBe('investigating');
		expect(again.context?.spinType).toBe('problem');
		expect(again.context?.spinCounts).toEqual(before.spinCounts);
		expect(again.context?.needs.map((n) => [n.id, n.level])).toEqual([['downtime', 'implied']]);
		expect(again.context?.questions[0].answer).toBe('<b>twice</b> a week');
		expect(again.snapshot?.value).toEqual({ call: { investigating: 'problem' } });
	});

	it('exports the call as a transcript file with every event', async () => {
		const { id, session } = await started('live');
		session.record({ type: 'stage.enter', stage: 'investigating' });
		await session.flush();
		const file = JSON.parse(await session.exportTranscript());
		expect(file.sessions).toHaveLength(1);
		expect(file.sessions[0].session.id).toBe(id);
		expect(file.sessions[0].events.map((e: { event: { type: string } }) => e.event.type)).toEqual([
			'call.plan',
			'call.start',
			'stage.enter'
		]);
	});

	it('refuses what the call cannot take, with a code and without logging it', async () => {
		const { session } = await started('live');
		session.record({ type: 'call.pause' });
		expect(session.record({ type: 'question.ask', questionId: 'stops', spinType: 'problem' })).toBe(
			false
		);
		expect(session.actionError).toBe('event_rejected');
		expect(session.events.at(-1)?.type).toBe('call.pause');
		expect(session.record({ type: 'call.resume' })).toBe(true);
		expect(session.actionError).toBeNull();
	});

	it('logs the scripted buyer’s replies in a rehearsal, and they replay', async () => {
		const { id, session } = await started('rehearsal');
		session.record({ type: 'stage.enter', stage: 'investigating' });
		session.record({ type: 'question.ask', questionId: 'stops', spinType: 'problem' });
		const reply = session.events.at(-1);
		expect(reply).toMatchObject({ type: 'buyer.say', text: 'Two or three times a week.' });
		expect(session.context?.needs.map((n) => [n.id, n.level, n.source])).toEqual([
			['downtime', 'implied', 'buyer']
		]);
		// The need is developed before the need-payoff question (a cold one moves nothing).
		session.record({ type: 'question.ask', questionId: 'stop-orders', spinType: 'implication' });
		session.record({ type: 'question.ask', questionId: 'stop-value', spinType: 'needPayoff' });
		expect(session.context?.needs[0].level).toBe('explicit');
		await session.flush();
		await session.close();
		const again = await load(id);
		expect(again.state).toBe('ready');
		expect(again.events.filter((e) => e.type === 'buyer.say').length).toBe(3);
		expect(again.context?.needs[0].level).toBe('explicit');
	});

	it('opens read-only while another tab holds the call, then takes over', async () => {
		const { id, session } = await started('live');
		await session.flush();
		const second = await load(id);
		await expect.poll(() => second.save).toBe('readOnly');
		expect(second.record({ type: 'stage.enter', stage: 'investigating' })).toBe(false);
		expect(second.actionError).toBe('read_only');
		session.record({ type: 'stage.enter', stage: 'demonstrating' });
		await session.close();
		await expect.poll(() => second.save).toBe('saved');
		await expect.poll(() => second.stage).toBe('demonstrating');
		expect(second.record({ type: 'stage.enter', stage: 'committing' })).toBe(true);
	});

	it('names what went wrong when the call cannot be opened', async () => {
		await newCall('live');
		const missing = await load('no-such-call');
		expect(missing.state).toBe('error');
		expect(missing.loadError).toBe('session_not_found');
		const none = await load(null as unknown as string);
		expect(none.loadError).toBe('missing_id');
	});
});
