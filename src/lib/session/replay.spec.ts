import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { callLog, corruption } from '../../../tests/fixtures/session/arbitraries';
import { runActor } from '../../../tests/fixtures/session/events';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { initialCallContext } from './context';
import type { CallEvent } from './events';
import { callMachine, type CallSnapshot } from './machine';
import { foldEvents } from './reduce';
import { replay } from './replay';
import { EventError } from './validate';

const input = { playbook: TEST_PLAYBOOK };
const persisted = (snapshot: CallSnapshot) => callMachine.getPersistedSnapshot(snapshot);

// The state a context says the machine should be in: the machine must mirror the fold.
function expectedValue(snapshot: CallSnapshot) {
	const { phase, stage, spinType } = snapshot.context;
	if (phase !== 'running') return phase;
	return { call: stage === 'investigating' ? { investigating: spinType } : stage };
}

function expectReplayMatchesLive(events: CallEvent[]) {
	const live = runActor(events);
	const replayed = replay(TEST_PLAYBOOK, JSON.parse(JSON.stringify(events)));
	expect(persisted(replayed)).toEqual(live.getPersistedSnapshot());
	expect(replayed.value).toEqual(live.getSnapshot().value);
	return replayed;
}

// One representative event per kind of move; `at` is fixed because the graph walk only
// explores structure (timing is covered by the property tests below).
const e = <T extends Omit<CallEvent, 'v' | 'at'>>(fields: T) =>
	({ v: 1, at: 1000, ...fields }) as CallEvent;
const REPRESENTATIVE: CallEvent[] = [
	e({
		type: 'call.plan',
		mode: 'live',
		playbookId: 'test-lab',
		objective: 'o',
		primaryAdvance: { kind: 'demo' }
	}),
	e({ type: 'call.start' }),
	e({ type: 'call.pause' }),
	e({ type: 'call.resume' }),
	e({ type: 'stage.enter', stage: 'opening' }),
	e({ type: 'stage.enter', stage: 'investigating' }),
	e({ type: 'stage.enter', stage: 'demonstrating' }),
	e({ type: 'stage.enter', stage: 'committing' }),
	e({ type: 'spin.select', spinType: 'problem' }),
	e({ type: 'question.ask', questionId: 'i-backlog', spinType: 'implication' }),
	e({ type: 'question.ask', spinType: 'needPayoff', text: 'Worth?' }),
	e({ type: 'need.confirm', needId: 'downtime', level: 'implied' }),
	e({ type: 'feature.present', cardId: 'remote' }),
	e({ type: 'note.add', text: 'n' }),
	e({ type: 'call.end', outcome: 'continuation' }),
	e({ type: 'review.save', wentWell: 'w', toChange: 't' })
];

// Paused-from-where matters (resume returns there), so it is part of a state's identity.
const serializeState = (s: CallSnapshot) =>
	JSON.stringify([s.value, s.context.phase, s.context.stage, s.context.spinType]);

const pathEvents = (steps: { event: { type: string } }[]) =>
	steps.map((s) => s.event).filter((ev) => !ev.type.startsWith('xstate.')) as CallEvent[];

describe('model-based: every path through the machine replays to the live snapshot', () => {
	const shortest = getShortestPaths(callMachine, { input, events: REPRESENTATIVE, serializeState });

	test('the walk reaches every stage, every SPIN sub-state, paused and ended', () => {
		const reached = new Set(shortest.map((p) => JSON.stringify(p.state.value)));
		for (const spin of ['situation', 'problem', 'implication', 'needPayoff'])
			expect(reached).toContain(JSON.stringify({ call: { investigating: spin } }));
		for (const value of [
			'"planning"',
			'"paused"',
			'"ended"',
			'{"call":"opening"}',
			'{"call":"committing"}'
		])
			expect(reached).toContain(value);
		expect(shortest.length).toBeGreaterThan(30);
	});

	test('shortest paths: replay equals the live actor and the path end state', () => {
		for (const path of shortest) {
			const replayed = expectReplayMatchesLive(pathEvents(path.steps));
			expect(replayed.value).toEqual(path.state.value);
			expect(replayed.value).toEqual(expectedValue(replayed));
		}
	});

	test('simple paths over the structural events: replay equals the live actor', () => {
		const structural = REPRESENTATIVE.filter((ev) =>
			[
				'call.start',
				'call.pause',
				'call.resume',
				'stage.enter',
				'spin.select',
				'call.end'
			].includes(ev.type)
		).filter(
			(ev) => ev.type !== 'stage.enter' || ['investigating', 'committing'].includes(ev.stage)
		);
		const simple = getSimplePaths(callMachine, {
			input,
			events: structural,
			serializeState: (s) => JSON.stringify(s.value)
		});
		expect(simple.length).toBeGreaterThan(10);
		for (const path of simple) expectReplayMatchesLive(pathEvents(path.steps));
	});
});

describe('properties', () => {
	test('replay of any valid log deep-equals the live actor, and the states mirror the fold', () => {
		fc.assert(
			fc.property(callLog, (events) => {
				const replayed = expectReplayMatchesLive(events);
				expect(replayed.value).toEqual(expectedValue(replayed));
				const { playbook, ...context } = replayed.context;
				expect(playbook).toBe(TEST_PLAYBOOK);
				expect(context).toEqual(
					foldEvents(initialCallContext(TEST_PLAYBOOK), events, TEST_PLAYBOOK)
				);
			}),
			{ numRuns: 300 }
		);
		// 300 live actors against their replays: seconds on a loaded 2-core CI machine.
	}, 30_000);

	test('an actor restored from a replayed snapshot continues like the live one', () => {
		fc.assert(
			fc.property(callLog, callLog, (head, tail) => {
				const restored = createActor(callMachine, {
					snapshot: replay(TEST_PLAYBOOK, head),
					input
				}).start();
				for (const ev of tail) restored.send(ev);
				expect(restored.getPersistedSnapshot()).toEqual(
					runActor([...head, ...tail]).getPersistedSnapshot()
				);
			}),
			{ numRuns: 100 }
		);
	});

	test('a log with one corrupted event is refused with its index and code, never trimmed', () => {
		fc.assert(
			fc.property(
				callLog.filter((events) => events.length > 0),
				fc.nat(),
				corruption,
				(events, n, broken) => {
					const index = n % events.length;
					const raw: unknown[] = [...events];
					raw[index] = broken.apply(events[index] as unknown as Record<string, unknown>);
					let caught: unknown;
					try {
						replay(TEST_PLAYBOOK, raw);
					} catch (error) {
						caught = error;
					}
					expect(caught).toBeInstanceOf(EventError);
					expect(caught).toMatchObject({ code: broken.code, index });
				}
			),
			{ numRuns: 200 }
		);
	});

	test('the context is always JSON-serialisable as it is', () => {
		fc.assert(
			fc.property(callLog, (events) => {
				const { context } = replay(TEST_PLAYBOOK, events);
				expect(JSON.parse(JSON.stringify(context))).toStrictEqual(context);
			}),
			{ numRuns: 100 }
		);
	});
});
