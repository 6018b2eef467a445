import { describe, expect, test } from 'vitest';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import v1Call from '../../../tests/fixtures/session/v1-call.json';
import { EVENT_SCHEMA_VERSION } from './events';
import { replay } from './replay';
import { upgradeEvent } from './upgrade';
import { EventError, EVENT_TYPES, parseEvent } from './validate';

function rejection(raw: unknown) {
	try {
		parseEvent(raw);
	} catch (error) {
		if (error instanceof EventError)
			return { code: error.code, field: error.field, message: error.message };
		throw error;
	}
	throw new Error('expected parseEvent to throw');
}

describe('parseEvent', () => {
	test('accepts a well-formed event and returns it unchanged', () => {
		const event = { v: 1, at: 5, type: 'question.ask', questionId: 'p-slow', spinType: 'problem' };
		expect(parseEvent(event)).toEqual(event);
	});

	test('accepts the smallest valid event of every type', () => {
		const minimal: Record<string, Record<string, unknown>> = {
			'call.plan': {
				mode: 'live',
				playbookId: 'p',
				objective: '',
				primaryAdvance: { kind: 'demo' }
			},
			'stage.enter': { stage: 'opening' },
			'spin.select': { spinType: 'problem' },
			'question.ask': { spinType: 'problem' },
			'answer.note': { text: '' },
			'need.confirm': { needId: 'n', level: 'implied' },
			'benefit.state': { needIds: [] },
			'note.add': { text: '' },
			'advance.propose': { advance: { kind: 'visit' } },
			'buyer.say': { text: '' },
			'call.end': { outcome: 'noSale' },
			'review.save': { wentWell: '', toChange: '' }
		};
		for (const type of EVENT_TYPES) {
			const event = { v: 1, at: 0, type, ...minimal[type] };
			expect(parseEvent(event)).toBe(event);
		}
	});

	test.each([
		['not an object', 'hello', 'event_malformed', undefined],
		['an array', [], 'event_malformed', undefined],
		['an unknown type', { v: 1, at: 1, type: 'call.teleport' }, 'event_unknown_type', 'type'],
		['a missing type', { v: 1, at: 1 }, 'event_malformed', 'type'],
		['a missing time', { v: 1, type: 'call.start' }, 'event_malformed', 'at'],
		[
			'a time that is not finite',
			{ v: 1, at: Infinity, type: 'call.start' },
			'event_malformed',
			'at'
		],
		['a missing required field', { v: 1, at: 1, type: 'note.add' }, 'event_malformed', 'text'],
		[
			'a bad enum value',
			{ v: 1, at: 1, type: 'stage.enter', stage: 'closing' },
			'event_malformed',
			'stage'
		],
		[
			'a bad nested field',
			{ v: 1, at: 1, type: 'advance.propose', advance: { kind: 'lunch' } },
			'event_malformed',
			'advance.kind'
		],
		[
			'a non-string in a string list',
			{ v: 1, at: 1, type: 'benefit.state', needIds: ['a', 2] },
			'event_malformed',
			'needIds'
		],
		[
			'a field the contract lacks',
			{ v: 1, at: 1, type: 'call.start', extra: true },
			'event_field_unknown',
			'extra'
		],
		[
			'a future version',
			{ v: EVENT_SCHEMA_VERSION + 1, at: 1, type: 'call.start' },
			'event_version_unsupported',
			'v'
		],
		['version zero', { v: 0, at: 1, type: 'call.start' }, 'event_version_unsupported', 'v'],
		[
			'a version that is a string',
			{ v: '1', at: 1, type: 'call.start' },
			'event_version_unsupported',
			'v'
		]
	])('rejects %s', (_, raw, code, field) => {
		const error = rejection(raw);
		expect(error.code).toBe(code);
		expect(error.field).toBe(field);
		if (field) expect(error.message).toContain(`"${field}"`);
	});
});

describe('upgradeEvent', () => {
	test('leaves a current event as it is', () => {
		const event = { v: EVENT_SCHEMA_VERSION, at: 1, type: 'call.start' };
		expect(upgradeEvent(event)).toEqual(event);
	});
});

describe('replay of untrusted logs', () => {
	test('refuses the whole log at the first bad event, naming its index', () => {
		const events = [
			{ v: 1, at: 1, type: 'call.start' },
			{ v: 1, at: 2, type: 'stage.enter', stage: 'investigating' },
			{ v: 1, at: 3, type: 'question.ask' }
		];
		let caught: unknown;
		try {
			replay(TEST_PLAYBOOK, events);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(EventError);
		expect(caught).toMatchObject({ code: 'event_malformed', index: 2, field: 'spinType' });
		expect((caught as EventError).params).toEqual({ field: 'spinType', index: 2 });
		expect((caught as EventError).message).toMatch(/^Event 2: /);
	});

	test('an empty log replays to a planning call', () => {
		expect(replay(TEST_PLAYBOOK, []).value).toBe('planning');
	});
});

describe('the frozen v1 call log', () => {
	// This fixture must never be edited: it proves logs written by v1 keep replaying.
	const snapshot = replay(TEST_PLAYBOOK, v1Call);
	const c = snapshot.context;

	test('replays to an ended call with its outcome, next step and review', () => {
		expect(snapshot.value).toBe('ended');
		expect(c.outcome).toBe('advance');
		expect(c.nextStep).toEqual({ text: 'On-site demo with the lab manager', date: '2025-12-03' });
		expect(c.review?.wentWell).toBe('Developed the downtime need before presenting');
		expect(c.plan.account).toEqual({ name: 'City Hospital Lab', tier: 'gold' });
	});

	test('keeps the SPIN mix, the need ledger and the objection', () => {
		expect(c.spinCounts).toEqual({ situation: 1, problem: 1, implication: 1, needPayoff: 1 });
		expect(c.needs).toHaveLength(1);
		expect(c.needs[0]).toMatchObject({
			id: 'downtime',
			level: 'explicit',
			text: 'Keep the analysers running through peaks',
			uncoveredBy: { eventIndex: 7, questionId: 'p-breakdowns' }
		});
		expect(c.needs[0].benefits).toEqual([
			{ cardId: 'remote', at: 1764191130000, whileExplicit: true }
		]);
		expect(c.objections.map((o) => [o.objectionId, o.after, o.answeredAt !== null])).toEqual([
			['price', 'feature', true]
		]);
		expect(c.ignored).toEqual([]);
	});

	test('keeps the stage timings with the pause left out', () => {
		expect(c.stageMs).toEqual({
			opening: 45_000,
			investigating: 165_000,
			demonstrating: 75_000,
			committing: 45_000
		});
		expect(c.pauses).toEqual([{ from: 1764190965000, to: 1764190995000 }]);
		expect(c.nudges).toEqual([]);
	});
});
